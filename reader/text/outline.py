"""Outline from numbered Chinese section headings (placeholder: the foundation issue refines it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.text.model import Heading, Paragraph

_PATTERNS = [
    ("chapter", re.compile(r"^(第[一二三四五六七八九十百零〇\d]+[编章节])\s*(.*)$")),
    ("cn", re.compile(r"^([一二三四五六七八九十]+、)(.*)$")),
    ("paren-cn", re.compile(r"^(（[一二三四五六七八九十]+）)(.*)$")),
]


@dataclass(frozen=True)
class HeadingMatch:
    """A line that starts with a heading marker; cleaning uses it to keep headings off re-joined paragraphs."""

    family: str  # e.g. 'bian', 'zhang', 'jie', 'tiao', 'cn', 'paren-cn', 'arabic', 'paren-arabic', 'circled', 'decimal'
    marker: str  # the marker as written
    title: str  # the heading part after the marker (body text that runs on is excluded)
    rest: str  # what follows the heading part on the same line (run-in body text), may be ''


def match_heading(line: str) -> HeadingMatch | None:
    """Does this line begin with a section-heading marker?"""
    for family, pattern in _PATTERNS:
        m = pattern.match(line.strip())
        if m:
            title, _, rest = m.group(2).partition("。")
            return HeadingMatch(family, m.group(1), title, rest)
    return None


def parse_outline(paragraphs: tuple[Paragraph, ...] | list[Paragraph], title: str = "") -> tuple[Heading, ...]:
    """Find heading paragraphs and give each a depth by family order of appearance."""
    families: list[str] = []
    result = []
    for p in paragraphs:
        m = match_heading(p.text)
        if m and len(p.text) < 60:
            if m.family not in families:
                families.append(m.family)
            result.append(Heading(families.index(m.family) + 1, m.marker, m.title, p.line, p.start,
                                  p.start + len(m.marker) + len(m.title)))
    return tuple(result)
