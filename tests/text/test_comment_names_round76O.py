"""Found by hand (session 76O): a saved Q&A page's answers are left out as comments (class="discuss-comment"), but
each answerer's 'name + date' line ('Stafan路易2020.04.03') stood alone in the text. Beside a removed answer it goes
with it; a byline under a menu, a label's own date, or a name line between kept paragraphs stays."""

from __future__ import annotations

import pytest

from reader.text.htmlpage import html_blocks

ANSWER = "我觉得这个问题要从两个方面来看，首先是历史原因，其次是现实需要。"
QUESTION = "<div class='question'><h1>如何看待某问题</h1><p>请问大家对这个问题有什么看法，谢谢。</p></div>"


def _page(author: str, after: str = "", comment: str = "discuss-comment") -> str:
    return (f"<html><body><div class='nav'><a href='/'>首页</a> <a href='/q'>问答</a></div>{QUESTION}"
            f"<div class='answer'><div class='author'>{author}</div><div class='{comment}'>{ANSWER}</div></div>"
            f"{after}</body></html>")


def _role(html: str, text: str) -> str:
    return next(b.role for b in html_blocks(html) if b.text == text)


@pytest.mark.parametrize("author, text, role", [
    ("Stafan路易<span>2020.04.03</span>", "Stafan路易2020.04.03", "chrome"),   # before: kept in the text
    ("小王<span>2021-5-6 12:30</span>", "小王2021-5-6 12:30", "chrome"),
    ("老李<span>2019年3月2日</span>", "老李2019年3月2日", "chrome"),
    ("发布时间<span>2020-04-03</span>", "发布时间2020-04-03", ""),            # a page's own stamp, no one's name
    ("Stafan路易 写于 2020.04.03", "Stafan路易 写于 2020.04.03", ""),          # not a name glued to a date
    ("这是一段很长的话并不是某个人的名字而是正文2020.04.03", "这是一段很长的话并不是某个人的名字而是正文2020.04.03", ""),
])
def test_a_name_glued_to_a_date_beside_a_removed_answer_goes_with_it(author, text, role):
    assert _role(_page(author), text) == role


def test_a_byline_under_a_menu_or_between_kept_paragraphs_stays():
    menu = "<html><body><div class='nav'><a href='/'>首页</a><a href='/a'>新闻</a></div><p>新华社<span>2020-04-03</span></p>" \
           f"<p>{ANSWER}</p></body></html>"
    assert _role(menu, "新华社2020-04-03") == ""  # a menu beside it is no one's words
    kept = _page("Stafan路易<span>2020.04.03</span>", comment="answer-body")
    assert _role(kept, "Stafan路易2020.04.03") == ""  # the answer is shown: its signature stays

