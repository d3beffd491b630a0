"""A journal article's masthead and publication notes: page furniture over and under its text, not its paragraphs.

A Chinese journal prints its name, volume, issue and date over an article's first page ('第 34 卷 第 5 期',
'应用数学学报', 'Vol. 34 No. 5', 'ACTA MATHEMATICAE APPLICATAE SINICA', 'Sep., 2011'), the article's DOI, and in the
page's foot the dates it was received ('收稿日期 …', '本文 2006 年 1 月 9 日收到.', 'Manuscript received …'). A PDF
extract sets each on a line of its own. The volume, DOI and received lines say what they are; the journal's name and
the date beside a volume line are known by where they stand: short lines with no sentence, next to it.
"""

from __future__ import annotations

from reader.text.lazyre import lazy

_NUM = r"[0-9Xx?？]"
_VOLUME = lazy(rf"第\s*{_NUM}{{1,4}}\s*[卷期]")
_DATE = lazy(rf"{_NUM}{{2,4}}\s*年(?:\s*{_NUM}{{1,2}}\s*月)?")
_LATIN_VOLUME = lazy(rf"\bVol\.\s*{_NUM}{{1,4}},?\s*(?:No\.|\(|{_NUM})")
_DOI = lazy(r"(?:(?:doi|DOI)\s*号?\s*[:：]?\s*)?10\.\d{4,9}/\S+|(?:doi|DOI)")
_RECEIVED = lazy(rf"(?:收稿日期|Manuscript received|本文\s*{_NUM}{{2,4}}\s*年.{{0,16}}收到)")
_SENTENCE = lazy("[，。；！？]")
_NAME = lazy(r"[\u4e00-\u9fff]{2,10}(?:学报|杂志|期刊|通报|统计|研究|科学)")  # '应用数学学报', '应用概率统计'
_LATIN_NAME = lazy(r"(?:[A-Z][A-Za-z]*\s+){1,8}[A-Z][A-Za-z]*")  # 'ACTA AUTOMATICA SINICA'
_JOURNAL_WORD = lazy(r"\b(?:ACTA|Acta|SINICA|Sinica|JOURNAL|Journal|Transactions|TRANSACTIONS)\b")
_MONTH = lazy(rf"[A-Z][a-z]{{2,8}}\.?,?\s*{_NUM}{{3,4}}X?")  # 'Sep., 2011', 'Month, 202X'
_NEAR = 3  # lines a journal's name or date stands from its volume line
_SHORT = 60


def mark_mastheads(texts: list[str], reasons: list[str]) -> None:
    """Mark (reason 'chrome') a journal's volume, DOI and received lines, and its name and date beside a volume."""
    volumes = []
    for i, text in enumerate(texts):
        t = text.strip()
        if len(t) > 120 or reasons[i]:
            continue
        if _volume_line(t):
            reasons[i] = "chrome"
            volumes.append(i)
        elif _DOI.fullmatch(t) or _RECEIVED.match(t):
            reasons[i] = "chrome"
    for v in volumes:
        for i in range(max(0, v - _NEAR), min(len(texts), v + _NEAR + 1)):
            if not reasons[i] and _beside_volume(texts[i].strip()):
                reasons[i] = "chrome"


def _volume_line(t: str) -> bool:
    """'第 34 卷 第 5 期', '应用概率统计 第 xx 卷', '第 x 期 20xx 年 xx 月', 'xx, 20xx, Vol. xx, No. x, pp. xxx-xxx'."""
    if len(t) <= _SHORT and _LATIN_VOLUME.search(t) and _SENTENCE.search(t) is None:
        return True
    if len(t) > 40 or _VOLUME.search(t) is None or _SENTENCE.search(t) is not None:
        return False
    rest = _DATE.sub("", _VOLUME.sub("", t)).strip()
    return not rest or bool(_NAME.fullmatch(rest.replace(" ", "")))


def _beside_volume(t: str) -> bool:
    """The journal's name (Chinese, spaced or not, or Latin) or the issue's date, next to a volume line."""
    if not t or len(t) > _SHORT or _SENTENCE.search(t) is not None:
        return False
    bare = t.replace(" ", "")
    return bool(_NAME.fullmatch(bare) or _DATE.fullmatch(bare) or _MONTH.fullmatch(t)
                or _LATIN_NAME.fullmatch(t) and (t.isupper() or _JOURNAL_WORD.search(t)))
