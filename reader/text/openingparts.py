"""A part title opening the text: '本周工作' right under the document's title and right over '会议纪要', '文档相关',
… is the part those sections sit in (a Markdown '#' over its '##', the marks gone), not a deck beside the first."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from reader.text.bodytext import is_body
from reader.text.candidate import Candidate, with_lines
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_SHORT = 12  # '本周工作', '县史述略', '近期活动': a part named in a few words
_SIBLINGS = 2  # the sections it holds: two or more of one kind, or it is a deck over one section
_HELD = 16  # '在美国学习有多难', 'Leetcode刷题经验': a note's section titles are names in a few words
_CLAUSES = lazy(r"[\u3400-\u9fff][ \u3000][\u3400-\u9fff]|——|[：:？?]")  # a headline sets its clauses
# apart so; an interview's '问：…？' is a turn asked, no section a part holds
_NOTE_TITLE = 12  # 'December', '实习&工作篇', '阎学通老师的故事': a note is named in a few words; a headline
# that runs to a clause ('本地开源社区线下分享会讲稿整理') may carry a deck, a short line under it that holds nothing
_WORD = lazy(r"[A-Za-z0-9]+")  # a Latin word counts as one unit of a title's length, as a character does
_NOT_NAMES = "，。；？！,;：:|?!、（）()《》“”\"'-—/"  # a sentence, a label, a byline, a date or a table's row


def _part_name(text: str, title: str) -> bool:
    """'本周工作': two characters or more of words, no digit, no sentence, label, byline or bracket; not the title."""
    t = text.strip()
    return (2 <= len(t) <= _SHORT and t != title.strip() and not any(ch in t for ch in _NOT_NAMES)
            and not any(ch.isdigit() for ch in t) and t[0].isalpha() and not is_body(t))


def _note_title(title: str) -> bool:
    """'December', '实习&工作篇': a note's name in a few words, no headline long enough to carry a deck."""
    return len(_WORD.sub("w", "".join(title.split()))) <= _NOTE_TITLE


def opening_part(candidates: list[Candidate], paragraphs: Sequence[Paragraph], title: str) -> list[Candidate]:
    """The candidates with the text's first line under its title made the part holding every top-level heading, where
    it stands apart (blank lines round it and the title right under it, a Markdown form), reads as a part's name and
    the headings it would hold are two or more plain titles, none numbered or named ('参考资料'); kept already as a
    title of its own (the titles after it left beside it), it takes them in."""
    opening = list(islice((n for n, c in enumerate(candidates) if c.accepted), _SIBLINGS + 1))
    if len(opening) < _SIBLINGS + 1 or len(paragraphs) < 3:
        return candidates
    head = candidates[opening[0]]
    titled = head.index == 0 and candidates[opening[1]].index == 1  # the part's title already kept: its sections not
    first = candidates[opening[1]] if titled else head
    if first.index != 1 or first.parent >= 0:
        return candidates  # (asked before listing every kept heading: a law's thousands)
    kept = [n for n, c in enumerate(candidates) if c.accepted]
    top = [n for n in kept[1 if titled else 0:] if candidates[n].parent < 0]
    if len(top) < _SIBLINGS or any(
            candidates[n].match is not None or candidates[n].key != "container" for n in top):
        return candidates  # a number says its own level: a line over '1.' is the text's sub-title
    lines = [p.line for p in paragraphs[:3]]
    if lines[0] <= 1 or not lines[0] + 1 < lines[1] < lines[2] - 1 or not _part_name(paragraphs[0].text, title):
        return candidates  # the text's first line is its title; a Markdown title stands apart, blank lines around it
    if not _note_title(title):
        return candidates  # a headline's deck ('社区十年回顾' under '本地开源社区线下分享会讲稿整理'), maybe: no part
    name = paragraphs[0].text.strip()
    if any(p.text.strip() == name for p in paragraphs[1:]):
        return candidates  # the name said again below ('港聞' over each story): an item's label or a contents line
    if any(len(t := paragraphs[candidates[n].index].text.strip()) > _HELD or _CLAUSES.search(t) for n in top):
        return candidates  # a headline ('災情未止 小海嘯毁污水廠') under a news page's category: no note's section
    if titled:
        if head.key == "container" and head.parent < 0:
            for n in top:
                candidates[n].parent = kept[0]
        return candidates
    out, placed = with_lines(candidates, {0: -1})
    moved = {candidates[n].index for n in top}
    for c in out:
        if c.accepted and c.parent < 0 and c.index in moved:
            c.parent = placed[0]
    return out
