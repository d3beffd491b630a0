"""Round 57B: a saved page's readers' comments ('其他评论', '全部评论', '网友评论' over each reader's name and words)
close its article like its closing credit does: the names and the stories listed below them are no sections. A bare
'评论' (a site's menu item), a comment label above most of the text, and titles above the comments stay as they were."""

from __future__ import annotations

import pytest

from support import parse_document

P1 = "经济危机来临之后，很多人开始重新思考自己的生活方式，也有人开始怀疑过去二十年里形成的种种看法和习惯。"
P2 = "我们在城市里走访了许多家庭，他们的回答各不相同，但大多数人都提到了对未来收入的担忧和对子女教育的焦虑。"
P3 = "这本书是我过去多年的一个杂文结集，过去也有读者问起其中几篇的来历，这次借再版的机会一并作了说明。"


def _outline(text: str) -> list[str]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [h.title for h in doc.headings]


def _page(label: str, tail: str = "") -> str:
    """An article in three titled parts, then `label` over two readers' comments and a related story."""
    body = "".join(f"{t}\n{P1}\n{P2}\n{P1}\n{P2}\n" for t in ("城市里的年轻人", "回到乡村的人们", "对未来的看法"))
    return ("经济危机中的普通人\n" + body + label + "\n李珊\n写的不错，再接再厉\n冯金铭\n" + tail + P3 + "\n"
            + "伊斯兰教的起源\n伊斯兰教起源可以追溯到七世纪的阿拉伯半岛。\n陈燕妮\n")


@pytest.mark.parametrize("label", ["其他评论", "全部评论", "网友评论（12）", "熱門評論", "发表评论："])
def test_names_and_stories_under_the_comments_are_no_sections(label: str) -> None:
    got = _outline(_page(label))
    assert "冯金铭" not in got and "伊斯兰教的起源" not in got and "陈燕妮" not in got
    assert {"城市里的年轻人", "回到乡村的人们", "对未来的看法"} <= set(got)  # the article's parts stay


@pytest.mark.parametrize("label", ["评论", "评论员文章"])
def test_a_menu_item_or_a_longer_label_closes_nothing(label: str) -> None:
    """'评论' alone is a site's section in its menu, so it does not open the comments."""
    got = _outline(_page(label))
    assert "伊斯兰教的起源" in got


def test_a_comment_label_above_the_article_closes_nothing() -> None:
    """At the top of a page (a menu's '全部评论' link over the article), most of the text stands below it."""
    body = "".join(f"{t}\n{P1}\n{P2}\n{P1}\n{P2}\n" for t in ("城市里的年轻人", "回到乡村的人们", "对未来的看法"))
    got = _outline("经济危机中的普通人\n全部评论\n" + body)
    assert got[-3:] == ["城市里的年轻人", "回到乡村的人们", "对未来的看法"]



S1 = "参赛者通过竞赛平台进行报名和组队，基于比赛网站和相关平台提交创意方案，每支队伍人数不超过五人。"
S2 = "评委基于创意方案进行评审，产生二十强团队进入复赛，每支进入复赛的团队将获得完整的气象数据。"


def _schedule(rows: list[tuple[str, str]]) -> str:
    """A contest page: its background, then '大赛日程' over stages, each a name over its period over a sentence."""
    stages = "".join(f"{name}\n{period}\n{S1}\n" for name, period in rows)
    return ("上海市高校气象大数据应用创新大赛\n大赛背景\n" + S1 + "\n" + S2 + "\n大赛日程\n" + stages
            + "奖项设置\n1名|20000元\n3名|8000元\n大赛组委会\n联系方式：021-62605334\n")


STAGES = [("报名组队及创意提交", "2016年10月20日-2016年11月09日"), ("初赛作品评审", "2016年11月10日-2016年11月13日"),
          ("复赛作品评审", "2016年12月16-2016年12月18号")]


@pytest.mark.parametrize("rows", [
    STAGES,
    [(n, p.replace("年", ".").replace("月", ".").replace("日", "").replace("号", "")) for n, p in STAGES],
    [(n, p.replace("-", " 至 ")) for n, p in STAGES],  # "2016年10月20日 至 2016年11月09日"
])
def test_a_stage_name_heads_its_period(rows: list[tuple[str, str]]) -> None:
    got = _outline(_schedule(rows))
    assert [n for n, _ in rows] == [t for t in got if t in {n for n, _ in rows}]
    assert not any(p in got for _, p in rows)



@pytest.mark.parametrize("rows, kept", [
    ([(n + "：", p) for n, p in STAGES], [p for _, p in STAGES]),  # '初赛作品评审：' is a label over its date
    ([(n, p.split("-")[0]) for n, p in STAGES], [p.split("-")[0] for _, p in STAGES]),  # one date, no period
    ([(n + "\n", p) for n, p in STAGES], [p for _, p in STAGES]),  # a blank line sets the name apart from it
])
def test_dates_under_labels_or_set_apart_stay_as_they_were(rows: list[tuple[str, str]], kept: list[str]) -> None:
    got = _outline(_schedule(rows))
    assert all(k in got for k in kept) and not any(n.strip("：\n") in got for n, _ in rows)


def test_the_line_over_the_first_stage_heads_the_schedule() -> None:
    """'大赛日程' right over the first stage's name is the schedule: the stages are its sections."""
    doc = parse_document(_schedule(STAGES).encode("utf-8"), name="doc.txt")
    depth = {h.title: h.depth for h in doc.headings}
    assert depth["大赛日程"] == depth["大赛背景"]
    assert all(depth[n] == depth["大赛日程"] + 1 for n, _ in STAGES)
