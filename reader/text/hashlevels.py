"""The levels of the Markdown headings a text file keeps ('## 现状分析' over '### 基础设施'): the outline nests them as
the Markdown reader would, the fewest '#' at the top, instead of reading them all at one depth. One walk over the
blocks."""

from __future__ import annotations

from reader.text.model import Block
from reader.text.setexttitles import SETEXT_RULE

_TOP_MIN = 3  # headings at the top level: a text's parts, not a title and an end note over its '##' sections


def _rule(block: Block) -> bool:
    """A '---' between the title and the first section: a break, no text."""
    return SETEXT_RULE.fullmatch(block.text) is not None


def hash_levels(blocks: list[Block], title: str, title_line: int) -> dict[int, int]:
    """The 1-based lines of the '#' headings left in the body, with their '#' count, when they use two levels or
    more and three or more stand at the top; none otherwise (the rules' reading stands). A subtitle set right under
    the title with no text of its own ('# 白皮书' over '# 区块链星盘占卜协议' over '## 项目概述', or over '## 一、…' at
    its own level), and a lone heading at the top over all the others (the Markdown reader's title) head nothing."""
    heads = [(k, b.line, b.heading_level) for k, b in enumerate(blocks)
             if b.heading_level and b.text != title]  # '# Zodiac Fortune 白皮书' under the same title: the title
    if len(heads) < 2:
        return {}
    (k, line, level), (after, _, next_level) = heads[0], heads[1]
    top = min(other for _, _, other in heads)
    lone = sum(1 for _, _, other in heads if other == top) == 1
    if lone and level != top:
        return {}  # one '#' amid '##' sections: no level to trust
    subtitle = (line > title_line and all(_rule(b) or b.text == title for b in blocks[:k])
                and all(_rule(b) for b in blocks[k + 1:after]) and next_level == level)
    if lone or subtitle:
        heads = heads[1:]
    levels = [other for _, _, other in heads]
    if len(set(levels)) < 2 or levels.count(min(levels)) < _TOP_MIN:
        return {}
    return {other_line: other for _, other_line, other in heads}
