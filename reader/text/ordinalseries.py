"""Titles a word counts ('步骤一：提交申请' … '步骤四：处理完成', '阶段一：…', '模組四：…', '案例 A：…'): a writer
labels each part of a series with the same word and its count, so where one of them is a title the others are too,
beside it, though a list under one or a title right over another kept the rules from taking them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from reader.text.headlines import HEADLINE_MAX
from reader.text.lazyre import lazy
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.candidate import Candidate, depth_of, with_lines
from reader.text.numerals import to_int

_COUNTED = lazy(r"((?:(?![一二三四五六七八九十零〇两])[\u4e00-\u9fff]){1,6})[ \t\u3000]?"
                r"([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}|[A-Z])[ \t\u3000]?[：:][ \t\u3000]*(\S.*)")
_CJK = lazy("[\u4e00-\u9fff]")
_SENTENCE = frozenset("。；;！!")  # '方案一：MSPM0L1306 性能较高、功耗低。': a sentence describes, no title
_WORDS = frozenset("第图圖表注註附")  # '第一：…' is a point; '图一：…' a caption; '注一：…' a note; '附一：…' an annex


def counted_label(text: str) -> tuple[str, int] | None:
    """'步骤三：寄回商品' -> ('步骤', 3): the word that counts a title and its count; None for a sentence, a field's
    value that is no Chinese title ('排名 1:/mattpocock/skills') or a line a marker numbers."""
    text = text.strip()
    m = _COUNTED.fullmatch(text)
    if m is None or len(text) > HEADLINE_MAX or m.group(1)[0] in _WORDS or len(_CJK.findall(m.group(3))) < 2:
        return None
    if not _SENTENCE.isdisjoint(text) or text[-1] in "，,、：:" or match_heading(text) is not None:
        return None
    count = m.group(2)
    return m.group(1), (ord(count) - ord("A") + 1 if "A" <= count <= "Z" else to_int(count) or 0)


def _series(paragraphs: Sequence[Paragraph]) -> dict[str, list[tuple[int, int]]]:
    """Each word's counted lines in order, (paragraph, count), where the counts run 1, 2, 3 … (a gap allowed, not a
    step back: '问题一' asked, then '问题一' answered, is no one series)."""
    series: dict[str, list[tuple[int, int]]] = {}
    for i, p in enumerate(paragraphs):
        if ("：" in p.text or ":" in p.text) and (label := counted_label(p.text)) is not None:  # (a colon ends the count)
            series.setdefault(label[0], []).append((i, label[1]))
    return {word: run for word, run in series.items()
            if len(run) >= 2 and run[0][1] == 1 and all(b[1] > a[1] for a, b in zip(run, run[1:]))}


def _nearest(kept: list[int], i: int) -> int:
    """The kept line nearest line i (`kept` in order): a bisection, so a long series costs no square."""
    k = bisect_left(kept, i)
    return min(kept[max(k - 1, 0):k + 1], key=lambda j: abs(j - i))


def _section_parents(lines: list[int], heads: list[int], depths: list[int],
                     at_most: dict[int, list[int]]) -> dict[int, int]:
    """Each line of a series none of whose lines was kept -> the heading it stands under: the one kept last before
    the series opens, or, after another heading at that level or above opened a section, the last such one before
    it. `heads`: the kept headings' paragraphs in order, `depths` theirs, `at_most[d]`: the positions in `heads` of
    those at depth d or above; a bisection per line."""
    k = bisect_left(heads, lines[0]) - 1
    if k < 0:
        return dict.fromkeys(lines, -1)
    shallow = at_most[depths[k]]
    out: dict[int, int] = {}
    for i in lines:
        j = bisect_left(shallow, bisect_left(heads, i)) - 1
        out[i] = shallow[j] if j >= 0 else k
    return out


def _heads_text(paragraphs: Sequence[Paragraph], lines: list[int]) -> bool:
    """'案例 1：编译器拒绝的代码' over its code, '案例 2：…' further on: each line of the series over text of its own,
    none in a list or a table ('证据 1:…' right over '证据 2:…' counts points)."""
    ends = set(lines)
    return all(i + 1 < len(paragraphs) and i + 1 not in ends and not paragraphs[i].listed and not paragraphs[i].cell
               for i in lines)


def add_counted_siblings(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> list[Candidate]:
    """The candidates with each kept title's missing siblings of its word's series added, in order, beside it (same
    parent): not for a series whose lines follow one another (a list's '任选一：…', '任选二：…'). A series none of
    whose lines was kept, each over text of its own, in a text with an outline ('情形 A: …' … '情形 E: …' inside
    '竞态条件的完整交错分析'), is the sub-headings of the section it stands in."""
    if not any(c.accepted for c in candidates) or not (series := _series(paragraphs)):
        return candidates  # no outline: a series alone ('方法一：腾讯会议转播', '方法二：…') lists alternatives
    at = {c.index: n for n, c in enumerate(candidates)}
    added: dict[int, int] = {}  # paragraph -> the parent its kept sibling has
    marked = any(p.heading_level for p in paragraphs)  # a format that marks its headings leaves the rest text
    kept_at = [n for n, c in enumerate(candidates) if c.accepted]
    heads = [candidates[n].index for n in kept_at]
    depths = [depth_of(candidates[n], candidates) for n in kept_at]
    at_most = {d: [k for k, e in enumerate(depths) if e <= d] for d in set(depths)}  # a few depths: linear
    for run in series.values():
        lines = [i for i, _ in run]
        if 2 * sum(b - a < 2 for a, b in zip(lines, lines[1:])) >= len(lines):
            continue
        kept = [i for i in lines if i in at and candidates[at[i]].accepted and candidates[at[i]].match is None]
        if not kept:
            if (not marked and not any(i in at and candidates[at[i]].accepted for i in lines)
                    and _heads_text(paragraphs, lines)
                    and (parents := _section_parents(lines, heads, depths, at_most))[lines[0]] >= 0):  # in a section
                added.update({i: kept_at[k] for i, k in parents.items()})
            continue
        for i in lines:
            if i not in at or not candidates[at[i]].accepted:
                added[i] = candidates[at[_nearest(kept, i)]].parent
    return with_lines(candidates, added)[0] if added else candidates
