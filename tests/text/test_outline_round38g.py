"""Round 38g: rules of schools, clubs and communities. A title naming 'the rest' of a kind ('其他仪容规范') where an
earlier title names the kind ('仪容规范') gathers the titles between as that kind's parts; a rule's '【附则】' set in
brackets, as its '【第X章 …】' are, is a chapter of it like a bare '附则'."""

from __future__ import annotations

import pytest

from support import parse_document


def _depths(text: str) -> dict[str, int]:
    doc = parse_document(text.encode("utf-8"), "rules.txt")
    return {f"{h.marker}{h.title}".replace(" ", ""): h.depth for h in doc.headings}


_SCHOOL = """学生守则 | 校规
仪表要求
学生在校应衣着整洁、朴素大方，符合中学生身份，展现青少年积极向上的精神面貌。
{first}
上课日一律穿着学校规定的校服，校服须保持干净平整，不得擅自修改款式或在校服上涂画。
{second}
头发应保持自然整洁，不得烫发或染发，男生头发前不遮眉、侧不掩耳、后不触领。
{other}
不得留长指甲或涂指甲油，除手表外不得佩戴首饰，宗教饰物须放在衣袋之内。
课堂纪律
上课铃响后应立即进入课室，安静等候老师，不得在走廊逗留喧哗，迟到须向老师说明原因。
请假须知
学生因病因事不能到校，须由家长事先向班主任请假，病假超过三天须附医生证明。
"""


@pytest.mark.parametrize("first, second, other", [
    ("校服", "发型", "其他仪表要求"),
    ("服装", "发式", "其它仪表要求"),
    ("校服穿着", "头发", "其他仪表要求"),
])
def test_the_rest_of_a_kind_closes_the_kinds_parts(first, second, other):
    """d22_01: '仪容规范' / '服装' / '发型' / '其他仪容规范' / '行为规范' read as five titles at one level; '其他仪容规范'
    says that 服装 and 发型 were 仪容规范 too."""
    depths = _depths(_SCHOOL.format(first=first, second=second, other=other))
    assert depths["仪表要求"] == depths["课堂纪律"] == depths["请假须知"]
    assert depths[first] == depths[second] == depths[other] == depths["仪表要求"] + 1
    flat = _depths(_SCHOOL.format(first=first, second=second, other="其他要求"))  # no title names the kind alone:
    assert flat["仪表要求"] == flat[first] == flat[second] == flat["其他要求"] == flat["课堂纪律"]  # all siblings


_CLUB = """环保协会规章制度

【第一章 总 则】

第一条：本会是由在校学生自愿组成的环保公益性学生社团，接受校团委的指导和管理。

第二条：本会以宣传环保知识、倡导绿色生活为宗旨，组织开展各类环保实践活动。

【第二章 会员】

第三条：凡本校在读学生，承认本会章程，均可申请加入本会，经审核后成为会员。

第四条：会员应遵守本会各项制度，积极参加本会组织的活动，按时缴纳会费。

{annex}

第五条：本制度的解释权归本会理事会所有。

第六条：本制度自公布之日起执行。
"""


@pytest.mark.parametrize("annex", ["【附则】", "【附 则】", "【附　　则】"])
def test_a_bracketed_annex_holds_the_last_articles(annex):
    """d20_05: '【附则】' after '【第五章 社团财务管理】' was no heading, and its articles fell under 第五章."""
    doc = parse_document(_CLUB.format(annex=annex).encode("utf-8"), "rules.txt")
    outline = [(h.depth, (h.marker or h.title).replace(" ", "")) for h in doc.headings]
    chapter = next(d for d, t in outline if t == "第二章")
    assert (chapter, "附则") in outline
    after = outline[outline.index((chapter, "附则")) + 1:]
    assert [t for _, t in after] == ["第五条", "第六条"] and all(d == chapter + 1 for d, _ in after)



_CHARTER = """文档工作组章程

工作组职责

文档工作组负责社区文档的规划、编写与评审，保证各项目的文档及时、准确、完整，并组织翻译与本地化工作。

- 维护社区文档仓库
- 组织文档评审会议

工作组每两周召开一次例会，会议纪要在社区邮件列表公开，任何人都可以旁听并提出意见。

{roles}
章程修改

本章程的修改由工作组成员提出，经全体成员三分之二以上同意后生效，并在社区邮件列表公告。
"""


def _role(name: str, first: str, second: str) -> str:
    return (f"{name}\n\n{first}\n\n{name}由工作组成员提名并投票产生，任期一年，可以连任，负责主持例会并协调各项目的文档工作。"
            f"\n\n{second}\n\n- 参与工作组的双周例会，每季度出席不少于六次\n- 每月至少评审两篇文档贡献\n\n"
            "每位成员的贡献记录在工作组的贡献看板上，按季度统计并在例会上公布。\n\n")


@pytest.mark.parametrize("roles", [
    (("Co-Chair", "Co-Chair的权利", "Co-Chair的义务"), ("Maintainer", "成为Maintainer", "Maintainer职责")),
    (("SIG Reviewer", "Reviewer 的产生", "Reviewer 的义务"), ("SIG Committer", "Committer 权利", "Committer 义务")),
])
def test_a_part_named_in_english_over_its_first_sections_title(roles):
    """d65_03: 'Co-Chair' / 'Co-Chair的权利与义务', 'SIG contributer' / '成为contributer': a community charter's parts
    are named for its roles in English, each right over its first section's Chinese title (a Markdown '##' over a
    '###', their '#' gone); the English lines were missed, as they stand over no paragraph."""
    text = _CHARTER.format(roles="".join(_role(*role) for role in roles))
    doc = parse_document(text.encode("utf-8"), "charter.txt")
    depths = {h.title.replace(" ", ""): h.depth for h in doc.headings}
    for name, first, second in roles:
        key = name.replace(" ", "")
        assert key in depths
        assert depths[key] == depths["工作组职责"]
        assert depths[first.replace(" ", "")] == depths[second.replace(" ", "")] == depths[key] + 1
