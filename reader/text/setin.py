"""Lines set apart from the page's own form: where a page's body and its 小标题 stand flush, a short line indented by
spaces was set apart for another reason (a centred photo caption, a code line, a list's run-over), not a title; where
both stand in by '　　', a short line flush among them is the centred picture's caption."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_LEAD = lazy("[ \t\u3000\xa0]*")
_SET_IN = 2  # columns: one space is a typing slip ('  小組討論狀況' under a photo stands in by two)
_FLUSH_TITLES = 2  # titles flush as the body: the page's own form for them
_BODY_MIN = 40  # a paragraph of running text, whose indent (or none) is the body's
_INDENTED_BODY = 0.1  # a body that indents its paragraphs (Chinese '　　') sets its titles in as well


def indent_of(source: str) -> int:
    """Columns of whitespace a line stands in by ('　' two, a tab four); no regex for a line with none (most)."""
    if source[:1] not in " \t\u3000\xa0":
        return 0
    return sum(2 if c == "\u3000" else (4 if c == "\t" else 1) for c in source[:_LEAD.match(source).end()])


def set_in_titles(paragraphs: Sequence[Paragraph], titles: Sequence[int], is_body: Callable[[str], bool]) -> set[int]:
    """'  小組討論狀況' between flush paragraphs, beside the flush titles '隨油徵收問題多 …' and '美國奧勒岡州 …': the
    titles set in by spaces where more stand flush (two at least) and the body does not indent its paragraphs."""
    inset = {i for i in titles if paragraphs[i].indent >= _SET_IN}
    flush = sum(paragraphs[i].indent == 0 for i in titles)
    if not inset or flush < max(_FLUSH_TITLES, len(inset) + 1):
        return set()  # set in as often as flush: a level of their own ('  2.1 …' under '2 …' with its number lost)
    body = [p.indent > 0 for p in paragraphs if len(p.text) > _BODY_MIN and is_body(p.text)]  # (length first: cheap)
    return inset if body and sum(body) <= _INDENTED_BODY * len(body) else set()


def flush_captions(paragraphs: Sequence[Paragraph], titles: Sequence[int], is_body: Callable[[str], bool]) -> set[int]:
    """'逸仙生物科技生产线' flush between paragraphs set in by '　　', beside the set-in 小标题 '　　“巨无霸”正向…': a news
    page indents its text and its titles alike and centres a picture with its caption, which a copy leaves flush; the
    flush titles between set-in paragraphs where more titles stand in (two at least) and the body is set in too."""
    inset = sum(paragraphs[i].indent >= _SET_IN for i in titles)
    flush = [i for i in titles if paragraphs[i].indent == 0 and 0 < i < len(paragraphs) - 1
             and paragraphs[i - 1].indent >= _SET_IN and paragraphs[i + 1].indent >= _SET_IN]
    if not flush or inset < max(_FLUSH_TITLES, len(flush) + 1):
        return set()  # flush as often as set in: the page's own form for its titles ('第一章' centred over '　　第一条')
    body = [p.indent > 0 for p in paragraphs if len(p.text) > _BODY_MIN and is_body(p.text)]
    return set(flush) if body and sum(body) >= (1 - _INDENTED_BODY) * len(body) else set()


def set_apart(paragraphs: Sequence[Paragraph], titles: Sequence[int], is_body: Callable[[str], bool]) -> set[int]:
    """The titles a page set apart from its own form for its titles: set in among flush ones, or flush among set-in."""
    return set_in_titles(paragraphs, titles, is_body) | flush_captions(paragraphs, titles, is_body)
