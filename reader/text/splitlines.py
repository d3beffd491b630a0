"""Lines a PDF extract wrote where the page has none: a justified line split in two short pieces, and a raised
citation mark set on a line of its own. Neither ends the page's line, so each takes the measure of the line it is
part of."""

from __future__ import annotations

from typing import Callable, Sequence

from reader.text.lazyre import lazy

# '[12]' alone on its line: a superscript citation the extractor set above the line it belongs to
_RAISED = lazy(r"\[\d{1,3}(?:[,，–-]\d{1,3})*\]$")
_SPLIT_ENDS = "，、”》）"  # a piece of a split line stops inside its sentence, or on a quote or a bracket it closes
_SHORT = 0.6  # each piece falls far short of the measure: the widths of a wrapped paragraph's lines never do
_TOLERANCE = 4  # columns the two pieces may miss the measure by (a space the stretch put between them)


def raised_marks(texts: Sequence[str], befores: Sequence[bool]) -> list[int]:
    """Lines that are one raised citation mark right under a line of text ('…对企业产品的安' / '[12]')."""
    return [i for i in range(1, len(texts)) if not befores[i] and texts[i][:1] == "[" and _RAISED.match(texts[i])]


def split_pieces(texts: Sequence[str], widths: Sequence[int], opens: Sequence[bool], wraps: Sequence[int | None],
                 befores: Sequence[bool], is_heading: Callable[[str], bool]) -> list[int]:
    """First lines of pairs that are one justified line of the page ('推进对多样芯片异构加速库、编译器、' over
    '工具链等异构软件生态布局，'): the first stops on a comma, far short of the measure, and the two together fill it."""
    out = []
    for i in range(len(texts) - 1):
        wrap = wraps[i]
        if (wrap and opens[i] and texts[i][-1:] in _SPLIT_ENDS and 0 < widths[i] < _SHORT * wrap
                and not befores[i + 1]
                and abs(widths[i] + widths[i + 1] - wrap) <= _TOLERANCE
                and not is_heading(texts[i]) and not is_heading(texts[i + 1])):
            out.append(i)
    return out
