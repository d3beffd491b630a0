"""A page's slots named alone on a line: its accounts under the headline or the footer ('官方微博', '微信公众号',
'政务微博号', '今日头条号'), an ad's place ('广告'), the links' box ('友情链接：'), a footer link ('法律声明'). Page
furniture, unless it is a table's cell (a row number or a count beside it: '2' / '公众号' / '1630人')."""

from __future__ import annotations

from reader.text.lazyre import lazy

_SLOT = lazy(r"(?:官方微博|官方微信|广告|廣告|友情链接|友情鏈接|法律声明|法律聲明|"
             r"[\u4e00-\u9fff]{2,4}(?:公众号|公眾號|微博号|微博號|头条号|頭條號|抖音号|抖音號|视频号|視頻號|百家号))"
             r"\s*[:：]?")
_SLOT_MAX = 12
_VALUE = lazy(r"[\d０-９][\d０-９.．,，%％]*\s*[万萬千亿億]?\s*[人个個次条條篇元%％]?")


def is_slot(text: str) -> bool:
    """'友情链接', '微信公众号': a slot's name alone (a heading the mark-up sets so, '## 友情链接', stays one)."""
    return len(text) <= _SLOT_MAX and _SLOT.fullmatch(text.strip()) is not None


def page_slots(texts: list[str], reasons: list[str]) -> None:
    """Mark the slot lines chrome in `reasons` (one test a line; a neighbour's value test only for a slot)."""
    for i, text in enumerate(texts):
        if reasons[i] or not is_slot(text):
            continue
        if any(0 <= j < len(texts) and _VALUE.fullmatch(texts[j].strip()) for j in (i - 1, i + 1)):
            continue  # '2' / '公众号' / '1630人': a table set one cell a line
        reasons[i] = "chrome"
