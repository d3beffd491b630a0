"""A title that counts its sections: '三则故事', then the three stories' titles; '天使投资的三大赌局', then '赌时机：…',
'赌人：…', '赌竞争对手：…'. An essay announces its parts so, and the titles the count covers are its sections, the
title after them its sibling again. A title whose own text lists what it counts ('四种开锁方式' over '- RFID 刷卡'
…) holds no title after it; nor does a count that is a time or a comparison ('实习了三个月', '两种模式的区别')."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.bodytext import is_body
from reader.text.lazyre import lazy
from reader.text.lineshape import BULLETS
from reader.text.markers import match_heading
from reader.text.model import Paragraph

_COUNT = lazy(r"(?:^|(?<=的))([两兩二三四五六七八九2-9])(?:个|個|则|則|大|种|種|条|條|点|點|件|项|項|类|類|招|本"
              r"|篇|位|段)(?!月|小时|小時|星期|多|以)")  # '三则故事', '天使投资的三大赌局': a count heading its noun
# phrase, alone or after '的'; after a verb it is a headline's object ('科学家发现两个…', '…方案有三種')
_DIGITS = {ch: n for n, ch in enumerate("〇一二三四五六七八九", 0)} | {"两": 2, "兩": 2} | {str(n): n for n in range(10)}
_RELATION = ("区别", "區別", "对比", "對比", "比较", "比較", "关系", "關係", "异同", "異同", "差异", "差異", "联系", "聯繫",
             "之间", "之間", "取舍", "取捨")  # '两种模式的区别': one topic
_SENTENCE = "，,。？?！!：:；;\u3000"  # a sentence, a label or a headline's two clauses ('…有三種 各國…')
_TITLE_MAX = 20


def _count(text: str) -> int:
    """How many sections a title announces ('三则故事' → 3), or 0."""
    text = text.strip()
    if len(text) > _TITLE_MAX or any(ch in text for ch in _SENTENCE) or text.endswith(_RELATION) or " " in text:
        return 0
    found = _COUNT.findall(text)
    return _DIGITS[found[0]] if len(found) == 1 else 0


def _listed(paragraphs: Sequence[Paragraph], start: int, end: int) -> bool:
    """The title's own text lists what it counts: its first line no prose, or a bullet or a number among its lines."""
    if start < end and not is_body(paragraphs[start].text):
        return True
    for p in paragraphs[start:end]:
        text = p.text.lstrip()
        if text.startswith(BULLETS) or text[:2] in ("- ", "* ", "+ ") or (
                text[:1].isdigit() and match_heading(text) is not None):
            return True
    return False


def nest_counted_sections(candidates: list, paragraphs: Sequence[Paragraph]) -> dict[int, str]:
    """The titles a title counts ('三则故事') go under it; returns the paragraphs so nested, for `--explain`."""
    kept = [n for n, c in enumerate(candidates) if c.accepted]
    out: dict[int, str] = {}
    for k, n in enumerate(kept):
        c = candidates[n]
        if c.match is not None or c.key != "container" or not (want := _count(paragraphs[c.index].text)):
            continue
        ahead = kept[k + 1:k + 1 + want]
        if len(ahead) < want or any(candidates[m].match is not None or candidates[m].key != "container"
                                    or candidates[m].parent != c.parent for m in ahead):
            continue  # as many unnumbered titles after it as it counts, beside it so far
        if _listed(paragraphs, c.index + 1, candidates[ahead[0]].index):
            continue
        for m in ahead:
            candidates[m].parent = n
            out[candidates[m].index] = "a section its part's title counts"
    return out
