"""Round 49h: hard-wrapped text whose blank lines mark its paragraphs. A paragraph whose sentence happened to end at a
full line's end goes on below it with its last words, a blank line under them: they are its tail, joined to it, never
a paragraph (or a title) of their own; a numbered heading, a list's item or a bullet there keeps its line."""

from __future__ import annotations

import pytest

from support import parse_document

# A text hard-wrapped at 20 characters whose blank lines mark its paragraphs. A paragraph whose sentence happened to
# end at a full line's end goes on below it with its last words, a blank line under them: they are its tail.
_FILL = "我们在这个项目里把每一步都记录下来方便以后回头查看和复盘总结经验" * 2


def _full(k: int, end: str) -> str:
    """A line of 20 characters as the wrap filled it, ending in `end`."""
    return _FILL[k:k + 19] + end


def _wrapped(*blocks: list[str]) -> str:
    return "\n\n".join(["数据分析讲座记录"] + ["\n".join(block) for block in blocks]) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in parse_document(text.encode("utf-8"), name="doc.txt").paragraphs]


OPEN_BLOCK = [_full(1, "，"), _full(4, "，"), _full(6, "，"), _full(8, "的")]  # a blank under a line cut mid-sentence
TAILS = {
    # rule: blocktails.block_tail joins a block's short last line to the full lines over it
    "a short last line under a full one ending its sentence": (
        _wrapped([_full(0, "，"), _full(3, "。"), "表示数据缺失，还要补齐"],
                 [_full(5, "，"), _full(7, "，"), _full(2, "。"), "然后，再做下一步"], OPEN_BLOCK,
                 [_full(9, "，"), _full(3, "。"), "最后，再看整体的结果"], [_full(0, "，"), _full(11, "。")]),
        ["表示数据缺失，还要补齐", "然后，再做下一步", "最后，再看整体的结果"], []),
    # negatives: a numbered heading, a list's item and a bullet under a full line keep their own lines
    "a numbered heading closing a block stays a heading": (
        _wrapped([_full(0, "，"), _full(3, "。"), "二、工作安排"], [_full(5, "，"), _full(7, "，"), _full(2, "。"),
                 "三、保障措施"], OPEN_BLOCK, [_full(9, "，"), _full(11, "。")], [_full(0, "，"), _full(11, "。")]),
        [], ["工作安排", "保障措施"]),
    "an item or a bullet closing a block stays its own line": (
        _wrapped([_full(0, "，"), _full(3, "：")], [_full(5, "，"), _full(2, "："), "（1）准备数据"], OPEN_BLOCK,
                 [_full(9, "，"), _full(3, "。"), "• 检查结果"], [_full(0, "，"), _full(11, "。")]),
        [], None),
    "an unpunctuated line under a finished sentence stays a title": (
        _wrapped([_full(0, "，"), _full(3, "。"), "第一门编程语言"], [_full(5, "，"), _full(7, "，"), _full(2, "。"),
                 "后来的发展"], OPEN_BLOCK, [_full(9, "，"), _full(11, "。")], [_full(0, "，"), _full(11, "。")]),
        [], None),
}
OWN_LINES = {"a numbered heading closing a block stays a heading": ["二、工作安排", "三、保障措施"],
             "an item or a bullet closing a block stays its own line": ["（1）准备数据", "• 检查结果"],
             "an unpunctuated line under a finished sentence stays a title": ["第一门编程语言", "后来的发展"]}


@pytest.mark.parametrize("text, joined, titles", TAILS.values(), ids=TAILS.keys())
def test_block_tails(text: str, joined: list[str], titles: list[str] | None) -> None:
    paragraphs = _paragraphs(text)
    for tail in joined:
        assert tail not in paragraphs and any(p.endswith(tail) for p in paragraphs)
    for own in next((v for k, v in OWN_LINES.items() if TAILS[k][0] == text), []):
        assert own in paragraphs
    if titles is not None:
        assert [h.title for h in parse_document(text.encode("utf-8"), name="doc.txt").headings] == titles
