"""A web article's last sections after its prose: a heading at a level its own sections use, over plain lines.

A notice's or a report's last part is often a table or a few short lines that score as no prose ('奖项设置' over
'一等奖 1名|20000元', '报名方式' over '请洽：…', '工作安排' over a list of tasks), so the best run of prose ends
before it. A page's chrome after the article is links (a related list) or marked by its elements; a heading of
the article's own rank with the page's plain text under it goes on with the article.
"""

from __future__ import annotations

from reader.text.model import Block

_PLAIN = ("", "cell", "item")  # text of the page, in a paragraph, a table of data or a list
_HEAD_REACH = 15  # blocks above the body where its title and first sections may sit


def section_levels(blocks: list[Block], start: int, end: int) -> set[int]:
    """Heading levels the article's own sections use: the format headings from a little above the body to its end,
    less a top level held by one heading alone (the page's headline over its sections)."""
    levels = [b.heading_level for b in blocks[max(0, start - _HEAD_REACH):end + 1] if b.heading_level and b.role == ""]
    top = min(levels, default=0)
    return set(levels) - ({top} if levels.count(top) == 1 else set())


def last_sections(blocks: list[Block], start: int, end: int) -> int:
    """The body's last block, moved on over the headings right after it at a level its sections use, each with
    plain lines (no links, no widgets) under it."""
    levels = section_levels(blocks, start, end)
    k = end + 1
    while levels and k + 1 < len(blocks) and blocks[k].role == "" and blocks[k].heading_level in levels \
            and blocks[k + 1].role in _PLAIN and not blocks[k + 1].heading_level:
        k += 1
        while k < len(blocks) and blocks[k].role in _PLAIN and not blocks[k].heading_level:
            k += 1
        end = k - 1
    return end
