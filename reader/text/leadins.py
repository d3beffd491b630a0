"""Lines that lead into a list: '设计应有以下三个特点' over '（1）…', '时间和地点如下' over '东区：…'. The writer left out the
colon, but '以下', '如下' and '下列' point on to what follows, and a sentence stopping on its verb ('…算法有') waits
for its object, which a section's title, naming its own part, does not; the items under it are what it announces.
Each look is one match on a line: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.codeblocks import code_like, code_line
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.writermarks import writer_marked

# '以下' after a number or a unit is 'below' ('18岁以下', '三级以下'), no pointer on to what follows
_FORWARD = lazy(r"如下|下列|(?<![0-9０-９一二三四五六七八九十百千万亿两岁元级层米度分人年月日天个%％])以下")
_ITEM = lazy(r"[-*+•·●▪◦][ \t\u3000]|[（(]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．、]")  # '- …', '（1）…', '1. …'
_FIELD_SPAN = 12  # '东区：周三晚9-12节…': a field's name before its colon
_LEAD_MAX = 40
_AWAITED = ("有", "是", "包括", "包含")  # '…算法有', '…三个局限是': the verb's object is the list under it
_NOT_AWAITING = {"有": "没所拥具占享", "是": "就还总只但可或不而于正也都要若即凡"}  # '没有', '就是' end a thought
_SENTENCE_MIN = 6  # '还有' alone is a word, no sentence
_HASH_MARK = lazy(r"#{1,6}[ \t]")  # '+ ### 基础还是差': a list's item the writer marked as a heading too


def leads_into_list(text: str, below: str) -> bool:
    """'其主要遵循以下原则' over '- 堆隔离: …': a short line pointing on ('以下', '如下', '下列') or stopping on its
    verb ('…算法有') right over a list, code or fields announces them, as a line ending in '：' does; over running
    text ('我的思考，如下' over a paragraph) it may title the part."""
    text, below = text.strip(), below.strip()
    if not text or len(text) > _LEAD_MAX or text[-1] in "？?" or _FORWARD.search(text) is None and not _awaits(text):
        return False
    return (_ITEM.match(below) is not None or code_line(below) or code_like(below)
            or 0 < below.find("：", 0, _FIELD_SPAN) or 0 < below.find(":", 0, _FIELD_SPAN))


def _awaits(text: str) -> bool:
    """'你需要了解的数据结构和算法有', '目前认为影响最大的三个局限是：': a sentence that stops on its verb, whose object
    is still to come."""
    text = text.rstrip("：: \t\u3000")
    if len(text) < _SENTENCE_MIN or not text.endswith(_AWAITED):
        return False
    return text[-2] not in _NOT_AWAITING.get(text[-1], "")


def drop_list_leads(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """An unnumbered title that leads into the list under it is that list's lead-in: not kept."""
    for c in candidates:
        if not c.accepted or c.numbered() or c.index + 1 >= len(paragraphs):
            continue
        if leads_into_list(paragraphs[c.index].text, paragraphs[c.index + 1].text) \
                and not marked_alone(paragraphs[c.index], paragraphs[c.index + 1]):
            c.accepted = False
            c.reason = "it leads into the list under it ('以下', '如下' point on, '…有' awaits it): no section"


def marked_alone(lead: Paragraph, below: Paragraph) -> bool:
    """The file marks the lead-in a heading and not the line under it ('##### 客户端项目中，主要包含以下包：' over
    '+ build：…'; '<h3>…我认为是：</h3>' over '<p>一、…</p>'): the writer set it apart from its list as the list's
    title. Under it a line marked as it is ('###### (一) …', '+ ### …') is one of a run the writer marks alike: the
    marks set the lead-in apart from nothing, and its words decide."""
    return writer_marked(lead) and not writer_marked(below) and _HASH_MARK.match(below.text.lstrip()) is None
