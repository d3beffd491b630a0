"""Round 45m: a bulleted question beside a sibling bullet at the same indent ('- 举办场次是否要减少？' under '- 会不会有
人数参与的限制？…') is one point of a list of open questions, as notes and minutes jot them, and heads no part; a
bulleted question standing alone over its answer, or over its own deeper bullets, still heads its part (rule:
`questions.opens_answer`). A line that points the reader on to what follows ('以下介绍常见的纠删码方案', '这里以机械硬盘
为例', '下面这张图整理了…') leads into the text and heads nothing, while '本章小结', '本章要点' still name their parts
(rule: `lineshape.points_on`). A list's labelled entries closed by '；' up to the last ('(一)捐赠：接受…文物;' /
'(二)复制：…;' / '(三)…。') are one enumeration's clauses, as items with no label already were, while labelled
steps each closed by '。' over their body stay sections (rule: `evidence.chained_clauses`)."""

from __future__ import annotations

import pytest

from support import parse_document

BODY = "本次读书会围绕《人类简史》展开，大家轮流分享了阅读中的体会，并就书中的几个观点进行了比较深入的讨论。"
BODY2 = "会后整理了大家的发言要点，供没有到场的同学参考，下次读书会将继续讨论本书的后半部分内容。"
ANSWER = "示范文明城市是指经济建设、政治建设、文化建设、社会建设和生态文明建设协调发展，市民整体素质较高的城市。"
ANSWER2 = "市民可以从身边小事做起，遵守交通规则，爱护公共环境，积极参加志愿服务活动，共同营造文明的城市氛围。"


