"""Lines a PDF's layout set far in among numbered sections: a figure's label, a caption, a wrapped table cell."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.model import Paragraph

_FAR = 12  # columns: deeper than any paragraph's indent ('　　' is four, two tabs eight); where a layout centres


def drop_far_set_lines(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """'                    小车置于轨迹指' after '3.2 …': where the sections come numbered, an unnumbered line set in
    twelve columns or more is text a PDF's layout placed (a label in a figure, a caption, a table's wrapped cell),
    not a title the writer gave no number; a line before the first numbered title (the cover's) is left alone."""
    numbered = False
    for c in candidates:
        if not c.accepted:
            continue
        if c.numbered():
            numbered = True
            continue
        p = paragraphs[c.index]
        if numbered and p.indent >= _FAR and not (p.heading_level or p.bold or p.anchor):
            c.accepted = False
            c.reason = "set far in (12 columns or more) among numbered sections: a layout's label or caption"
