"""Round 63R: pages saved as text nobody tuned on (issue 9): a headline naming reporters ('…四名记者抵达…') is no
byline, a site's channel name over the headline and its dateline is no title, an archive date's label is metadata."""

from __future__ import annotations

import pytest

from reader.text import meta
from reader.text.clean import clean
from reader.text.decode import decode_bytes

_BODY = "本站讯  2月21日上午，学院召开新学期工作联席会议，领导班子全体成员参加会议，会议由学院党委书记主持。"


def _doc(lines: list[str]):
    return clean(decode_bytes(("\n\n".join(lines) + "\n").encode("utf-8"), "a.txt"))


@pytest.mark.parametrize("line", [
    "祖国大陆四名记者抵达台中采访地震灾区",  # the word in a headline, a clause after it
    "中国记者节：习近平总书记这样勉励新闻工作者",
    "外国记者探访二十大新闻中心媒体融合体验区",
])
def test_a_headline_naming_reporters_is_no_byline(line):
    assert meta.byline(line) == ""


@pytest.mark.parametrize("line", [
    "本报记者 张三",
    "新华每日电讯记者邵香云 白佳丽 张建新 宋 瑞",
    "记者 缪鲁报道",
    "文/方爱宁",
    "本报记者 张明凯 通讯员 李某某",
    "记者 Abhishek Prakash",
])
def test_a_byline_names_its_reporters(line):
    assert meta.byline(line) != ""


@pytest.mark.parametrize("label, between", [
    ("新闻中心", []),
    ("思想观点", []),
    ("弹出图片", ["校区首页 投稿系统 旧版", "高级检索"]),
    ("高等职业教育研究所", []),
])
def test_a_channel_name_over_the_headline_is_no_title(label, between):
    headline = "文学院、文化传播学院召开新学期工作联席会议"
    doc = _doc([label, *between, headline, "发布日期：2025年02月24日 08:30 浏览次数：", _BODY])
    assert doc.title == headline
    assert doc.date.startswith("2025")
    texts = [p.text for p in doc.paragraphs]
    assert label not in texts and headline not in texts and _BODY in texts


def test_a_headline_with_reporters_over_its_dateline_is_the_title():
    headline = "中国记者节：习近平总书记这样勉励新闻工作者"
    doc = _doc(["新闻中心", headline, "2022-11-08 09:12 来源：深圳特区报", _BODY])
    assert doc.title == headline and doc.source == "深圳特区报" and not doc.author


@pytest.mark.parametrize("lines, title", [
    # a title set on two lines, an issuer over '关于…': the first line is its first half
    (["中共某某县委办公室", "关于做好2025年春节期间有关工作的通知", "发布日期：2025年01月20日", _BODY],
     "中共某某县委办公室关于做好2025年春节期间有关工作的通知"),
    # a short title over a short line, then its dateline: nothing longer to take
    (["春天的故事", "散文一则", "发布日期：2025年02月24日", _BODY], "春天的故事"),
    # a short title over its body, no dateline under the next line
    (["南京首次公布", "政府机构联系方式", _BODY], "南京首次公布"),
])
def test_a_short_title_without_a_headline_under_it_stays(lines, title):
    assert _doc(lines).title == title


@pytest.mark.parametrize("label", ["归档时间:2023-06-15", "歸檔時間：2023-06-15", "上载日期：2019-12-02"])
def test_an_archive_date_is_metadata_not_the_title(label):
    title = "某县住房和城乡建设局2018年度整体支出绩效评价报告"
    doc = _doc([label, title, _BODY])
    assert doc.title == title
    assert label not in [p.text for p in doc.paragraphs]


_SUMMARY = "摘要：天津大学卫津路校区内，阳光透过铭德道上那排海棠枝叶，斑驳地洒在一栋红砖灰瓦的建筑上。"
_TEXT = "这是天津大学北洋园校区一景。时光回到1895年10月2日，天津大学的前身——北洋大学堂诞生。"


