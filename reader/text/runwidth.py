"""Wrap width of a short paragraph in a blank-separated extract, from the page's measure."""

from __future__ import annotations


def page_measure(widths: list[int], opens: list[bool]) -> int | None:
    """The widest lines of a blank-separated document, when two or more open ones reach it: the page's measure."""
    top = max(widths)
    return top if top >= 30 and sum(1 for w, o in zip(widths, opens) if o and w >= top - 4) >= 2 else None


def short_run_width(run: list[int], widths: list[int], opens: list[bool], page: int | None) -> int | None:
    """A two- or three-line paragraph whose open lines reach the page's measure: wrapped there, though it alone holds
    too few lines to show it ('…还可以回答与那些数据结构中' / '的不同项目之间的关系有关的复杂问题。')."""
    if page is None or not 2 <= len(run) <= 3:
        return None
    return page if all(opens[k] and widths[k] >= page - 4 for k in run[:-1]) else None
