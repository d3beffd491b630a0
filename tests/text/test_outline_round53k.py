"""Round 53K: headings the cleaner took for page furniture or metadata. A widget's word set alone between body lines
and over a sentence of its own names a section (a specification's '首页', a white paper's '免责声明'), while the same
word among other widgets, over a headline or a link's name, or an action button, stays chrome."""

from __future__ import annotations

import pytest

from support import paragraphs as _paragraphs
from support import parse_document

from reader.text.meetings import ordinal_sessions

S1 = "系统应该在主页显示轮播图，轮播展示最新或热门的活动内容。"
S2 = "用户可以在个人中心查看自己的订单，并对已完成的订单进行评价。"


def _removed(text: str) -> set[str]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return {r.text.strip() for r in doc.removed}


@pytest.mark.parametrize("text, word", [
    ("需求说明\n\n小程序\n首页\n" + S1 + "\n个人中心\n" + S2 + "\n", "首页"),  # a page the specification describes
    ("需求说明\n\n客户端\n登录\n" + S2 + "\n订单\n" + S1 + "\n", "登录"),
    ("项目白皮书\n\n- 参考文献\n\n免责声明\n\n本白皮书仅作信息传播之用，不构成任何投资建议，读者须自行判断风险。\n", "免责声明"),
    ("规范说明\n\nprint(value)\n\n更多\n事实上，对于复杂的字典而言，那些键值也相当于一些魔数，应当封装。\n", "更多"),
])
def test_a_widget_word_over_a_sentence_heads_it(text: str, word: str) -> None:
    assert word not in _removed(text)


@pytest.mark.parametrize("text, word", [
    ("新闻推荐\n更多\n即日起，松花湖禁止上冰！\n接种疫苗 乐享健康生活\n", "更多"),  # over a headline in a list
    ("某某政府网\n首页\n政务公开\n" + S1 + "\n", "首页"),  # among the site's menu
    ("某某部门负责人答记者问\n来源：某某部 发布时间：2023-06-29\n打印\n" + S1 + "\n", "打印"),  # a button on the page
    ("文章标题\n返回列表页\n" + S2 + "\n", "返回列表页"),  # a link away
    ("文章标题\n分享到\n" + S2 + "\n", "分享到"),  # a share row's label
    ("文章正文\n" + S1 + "\n首页\n关于我们\n联系我们\n", "首页"),  # the page's foot
    ("文章正文\n" + S1 + "\n登录\n注册免费邮箱\n", "登录"),  # over a short label
    ("参与我们\n\n活动\n" + S1 + "\n联系我们\n" + S2 + "\n", "联系我们"),  # a site's own page, in its footer
])
def test_a_widget_word_among_widgets_stays_chrome(text: str, word: str) -> None:
    assert word in _removed(text)


# Minutes kept session by session, each named by its count and dated in brackets: the first one's name stands right
# under the record's title, where a page's date stamp would, yet it is the first session, like those below it.
def _minutes(names: list[str]) -> str:
    parts = ["会议纪要", ""]
    for name in names:
        parts += [name, "", "概要", "", "- 地点：线上会议", "- 成员：全体组员", "", "小结", "",
                  "- 确认本周的开发任务和分工；", "- 继续学习官方教程。", ""]
    return "\n".join(parts) + "\n"


def _headings(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.title) for h in doc.headings]


@pytest.mark.parametrize("names", [
    ["第一次（2025.4.18）", "第二次（2025.4.25）", "第三次（2025.5.4）"],
    ["第一次（2025.4.18）", "第二次（2025.4.25）", "第二次（2025.5.4）", "第三次（2025.5.9）"],  # a count said twice
    ["第1次(2024-03-02)", "第2次(2024-03-09)", "第3次(2024-03-16)"],
])
def test_a_dated_session_under_the_title_is_the_first_session(names: list[str]) -> None:
    want = [h for name in names for h in ((1, name), (2, "概要"), (2, "小结"))]
    assert _headings(_minutes(names)) == want


@pytest.mark.parametrize("text, line", [
    (_minutes(["第一次（2025.4.18）"]), "第一次（2025.4.18）"),  # one session alone: the page's stamp
    ("会议纪要\n\n2025.4.18\n\n概要\n\n- 地点：线上会议\n\n2025.4.25\n\n小结\n", "2025.4.18"),  # a bare date dates it
])
def test_a_lone_dated_line_under_the_title_stays_its_date(text: str, line: str) -> None:
    assert line in _removed(text)


@pytest.mark.parametrize("names, sessions", [
    (["第一次（2025.4.18）", "第二次（2025.4.25）", "第二次（2025.5.4）"], True),
    (["第一次会议", "第二次会议", "第二次会议"], False),  # a count said twice with no dates to set it right
    (["第一次（2025.4.18）", "第二次（2025.4.18）", "第二次（2025.4.18）"], False),  # nor with one date over again
    (["第一次（2025.4.18）", "第三次（2025.4.25）"], False),  # a count that skips
])
def test_dated_counts_make_sessions(names: list[str], sessions: bool) -> None:
    lines = [line for name in names for line in (name, "- 地点：线上会议", "- 成员：全体组员")]
    assert bool(ordinal_sessions(_paragraphs(lines))) is sessions