def _titles(lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "biji.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


CASES = {  # bulleted questions one under another: a list's points, no parts
    "a reading group's open questions, one bullet a line": (
        ["读书会记录", "", "讨论内容", "", BODY, "", "遗留问题", "", "- 农业革命是不是史上最大的骗局？",
         "- 货币为什么能让陌生人彼此合作？", "", "下次安排", "", BODY2],
        [(1, "", "讨论内容"), (1, "", "遗留问题"), (1, "", "下次安排")],
    ),
    "a lecture's notes asking two questions in a row, the second over its steps": (
        ["安全讲座笔记", "", "讲座内容", "", BODY, "", "- 间谍软件提供的服务是什么？", "- 攻击的程序是怎样的？",
         "1. 选定目标后，通过各种方法递送恶意软件。", "2. 取得手机的控制权限。", "", "讨论", "", BODY2],
        [(1, "", "讲座内容"), (1, "", "讨论")],
    ),
}

KEPT = {  # a bulleted question alone over its answer, or over deeper bullets: it heads its part
    "an FAQ page's questions each over its answer": (
        ["创建文明城市问答", "", "- 什么是示范文明城市？", ANSWER, "", "- 市民可以做些什么？", ANSWER2],
        [(1, "", "什么是示范文明城市？"), (1, "", "市民可以做些什么？")],
    ),
    "questions over their own deeper bullets": (
        ["创建文明城市问答", "", "- 什么是示范文明城市？", "    - " + ANSWER, "    - " + ANSWER2, "",
         "- 市民可以做些什么？", "    - " + ANSWER2, "    - " + ANSWER],
        [(1, "", "什么是示范文明城市？"), (1, "", "市民可以做些什么？")],
    ),
}


@pytest.mark.parametrize("lines, want", CASES.values(), ids=list(CASES))
def test_listed_questions_head_nothing(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want


@pytest.mark.parametrize("lines, want", KEPT.values(), ids=list(KEPT))
def test_lone_questions_stay_headings(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _titles(lines) == want


B1 = "分布式存储系统需要在节点失效时保证数据不丢失，常见的做法是多副本和纠删码两类，它们各有长处和短处。"
B2 = "纠删码把数据切成若干块并计算校验块，任意丢失不超过校验块数量的数据块，都可以通过剩余的块恢复出来。"
B3 = "多副本的方案实现简单，读取性能好，但存储开销较大，三副本意味着要付出三倍的磁盘空间来保存同一份数据。"


def _parts(lines: list[str], name: str) -> list[str]:
    doc = parse_document("\n\n".join(lines).encode("utf-8"), name)
    return [h.title for h in doc.headings]


POINTERS = {  # a sentence leading into what follows, set alone on its line between plain titles
    "'以下介绍…' in a survey": (["存储系统调研", "背景", B1, "以下介绍常见的纠删码方案", B2, "副本方案", B3, "总结", B1],
                            ["背景", "副本方案", "总结"]),
    "'这里以…为例' in an API guide": (["接口使用说明", "创建虚拟机", B1, "这里以机械硬盘为例", B2, "删除虚拟机", B3,
                                 "查询虚拟机", B2], ["创建虚拟机", "删除虚拟机", "查询虚拟机"]),
    "'下面这张图…' in a review": (["项目回顾", "立项经过", B1, "下面这张图整理了项目的时间线", B2, "开发过程", B3,
                               "经验教训", B1], ["立项经过", "开发过程", "经验教训"]),
    "'本章小结' and '本章要点' name parts (guard)": (["毕业论文", "绪论", B1, "本章小结", B2, "相关技术", B3, "本章要点", B1],
                                          ["绪论", "本章小结", "相关技术", "本章要点"]),
}


@pytest.mark.parametrize("lines, want", POINTERS.values(), ids=list(POINTERS))
def test_pointing_lines_head_nothing(lines: list[str], want: list[str]) -> None:
    assert _parts(lines, "shuoming.txt") == want


NEIRONG = "具有历史、艺术、科学价值的各类实物，包括旧农具、旧家具、老照片、手工艺品以及反映本村民俗的各类物件。"
YUANZE = "以自愿捐赠为原则，以文物合法为前提，充分体现捐赠人关爱文博事业、奉献和谐社会的意愿，捐赠后颁发收藏证书。"
JIANDU = "对于各界所捐赠的文物，我们将进行详细的登记，实行严格的监督管理，并通过适当形式向社会公布捐赠情况。"


def _outline(lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "changyishu.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


LABELLED = {  # a list's labelled entries closed by '；' up to the last: one enumeration, no sections
    "a proposal's forms of giving": (
        ["倡议书", "一、捐赠内容", NEIRONG, "二、捐赠原则", YUANZE, "三、捐赠形式", "(一)捐赠：接受个人、团体无偿捐赠的文物;",
         "(二)复制：对特别珍贵、能反映本村历史和民俗重要信息的文物标本，在双方友好协商的基础上进行复制，复制品赠与村展览馆，"
         "使之充分发挥宣传效果;",
         "(三)对于价值较高的珍贵文物，以自愿出借展览为原则，由文物持有者与村展览馆签定展示合同，文物产权仍归持有者，"
         "展览期间的安保、展示和保管由村展览馆负责。",
         "四、监督管理", JIANDU],
        [(1, "一、", "捐赠内容"), (1, "二、", "捐赠原则"), (1, "三、", "捐赠形式"), (1, "四、", "监督管理")],
    ),
}

LABELLED_KEPT = {  # the same entries closed by '。' each, with body under them: sections (guard)
    "a plan's steps, each a sentence of its own over its body": (
        ["倡议书", "一、捐赠内容", NEIRONG, "二、捐赠原则", YUANZE, "三、工作安排", "（一）宣传发动：各村要广泛宣传，营造氛围。",
         YUANZE, "（二）登记造册：对捐赠的文物逐件登记入库。", JIANDU, "四、监督管理", JIANDU],
        [(1, "一、", "捐赠内容"), (1, "二、", "捐赠原则"), (1, "三、", "工作安排"), (2, "（一）", "宣传发动"),
         (2, "（二）", "登记造册"), (1, "四、", "监督管理")],
    ),
}


@pytest.mark.parametrize("lines, want", LABELLED.values(), ids=list(LABELLED))
def test_labelled_entries_closed_by_semicolons_are_a_list(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _outline(lines) == want


@pytest.mark.parametrize("lines, want", LABELLED_KEPT.values(), ids=list(LABELLED_KEPT))
def test_labelled_sections_stay(lines: list[str], want: list[tuple[int, str, str]]) -> None:
    assert _outline(lines) == want
