"""Text set double-spaced: a blank line after every line, as some editors and copy-pastes (a '\\r\\r\\n' read as two
breaks) leave it. Every line then stands alone and every gap is one blank line more than twice the writer's: halving
the gaps gives the writer's own lines back, whose wrapped paragraphs and set-off titles the outline reads."""

from __future__ import annotations

import dataclasses

from reader.text.model import Decoded, Document
from reader.text.textlines import split_lines

_MIN_LINES = 8  # fewer lines say nothing of a habit


def undoubled(text: str) -> tuple[str, list[int]] | None:
    """The text with each run of 2k+1 blank lines between two lines cut to k, and each kept line's original number;
    None unless no two lines stand together, every run is odd and a fifth of them at least are three or more: the
    writer set most paragraphs apart (a blank line after every paragraph alone is no doubling, nor are paragraphs
    one under another with three blank lines before a new part now and then, as some sites set them)."""
    lines = split_lines(text)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < _MIN_LINES:
        return None
    runs = [b - a - 1 for a, b in zip(filled, filled[1:])]
    if any(run % 2 == 0 for run in runs) or 5 * sum(run >= 3 for run in runs) < len(runs):
        return None
    kept, numbers = [], []
    for k in range(filled[0]):  # the lines before the first, as they are
        kept.append(lines[k])
        numbers.append(k + 1)
    for a, b in zip(filled, filled[1:]):
        kept.append(lines[a])
        numbers.append(a + 1)
        for j in range((b - a - 2) // 2):
            kept.append("")
            numbers.append(a + 2 + 2 * j)
    kept.append(lines[filled[-1]])
    numbers.append(filled[-1] + 1)
    return "\n".join(kept), numbers


def halved(decoded: Decoded) -> tuple[Decoded, list[int]] | None:
    """A plain text's double spacing undone, with the original number of each kept line; None when it is not
    double-spaced (or has undecodable bytes, whose offsets would move)."""
    if decoded.kind != "text" or decoded.bad_positions:
        return None
    found = undoubled(decoded.text)
    if found is None:
        return None
    return dataclasses.replace(decoded, text=found[0]), found[1]


def renumbered(doc: Document, numbers: list[int]) -> Document:
    """The document with every line number put back on the double-spaced original."""
    def at(line: int) -> int:
        return numbers[line - 1] if 1 <= line <= len(numbers) else line

    return dataclasses.replace(
        doc,
        paragraphs=tuple(dataclasses.replace(p, line=at(p.line), last_line=at(p.last_line))
                         for p in doc.paragraphs),
        removed=tuple(dataclasses.replace(r, line=at(r.line)) for r in doc.removed),
        headings=tuple(dataclasses.replace(h, line=at(h.line)) for h in doc.headings))
