"""A document's outline as one value: headings, which section an offset is in, its ancestors and the labels shown.

The outline tree and the breadcrumb are both drawn from an `Outline`, so the breadcrumb never depends on the
tree having been filled (long outlines fill it later). Labels go through the display converter whole, marker
included, so a converted heading never shows its marker in two scripts ('第一条 第一條').
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reader.text.fold import fold
from reader.text.model import Heading

SourceOffset = int  # an offset in Document.text (the cleaned text), whatever script is displayed
CRUMB_MAX = 40  # characters of a breadcrumb entry before it is shortened with '…'
_MARKER_PUNCTUATION = "、．."


def heading_label(heading: Heading, title: str | None = None) -> str:
    """Marker and title as a reader writes them: '一、标题', '（一）标题', but '第一章 总纲', '4. Hashed …' and 'Part 1. 回顾'
    with a space."""
    title = heading.title if title is None else title
    if heading.marker and title and title != heading.marker:
        end = heading.marker[-1]
        worded = heading.marker[:2].isascii() and heading.marker[:2].isalpha()  # 'Part 1. 回顾': a word, then a space
        sep = "" if not worded and (end in "、）．：" or (end in ").:" and not title[0].isascii())) else " "
        return f"{heading.marker}{sep}{title}"
    return title or heading.marker


def ancestors(headings: tuple[Heading, ...], index: int) -> list[int]:
    """Indices of the headings enclosing heading `index`, outermost first, ending with `index`."""
    chain = [index]
    depth = headings[index].depth
    for i in range(index - 1, -1, -1):
        if headings[i].depth < depth:
            chain.append(i)
            depth = headings[i].depth
    return chain[::-1]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Crumb:
    """One entry of the breadcrumb: the heading it jumps to, the text shown and the full label."""

    index: int
    offset: SourceOffset
    text: str
    label: str


@dataclass(frozen=True)
class Outline:
    """Headings of one document and how they read in the displayed script; labels are computed once each."""

    headings: tuple[Heading, ...] = ()
    convert: Callable[[str], str] = _same
    _offsets: list[int] = field(default_factory=list, repr=False, compare=False)
    _labels: dict[int, str] = field(default_factory=dict, repr=False, compare=False)
    _folded: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._offsets.extend(h.offset for h in self.headings)

    def __len__(self) -> int:
        return len(self.headings)

    def with_converter(self, convert: Callable[[str], str]) -> "Outline":
        """The same headings shown in another script."""
        return Outline(self.headings, convert)

    def section_at(self, offset: SourceOffset) -> int:
        """Index of the last heading starting at or before `offset` (-1 before the first)."""
        return bisect.bisect_right(self._offsets, offset) - 1

    def ancestors(self, index: int) -> list[int]:
        """The enclosing headings' indices, outermost first, ending with `index` ([] for -1)."""
        return ancestors(self.headings, index) if 0 <= index < len(self.headings) else []

    def marker(self, index: int) -> str:
        """The heading's marker as displayed ('第一條' in Traditional)."""
        return self.convert(self.headings[index].marker) if self.headings[index].marker else ""

    def label(self, index: int) -> str:
        """Marker and title as displayed: both converted, then compared (like with like)."""
        if not 0 <= index < len(self.headings):
            return ""
        label = self._labels.get(index)
        if label is None:
            h = self.headings[index]
            shown = replace(h, marker=self.marker(index), title=self.convert(h.title) if h.title else h.title)
            label = self._labels[index] = heading_label(shown)
        return label

    def matches(self, index: int, needle: str) -> bool:
        """Whether a heading matches a filter text in any script, width or case (制度建设 finds 加強制度建設)."""
        if not needle:
            return True
        folded = self._folded.get(index)
        if folded is None:
            h = self.headings[index]
            folded = self._folded[index] = fold(f"{self.label(index)}\n{heading_label(h)}")
        return fold(needle) in folded

    def crumbs(self, offset: SourceOffset) -> list[Crumb]:
        """The breadcrumb at an offset: enclosing headings by their markers, the innermost with its title."""
        chain = self.ancestors(self.section_at(offset))
        crumbs = []
        for n, i in enumerate(chain):
            label = self.label(i)
            marker = self.marker(i).rstrip(_MARKER_PUNCTUATION)
            text = label if n == len(chain) - 1 or not marker else marker
            if len(text) > CRUMB_MAX:
                text = text[:CRUMB_MAX - 1] + "…"
            crumbs.append(Crumb(i, self.headings[i].offset, text, label))
        return crumbs
