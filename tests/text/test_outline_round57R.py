"""Round 57R: a saved page with no closing credit and no comments closes its article with its related stories
('相关推荐', '推荐文章', '推荐阅读（5）' alone on a line, maybe with '：' or a count): the headlines under the label are
the site's, no sections; the label itself stays as the other rules judge it. A label near the top of the page, one with
much of the running text below it, a longer line that only opens with such words, and a study note's back matter named
after its reading list ('参考文献') stay as they were."""

from __future__ import annotations

import pytest

from support import parse_document

P1 = "经济危机来临之后，很多人开始重新思考自己的生活方式，也有人开始怀疑过去二十年里形成的种种看法和习惯。"
P2 = "我们在城市里走访了许多家庭，他们的回答各不相同，但大多数人都提到了对未来收入的担忧和对子女教育的焦虑。"
LONG = ("雅安本地的水电因为环境和政策而得不到完全的利用，在环境保护和地方经济之间如何取舍，是我们这次调研最关心的问题"
        "之一，也是当地官员反复提到的难题。")
BOOK = "《深入理解计算机系统》，第三版，机械工业出版社，二〇一六年出版，适合作为入门读物。"
PARTS = ("城市里的年轻人", "回到乡村的人们", "对未来的看法")
STORIES = ("伊斯兰教的起源", "中国在南海的布局")


def _outline(text: str) -> list[str]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [h.title for h in doc.headings]


def _body(parts: tuple[str, ...] = PARTS) -> str:
    return "".join(f"{t}\n{P1}\n{P2}\n{P1}\n{P2}\n" for t in parts)


def _page(label: str) -> str:
    """An article in three titled parts, then `label` over two related stories, each a headline over its teaser."""
    return ("经济危机中的普通人\n" + _body() + label + "\n伊斯兰教的起源\n伊斯兰教起源可以追溯到七世纪的阿拉伯半岛。\n"
            + "中国在南海的布局\n近期的动态表明，各方在南海的布局正在变化。\n")


@pytest.mark.parametrize("label", ["相关推荐", "推荐文章", "更多阅读", "推荐阅读（5）", "相关文章 3",
                                   "相关新闻(12)"])
def test_headlines_under_the_related_stories_are_no_sections(label: str) -> None:
    got = _outline(_page(label))
    assert not set(STORIES) & set(got)
    assert set(PARTS) <= set(got)  # the article's parts stay


@pytest.mark.parametrize("label", ["相关推荐的写作方法", "热点新闻", "熱門文章"])
def test_a_longer_line_closes_nothing(label: str) -> None:
    """'相关推荐的写作方法' is a title of its own; a site's '热点新闻' box is one box of a list page among others."""
    assert set(STORIES) <= set(_outline(_page(label)))


def test_a_label_near_the_top_closes_nothing() -> None:
    """A menu's '相关推荐' over two links above the article: most of the running text stands below it."""
    got = _outline("经济危机中的普通人\n相关推荐\n伊斯兰教的起源\n中国在南海的布局\n" + _body())
    assert set(PARTS) <= set(got)


def test_a_label_with_much_of_the_text_below_it_closes_nothing() -> None:
    """A travel note's '相关推荐' over an address, then the next days: the article goes on."""
    days = lambda names: "".join(f"{d}\n{LONG}\n{LONG}\n" for d in names)  # noqa: E731
    got = _outline("雅安和成都的七天\n" + days(("第一天", "第二天")) + "相关推荐\nhttps://example.com/a\n"
                   + days(("第三天", "第四天")))
    assert {"第一天", "第二天", "第三天", "第四天"} <= set(got)


def test_a_study_notes_back_matter_after_its_reading_list_stays() -> None:
    """'参考文献' after a note's '相关推荐' books is the note's own closing part, named as such."""
    text = ("操作系统学习笔记\n" + _body(("进程", "线程", "调度")) + "相关推荐\n" + BOOK + "\n" + BOOK + "\n参考文献\n"
            + "[1] 某某. 操作系统概念. 北京: 高等教育出版社, 2010.\n[2] 某某. 现代操作系统. 北京: 机械工业出版社, 2012.\n")
    assert "参考文献" in _outline(text)


def test_the_comments_above_still_close_first() -> None:
    """Under '其他评论' the related stories were already the site's: nothing changes there."""
    got = _outline(_page("其他评论\n李珊\n写的不错，再接再厉\n相关推荐"))
    assert not set(STORIES) & set(got) and set(PARTS) <= set(got)
