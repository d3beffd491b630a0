"""Round 46p: a short plain title followed by two titles or more at its level that start with its words and go on
('协程' then '协程的调度', '协程例子1') names a topic over its parts: they go under it (rule:
`prefixed.nest_prefixed_titles`). One such title alone, or a Latin word that merely runs on ('Vue' / 'Vuex'), or
numbered titles, stay as they are."""

from __future__ import annotations

import pytest

from support import blocks_outline

B1 = "这一部分记录的是我在学习过程中整理的要点，内容比较零散，主要是为了方便自己以后回头查阅。"
B2 = "下面的代码在本地环境里运行通过，输出的结果和预期一致，具体的参数可以根据需要自行调整。"
B3 = "这里需要注意的是资源的释放顺序，如果顺序不对，程序在退出的时候可能会出现异常或者卡住。"
B4 = "总的来说这种写法比较简洁，但是在并发量很大的时候要考虑性能问题，最好先做一下压力测试。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    return [(h.depth, h.title if h.title == h.marker else h.marker + h.title)
            for h in blocks_outline(blocks)]


def _notes(titles: list[str]) -> list[str]:
    """A notes text: its headline, then each title over two paragraphs of text."""
    blocks = ["Python 学习笔记"]
    for n, t in enumerate(titles):
        blocks += [t, (B1, B2, B3, B4)[n % 4], (B1, B2, B3, B4)[(n + 1) % 4]]
    return blocks


NESTED = [
    (["队列", "协程", "协程的调度", "协程的取消", "协程例子", "进程池"],
     [(1, "队列"), (1, "协程"), (2, "协程的调度"), (2, "协程的取消"), (2, "协程例子"), (1, "进程池")]),
    (["准备工作", "asyncio", "asyncio例子1", "asyncio例子2", "小结"],
     [(1, "准备工作"), (1, "asyncio"), (2, "asyncio例子1"), (2, "asyncio例子2"), (1, "小结")]),
]

KEPT = [  # one title alone that starts alike; a Latin word running on; no short topic before them
    (["队列", "协程", "协程的调度", "进程池", "线程池"],
     [(1, "队列"), (1, "协程"), (1, "协程的调度"), (1, "进程池"), (1, "线程池")]),
    (["入门", "Vue", "Vuex", "Vuetify", "部署"],
     [(1, "入门"), (1, "Vue"), (1, "Vuex"), (1, "Vuetify"), (1, "部署")]),
    (["背景", "协程的调度", "协程的取消", "协程例子", "总结"],
     [(1, "背景"), (1, "协程的调度"), (1, "协程的取消"), (1, "协程例子"), (1, "总结")]),
]


@pytest.mark.parametrize(("titles", "expected"), NESTED + KEPT)
def test_prefixed_titles(titles: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(_notes(titles)) == expected
