"""A section whose title names its parts ('三、研究方法、设计方案及预期进度') holds them under labels that say those names
again ('研究方法：', '设计方案：', '预期进度：'), as forms and proposals are filled in: each label is a sub-title of it.

One pass over the lines for the labels, then each kept heading's own labels (up to the next kept heading): linear.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.text.candidate import Candidate, with_lines
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.openings import colon_lines

_LABEL = lazy(r"[\u3400-\u9fff][\u3400-\u9fffA-Za-z0-9]{1,15}[：:]")  # '研究方法：', '测试工具选择和使用：'
_LABEL_SPAN = 18
_SPLIT = lazy(r"以及|[、，,；;/及与與]")  # how a title lists its parts: '研究方法、设计方案及预期进度'
_FILLER = str.maketrans("", "", "的之 ")  # '测试工具的选择和使用' names the part '测试工具选择和使用：' names
_PART_MIN = 3  # a shorter shared piece ('方法') is a word, not a part's name
_PARTS_MIN = 2  # one echo is chance; two of the title's parts, each under its own label, are the title's plan


def _parts(title: str) -> list[str]:
    """The parts a title lists, filler aside: '研究方法、设计方案及预期进度' -> ['研究方法', '设计方案', '预期进度']."""
    pieces = [p.translate(_FILLER) for p in _SPLIT.split(title.strip().rstrip("：:。．."))]
    return [p for p in pieces if len(p) >= _PART_MIN] if len(pieces) >= _PARTS_MIN else []


def _part_named(text: str, parts: list[str]) -> int:
    """Which of the title's parts a label names (its position), or -1: the same words, or the part's words within."""
    name = text[:-1].translate(_FILLER)
    for n, part in enumerate(parts):
        if name == part or (len(name) >= _PART_MIN and name in part) or part in name:
            return n
    return -1


def add_title_parts(candidates: list[Candidate], paragraphs: Sequence[Paragraph],
                    colons: Sequence[int] | None = None) -> list[Candidate]:
    """The candidates with the labels under a kept title that name two or more of its listed parts, each a different
    one and all set apart on lines of their own, added under that title (`colons`: the lines with a colon, if known)."""
    kept = [n for n, c in enumerate(candidates) if c.accepted]
    at = {c.index for c in candidates if c.accepted}
    labels = [i for i in (colon_lines(paragraphs) if colons is None else colons) if i not in at  # one look a line
              and len(text := paragraphs[i].text.strip()) <= _LABEL_SPAN and _LABEL.fullmatch(text)]
    if len(labels) < _PARTS_MIN:
        return candidates  # fewer than two labels in the whole text: no title's parts (a law's articles have none)
    added: dict[int, int] = {}
    for k, n in enumerate(kept):
        c = candidates[n]
        end = candidates[kept[k + 1]].index if k + 1 < len(kept) else len(paragraphs)
        lo, hi = bisect_right(labels, c.index), bisect_left(labels, end)
        if hi - lo < _PARTS_MIN:
            continue  # fewer than two labels under the title: no two of its parts named (no _parts made)
        parts = _parts(c.match.title if c.match is not None else paragraphs[c.index].text)
        if not parts:
            continue
        found: dict[int, int] = {}  # label paragraph -> the part it names
        for i in labels[lo:hi]:
            if (part := _part_named(paragraphs[i].text.strip(), parts)) >= 0:
                found[i] = part
        if len(set(found.values())) >= _PARTS_MIN and len(found) == len(set(found.values())):
            added.update(dict.fromkeys(found, n))
    return with_lines(candidates, added)[0] if added else candidates
