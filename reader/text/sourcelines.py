"""The cleaner's kept blocks back on their source lines: what stood before each, how far it was set in, how wide."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.lineshape import width
from reader.text.model import Block
from reader.text.rewrap import Line
from reader.text.textlines import split_lines

_LEAD = lazy("[ \t\u3000\xa0\f]*")
_LEAD_CHARS = frozenset(" \t\u3000\xa0\f")


def source_lines(blocks: list[Block], text: str, pages: set[int] = frozenset()) -> list[Line]:
    """Kept blocks as lines that know whether a blank line, or a removed page number, came before them (a block
    from the same line as the one before is a paragraph its markup set apart: '<p>…</p><p>…</p>')."""
    if not blocks:
        return []
    raw = split_lines(text)
    out = []
    prev = 0
    for k, b in enumerate(blocks):
        piece = b.line == prev or k + 1 < len(blocks) and blocks[k + 1].line == b.line  # one of a line's paragraphs
        blank = bool(prev) and (b.line == prev or b.line - 1 > prev and any(
            not g.strip(" \t\u3000\xa0") for g in raw[prev: b.line - 1]))
        source = raw[b.line - 1] if b.line <= len(raw) else ""
        page = (bool(pages) and b.line - prev > 1 and any(n in pages for n in range(prev + 1, b.line))) \
            or source.startswith("\f")
        if source[:1] in _LEAD_CHARS:  # most lines start with their text: no indentation to measure
            lead = source[:_LEAD.match(source).end()].replace("\f", "")
            indent = sum(2 if c == "\u3000" else (4 if c == "\t" else 1) for c in lead)
            out.append(Line(b.text, b.line, blank, lead.startswith(("\u3000", "  ", "\t", "\xa0")), page, indent,
                            0 if piece else _shown(source, b.text)))
        else:
            out.append(Line(b.text, b.line, blank, False, page, 0, 0 if piece else _shown(source, b.text)))
        prev = b.line
    return out


def _shown(source: str, text: str) -> int:
    """The columns a line took before cleaning shortened it (its pinyin taken out), or 0 when it is as it was."""
    stripped = source.strip(" \t\u3000\xa0\f\r")
    return width(stripped) if len(stripped) > len(text) else 0
