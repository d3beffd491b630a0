"""A web article's first sections above its run of prose: headings at the level its own sections use, over plain lines.

An article's first parts are often a few short points each ('<h2>编写高质量的代码</h2>' over '可扩展性和可读性好' and two
lines more), which score as no prose, so the best run of prose starts at a later part. The article's parts share one
heading level; a heading at that level with the page's plain text under it, right above the body, is its own part.
A page's chrome above the article is links and widgets, or stands above its headline (a heading of another level).
"""

from __future__ import annotations

from reader.text.model import Block

_PLAIN = ("", "cell", "item")  # text of the page, in a paragraph, a table of data or a list
_SECTIONS_MIN = 3  # sections of one level, the body's and those above it: the article's own parts
_OWN_MIN = 2  # of them in the body: the level its parts use


def first_sections(blocks: list[Block], start: int, end: int, declared: str = "") -> int:
    """The body's first block, moved back over the sections right above it at the level of its several sections,
    each a heading with plain lines (no links, no widgets) under it; never over the page's headline (a heading its
    <title>, `declared`, names) nor over the body's own first heading alone (the title is looked for from there)."""
    levels = [b.heading_level for b in blocks[start:end + 1] if b.heading_level and b.role == ""]
    level = min(levels, default=0)
    own = levels.count(level)
    if own < _OWN_MIN:
        return start
    page = _bare(declared)
    found, k = start, start - 1
    while k >= 0:
        j = k
        while j >= 0 and blocks[j].role in _PLAIN and not blocks[j].heading_level:
            j -= 1
        if j < 0 or blocks[j].heading_level != level or blocks[j].role != "" or j == k and k < start - 1 \
                or page and _bare(blocks[j].text) in page:
            break  # a link, a widget, a heading of another level, one with nothing under it, or the headline
        found, k, own = j, j - 1, own + 1
    return found if own >= _SECTIONS_MIN and found < start - 1 else start


def _bare(text: str) -> str:
    """A heading and the <title> compared whatever spaces a page set in them."""
    return "".join(text.split())
