"""Pinyin readings left in brackets after characters by a copy from a ruby-annotated page: 運轉(zhuǎn)."""

from __future__ import annotations


from reader.text.lazyre import lazy

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PY_CHARS = "a-zü" + _TONED
_SYLLABLES = rf"[{_PY_CHARS}]{{1,6}}(?:[ '’][{_PY_CHARS}]{{1,6}}){{0,3}}"
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PINYIN = lazy(
    rf"(?<=[{_HAN}])[(（]\s*({_SYLLABLES})\s*[)）]"  # 運轉(zhuǎn)
    rf"|(?<=[{_HAN}?\ufffd])({_SYLLABLES})[)）]"  # the '(' lost to encoding damage: 鰪?qiáng)
)
# Every character an annotation holds before its closing bracket. Read backwards from each closing bracket (the
# text reversed), a run of them is where the only annotation ending at that bracket can start: the bracket itself
# is no such character, so the runs never overlap and the scan is linear.
_RUN_BACK = lazy(rf"[)）][\s(（'’{_PY_CHARS}]*")
_TONE = lazy(f"[{_TONED}]")


def find_pinyin(text: str) -> list[tuple[int, int]]:
    """Spans of tone-marked pinyin annotations; (擴大), (GDP), (APP) and untoned Latin stay."""
    if (")" not in text and "）" not in text) or not _TONE.search(text):
        return []  # no tone mark anywhere (most files): nothing is scanned
    end = len(text)
    spans = []
    for run in reversed([m.span() for m in _RUN_BACK.finditer(text[::-1])]):
        start, close = end - run[1], end - run[0]  # the run's first character; one past its closing bracket
        if not _TONE.search(text, start, close):
            continue  # no tone mark before this bracket: whatever matches here is untoned Latin
        m = _PINYIN.search(text, start, close)  # the lookbehind still reads the character before the run
        if m and _TONE.search(m.group(1) or m.group(2)):
            spans.append(m.span())
    return spans
