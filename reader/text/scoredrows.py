"""Numbered lines that carry a column of figures after their words: a scoring sheet's items ('一、 巩固成果，提升河长制
工作实效 31', the item's points) or a contents' entries with their pages, copied one row to a line. A section's title
never ends in a figure set apart by a space; when every line of a numbering family does, the figures are a column
and the lines are a table's rows, not sections."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch

_FIGURE_AFTER = lazy(r"\S[ \t\u3000]+(\d{1,3})[ \t\u3000]*$")  # words, a space, then the row's figure: '… 实效 31'
_TAIL = 12  # characters at a title's end a figure and the space before it are looked for in
_LEAST = 3  # rows of one family before their figures read as a column, not a title's own number
REASON = "a table's row: every line of its numbering ends in a figure, a column of points or pages"


def scored_rows(matches: Sequence[HeadingMatch | None]) -> dict[int, str]:
    """The numbered lines of each family whose every line ends in a figure set apart by a space, those figures not
    counting on one by one (a title's own ordinal, 'Part 1', 'Part 2', counts so), with the reason for --explain."""
    figures: dict[str, list[tuple[int, int]]] = {}
    plain: set[str] = set()  # families with a line that ends in words: a figure some lines end in is their own
    for i, m in enumerate(matches):
        if m is None or m.family in plain:
            continue
        found = _FIGURE_AFTER.search(m.title[-_TAIL:])  # (a title's last characters: a long one is looked at once)
        if found is None:
            plain.add(m.family)
            figures.pop(m.family, None)
            continue
        figures.setdefault(m.family, []).append((i, int(found.group(1))))
    out: dict[int, str] = {}
    for rows in figures.values():
        values = [v for _, v in rows]
        if len(rows) >= _LEAST and not all(b == a + 1 for a, b in zip(values, values[1:])):
            out.update(dict.fromkeys((i for i, _ in rows), REASON))
    return out
