"""Talks in an event's notice or write-up: each talk's title stands right over its speaker's line ('分享者：宋静怡 /
…', '报告人： 史宁宁 项目主管') and then its abstract. A talk's title may hold a colon ('题目：Tiger编译器后端实现',
'…教育平台：结合宝可梦的创新闯关模式') or run long, which the tests for plain titles turn away; the speaker's line
under it says what it is. Two talks or more make a programme. A day's slots ('11:40 - 12:00 …') one after another
are its rows, the line over them its title. One look at each line's start: linear time."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.fields import labelled_particular
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.openings import opens_no_digit, opens_none

_SPEAKER = lazy(r"[ \t\u3000]*(?:分享者|分享人|分享嘉宾|主讲人|主讲嘉宾|演讲者|演讲人|演讲嘉宾|讲者|报告人)"
                r"[ \t\u3000]*[：:]")  # who gives the talk ('嘉宾：' alone lists a panel's guests, no talk)
_SPEAKER_FIRST = "分主演讲报"  # what a speaker's line opens with, past its indent
_TOPIC = ("题目", "主题", "议题", "报告题目", "分享主题", "演讲题目")  # '题目：…' names the talk, a particular it is not
_TALK_MAX = 60  # 'pwn.hust.college开源安全实践与教育平台：结合宝可梦的创新闯关模式'; longer is a sentence of the text
_ENDS = "。！？；，、,.!?;：:"  # a sentence or a lead-in ends so, a title does not
_TALKS_MIN = 2
_TITLE_MAX = 16  # '议程（草案V1版）'
_SLOT = lazy(r"[ \t\u3000]*\d{1,2}[:：]\d{2}[ \t\u3000]*[-–—~～至][ \t\u3000]*\d{1,2}[:：]\d{2}")  # '11:40 - 12:00 …'


def talk_titles(paragraphs: Sequence[Paragraph], opening: frozenset[str] | None = None) -> set[int]:
    """The lines right over a speaker's line, each shaped as a title: a programme's talks, when two or more
    (`opening`: what the lines open with, when known: no line opens with a speaker's word, no talk)."""
    found: set[int] = set()
    if opens_none(opening, _SPEAKER_FIRST):
        return found
    for i in range(len(paragraphs) - 1):
        if paragraphs[i + 1].text[:12].lstrip()[:1] not in _SPEAKER_FIRST or _SPEAKER.match(paragraphs[i + 1].text) is None:
            continue  # (most lines open otherwise: no regex)
        text = paragraphs[i].text.strip()
        if 1 < len(text) <= _TALK_MAX and text[-1] not in _ENDS and _SPEAKER.match(text) is None \
                and (text.startswith(_TOPIC) or not labelled_particular(text)):
            found.add(i)
    return found if len(found) >= _TALKS_MIN else set()


def schedule_rows(paragraphs: Sequence[Paragraph], opening: frozenset[str] | None = None) -> set[int]:
    """'11:40 - 12:00 PLCT近期的开发编译教学计划' right after '11:00 - 11:40 …': the rows of a day's programme, one slot
    after another with nothing between, are a table, not titles (a video's '00:30 - 01:10 顶部与整体结构' over what it
    shows heads its part; `opening`: what the lines open with, when known: a slot opens with a digit)."""
    if opens_no_digit(opening):
        return set()
    slots = [i for i, p in enumerate(paragraphs) if p.text[:8].lstrip()[:1].isdigit() and _SLOT.match(p.text)]
    at = set(slots)
    return {i for i in slots if i - 1 in at or i + 1 in at}


def schedule_titles(paragraphs: Sequence[Paragraph], rows: set[int]) -> set[int]:
    """'议程（草案V1版）', '活动日程' right over a programme's first slot (`rows`: `schedule_rows`): the programme's
    title, which has no text of its own under it to stand it apart."""
    titles = set()
    for i in rows:
        text = paragraphs[i - 1].text.strip() if i > 0 and i - 1 not in rows else ""
        if 1 < len(text) <= _TITLE_MAX and text[-1] not in _ENDS and _SLOT.match(text) is None:
            titles.add(i - 1)
    return titles


def nest_talks(candidates: list, paragraphs: Sequence[Paragraph], opening: frozenset[str] | None = None) -> None:
    """'议程剧透' over the talks, each over its speaker's line: the title last kept before them holds them, up to the
    next title of another kind; talks with no title before them stay the text's parts."""
    talks = talk_titles(paragraphs, opening)
    if not talks:
        return
    last = -1  # the last top-level title kept that is no talk
    for n, c in enumerate(candidates):
        if not c.accepted or c.parent >= 0 or c.key != "container":
            continue
        if c.index not in talks:
            last = n
        elif last >= 0:
            c.parent = last