@pytest.mark.parametrize("lead", [[], ["天大校史馆：我们怎样，这片土地就会怎样"]])
@pytest.mark.parametrize("summary", [_SUMMARY, "【摘要】" + _SUMMARY[3:], "内容提要：" + _SUMMARY[3:]])
def test_a_reposts_credits_under_its_abstract_are_metadata(lead, summary):
    doc = _doc([*lead, summary, "来源：9月30日《新华每日电讯》", "作者：新华每日电讯记者邵香云 白佳丽", _TEXT])
    texts = [p.text for p in doc.paragraphs]
    assert doc.source == "9月30日《新华每日电讯》" and doc.author.startswith("新华每日电讯记者邵香云")
    assert summary in texts and _TEXT in texts
    assert not any(t.startswith(("来源", "作者")) for t in texts)


@pytest.mark.parametrize("lines", [
    # a paper's keywords under its abstract: text, no credit
    [_SUMMARY, "关键词：校史馆 北洋大学 高等教育", _TEXT],
    # the abstract deep in the text: its lines are the text's own
    ["第一段正文。", "第二段正文。", "第三段正文。", _SUMMARY, "来源：本报资料室", _TEXT],
])
def test_lines_under_an_abstract_that_are_no_credits_stay(lines):
    texts = [p.text for p in _doc(lines).paragraphs]
    assert lines[-2] in texts


_NOTICE = ["关于开展2024年度安全生产检查的通知", "发布时间：2024-03-01  来源：市应急管理局", "各区县应急管理局：",
           "为切实做好安全生产工作，现就开展安全生产检查有关事项通知如下。"]


@pytest.mark.parametrize("menu", [
    ["* 首页", "* 新闻中心", "* 通知公告", "* 政务公开", "* 联系我们"],
    ["- 网站首页", "- 学院概况", "- 新闻动态"],
    ["• 新闻中心", "• 首頁", "• 政务公开"],
])
def test_a_site_menu_over_a_saved_page_is_no_title(menu):
    doc = clean(decode_bytes(("\n".join(menu) + "\n\n" + "\n\n".join(_NOTICE) + "\n").encode("utf-8"), "a.txt"))
    assert doc.title == _NOTICE[0] and doc.source == "市应急管理局"
    assert not any(p.text in menu for p in doc.paragraphs)


@pytest.mark.parametrize("items", [
    ["* 新闻中心", "* 通知公告", "* 政务公开"],  # no home link: a list of the document's own
    ["* 首页", "* 新闻中心"],  # two lines: too few for a menu
    ["* 首页设计：首页应当简洁", "* 新闻中心", "* 通知公告"],  # an item with words of its own
])
def test_a_short_bulleted_list_without_a_menus_shape_stays(items):
    doc = clean(decode_bytes(("\n".join(items) + "\n\n" + "\n\n".join(_NOTICE) + "\n").encode("utf-8"), "a.txt"))
    assert not any(r.reason == "chrome" and r.text in items for r in doc.removed)


def test_a_home_line_over_a_documents_own_short_list_leaves_the_list():
    items = ["* 第一项内容", "* 第二项内容"]
    doc = clean(decode_bytes(("首页\n" + "\n".join(items) + "\n\n" + "\n\n".join(_NOTICE) + "\n").encode("utf-8"),
                             "a.txt"))
    assert not any(r.text in items for r in doc.removed)


@pytest.mark.parametrize("trail", ["首页 百科知识 链接技术与标准", "网站首页 新闻中心 通知公告", "首頁 最新消息 新聞稿", "主页 学院概况 学院简介"])
def test_a_breadcrumb_trail_without_its_separators_is_chrome(trail):
    doc = _doc([trail, *_NOTICE])
    assert doc.title == _NOTICE[0]
    assert trail not in [p.text for p in doc.paragraphs]


@pytest.mark.parametrize("line", [
    "首页设计 轮播图 导航栏",  # a design's own words: no home link first
    "首页 新闻中心",  # two links: too few for a trail
    "首页 改版方案：简洁 明快",  # a field and its value
])
def test_a_line_opening_with_a_home_word_that_is_no_trail_stays(line):
    doc = _doc([line, *_NOTICE])
    assert not any(r.reason == "chrome" and r.text == line for r in doc.removed)
