"""Round 64W: the depth of a text's closing title. '总结' (写在最后, Summary, The end) after the last part's last section
closes the whole text and stands at the parts' level, in a note whose sections hold numbered items ('（1）epoll_create'
under '核心指令') as in one with no numbers at all, and in a talk's English closing titles as in Chinese ones. Left
alone: a closing name said in every part ('总结' under each, each part's own), a title that only opens with the word
('Summary of the data'), a closing title after numbered parts ('一、' … '三、': a number says the parts' level)."""

from __future__ import annotations

import pytest

from support import parse_document

_NOTE = "在内核开辟空间，创建一个池子用于批量存储管理，这样一来调用方每次只需要传入增量的变化，开销随之降低。"
_TALK = "準備的過程中，這個會議會給你很大的動力，跟時間壓力，讓你在很短的時間裡面學會很多新東西，這是很難得的經驗。"


def _note(blocks: list[tuple[list[str], list[str]]]) -> list[tuple[int, str]]:
    """A note whose titles sit right on their text (a blank line above each): each block's title lines over a
    paragraph, then its numbered items, each over a paragraph."""
    lines = ["网络编程学习笔记", "", _NOTE, ""]
    for heads, items in blocks:
        lines += heads + [_NOTE, ""]
        for item in items:
            lines += [item, _NOTE, ""]
    return [(h.depth, h.marker + h.title) for h in parse_document("\n".join(lines).encode()).headings]


def _talk(blocks: list[list[str]]) -> list[tuple[int, str]]:
    """A talk's text, each title standing apart (a blank line above and below) over two paragraphs."""
    lines = ["我的第一次演講", "", _TALK, ""]
    for heads in blocks:
        for head in heads:
            lines += [head, ""]
        lines += [_TALK, "", _TALK, ""]
    return [(h.depth, h.marker + h.title) for h in parse_document("\n".join(lines).encode()).headings]


_PARTS = [(["实现原理", "核心指令"], ["（1）创建", "（2）控制", "（3）等待"]), (["数据结构"], ["（1）红黑树", "（2）就绪队列"]),
          (["框架中的应用", "启动服务器"], []), (["获取连接"], ["（1）前处理", "（2）尝试获取"])]
_TALK_PARTS = [["專案緣起", "資料來源"], ["使用工具"], ["學習心得", "越級打怪"], ["報名講者"]]

CASES = [
    # (name, outline, the closing titles' expected depths)
    ("'总结' after the numbered items of the last section of a note", lambda: _note(_PARTS + [(["总结"], [])]),
     {"总结": 1}),
    ("'写在最后' after them", lambda: _note(_PARTS + [(["写在最后"], [])]), {"写在最后": 1}),
    ("'总结' then the references after it", lambda: _note(_PARTS + [(["总结"], []), (["参考资料"], [])]),
     {"总结": 1, "参考资料": 1}),
    ("a talk's 'Summary'", lambda: _talk(_TALK_PARTS + [["Summary"]]), {"Summary": 1}),
    ("a talk's 'The end'", lambda: _talk(_TALK_PARTS + [["The end"]]), {"The end": 1}),
    ("a talk's 'Conclusion'", lambda: _talk(_TALK_PARTS + [["Conclusion"]]), {"Conclusion": 1}),
]

LEFT_ALONE = [
    ("the items keep their sections' depth", lambda: _note(_PARTS + [(["总结"], [])]),
     {"（1）前处理": 3, "获取连接": 2, "框架中的应用": 1}),
    ("a title that only opens with 'Summary' is the part's section",
     lambda: _talk(_TALK_PARTS + [["Summary of the data"]]), {"Summary of the data": 2}),
    ("'总结' said in every part of a note closes each part", lambda: _note(
        [(["实现原理", "核心指令"], ["（1）创建", "（2）控制"]), (["总结"], []),
         (["框架中的应用", "启动服务器"], ["（1）前处理", "（2）尝试获取"]), (["获取连接"], []), (["总结"], [])]), {"总结": 2}),
    ("a closing title after numbered parts keeps the rules' level", lambda: _note(
        [(["一、实现原理", "核心指令"], []), (["数据结构"], []), (["二、框架中的应用", "启动服务器"], []), (["获取连接"], []),
         (["总结"], [])]), {"总结": 2}),
]


@pytest.mark.parametrize("name,outline,want", CASES + LEFT_ALONE, ids=[c[0] for c in CASES + LEFT_ALONE])
def test_closing_title_depth(name: str, outline, want: dict[str, int]) -> None:
    got = outline()
    for title, depth in want.items():
        assert [d for d, t in got if t == title] and all(d == depth for d, t in got if t == title), (name, got)
