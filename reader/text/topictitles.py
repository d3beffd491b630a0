"""A short title whose words come back inside the titles after it ('请假' then '注意事项', '请假须附上休假说明',
'请假可以请多久'): the short title names a topic and the titles that say it again, with those between, its parts."""

from __future__ import annotations

from reader.text.model import Paragraph
from reader.text.punctuation import label_name

_TOPIC = (2, 6)  # a topic's name is a word or two ('请假', '门诊报销'); a longer title is rarely said again whole
_MENTIONS_MIN = 2  # one later title naming it may be a sibling that happens to share a word
_GAP_MAX = 2  # titles that do not name the topic between two that do: more, and the topic's part has ended
_FIRST_MAX = 2  # the first title naming it stands this close below it: a part's sections begin under its title


def _mentions(topic: str, name: str) -> bool:
    """'请假可以请多久' says '请假' again; '请假' itself is a repeat, not a part, and 'Vuex' is not 'Vue'."""
    at = name.find(topic)
    if at < 0 or len(name) <= len(topic):
        return False
    end = at + len(topic)
    return not (topic[-1].isascii() and topic[-1].isalnum() and end < len(name) and name[end].isascii()
                and name[end].isalnum()) and not (topic[0].isascii() and topic[0].isalnum() and at
                                                  and name[at - 1].isascii() and name[at - 1].isalnum())


def _plain(c) -> bool:
    return c.match is None and c.key == "container"


def nest_topic_titles(candidates: list, paragraphs: list[Paragraph]) -> None:
    """A short plain title whose words come back inside two titles or more after it at its level, the first of them
    among the next two and no more than two titles apart, heads them and the titles between: a topic over its parts.
    A topic said in a title before it is a word the text keeps using, not a part's name; numbers say their own levels,
    so only plain titles are read. Each title is looked at against a bounded run after it (linear time)."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    names = [label_name(paragraphs[candidates[n].index].text) for n in chosen]
    seen: set[str] = set()  # words said earlier in a title: ('请假' in '事假请假' before '请假')
    k = 0
    while k < len(chosen):
        top = candidates[chosen[k]]
        topic = names[k]
        last = -1
        if _plain(top) and _TOPIC[0] <= len(topic) <= _TOPIC[1] and topic not in seen:
            gap, run = 0, k + 1
            while run < len(chosen) and gap <= _GAP_MAX:
                c = candidates[chosen[run]]
                if not _plain(c) or c.parent != top.parent or names[run] == topic:
                    break
                if _mentions(topic, names[run]):
                    last, gap = run, 0
                elif last < 0 and run - k > _FIRST_MAX:
                    break
                else:
                    gap += 1
                run += 1
        mentioned = last > 0 and sum(_mentions(topic, names[m]) for m in range(k + 1, last + 1)) >= _MENTIONS_MIN
        _remember(seen, names[k])
        if mentioned:
            for m in range(k + 1, last + 1):
                candidates[chosen[m]].parent = chosen[k]
                _remember(seen, names[m])
            k = last + 1
        else:
            k += 1


def _remember(seen: set[str], name: str) -> None:
    """The short pieces of a title, so that a later title that is one of them reads as a word said before."""
    for size in range(_TOPIC[0], _TOPIC[1] + 1):
        for at in range(len(name) - size + 1):
            seen.add(name[at:at + size])
