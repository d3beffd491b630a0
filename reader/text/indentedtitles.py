"""An unnumbered title set in by spaces where the text's other titles stand flush left: a Markdown-like note starts
its headings at the margin ('赋值语句', '输出函数'); a short line indented under them ('    例：将变量x和y交换',
'    结果') is a code block's or a list item's continuation, not a heading the writer gave no number."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.model import Paragraph
from reader.text.writermarks import writer_marked

_SET_IN = 2  # columns of indent that set a line in (a tab is four, '　' two)
_FLUSH_MIN = 4  # flush-left unnumbered titles that show the text's own place for its headings
_FLUSH_SHARE = 0.75  # and the share of its unnumbered titles they make at least
_ALIKE = 2  # flush titles opening and ending as the set-in one does: it is their sibling, set in by the layout
_KEYS = ("container", "sub")  # plain titles and a note's sub-titles; a named part ('参考资料') keeps its own rules


def _ends(text: str) -> tuple[str, str]:
    text = text.strip()
    return text[:2], text[-2:]


def drop_indented_titles(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """'    结果' among flush titles: an unnumbered title set in two columns or more, where four titles or more and
    three in four of the text's unnumbered titles stand flush left, is no title; one that opens and ends as two flush
    titles do ('  2019.3.25 第五次会议' among '2019.3.19 第二次会议'…) is their sibling and stays (an ending alone, '文件',
    is a common word's), as does a title its format marks (a Markdown '#', bold, an anchor)."""
    plain = [n for n, c in enumerate(candidates) if c.accepted and not c.numbered() and c.key in _KEYS
             and not writer_marked(paragraphs[c.index])]
    flush = [paragraphs[candidates[n].index].text for n in plain if paragraphs[candidates[n].index].indent == 0]
    if len(flush) < _FLUSH_MIN or len(flush) < _FLUSH_SHARE * len(plain) or len(flush) == len(plain):
        return
    openings = Counter(_ends(text)[0] for text in flush)
    endings = Counter(_ends(text)[1] for text in flush)
    dropped: set[int] = set()
    for n in plain:
        c = candidates[n]
        head, tail = _ends(paragraphs[c.index].text)
        if paragraphs[c.index].indent < _SET_IN or openings[head] >= _ALIKE and endings[tail] >= _ALIKE:
            continue
        c.accepted = False
        c.reason = "set in by spaces where the text's other plain titles stand flush left: a block's line, no title"
        dropped.add(n)
    if dropped:
        _rejoin_runs(candidates, dropped)


def _rejoin_runs(candidates: list[Candidate], dropped: set[int]) -> None:
    """'2.联动使用' under a line set aside, after '1.联动配置': a numbered title goes back beside the last kept title of
    its run, under that one's parent, where the title it stood under (`dropped`) is set aside as no title."""
    last: dict[str, int] = {}  # a run's key -> its last kept title so far
    for n, c in enumerate(candidates):
        if c.numbered() and c.parent in dropped and c.key in last and last[c.key] < c.parent:
            c.parent = candidates[last[c.key]].parent
        if c.accepted and c.numbered():
            last[c.key] = n
