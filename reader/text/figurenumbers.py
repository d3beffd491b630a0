"""Figure numbers among section numbers: a text whose sections are numbered '4.1', '4.2' writes '4-1' for its figures,
tables and screens ('4-1 系统整体设计' under the picture it named), never for a section of its own."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch

_HYPHENED = lazy(r"[0-9０-９]{1,2}[ \t]*[-－‐–][ \t]*[0-9０-９]{1,3}[ \t]*[：:]?")  # '4-1', '3-12', '4－2：'
_DOTTED = lazy(r"[0-9０-９]{1,2}[.．][0-9０-９]")  # '4.1', '3.2.1.1': the text's own sections
_DOTTED_MIN = 3  # sections numbered with a dot this many times at least: the text's own way of numbering them


def hyphened_figures(matches: Sequence[HeadingMatch | None]) -> set[int]:
    """The lines numbered 'N-M' in a text that numbers more of its sections 'N.M' (at least three): captions of the
    pictures, tables or screens a copy dropped, no sections (a text numbered only 'N-M' keeps them as its own)."""
    hyphened: list[int] = []
    dotted = 0
    for i, m in enumerate(matches):
        if m is None or m.family != "decimal":
            continue
        if _HYPHENED.fullmatch(m.marker.strip()):
            hyphened.append(i)
        elif _DOTTED.match(m.marker.strip()):
            dotted += 1
    return set(hyphened) if hyphened and dotted >= _DOTTED_MIN and dotted > len(hyphened) else set()
