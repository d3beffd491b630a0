"""A report titled with two parts ('2016年工作总结及2017年工作计划', '2022 年度总结与 2023 新年规划') is written in
those two parts: a line that says a part's name again ('2017年工作计划') opens it and holds the sections after it, as
the title promised; the numbering under it may start again at '一、'. One pass over the lines: linear time."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate, with_lines
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

# the halves a work report is made of: what was done, what will be ('总结' and '计划', '回顾' and '展望')
_KINDS = ("总结", "计划", "规划", "回顾", "展望", "打算", "思路", "设想", "安排", "目标", "小结", "總結", "計劃",
          "規劃", "回顧")
_JOINERS = lazy(r"[与及和暨&與]")
_HALF_MIN = 4  # '工作计划', '年度总结': a part is named in four characters or more
_HEAD_MIN = 2  # '2025年', '工作': what a part is of, said again
_LINE_MAX = 30  # a part's line names it, nothing more
_TITLE_MAX = 80  # a title naming two parts


def _squeeze(text: str) -> str:
    return "".join(text.split()).rstrip("：:")


def title_halves(title: str) -> tuple[str, str] | None:
    """The two parts a title names, each ending in a report's kind word ('…总结', '…计划'), or None."""
    text = _squeeze(title)
    if len(text) > _TITLE_MAX:
        return None  # no work report's title: and a long line of joiners is no cut after cut
    cuts = [m.start() for m in _JOINERS.finditer(text)]
    for cut in cuts:
        first, second = text[:cut], text[cut + 1:]
        if len(first) >= _HALF_MIN and len(second) >= _HALF_MIN and first.endswith(_KINDS) and second.endswith(_KINDS):
            return first, second
    return None


def _head(text: str) -> str:
    """'2025年' of '2025年展望': what the part is of, its kind word cut off ('' when it has none)."""
    kind = next((k for k in _KINDS if text.endswith(k)), "")
    return text[:-len(kind)] if kind else ""


def _names(line: str, half: str) -> bool:
    """'2017年工作计划' names the part '2017年工作计划'; '2016年工作总结' the part '应用支持一部四组2016年工作总结'; and
    '2025年计划' the part '2025年展望' (what it is of said again, its kind in another word)."""
    head = _head(line)
    return len(head) >= _HEAD_MIN and _head(half).endswith(head)


def add_titled_halves(candidates: list[Candidate], paragraphs: Sequence[Paragraph], title: str) -> list[Candidate]:
    """The candidates with the lines that name the title's parts kept as top-level parts, each holding the top-level
    sections after it; unchanged unless the second part's line is found, once."""
    halves = title_halves(title)
    if halves is None or any(c.accepted and c.rank is not None and c.key[:1] == "h" for c in candidates):
        return candidates  # a Markdown '##' or an HTML <h2> says its own level
    found: list[list[int]] = [[], []]
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if p.cell or not text or len(text) > _LINE_MAX:
            continue
        line = _squeeze(text)
        for k, half in enumerate(halves):
            if _names(line, half):
                found[k].append(i)
    if len(found[1]) != 1 or len(found[0]) > 1 or (found[0] and found[0][0] > found[1][0]):
        return candidates
    parts = found[0] + found[1]
    for c in candidates:
        if c.accepted and c.index in parts:
            c.parent = -1  # a heading already, as a part's: at the top
    out, at = with_lines(candidates, dict.fromkeys(parts, -1))
    bounds = parts + [len(paragraphs)]
    for k, part in enumerate(parts):
        for c in out:
            if c.accepted and c.parent < 0 and bounds[k] < c.index < bounds[k + 1]:
                if c.key == "named":
                    break  # '参考资料', '附件': the text's back matter closes the part
                c.parent = at[part]
    return out
