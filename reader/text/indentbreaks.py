"""A web page's paragraph whose <br> was left out: '…逐项予以落实。&nbsp;&nbsp;&nbsp;&nbsp;（二）加强资料保存与研究<br>'.

Chinese pages indent each paragraph with a run of &nbsp; (two full-width characters' worth); a sentence's end followed
by such a run inside one block is where the next paragraph starts, even when the page forgot the break before it
(a browser shows the indent in mid-line, and the heading it opens reads as the previous paragraph's tail)."""

from __future__ import annotations

from reader.text.lazyre import lazy

# a sentence's end (its closing quote too), the source's own spaces and line breaks, then two or more &nbsp;
_INDENT_BREAK = lazy("[。！？!?][”」』’\"]?[ \t\r\n]*(?=\xa0\xa0)")


def indent_parts(raw: str) -> list[tuple[str, int]]:
    """The block's raw text cut where an indent follows a sentence's end: (piece, source lines from the block's first
    character to the piece's)."""
    cuts = [m.end() for m in _INDENT_BREAK.finditer(raw)]
    if not cuts:
        return [(raw, 0)]
    out, start, lines = [], 0, 0
    seen = len(raw) - len(raw.lstrip())  # the block's line is its first character's
    for cut in cuts + [len(raw)]:
        piece = raw[start:cut]
        if piece.strip():
            first = start + len(piece) - len(piece.lstrip())
            lines += raw.count("\n", seen, first)  # each stretch counted once: linear in the block
            seen = first
            out.append((piece, lines))
        start = cut
    return out or [(raw, 0)]
