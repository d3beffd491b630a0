"""A marked-up heading's rank is the author's: a '##' (or <h2>) never sits inside a '###' section or another '##'.

In Markdown and on a web page the author states each heading's level with its mark. The outline may nest by other
evidence (numbering, bold lines), but a heading found under an ancestor marked at its own level or a lower one
('#### 5.5.2' under '#### 5.5.1', '## 六、' under '#### 5.5.3') has been read into a section it closes: it is
lifted to that ancestor's depth (never beside a heading marked above it), the headings under it with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.text.decimals import decimal_parts
from reader.text.lazyre import lazy
from reader.text.model import Heading

_DECIMAL = lazy(r"\d{1,4}(?:[.．]\d{1,4})*")  # '5.2', '3.3.1': a number's parts, each a level of the text


def _parts(marker: str) -> int:
    """How many levels a marker's number spells ('5.2' two, '三、' or '5、' one; 0: unnumbered)."""
    bare = marker.strip().rstrip("、.．:：)）")
    if not bare:
        return 0
    return len(decimal_parts(bare)) if _DECIMAL.fullmatch(bare) else 1


def _numbered_under(marker: str, above: str) -> bool:
    """The heading's own numbering puts it under the one above, whatever their marks say: '### 5.2' under '### 5、',
    '## 3.3' under '## 三、'; or the text numbers only its sections, their parts unnumbered at the same mark
    ('### 实现规模化生产检验' under '### 2 Dubbo3 里程碑')."""
    mine, theirs = _parts(marker), _parts(above)
    return bool(theirs) and (not mine or mine > theirs)


def ranked_by_tags(headings: Sequence[Heading], levels: Sequence[int]) -> list[Heading]:
    """`headings` with each marked one (its `levels` entry its mark's level, 1-6; 0: unmarked) lifted out of any
    ancestor marked at its level or lower, its subtree moved up with it."""
    out: list[Heading] = []
    open_: list[tuple[int, int, str]] = []  # (new depth, level, marker) of the headings the next may sit under
    ranks: list[tuple[int, int]] = []  # (level, new depth) of the last marked heading at each rank above the next
    lifts: list[tuple[int, int]] = []  # (old depth, total lift) of lifted headings whose subtree is being read
    for h, level in zip(headings, levels):
        while lifts and lifts[-1][0] >= h.depth:
            lifts.pop()
        lift = lifts[-1][1] if lifts else 0
        depth = max(1, h.depth - lift)
        while open_ and open_[-1][0] >= depth:
            open_.pop()
        if level:
            above = next((d for d, lv, mark in open_ if lv >= level and not _numbered_under(h.marker, mark)), 0)
            # the shallowest ancestor marked at the heading's level or below that its number does not put it under
            while ranks and ranks[-1][0] >= level:
                ranks.pop()
            above = max(above, ranks[-1][1] + 1 if ranks else 1) if above else 0  # never beside a heading that
            # outranks it ('### Action points' under a '### Last stage's…' read beside its '## Minute': under Minute)
            if 0 < above < depth:
                lifts.append((h.depth, lift + depth - above))
                depth = above
                while open_ and open_[-1][0] >= depth:
                    open_.pop()
        open_.append((depth, level, h.marker))
        if level:
            ranks.append((level, depth))
        out.append(h if depth == h.depth else replace(h, depth=depth))
    return out
