"""Round 53K: headings the cleaner took for page furniture or metadata. A widget's word set alone between body lines
and over a sentence of its own names a section (a specification's '首页', a white paper's '免责声明'), while the same
word among other widgets, over a headline or a link's name, or an action button, stays chrome."""

from __future__ import annotations

import pytest

from support import parse_document

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

