"""Labels that divide a plain title's subject ('社区技术委员会成员：', '社区技术委员会职责：' under '社区技术委员会（TSC）';
'预习诊断答案：', '拓展训练答案：' under '答案'): each names the title's subject again and heads a block of its own, so
each is a sub-title of that title, as a reader sees the bold labels of a section whose marks are gone.

Labels that do not name the title ('拥有权利：', '岗位职责：' under a job's name), lead-ins ('具体如下：', '下图展示了…：'),
a speaker's turns and a form's fields over one line each are left alone. One pass over the lines with a colon, then
each kept unnumbered title's own labels (up to the next kept heading): linear.
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.text.candidate import Candidate, with_lines
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.openings import colon_lines

_LABEL_SPAN = 20  # '晋升Committer的流程及要求：': a label; a longer line is a sentence leading in
_LABEL = lazy(r"[\u3400-\u9fff][^。，,；;：:！？!?、0-9０-９]*[：:]")  # no clause, no number ('發言者1：', '情况一：' aside)
_LEAD_IN = lazy(r"以下|如下|下图|下面|例如|举例|包括|示例")  # '连接块头时可能会出现以下一些异常情况：' leads in
_CJK_PAIR = lazy(r"(?=([\u3400-\u9fff]{2}))")
_BLOCK_MIN = 2  # a label over one line is a field and its value ('时间：' over '2021年6月15日')
_LABELS_MIN = 2  # one echo is chance; two labels each naming the title divide its subject


def _pairs(text: str) -> set[str]:
    """The two-character pieces of a text's Chinese words: '比赛环境' -> {'比赛', '赛环', '环境'}."""
    return set(_CJK_PAIR.findall(text))


def _shared_end(names: list[str]) -> str:
    """The words all the names open with, else those they all close with: '测评环境', '比赛环境' -> '环境'."""
    head = os.path.commonprefix(names)
    return head if len(head) >= 2 else os.path.commonprefix([n[::-1] for n in names])[::-1]


def add_echo_labels(candidates: list[Candidate], paragraphs: Sequence[Paragraph],
                    colons: Sequence[int] | None = None) -> list[Candidate]:
    """The candidates with the labels under a kept unnumbered title added under it, where two or more labels, all
    the short lines ending in a colon there, differ, each name the title's words again and each head a block of two
    lines or more (`colons`: the lines with a colon, if known)."""
    kept = [n for n, c in enumerate(candidates) if c.accepted]
    at = {c.index for c in candidates if c.accepted}
    ends = [i for i in (colon_lines(paragraphs) if colons is None else colons) if i not in at
            and not paragraphs[i].listed and not paragraphs[i].cell
            and len(text := paragraphs[i].text.strip()) <= _LABEL_SPAN and text[-1:] in "：:"]
    if len(ends) < _LABELS_MIN:
        return candidates
    added: dict[int, int] = {}
    for k, n in enumerate(kept):
        c = candidates[n]
        if c.numbered() or c.match is not None and c.match.marker or paragraphs[c.index].heading_level:
            continue  # a numbered section's labels are its list's or its fields (titleparts names its parts); under
        # a title marked '##', a label the writer left unmarked is no title of theirs
        end = candidates[kept[k + 1]].index if k + 1 < len(kept) else len(paragraphs)
        lo, hi = bisect_right(ends, c.index), bisect_left(ends, end)
        labels = ends[lo:hi]
        if len(labels) < _LABELS_MIN:
            continue
        texts = [paragraphs[i].text.strip() for i in labels]
        blocks = [b - a - 1 for a, b in zip(labels, labels[1:] + [end])]
        title = _pairs(c.match.title if c.match is not None else paragraphs[c.index].text)
        if (len(set(texts)) < len(texts) or min(blocks) < _BLOCK_MIN
                or not all(_LABEL.fullmatch(t) and not _LEAD_IN.search(t) for t in texts)
                or not _pairs(_shared_end([t[:-1] for t in texts])) & title):
            continue
        added.update(dict.fromkeys(labels, n))
    return with_lines(candidates, added)[0] if added else candidates
