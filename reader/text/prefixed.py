"""Titles that carry the title before them as their first words ('thread' then 'thread例子1', 'thread例子2';
'里程碑' then '里程碑的命名', '里程碑的关闭'): the short title names a topic and the longer ones its parts."""

from __future__ import annotations

from reader.text.model import Paragraph
from reader.text.punctuation import label_name
from reader.text.topictitles import nest_topic_titles

_TOPIC = (2, 12)  # a topic's name is short: a word or a term ('NVMe', '容器化技术')
_RUN_MIN = 2  # one longer title may be a sibling that happens to start alike ('图数据库' / '图数据库的研究与发展')


def _extends(topic: str, name: str) -> bool:
    """'thread例子1' extends 'thread'; 'threading' is another word ('Vue' / 'Vuex', 'Order' / 'OrderItem')."""
    if len(name) <= len(topic) or not name.startswith(topic):
        return False
    return not (topic[-1].isascii() and topic[-1].isalnum() and name[len(topic)].isascii()
                and name[len(topic)].isalnum())


def nest_prefixed_titles(candidates: list, paragraphs: list[Paragraph]) -> None:
    """A short unnumbered title followed by two titles or more at its level, each starting with its words and going
    on ('容器化技术' then '容器化技术解决的问题', '容器化技术的优势'), is a topic over its parts: they go under it. One
    such title alone may be a sibling named alike; numbers say their own levels, so only plain titles are read. The
    titles left at their level are then read for a topic said inside the titles after it (`nest_topic_titles`)."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    names = [label_name(paragraphs[candidates[n].index].text) for n in chosen]
    k = 0
    while k < len(chosen):
        top = candidates[chosen[k]]
        run = k + 1
        if top.match is None and top.key == "container" and _TOPIC[0] <= len(names[k]) <= _TOPIC[1]:
            while (run < len(chosen) and candidates[chosen[run]].match is None
                   and candidates[chosen[run]].key == "container" and candidates[chosen[run]].parent == top.parent
                   and _extends(names[k], names[run])):
                run += 1
        if run - k - 1 >= _RUN_MIN:
            for m in chosen[k + 1:run]:
                candidates[m].parent = chosen[k]
            k = run
        else:
            k += 1
    nest_topic_titles(candidates, paragraphs)  # '请假' over '注意事项', '请假可以请多久'
