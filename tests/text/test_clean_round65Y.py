"""Round 65Y: page footers with a word beside the page count, production lines and escaped credits after a body."""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.model import Decoded

_BODY = "这是正文的第一段，讲的是一件事情的来龙去脉，写得很长很长。\n\n这是正文的第二段，接着讲这件事情的后来，也写得很长。\n\n"


def _doc(text: str, kind: str = "text"):
    return clean(Decoded(text=text, encoding="utf-8", kind=kind))


def _paras(text: str) -> list[str]:
    return [p.text for p in _doc(text).paragraphs]


@pytest.mark.parametrize("footer", [
    "    第 2 页 共 105 页    k_eckel",
    "第 3 页 共 105 页        k_eckel",
    "k_eckel    第3页/共105页",
    "设计模式精解 第 4 页 共 105 页",
    "《   编译原理   》试卷A 第 2 页 共 8 页",
    "《 数据库系统概论 》试卷第 2 页 共 5 页",
    "第 2 页 共 20 页 项目申报书 2026 年度",
])
def test_page_footer_with_a_word_goes(footer: str) -> None:
    text = f"标题\n\n{_BODY}{footer}\n\n这是下一页的一段文字，讲别的事情，也写得比较长一些。\n"
    assert not any("共" in p and "页" in p for p in _paras(text))


@pytest.mark.parametrize("line", [
    "详见第3页共5页的表格，以及其他说明。",
    "本书共 3 页 第 1 页是封面。",
    "第 2 页 共 105 页，作者在这里写下了他的想法和理由",
])
def test_sentence_mentioning_pages_stays(line: str) -> None:
    assert line in _paras(f"标题\n\n{_BODY}{line}\n\n最后一段文字也在这里，写得比较长一些。\n")


@pytest.mark.parametrize("tail, gone", [
    ("南风窗新媒体出品 CDS档案|武汉肺炎", "南风窗新媒体出品 CDS档案|武汉肺炎"),
    ("南风窗新媒体出品", "南风窗新媒体出品"),
    ("本文来自微信公众号：新周刊", "本文来自微信公众号：新周刊"),
    ("本文转载自澎湃新闻。", "本文转载自澎湃新闻。"),
    ("《新闻大家谈》制作组", "《新闻大家谈》制作组"),
])
def test_production_line_after_body_goes(tail: str, gone: str) -> None:
    assert gone not in _paras(f"标题\n\n{_BODY}编辑：李四\n\n{tail}\n")


@pytest.mark.parametrize("tail", [
    "本文来自作者在北京大学的演讲，有删节。",
    "这部片子由一家小公司出品，拍了三年才完成，观众反响很好。",
    "蛋糕的制作",
])
def test_sentence_about_origin_stays(tail: str) -> None:
    assert tail in _paras(f"标题\n\n{_BODY}{tail}\n")


def test_escaped_no_break_space_credit_is_read() -> None:
    doc = _doc(f"标题\n\n{_BODY}作者| 南风窗高级记者 向治霖\n\n编辑\\xa0| 李少威\n")
    assert doc.editor == "李少威"
    assert doc.author == "向治霖"
    assert all("李少威" not in p.text for p in doc.paragraphs)


def test_author_without_post_is_kept_whole() -> None:
    assert _doc(f"标题\n\n{_BODY}作者：张三\n").author == "张三"


def test_sentence_mentioning_editor_stays() -> None:
    line = "编辑部的同事们为这篇稿子付出了很多心血，我们在此表示感谢。"
    assert line in _paras(f"标题\n\n{_BODY}{line}\n")


def test_repost_line_names_its_writer() -> None:
    doc = _doc(f"标题\n\n{_BODY}本文来自微信公众号：量子位 （ID：QbitAI），作者：梦晨\n")
    assert doc.author == "梦晨"
    assert all("量子位" not in p.text for p in doc.paragraphs)
