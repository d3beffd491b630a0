"""Outline from numbered Chinese section headings (placeholder: the foundation issue refines it)."""

from __future__ import annotations

import re

from reader.text.model import Heading, Paragraph

_PATTERNS = [
    re.compile(r"^(第[一二三四五六七八九十百零〇\d]+[编章节])\s*(.*)$"),
    re.compile(r"^([一二三四五六七八九十]+、)(.*)$"),
    re.compile(r"^(（[一二三四五六七八九十]+）)(.*)$"),
]


def parse_outline(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> tuple[Heading, ...]:
    """Find heading paragraphs and give each a depth by family order of appearance."""
    families: list[int] = []
    result = []
    for p in paragraphs:
        for family, pattern in enumerate(_PATTERNS):
            m = pattern.match(p.text)
            if m and len(p.text) < 60:
                if family not in families:
                    families.append(family)
                title = re.split(r"[。；]", m.group(2), maxsplit=1)[0]
                result.append(Heading(families.index(family) + 1, m.group(1), title, p.line, p.start))
                break
    return tuple(result)
