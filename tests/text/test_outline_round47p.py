"""Round 47p: a news feature's 小标题 written as a headline's clauses ('校车停运谁来管？教育局称属地负责，运营方称正在协商'),
longer than a bare title and with a comma, question or speaker's colon inside but no sentence's end, is a heading
when the story sets three or more, each over two or more reporting paragraphs, and numbers nothing; fewer of them, a
finished sentence, a quote, a single paragraph under each or a numbered report keep them body (rule:
`newsclauses.claused_subheads`)."""

from __future__ import annotations

import pytest

from reader.text.outline import parse_outline
from support import spaced_paragraphs

P1 = "9月3日，本报记者来到城郊的一所小学，看到十多名学生在校门口等待家长接送，不少家长表示每天接送十分不便。"
P2 = "一位家长告诉记者，原先的校车线路在暑假后突然停运，学校只在家长群里发了一条通知，没有说明具体原因。"
P3 = "记者随后致电区教育局，工作人员表示校车的运营由各街道负责，教育局只负责监督，具体情况需要咨询街道。"
P4 = "街道办事处的一位工作人员则称，运营方的合同已经到期，新的招标正在进行，预计要到下个月才能恢复运行。"

H1 = "校车停运谁来管？区教育局称由属地街道负责，街道办称新一轮招标正在进行"
H2 = "家长自发拼车接送孩子上下学，交警部门提醒私家车拼车须注意超员风险"
H3 = "教育专家：应把农村和城郊学校的校车服务纳入基本公共服务清单统一保障"
H4 = "运营方称油价和人工成本上涨导致线路难以为继，希望政府给予更多补贴"


def _titles(blocks: list[str], title: str = "城郊小学校车停运两月调查") -> list[str]:
    spaced = [x for block in blocks for x in (block, "")]
    return [h.title for h in parse_outline(spaced_paragraphs(spaced), title)]


CASES = {
    "three clause subheads, each over its reporting": (
        ["城郊小学校车停运两月调查", P1, P2, H1, P3, P4, H2, P1, P2, H3, P3, P4],
        [H1, H2, H3],
    ),
    "four, with a speaker's colon and a question among them": (
        ["城郊小学校车停运两月调查", P1, H1, P2, P3, H4, P4, P1, H2, P2, P3, H3, P4, P1],
        [H1, H4, H2, H3],
    ),
}

GUARDS = {
    "only two such lines: a story's pull quotes, no form": (
        ["城郊小学校车停运两月调查", P1, P2, H1, P3, P4, H2, P1, P2],
    ),
    "one paragraph under each: lines of a list of findings, no sections": (
        ["城郊小学校车停运两月调查", P1, H1, P2, H2, P3, H3, P4],
    ),
    "a finished sentence in each: body": (
        ["城郊小学校车停运两月调查", P1, P2, H1 + "。", P3, P4, H2 + "。", P1, P2, H3 + "。", P3, P4],
    ),
    "quoted words: a speaker's line, not a subhead": (
        ["城郊小学校车停运两月调查", P1, P2, "“校车停运以后到底谁来管，我们家长到现在也不知道该去问谁”", P3, P4,
         "“家长们只能自发拼车接送孩子，交警也来提醒过好几次要注意安全”", P1, P2, "“应该把校车服务纳入基本公共服务的清单，由政府统一来保障运行”", P3, P4],
    ),
}


@pytest.mark.parametrize("blocks, want", CASES.values(), ids=list(CASES))
def test_clause_subheads_are_headings(blocks: list[str], want: list[str]) -> None:
    assert _titles(blocks) == want


@pytest.mark.parametrize("blocks", [v[0] for v in GUARDS.values()], ids=list(GUARDS))
def test_clause_lines_stay_body(blocks: list[str]) -> None:
    assert _titles(blocks) == []


def test_numbered_report_keeps_its_points_as_body() -> None:
    blocks = ["开源商业化报告", "一、开源模型的价值", P1, P2, "节省开发人员数量，把有限的研发能力集中投入到基础模型的训练当中", P3, P4,
              "节省大量的训练算力，避免各家厂商重复造轮子带来的巨大资源浪费", P1, P2, "开源有利于大模型厂商撬动下游市场，与云厂商和芯片厂商结成商业同盟", P3, P4]
    assert _titles(blocks, "开源商业化报告") == ["开源模型的价值"]
