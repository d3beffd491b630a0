"""A government site's information-disclosure table (政府信息公开: '索引号:' / '主题分类:' / '发布机构:' …) over a
notice: metadata, not reading text; its date and issuer go to the fields."""

from __future__ import annotations

import re

from reader.text.fold import fold_script
from reader.text.lazyre import lazy
from reader.text.model import Block, Removed

_SPAN = 60  # the table sits near the top, under the site's menus at most
_VALUE_MAX = 60  # a value set on the line under its label: a number, a date, an office
_BULLET = lazy(r"^[\s\u3000]*(?:[•·●▪◆◇○■□\-*]|\d{1,2}[.、])?[\s\u3000]*")
# the labels such a table uses (Simplified; a Traditional page is folded first); spaced as sites space them ('索 引 号')
_DATE_LABELS = ("发布日期", "发文日期", "成文日期", "生成日期", "产生日期", "公开日期", "印发日期")
_ISSUER_LABELS = ("发布机构", "发文机构", "发文机关", "发布机关", "公开主体", "制发机关", "所属机构", "发布单位")
_SOURCE_LABELS = ("信息来源", "来源")
_ADDRESS_LABELS = ("网页地址", "原文地址")  # the address a page saved as text names itself by
_TITLE_LABELS = ("信息名称", "文件名称", "名称", "标题")
_HEADER_TITLES = frozenset(("文件名称", "名称", "标题"))  # the labels the header reads a title by (meta's)
_OTHER_LABELS = ("索引号", "主题分类", "组配分类", "信息分类", "体裁分类", "服务对象分类", "主题词", "关键词", "发文字号",
                 "文号", "文件编号", "生效日期", "生效时间", "废止日期", "废止时间", "有效性", "时效性", "是否有效",
                 "公开方式", "公开范围", "公开时限", "公开形式", "内容概述", "浏览次数", "访问次数", "统一编号", "公开分类", "分类")
_ALL = _DATE_LABELS + _ISSUER_LABELS + _SOURCE_LABELS + _ADDRESS_LABELS + _TITLE_LABELS + _OTHER_LABELS
# labels only such a table has (a news byline has 来源 and 日期 too)
_DISTINCT = frozenset(("索引号", "主题分类", "组配分类", "信息分类", "体裁分类", "服务对象分类", "公开方式", "公开范围",
                       "有效性", "时效性", "废止日期", "废止时间", "生效日期", "生效时间", "内容概述", "生成日期", "产生日期")
                      + _ISSUER_LABELS)
_SPACED = "|".join("[ \u3000]{0,3}".join(map(re.escape, k)) for k in sorted(_ALL, key=len, reverse=True))
_LABEL = lazy(r"(" + _SPACED + r")[ \u3000]{0,3}[:：]")
# a table saved as text with its cells on one line and no colons ('发布机构 省文化和旅游厅 成文日期 2020-12-29'): a
# label stands between spaces
_BARE_LABEL = lazy(r"(?<![^ \u3000])(" + _SPACED + r")(?![^ \u3000])")
_GAPS = lazy(r"[ \u3000]")


def _fields(text: str) -> list[tuple[str, str]] | None:
    """(label, value) of each label on a line that is wholly the table's labels and values, else None."""
    lead = _BULLET.match(text).end()
    folded = fold_script(text)
    if _LABEL.match(folded, lead):
        labels = list(_LABEL.finditer(folded, lead))
    elif (bare := _BARE_LABEL.match(folded, lead)) and bare.end() < len(folded.rstrip()):
        labels = list(_BARE_LABEL.finditer(folded, lead))  # a row of two cells or more, each label before its value
        if len(labels) < 2:
            return None
    else:
        return None
    out = []
    for m, nxt in zip(labels, labels[1:] + [None]):
        out.append((_GAPS.sub("", m.group(1)), text[m.end(): nxt.start() if nxt else len(text)].strip(" \u3000")))
    return out


def _value_line(text: str) -> bool:
    """The value a page set on the line under its label: short, no sentence, no '各单位：' opening a letter."""
    return len(text) <= _VALUE_MAX and not any(c in text for c in "。！？；") and not text.rstrip().endswith((":", "："))


def disclosure_table(blocks: list[Block]) -> tuple[int, int, list[tuple[str, str]]] | None:
    """Where the table is (first block, block after it) and its labels' values, or None: a run of label lines near
    the top (a label's value may stand between it and the next label) holding 索引号 or at least two labels only
    such a table has, and three labels in all."""
    i = 0
    while i < min(len(blocks), _SPAN):
        j, pairs = i, []
        while j < len(blocks) and (fields := _fields(blocks[j].text)) is not None:
            pairs.extend(fields)
            j += 1
            if not fields[-1][1] and j + 1 < len(blocks) and _fields(blocks[j].text) is None \
                    and _value_line(blocks[j].text) and _fields(blocks[j + 1].text) is not None:
                pairs[-1] = (fields[-1][0], blocks[j].text.strip())  # '• 索引号:' over '6107280000/2024-001005'
                j += 1
        labels = {k for k, _ in pairs}
        if len(labels) >= 3 and ("索引号" in labels or len(labels & _DISTINCT) >= 2):
            return i, j, pairs
        i = max(j, i + 1)
    return None


def take_disclosure(blocks: list[Block], removed: list[Removed]) -> tuple[list[Block], dict[str, str]]:
    """The blocks without a disclosure table, and the title, date and source (its 来源, else its issuer) it gives."""
    found = disclosure_table(blocks)
    if found is None:
        return blocks, {}
    start, end, pairs = found
    values = {k: v for k, v in reversed(pairs) if v and v not in ("无", "暂无", "未知")}  # the first of a label wins
    fields = {}
    for key, labels in (("title", _TITLE_LABELS), ("source", _SOURCE_LABELS + _ISSUER_LABELS)):
        value = next((values[k] for k in labels if k in values), "")
        if value:
            fields[key] = value
    date = next((v for k, v in pairs if k in _DATE_LABELS and v), "")  # the first, as a header's dates are read
    if date:
        fields["date"] = date
    kept = [b for b in blocks[start:end] if _named_title(b.text)]  # '标题：…' the header reads as the title
    removed.extend(Removed("meta", b.text, b.line) for b in blocks[start:end] if not _named_title(b.text))
    return blocks[:start] + kept + blocks[end:], fields


def _named_title(text: str) -> bool:
    """'标题：…' alone on its line: the header's own title label, left for it to read."""
    fields = _fields(text)  # ('标 题：' letter-spaced is no label the header reads: it goes with the table)
    return fields is not None and len(fields) == 1 and fields[0][0] in _HEADER_TITLES and fields[0][0] in text
