"""Where a header line's labelled value ends: before the next label's own words, before a label the reader does not
know, and at its brackets only where they are the line's and not the value's ('澎湃新闻(上海)' keeps its ')')."""

from __future__ import annotations

from reader.text.lazyre import lazy

_PIECES = lazy(r"\s{2,}|\u3000|[|｜]")  # spans set apart on one line: another field, a widget, a site's name
_TITLE_PIECES = lazy(r"\s{2,}|\u3000")  # a title's own '｜' ('一周年｜民间报告分享') is its words
# A label the reader has no field for, set after a space inside a value ('趙培源 孫方瑜 校審:張某', '中国专利 TAG:'):
# the value ends before it, and the label's span is metadata no field shows (a sentence there made the line the
# reader's text before this); a link's 'http://' is no label.
_UNKNOWN_LABEL = lazy(r"\s[\u4e00-\u9fffA-Za-z]{1,6}\s*[:：](?!//)")
_PAIRS = {"）": "（", ")": "(", "】": "【", "]": "["}
_OPENERS = {v: k for k, v in _PAIRS.items()}
_EDGE = " \u3000\t；;，,"  # the separator before the next label ('刘天栋，审核：…'), never a value's
_COMMAS = ("，", ",")
_BRACKETS = "（）()【】[]"
_LINK = lazy(r"\[([^\[\]]{1,80})\](?:\[[^\[\]]{0,20}\]|\([^()\s]{1,300}\))?")  # '[Abhishek Prakash][a]', '[名](url)'


def value_pieces(value: str, field: str, glued_next: bool) -> tuple[str, list[str]]:
    """A field's value and the spans after it on the line (text no field shows, or a date with no label).

    `glued_next`: the next label follows the value with no space ('刘天栋，概述修订及审核：'); the words after the
    value's last comma are then that label's own ('概述修订及'), not the value's."""
    if glued_next and field != "title":
        cut = max(value.rfind(c) for c in _COMMAS)
        value = value[:cut] if cut > 0 else value
    value, *rest = (_TITLE_PIECES if field == "title" else _PIECES).split(value.strip())
    if field != "date" and (m := _UNKNOWN_LABEL.search(value)) is not None:
        value = value[: m.start()]
    value = trim_brackets(value)
    return (link.group(1).strip() if (link := _LINK.fullmatch(value)) else value), rest  # a Markdown link's words


def trim_brackets(value: str) -> str:
    """The value without the line's own brackets around it ('【来源：新华网】' gives '新华网', '来源：【新华网】' too),
    keeping a pair the value holds ('澎湃新闻(上海)', '人民日报（2024年02月24日 05 版）'); one pass each way, whatever
    the line holds."""
    counts = {c: value.count(c) for c in _BRACKETS}
    i, j = 0, len(value)
    while True:
        while i < j and value[i] in _EDGE:
            i += 1
        while j > i and value[j - 1] in _EDGE:
            j -= 1
        first, last = value[i:i + 1], value[j - 1:j] if j > i else ""
        if last in _OPENERS or last in _PAIRS and (counts[_PAIRS[last]] < counts[last] or first == _PAIRS[last]
                                                   and counts[last] == 1):
            counts[last] -= 1  # an opener at the end ('…科技教育司【字体：'), a closer with no opener of its own in
            j -= 1  # the value, or the one pair around all of it
        elif first in _PAIRS or first in _OPENERS and counts[_OPENERS[first]] < counts[first]:
            counts[first] -= 1
            i += 1
        else:
            return value[i:j]
