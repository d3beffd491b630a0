"""Lines a PDF's layout set far in among numbered sections: a figure's label, a formula's term, a wrapped table cell."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.model import Paragraph, line_gap
from reader.text.writermarks import writer_marked

_FAR = 12  # columns: deeper than any paragraph's indent ('　　' is four, two tabs eight); where a layout centres


def drop_far_set_lines(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """'                    小车置于轨迹指' after '3.2 …': where the sections come numbered, an unnumbered line set in
    twelve columns or more right against another line set as far (no blank line between) is a piece of a block the
    PDF's layout placed (a figure's labels, a formula, a table's wrapped cells), not a title the writer gave no number;
    a centred line standing alone between blank lines may be a centred sub-title and is left to the caption rules, as is
    a line before the first numbered title (the cover's)."""
    numbered = False
    for c in candidates:
        if not c.accepted:
            continue
        if c.numbered():
            numbered = True
            continue
        i = c.index
        p = paragraphs[i]
        if numbered and p.indent >= _FAR and not writer_marked(p) and _in_block(paragraphs, i):
            c.accepted = False
            c.reason = "set far in (12 columns or more) inside a block of lines set as far: a layout's, no title"


def _in_block(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """The line before or after it, on the next line (no blank between), is set in twelve columns or more as well."""
    before = i > 0 and line_gap(paragraphs[i - 1], paragraphs[i]) == 1 and paragraphs[i - 1].indent >= _FAR
    after = i + 1 < len(paragraphs) and line_gap(paragraphs[i], paragraphs[i + 1]) == 1 \
        and paragraphs[i + 1].indent >= _FAR
    return before or after
