"""A meeting record's topics: the numbered lines under its '会议内容：' or '讨论主题：' name what the meeting took up, and
when any of them holds notes set in below it, each topic is a part of the record, noted or not."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.markers import match_heading
from reader.text.model import Paragraph, line_gap
from reader.text.punctuation import label_name

# the name a record gives the topics it took up ('会议内容：', '讨论主题：'); not '议程', said before the meeting is held,
# nor '布置任务' (the tasks handed out after it: a list of jobs)
_TOPICS = frozenset("会议内容 會議內容 讨论内容 討論內容 讨论主题 討論主題 会议议题 會議議題 议题 議題 讨论事项 討論事項 "
                    "会议主要内容 會議主要內容".split())  # ('主要内容' alone heads a course's or a plan's lists too)
_TOPIC_MAX = 30  # a topic is named in a few words: '整理仓库', '湖北宜昌培训事项'
_SENTENCE_ENDS = "。；;！？!?，,"
_ENDS = frozenset(_SENTENCE_ENDS)
_BULLETS = ("-", "*", "•", "·", "+")
_AFTER_MAX = 40  # a topic's notes start within these lines after the last topic: each run looks at a bounded block


def topics_label(text: str) -> bool:
    """'会议内容：', '讨论主题': the label a record puts over the topics it took up, alone on its line."""
    return 2 <= len(text) <= 12 and label_name(text) in _TOPICS


def _bare_topic(text: str) -> bool:
    """'1. 整理仓库', '(2)暑期安排：': a numbered line that only names its topic, in a few words."""
    m = match_heading(text)
    return m is not None and not m.rest and 0 < len(m.title) <= _TOPIC_MAX \
        and m.title.rstrip("：:")[-1:] not in _SENTENCE_ENDS


def record_topics(first: int, last: int, paragraphs: Sequence[Paragraph]) -> bool:
    """The numbered lines `first`..`last` are a record's topics: right under a topics label, each a bare short name,
    and some line of the block they open (the lines that follow on, no blank between, set in deeper than the topics
    or bulleted) holds notes under one of them."""
    if first < 1 or not topics_label(paragraphs[first - 1].text.strip()):
        return False
    if not all(_bare_topic(paragraphs[i].text.strip()) or paragraphs[i].indent > paragraphs[first].indent
               or paragraphs[i].text.lstrip().startswith(_BULLETS) for i in range(first, last + 1)):
        return False  # (a topic's notes may stand between two topics)
    depth, outer = paragraphs[first].indent, paragraphs[first - 1].indent
    for i in range(first + 1, min(len(paragraphs), last + 1 + _AFTER_MAX)):
        p = paragraphs[i]
        if line_gap(paragraphs[i - 1], p) > 1:
            return False  # the block ends at a blank line
        if p.indent > depth or p.text.lstrip().startswith(_BULLETS):
            return True
        if i > last and p.indent <= outer and not _bare_topic(p.text.strip()):
            return False  # the next label ('未解决的问题：') closes the block
    return False


def lone_topic(first: int, last: int, paragraphs: Sequence[Paragraph]) -> bool:
    """'议题：' over '1、openEuler 20.03 LTS SP3发布评审' alone: the one topic a session took up, no list of one."""
    text = paragraphs[first].text.strip() if first == last else ""
    return first >= 1 and _bare_topic(text) and _ENDS.isdisjoint(text) \
        and topics_label(paragraphs[first - 1].text.strip())
