"""A saved page's sub-heads set as bold paragraphs ('<p><strong>主旋律可以很好看</strong></p>') under its h-tags, and a
Markdown file's set as bold lines of their own ('**系统编程**') under its '##' sections."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Sequence

from reader.text.model import Paragraph

_HEAD_MAX = 30  # characters of a sub-head; a longer bold line is a sentence stressed
_TEXT_MIN = 20  # characters of the paragraph a Markdown file's bold sub-head stands over: text, not a command
_HEADS_MIN = 2  # one bold line alone on a page is emphasis; an editor marks the parts of a section in turn
_ENDS = ("。", "！", "；", "!", ";", "，", ",", "、", "…")  # a stressed sentence or clause ends so; a sub-head does not
_ASIDES = ("（）", "()", "【】", "[]")  # '（计算题在此）' wholly in brackets: an aside or a placeholder, no part's name


def bold_heads(paragraphs: Sequence[Paragraph], matches: Sequence[object], marked: Collection[int],
               kind: str = "html") -> list[int]:
    """The bold paragraphs that head the prose under a page's h-tags: each short, alone between paragraphs not in bold
    (a run of bold lines is a passage stressed), over a paragraph of text, unnumbered, said once ('解决方案：' under
    each item is a label) and no field ('编者：某某'), with another in its section (`kind`: 'markdown' asks more of
    a bold line, which Markdown writers also use for labels and captions)."""
    heads = []
    times = Counter(p.text.strip() for p in paragraphs if p.strong)
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if (not p.strong or matches[i] is not None or i in marked or p.listed or p.cell or not 2 <= len(text) <= _HEAD_MAX
                or text.endswith(_ENDS) or i + 1 >= len(paragraphs) or i + 1 in marked or times[text] > 1
                or any(c in text[:-1] for c in "：:") or text[0] + text[-1] in _ASIDES):
            continue
        after, before = paragraphs[i + 1], paragraphs[i - 1] if i else None
        if kind == "markdown" and _label(text, after, before):
            continue
        if after.strong or after.heading_level or before is not None and before.strong:
            continue
        heads.append(i)
    return _paired(heads, marked)


def _label(text: str, after: Paragraph, before: Paragraph | None) -> bool:
    """A Markdown file's bold line that names what follows it rather than heading a part: a label over its value
    ('**适用场景：**'), a table's caption over or under its rows, a line over a short one (a command, a formula's
    name) instead of a paragraph of text or a list."""
    return (text[-1] in "：:" or after.cell or before is not None and before.cell
            or not after.listed and len(after.text.strip()) < _TEXT_MIN)


def _paired(heads: list[int], marked: Collection[int]) -> list[int]:
    """The heads that share their h-tagged section with another: an editor marks a section's parts in turn."""
    tags = sorted(marked)
    under = {i: bisect.bisect_left(tags, i) for i in heads}  # how many h-tags stand above: the section it is in
    times = Counter(under.values())
    return [i for i in heads if times[under[i]] >= _HEADS_MIN]
