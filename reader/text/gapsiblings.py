"""An essay's plain topic titles: '二胡', '摄影', '英语' each over a few lines about it. When the titles kept stand at a
steady pace and one stretch between two of them runs twice as long, holding one short line shaped like them, that
line is the title the rules passed over ('摄影' between '二胡' and '英语'); so too one such line as far after the last
title as the titles stand apart ('总结：' closing the list). Each paragraph is looked at once per run: linear time."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from reader.text.candidate import Candidate, with_lines
from reader.text.furniture import figure_caption
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.writermarks import writer_marked

_RUN = 4  # titles beside one another, at least, for their pace to say anything
_SHORT = 12  # a topic title's characters at most
_STOPS = lazy(r"[。，；！,;!、：:“”\"《》()（）\[\]【】|]")  # a sentence's or a list's marks: no topic title has them
_BULLET = lazy(r"[-*+•·●○◆■□>#\d]")  # an item's or a quote's mark opening the line


def _set_in(p: Paragraph) -> bool:
    """'　摄影', '    结果': the line stands in from the margin (as measured, or as its text still shows)."""
    return p.indent > 0 or p.text[:1].isspace()


def _bare(text: str) -> str:
    """'总结：' names '总结'; '　摄影' is '摄影' set in."""
    return text.strip().rstrip("：:").rstrip()


def _shaped(paragraphs: Sequence[Paragraph], k: int, longest: int, indent: bool, latin: bool) -> bool:
    """A short line of words, written and standing as the titles stand, between longer lines of body (`latin`: some
    title is written in ASCII alone, as a command's name 'exit'; else 'paul' among '设置标签', '列出标签' is output)."""
    p = paragraphs[k]
    text = _bare(p.text)
    if not text or text.isascii() and not latin or len(text) > longest or _set_in(p) != indent:
        return False
    if p.listed or p.cell or writer_marked(p):
        return False
    if _STOPS.search(text) or _BULLET.match(text) or text[-1] in "？?" or figure_caption(text):
        return False
    if k + 1 >= len(paragraphs) or k == 0:
        return False
    before, after = paragraphs[k - 1].text.strip(), paragraphs[k + 1].text.strip()
    return len(before) > len(text) and len(after) > len(text) and before[-1] not in "：:"  # body on both sides,
    # and no lead-in before it: '怀孕时间' over '产检周期' under '…如下：' are a table's cells, 'v1.0' over 'v2.0' output


def _titles(paragraphs: Sequence[Paragraph], run: list[int]) -> tuple[int, bool, bool] | None:
    """The longest title of a run, how its titles stand (set in or flush) and whether one is written in ASCII alone,
    or None when they are no short plain words standing alike."""
    texts = [_bare(paragraphs[i].text) for i in run]
    if any(not t or len(t) > _SHORT or _STOPS.search(t) for t in texts):
        return None
    if len({_set_in(paragraphs[i]) for i in run}) > 1 or any(writer_marked(paragraphs[i]) for i in run):
        return None  # titles a file marks ('## 二胡'): the writer marked each, a line left plain is none
    return max(len(t) for t in texts), _set_in(paragraphs[run[0]]), any(t.isascii() for t in texts)


def _missing(paragraphs: Sequence[Paragraph], run: list[int], kept: list[int]) -> list[int]:
    """The lines of a run's long stretches (and the stretch after it) that are its passed-over titles: a stretch
    with another kept title in it holds that title's part, no sibling (`kept`: the kept titles' lines, in order)."""
    shape = _titles(paragraphs, run)
    if shape is None:
        return []
    gaps = sorted(b - a for a, b in zip(run, run[1:]))
    pace = gaps[len(gaps) // 2]
    if pace < 2 or 2 * sum(g > 2 * pace for g in gaps) >= len(gaps):  # no steady pace to go by
        return []
    stretches = [(a, b) for a, b in zip(run, run[1:]) if b - a >= 2 * pace - 1]
    stretches.append((run[-1], min(len(paragraphs), run[-1] + 2 * pace)))  # as far after the last as they stand apart
    found = []
    for a, b in stretches:
        after = bisect_right(kept, a)
        if after < len(kept) and kept[after] < b:
            continue
        fits = [k for k in range(a + 2, b - 1) if _shaped(paragraphs, k, *shape)]
        if len(fits) == 1 and min(fits[0] - a, b - fits[0]) * 2 >= pace:
            found.append(fits[0])
    return found


def add_gap_siblings(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """The candidates with a run's passed-over plain titles kept beside their siblings (same parent)."""
    runs: dict[int, list[int]] = {}
    for c in candidates:
        if c.accepted and c.match is None:
            runs.setdefault(c.parent, []).append(c.index)
    numbered = {c.index for c in candidates if c.match is not None}  # a list's dropped '1.' is no plain title
    kept = sorted({c.index for c in candidates if c.accepted} | numbered)
    added: dict[int, int] = {}
    for parent, run in runs.items():
        if len(run) >= _RUN:
            added.update((k, parent) for k in _missing(paragraphs, run, kept))
    return with_lines(candidates, added)[0] if added else candidates
