"""Round 39f: labels a template gives every numbered part ('岗位职责：' and '任职要求：' under each post of a job
posting, '请求URL：' and '返回示例：' under each call of an API's notes), alone on their lines and each over text of its
own, are the parts' sub-titles; a label met under one part only, or deep in a sub-section, stays text."""

from __future__ import annotations

import pytest

from reader.text.document import load_document
from reader.text.listruns import parts_over_sections
from reader.text.markers import match_heading
from reader.text.candidate import Candidate
from reader.text.partlabels import labels_in_parts
from support import DATA, heading_texts, parse_document, paragraphs

_DUTY = "负责公司现有全国渠道的建设、维护和管理，及时沟通并反馈代理商信息，协助完成区域销售目标。"
_NEED = "大专以上学历，有两年以上医药行业渠道工作经验，善于沟通协调，能够适应经常出差。"


def _posting(*posts: tuple[str, list[str]]) -> str:
    parts = ["加入我们", "我们是一家专注于智慧医疗的初创公司，团队年轻，氛围开放，欢迎有想法的你加入。"]
    for title, labels in posts:
        parts.append(title)
        for label in labels:
            parts += [label, _NEED if "要求" in label else _DUTY]
    return "\n".join(parts) + "\n"


def test_the_labels_under_each_post_of_a_posting_are_its_sub_titles():
    text = _posting(("1.渠道专员", ["岗位职责：", "任职要求："]), ("2.行政助理", ["岗位职责：", "任职要求："]))
    doc = parse_document(text.encode("utf-8"), "posting.txt")
    depths = {f"{h.marker}{h.title}".replace(" ", ""): h.depth for h in doc.headings}
    assert depths.get("1.渠道专员") == 1 and depths.get("2.行政助理") == 1, heading_texts(doc)
    assert [h.line for h in doc.headings if h.title.startswith(("岗位职责", "任职要求"))] == [4, 6, 9, 11]
    assert all(depths[label] == 2 for label in ("岗位职责：", "任职要求：")), heading_texts(doc)


def test_an_api_notes_labels_count_where_a_call_leaves_one_out():
    """'示例：' under the first call only: the labels every call shares are its sub-titles, the odd one stays text."""
    calls = []
    for n, (name, sample) in enumerate([("根据经纬度获取位置详情", True), ("获取食品分类列表", False),
                                        ("获取一次性验证码", False)], 1):
        calls += [f"{n}、{name}", "请求URL：", f"https://example.com/v1/api/{n}"]
        if sample:
            calls += ["示例：", "https://example.com/v1/api/1?geohash=31.22,121.53"]
        calls += ["请求方式：", "GET", "返回示例：", '{"status": 1, "message": "获取成功"}']
    doc = parse_document(("接口文档\n" + "\n".join(calls) + "\n").encode("utf-8"), "api.txt")
    titles = [h.title.replace(" ", "") for h in doc.headings if h.depth == 2]
    assert titles.count("请求URL：") == 3 and titles.count("返回示例：") == 3, heading_texts(doc)
    assert "示例：" not in titles


def _heads(*rows: tuple[int, int]) -> list[Candidate]:
    return [Candidate(i, None, "arabic", 1, parent=parent) for i, parent in rows]


@pytest.mark.parametrize("lines, heads, found", [
    (["1.渠道专员", "岗位职责：", _DUTY, "任职要求：", _NEED, "2.行政助理", "岗位职责：", _DUTY, "任职要求：", _NEED],
     [(0, -1), (5, -1)], {1, 3, 6, 8}),
    # one label under each post: a lead-in the writer likes, no template
    (["1.渠道专员", "岗位职责：", _DUTY, "2.行政助理", "岗位职责：", _DUTY], [(0, -1), (3, -1)], set()),
    # the labels under one post only
    (["1.渠道专员", "岗位职责：", _DUTY, "任职要求：", _NEED, "2.行政助理", _DUTY], [(0, -1), (5, -1)], set()),
    # deep in a test plan's 4.2.1 and 4.2.2, '模拟场景：' and '性能指标：' are the cases' text
    (["4.2.1 登录", "模拟场景：", _DUTY, "性能指标：", _NEED, "4.2.2 下单", "模拟场景：", _DUTY, "性能指标：", _NEED],
     [(0, 7), (5, 7)], set()),
    # a label over a numbered list or over another label leads into what follows, names no part
    (["1.渠道专员", "岗位职责：", "任职要求：", _NEED, "2.行政助理", "岗位职责：", "任职要求：", _NEED],
     [(0, -1), (4, -1)], set()),
])
def test_labels_count_when_several_top_level_parts_share_two(lines, heads, found):
    paras = paragraphs(lines)
    matches = [object() if i in {c.index for c in _heads(*heads)} else None for i in range(len(lines))]
    assert labels_in_parts(paras, _heads(*heads), matches) == found


_ABOUT = ("杭州云启科技有限公司成立于2015年，专注于为中小企业提供云端财务与人事管理服务，总部位于杭州，在上海和成都设有"
          "研发中心，目前服务客户超过两万家。")


def test_about_us_over_the_companys_description_heads_it():
    """A posting's '关于我们' over the company's own description is its first part; the footer's '关于我们' beside
    '联系我们' and '网站地图' is a link and goes."""
    text = "\n\n".join(["前端工程师招聘", "关于我们", _ABOUT, "关于团队的详细描述",
                        "团队很年轻，最小的成员是九六年的，大家和设计、运营团队坐在一起，沟通起来非常方便。",
                        "关于我们\n联系我们\n网站地图", "Copyright © 2024 杭州云启科技有限公司"]) + "\n"
    doc = parse_document(text.encode("utf-8"), "posting.txt")
    assert heading_texts(doc)[:1] == ["关于我们"]
    assert sum(p.text.strip() == "关于我们" for p in doc.paragraphs) == 1


_NOTE = "读这本书的时候，我常常停下来想一想自己过去的做法，书里讲的道理并不复杂，难的是每天都照着去做。"


def test_reading_notes_keep_each_book_over_its_sections_past_a_subtitle():
    """'《在你身边为你设计》' over its subtitle '——腾讯的用户体验设计之道' over '一．设计理念': the subtitle is the
    title's, and the notes' parts (one per book) hold the book's numbered sections a level below them."""
    doc = load_document(DATA / "corpus" / "docs" / "d85_06_dushubiji_wenjian.txt")  # a dev document
    depths = {f"{h.marker}{h.title}".replace(" ", ""): h.depth for h in doc.headings}
    for book in ("《一切都来得及》——夏坝仁波切", "《平凡的世界》——路遥", "《在你身边为你设计》", "《工程师职业素养》"):
        assert depths.get(book) == 1, heading_texts(doc)
    assert depths.get("一．设计理念") == depths.get("六．团队成长和管理") == 2, heading_texts(doc)


@pytest.mark.parametrize("between, found", [
    ("——腾讯的用户体验设计之道", [1, 3]),
    ("-- 腾讯的用户体验设计之道", [1, 3]),
    ("腾讯的用户体验设计之道。", [1, 3, 7]),  # a line of text under the title: no part over the sections
])
def test_a_subtitle_stands_between_a_part_and_its_first_section(between, found):
    lines = ["读书笔记", "《平凡的世界》——路遥", _NOTE, "《在你身边为你设计》", between, "一．设计理念", _NOTE, "用户体验",
             _NOTE, "二．设计方法", _NOTE]
    heads = [Candidate(5, match_heading(lines[5]), "cn"), Candidate(9, match_heading(lines[9]), "cn")]
    assert parts_over_sections([1, 3, 7], heads, paragraphs(lines)) == found
