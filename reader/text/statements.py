"""Statements set apart inside numbered sections: '采用的人脸模型是基于ResNet训练的人脸识别模型' on a line of its own
under '3.2 人脸识别'. A writer who numbers sections '2.1', '2.1.1' or '3.' numbers the parts under them too; a line
in such a section that says something of its subject ('…是…', '…为…', '…可以…') is the paragraph's point, a topic
sentence, not a sub-section's name, which names a thing ('人脸模型的选择') and asserts nothing. Each look is one
regex search on one line: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate, ancestors
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_DECIMALS_MIN = 3  # the document numbers its sections '1.1', '2.3.1': three such headings at least
_STATEMENT_MIN = 10  # a name of a few words ('数据格式是关键') may carry a '是' as a title does
# the verb that asserts: '是' (not '是否'), '为' (not '作为', '成为', '因为', '认为', '以…为', '为何', '为了'), '可以',
# '有利于', '属于', '提到'; after two characters at least, so that a subject stands before it
_ASSERTS = lazy(r"(?<=..)(?:是(?!否)|(?<![作成因认認以称稱])[为為](?![何什了])|可以|有利于|有利於|属于|屬於|提到)")
_ASKS = lazy(r"[？?]|什[么麼]|[为為]何|如何|怎[么麼样樣]|是否|是不是")  # '为何用中央共用 RAG' asks: a title may
_WITH_AS = lazy(r"以[^为為，。]{1,8}[为為]")  # '以用户为中心的设计': '以…为' frames a name, asserts nothing


def statement_line(text: str) -> bool:
    """'接受http请求的数据为文件的逻辑路径和名称': a line that asserts something of its subject, no question."""
    text = text.strip()
    return (len(text) >= _STATEMENT_MIN and _ASSERTS.search(text) is not None and _ASKS.search(text) is None
            and _WITH_AS.search(text) is None)


def _dotted(m: HeadingMatch | None) -> bool:
    """'2.1', '2.1.1' or '3.': an Arabic number with dots ('4-2.' numbers a report's claims, '1、' a list's items)."""
    return m is not None and "-" not in m.marker and (
        m.family == "decimal" or m.family == "arabic" and m.marker.rstrip()[-1:] in ".．")


def drop_statements_in_decimals(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """An unnumbered plain line that asserts ('…是…'), kept right under a section numbered '3.2' or '3.' in a
    document that numbers three sections so or more, is the section's topic sentence: not kept. Titles a file marks
    stay."""
    decimals = sum(1 for c in candidates if c.accepted and _dotted(c.match))
    if decimals < _DECIMALS_MIN:
        return
    held = {c.parent for c in candidates if c.accepted and c.parent >= 0}
    for n, c in enumerate(candidates):
        if not c.accepted or c.numbered() or n in held or paragraphs[c.index].heading_level:
            continue
        parent = next((p for p in ancestors(candidates, c.parent) if candidates[p].accepted), -1)
        above = candidates[parent].match if parent >= 0 else None
        if not _dotted(above):
            continue
        if not statement_line(paragraphs[c.index].text):
            continue
        c.accepted = False
        c.reason = "it asserts ('…是…', '…为…') inside a decimal-numbered section: the section's topic sentence"
