"""Wrap widths estimated from the text itself: the whole document's, each page's or window's, each run's."""

from __future__ import annotations

from bisect import bisect_right

from reader.text.lazyre import lazy
from reader.text.lineshape import ends_sentence, width

MIN_WRAP = 16  # narrower lines are never wrapped text (eight Chinese characters)
BAND = 9  # columns a wrapped line may fall short of the width (a Latin word or a wide character that did not fit)
_WINDOW = 60  # lines in one page run whose wrap width is estimated on its own
_MASS = 6  # lines piled under a width that a lone wider line does not unseat
_KIN = 4  # widths of kin runs tried for a short paragraph, widest first (a fixed few: no rescans)
_CUT_MARKS = frozenset("，、；,。：“”（）《》 ")  # prose cut by a wrap holds one of these in most lines
_CUT = lazy("[，、；,。：“”（）《》 ]")  # the same, one search a line (a set's isdisjoint makes a string a character)


def estimate_width(widths: list[int], texts: list[str], opens: list[bool] | None = None) -> int | None:
    """The column a document is wrapped at, estimated from the document itself.

    Lines cut mid-sentence by a wrap pile up just under one width, whatever it is (≈20–120 columns); the densest
    band of such lines gives it. A document whose lines often run past that band is not wrapped there (its open
    lines are headings that happen to be alike). A line cut mid-sentence holds a comma, a bracket or a space
    somewhere; a menu's entries, as alike in width and as open, hold none ('复兴概况', '悠久历史' …): they show no width.
    """
    if opens is None:
        opens = [not ends_sentence(t) for t in texts]
    open_widths = sorted(w for w, o, t in zip(widths, opens, texts)
                         if w >= MIN_WRAP and o and _CUT.search(t) is not None)
    if len(open_widths) < 3:
        return None
    every = sorted(widths)

    def fits(w: int) -> bool:  # few lines run past the band (w - BAND, w]
        wider = len(every) - bisect_right(every, w + 6)
        return wider <= max(2, (bisect_right(every, w + 6) - bisect_right(every, w - BAND)) // 8)

    def densest_band(fitting: bool) -> tuple[int, int]:  # two pointers: the band (w - BAND, w] holding most lines
        best, top, lo = 0, 0, 0
        for hi, w in enumerate(open_widths):
            while open_widths[lo] <= w - BAND:
                lo += 1
            if hi - lo + 1 >= best and (not fitting or fits(w)):
                best, top = hi - lo + 1, w
        return best, top

    densest, top = densest_band(False)
    if densest >= 3 and not fits(top):
        # lines run past the densest band: the document is not wrapped there, unless a band nearly as dense, and not
        # a few lines, fits (a record's short fields, alike and many, under a wrap far wider)
        best, best_top = densest_band(True)
        if best < 6 or 5 * best < 4 * densest or best_top <= top + BAND:
            return None
        top = best_top
    if densest >= 3 and bisect_right(open_widths, top) - bisect_right(open_widths, top - 6) < 3:
        top = _massed_top(open_widths, top)  # a lone mixed line a few columns past the lines its band holds
    if densest < 3 or sum(1 for w in open_widths if top - 6 < w <= top) < 3:
        return None  # wrapped lines pile up just under the width: two alike and a shorter one are no wrap
    # the band's most common width: a mixed Chinese-Latin line's measure is only estimated (a digit is not half a
    # character in every font), so a few such lines run past the width the Chinese lines agree on; the band's widest
    # line is at most 6 columns over it, the most a wrapped line may run over
    counts: dict[int, int] = {}
    for w in open_widths:
        if top - BAND < w <= top:
            counts[w] = counts.get(w, 0) + 1
    return max(max(counts, key=lambda w: (counts[w], w)), top - 6)  # every line of the band stays within reach


def _massed_top(open_widths: list[int], top: int) -> int:
    """The widest line of the band under which three or more lines pile up: a full line mixing in numbers and Latin
    words ('…6.9 亿和 6.1 亿。互联') measures a few columns past the Chinese lines, and alone sets no width."""
    best, end = top, bisect_right(open_widths, top)
    for w in set(open_widths[bisect_right(open_widths, top - BAND): end]):
        if (bisect_right(open_widths, w) - bisect_right(open_widths, w - 6) >= _MASS
                and end - bisect_right(open_widths, w) <= 2 and (best == top or w > best)):
            best = w  # many lines under it, one or two past it
    return best


def wrap_width(texts: list[str]) -> int | None:
    """The column the whole document is wrapped at, or None (for a title that fills its line before the rest)."""
    return estimate_width([width(t) for t in texts], texts)


def blank_run_width(run: list[int], widths: list[int], opens: list[bool]) -> int | None:
    """Wrap width of one blank-separated run, for a wrapped passage inside an unwrapped document."""
    if len(run) < 2:
        return None
    top = max(widths[i] for i in run)
    full_open = [i for i in run if widths[i] >= top - 4 and opens[i]]
    labels = sum(1 for i in run if opens[i] and widths[i] < top // 2)  # '工作职责', '职位要求': a record's labels
    return top if top >= 30 and len(full_open) >= 2 and 2 * labels <= len(full_open) else None


def paged_widths(starts: list[int], widths: list[int], texts: list[str], opens: list[bool]) -> list[int | None] | None:
    """Each page's own wrap width over its lines (pages begin at `starts`), None when all pages agree."""
    found = [estimate_width(widths[a:b], texts[a:b], opens[a:b]) for a, b in zip(starts, starts[1:])]
    return _spread(found, starts)


def _spread(found: list[int | None], starts: list[int]) -> list[int | None] | None:
    """Each run's width over its lines (a run without evidence takes the one before it); None when all agree."""
    known = [w for w in found if w is not None]
    if len(known) < 2 or max(known) - min(known) <= BAND:
        return None
    out: list[int | None] = []
    last = known[0]
    for n, w in enumerate(found):
        last = w if w is not None else last
        out.extend([last] * (starts[n + 1] - starts[n]))
    return out


def window_widths(widths: list[int], texts: list[str], opens: list[bool]) -> list[int | None] | None:
    """Wrap width per run of _WINDOW lines, when page runs of one document are wrapped at clearly different widths.

    A PDF that changes layout part-way (a narrow column section, an annex in another width) has two bands of
    open lines; one width for the whole document would leave the narrower run unjoined. None when the runs agree.
    """
    if len(widths) < 2 * _WINDOW:
        return None
    found = []
    for start in range(0, len(widths), _WINDOW):
        end = min(len(widths), start + _WINDOW)
        if end - start < _WINDOW // 2 and found:
            found.append(found[-1])  # a short tail belongs to the run before it
            continue
        found.append(estimate_width(widths[start:end], texts[start:end], opens[start:end]))
    return _spread(found, [min(len(widths), n * _WINDOW) for n in range(len(found) + 1)])


def wrap_slack(widths: list[int], opens: list[bool], wrap: int) -> int:
    """How far short of the width wrapped lines fall: 1 for a character-count wrap, more for a proportional one."""
    near = sorted(w for w, o in zip(widths, opens) if wrap - BAND < w <= wrap and o)
    return min(4, max(1, wrap - near[len(near) // 10])) if near else 4


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


def kin_widths(run_width: list[int | None], widths: list[int], opens: list[bool], befores: list[bool]) -> None:
    """A two- or three-line paragraph left without a width takes the widest width its kin runs were found wrapped at
    that its open lines reach: a page whose box is set in smaller type has wider lines than its text, no one measure,
    and the text's short paragraphs ('…根据预设' / '的用户标签及画像…。') are wrapped as its long ones are."""
    known = sorted({w for w in run_width if w}, reverse=True)[:_KIN]
    if not known:
        return
    start = 0
    for i in range(1, len(widths) + 1):
        if i < len(widths) and not befores[i]:
            continue
        run = range(start, i)
        start = i
        if run_width[run[0]] is not None or not 2 <= len(run) <= 3:
            continue
        heads = run[:-1]
        w = next((k for k in known if all(opens[j] and k - BAND < widths[j] <= k + 6 for j in heads)), None)
        for j in run:
            run_width[j] = w


def indent_dropped(widths: list[int], opens: list[bool], texts: list[str], wraps: list[int | None], slack: int) -> bool:
    """Whether the extract dropped a paragraph's first-line indentation (two Chinese characters): a sentence's
    open first line after a finished one stands about four columns short of the width (`wraps`, line by line)
    then; where such lines fill it instead (a text set flush, wrapped), a line four short ends its paragraph."""
    full = short = 0
    for i in range(1, len(widths) - 1):
        wrap = wraps[i]
        if not wrap or opens[i - 1] or not opens[i] or any(c.isascii() and c.isalnum() for c in texts[i]):
            continue  # (a Latin word's measure is too rough to tell four columns from a wrap's shortfall)
        if wrap - slack <= widths[i] <= wrap + 2:  # (a closing mark the line kept may hang past it)
            full += 1
        elif wrap - 4 - slack - 1 <= widths[i] <= wrap - 3:
            short += 1
    return not (full >= 3 and 4 * short <= full)


def deep_indents(widths: list[int], indents: list[int], margin: int, wraps: list[int | None], indent: int) -> None:
    """Measure a first line set in deeper than the wrap allows as its words plus a usual indent, in place.

    An extractor that keeps a line's position as spaces ('                            面向…而是低') sets a
    paragraph's first line in by more columns than the page has left: no wrap cut it short, its indent is not in
    the page's columns; measured as it stands it is wider than any wrapped line and ends its paragraph.
    """
    for k, indent_k in enumerate(indents):
        wrap, deep = wraps[k], indent_k - margin
        if wrap and deep > indent and widths[k] > wrap + 6:
            own = widths[k] - deep
            if own + indent <= wrap + 6:
                widths[k] = own + indent


def set_in(widths: list[int], indents: list[int], margin: int, indent: int) -> list[int]:
    """Widths with a line set in by more than three usual indents measured as its words plus one: to estimate from."""
    return [w - (i - margin) + indent if i - margin > 3 * indent else w for w, i in zip(widths, indents)]
