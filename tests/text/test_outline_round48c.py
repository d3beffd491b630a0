"""Round 48c: how a year's review, a report or a paper ends ('未来计划', '下一步计划', '结论', '结论与展望',
'总结和展望', '展望未来'): said once after the last part's sections, such a title closes the whole text and stands at
the parts' level (`closings.CLOSING_NAMES`); and a lone unnumbered title over the parts is the text's own title only
where it stands before any running text: after a lead, '收获' is a part, and the closing title stands beside it, not
under it (`closings.lift_closing_titles`)."""

from __future__ import annotations

import pytest

from support import blocks_outline

B1 = "这一年里我主要负责客户端的性能优化工作，从启动速度到页面渲染都做了系统的梳理，整体体验有了明显的提升。"
B2 = "除了日常开发，我还坚持每个月写一到两篇技术文章，把工作中踩过的坑整理出来，也收到了不少读者的反馈。"
B3 = "下半年开始系统地学习后端开发，读完了两本数据库方面的书，并用业余时间搭了一个小型的个人记账服务。"
B4 = "接下来我希望把精力放在音视频方向上，先把基础的编解码知识补齐，再尝试做一个简单的直播客户端练手。"
B5 = "回头来看，这一年有计划也有变化，完成了大部分年初定下的目标，也留下了一些遗憾，希望来年能做得更好。"
B6 = "本文提出了一种基于分块的时间序列表示方法，在多个公开数据集上的实验表明，该方法能够显著降低预测误差。"


def _outline(blocks: list[str]) -> list[tuple[str, int]]:
    return [(h.marker + h.title, h.depth) for h in blocks_outline(blocks)]


REVIEW = ["2021年终总结", "前言", B5, "年度回顾", "性能优化", B1, "技术写作", B2, "后端入门", B3, "来年打算", "音视频学习",
          B4, "读书计划", B3]
PARTS = [("前言", 1), ("年度回顾", 1), ("性能优化", 2), ("技术写作", 2), ("后端入门", 2), ("来年打算", 1),
         ("音视频学习", 2), ("读书计划", 2)]
CASES = {
    "'未来计划' and '结语' after the last part's sections": (
        REVIEW + ["未来计划", B4, "结语", B5],
        PARTS + [("未来计划", 1), ("结语", 1)]),
    "'结论与展望' closing a paper's last part": (
        REVIEW + ["结论与展望", B6],
        PARTS + [("结论与展望", 1)]),
}


@pytest.mark.parametrize("blocks,expected", list(CASES.values()), ids=list(CASES))
def test_closing_titles_close_the_text(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected


GUARDS = {
    "'下一步计划' said in each part closes that part": (
        ["年度报告", "前言", B5, "客户端", B1, "下一步计划", B4, "服务端", B3, "下一步计划", B4],
        [("前言", 1), ("客户端", 1), ("下一步计划", 2), ("服务端", 1), ("下一步计划", 2)]),
    "a title that names no close after the last part's sections stays in that part": (
        REVIEW + ["个人项目", B4],
        PARTS + [("个人项目", 2)]),
}


@pytest.mark.parametrize("blocks,expected", list(GUARDS.values()), ids=list(GUARDS))
def test_other_titles_stay(blocks: list[str], expected: list[tuple[str, int]]) -> None:
    assert _outline(blocks) == expected


def _lifted(lines: list[str], parents: dict[int, int]) -> dict[int, int]:
    """The parents of the titles (line -> line, -1 at the top) after the closing titles are lifted."""
    from reader.text.candidate import Candidate
    from reader.text.closings import lift_closing_titles

    from support import paragraphs

    at = {i: n for n, i in enumerate(parents)}
    candidates = [Candidate(i, None, "container", parent=at.get(p, -1)) for i, p in parents.items()]
    lift_closing_titles(candidates, list(paragraphs(lines)))
    return {c.index: candidates[c.parent].index if c.parent >= 0 else -1 for c in candidates}


@pytest.mark.parametrize("lines, parents, lifted", [
    ([B5, "收获", "业务理解", "技术提升", "未来展望"], {1: -1, 2: 1, 3: 1, 4: 3}, {1: -1, 2: 1, 3: 1, 4: -1}),
    ([B5, B1, "年度回顾", "工作", "学习", "下一步计划"], {2: -1, 3: 2, 4: 2, 5: 4}, {2: -1, 3: 2, 4: 2, 5: -1}),
])
def test_a_lone_part_after_a_lead_is_no_title_over_the_text(lines, parents, lifted):
    assert _lifted(lines, parents) == lifted


@pytest.mark.parametrize("lines, parents, lifted", [
    (["现代编程语言概览", "Rust", "主要特点", "Go", "主要特点", "结论"], {0: -1, 1: 0, 2: 1, 3: 0, 4: 3, 5: 4},
     {0: -1, 1: 0, 2: 1, 3: 0, 4: 3, 5: 0}),
    (["工作五年小结", B5, "收获", "业务理解", "最后"], {0: -1, 2: 0, 3: 2, 4: 3}, {0: -1, 2: 0, 3: 2, 4: 0}),
])
def test_the_title_over_the_text_holds_the_close(lines, parents, lifted):
    assert _lifted(lines, parents) == lifted

