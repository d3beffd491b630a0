"""Round 39d: news. A picture's caption that says it is one (its credit '图片来源：…', or its words '图为…', '…现场')
stands where the picture stood, between a story's paragraph and the 小标题 under it: the 小标题 keeps its place among
the story's other 小标题; and where cleaning took such a caption out ('李明/摄'), the wider gap it leaves held the
caption, so the line after it is no other picture's caption."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document

_STORY = """新华社北京6月20日电（记者赵文君）国家市场监管总局20日发布消息，今年上半年全国共查处食品安全违法案件8.6万件，同比增长12%。

市场监管总局有关负责人介绍，上半年各地聚焦校园食品、农村食品等重点领域，开展专项整治行动，取得明显成效。

重点领域整治成效明显

在校园食品安全方面，各地共检查学校食堂12.3万家次，督促整改问题3.2万个，约谈学校负责人1800余人次。

在农村食品安全方面，各地共清理“三无”食品4.5万公斤，查处假冒伪劣食品案件1.1万件。

{caption}

下一步将加强常态化监管

该负责人表示，下一步，市场监管总局将持续加大执法力度，严厉打击各类食品安全违法犯罪行为，守护群众舌尖上的安全。

（完）

【纠错】 【责任编辑：张樵苏】
"""


@pytest.mark.parametrize("caption", [
    "图为执法人员在一家超市检查食品",
    "执法人员检查超市食品 图片来源：市场监管总局供图",
    "执法人员在超市检查冷链食品 李明/摄",
    "图为本报记者李明摄",
    "专项整治行动现场",
])
def test_a_caption_stands_between_a_paragraph_and_the_title_under_it(caption):
    """d64_09: '梁文道 图片来源：受访者供图' over '没什么好膨胀的，成名真的是侥幸' left that 小标题 with no paragraph over
    it, and a story whose other 小标题 stood alone lost them all; d41_01: '图为本报记者戴林峰摄', taken out, left a gap
    that made '引  子' under it a caption."""
    doc = parse_document(_STORY.format(caption=caption).encode("utf-8"), "news.txt")
    assert heading_texts(doc) == ["重点领域整治成效明显", "下一步将加强常态化监管"]


_INTERVIEW = """专访 | 作家林远：写作是一门手艺

林远的新书出版之后，记者在北京的一家咖啡馆见到了他。他说，这些年最大的变化是终于学会了慢下来，不再追赶什么。

“年轻时我总觉得自己会写出了不起的东西，后来才明白，能把一件小事写清楚，已经很不容易。”

林远 图片来源：受访者供图

写作是一门手艺，要靠日复一日地练

林远每天早上六点起床，先读一个小时书，再写三个小时。他说，手艺人都是这样，没有捷径，也没有灵感从天而降。

“我认识的好作家，没有一个是等灵感的。他们都是每天坐下来写，写不好就改，改不好再写。”

林远在书店签售 图片来源：出版社供图

读者的来信，是最好的奖赏

这些年他收到过上千封读者来信，有的来自边远山区的中学生，有的来自退休多年的老人，他都一一读过。
"""


def test_a_feature_keeps_the_titles_under_its_credited_pictures():
    """A feature's pictures sit over its 小标题, each with its credit: every 小标题 is a title."""
    doc = parse_document(_INTERVIEW.encode("utf-8"), "interview.txt")
    assert heading_texts(doc) == ["写作是一门手艺，要靠日复一日地练", "读者的来信，是最好的奖赏"]


_PHOTO_STORY = """集团举行庆祝建党纪念大会

6月24日下午，集团全体中高层管理人员和党员代表在总部礼堂集会，隆重庆祝中国共产党成立纪念日，回顾党的光辉历程。

大会首先由市委党校副校长作专题党课，系统讲述了党的奋斗历程和宝贵经验，与会人员深受教育。

集团党委副书记 周凯

入党宣誓

按照党章规定，经上级党委批准，集团新接收预备党员五名，新党员在党旗下进行了庄严宣誓。
"""


def test_a_persons_picture_does_not_make_the_next_caption_a_title():
    """d28_05: a photo story's '集团党委副书记 周凯' captions one picture and '入党宣誓' the next: no titles."""
    doc = parse_document(_PHOTO_STORY.encode("utf-8"), "news.txt")
    assert heading_texts(doc) == []
