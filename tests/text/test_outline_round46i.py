"""Round 46i: a plan's numbered part whose title ends in '：' ('六、培养目标与规格：') over its own titled sections
('（一）培养目标', '（二）培养规格', the second holding '1.知识要求' …) keeps those sections, though they stand line
after line right under the colon as a list would; a colon line that is no numbered part, or items that are labels
('（二）辦理過程：') or sentences, still read as a list."""

from __future__ import annotations

import pytest

from support import outline, parse_document

_BODY = "本专业面向本地区现代服务业，培养德智体美劳全面发展、掌握扎实专业知识和技能的高素质技术技能人才。"
_MORE = "各项要求在课程设置、实践教学和考核评价中逐项落实，由专业教学团队每年对照行业变化修订一次。"


def _plan(part: str, items: list[str]) -> list[str]:
    return ["某职业学院物流管理专业人才培养方案", "一、专业名称", _BODY, "二、入学要求", _MORE, part, *items,
            "四、课程设置", _BODY, "五、实施保障", _MORE]


_SECTIONS = ["（一）培养目标", "（二）培养规格", "1.知识要求", _BODY, "2.能力要求", _MORE, "3.素质要求", _BODY]


@pytest.mark.parametrize("part, items, titles", [
    ("三、培养目标与规格：", _SECTIONS, ["培养目标", "培养规格", "知识要求", "能力要求", "素质要求"]),
    ("三、主要任务：", ["（一）基础设施", "（二）应用推广", "1.政务服务", _BODY, "2.城市治理", _MORE],
     ["基础设施", "应用推广", "政务服务", "城市治理"]),
])
def test_a_numbered_parts_titled_sections_under_its_colon_stay(part, items, titles):
    found = outline(_plan(part, items))
    got = [t for _, _, t in found]
    assert all(t in got for t in titles), got
    depth = {t: d for d, _, t in found}
    assert depth[titles[0]] == depth[titles[1]] == depth[part[2:-1]] + 1


@pytest.mark.parametrize("part, items", [
    ("三、申报材料：", ["（一）申报书", "（二）营业执照复印件", "（三）法人代表身份证复印件"]),  # a list of papers
    ("三、报送方式：", ["（一）辦理過程：", "（二）法令依據：", "1. 109 年 2 月 17 日", _BODY, "2. 109 年 5 月 21 日", _MORE]),
])
def test_a_list_under_a_colon_part_stays_a_list(part, items):
    got = [t for _, _, t in outline(_plan(part, items))]
    assert part[2:-1] in got
    assert not any(t in got for t in ("申报书", "营业执照复印件", "辦理過程", "法令依據")), got


# A word processor's numbered headings lose their numbers in the text ('需求调研确认阶段'), while the contents list it
# generated keeps them ('（二）需求调研确认阶段 3'): the list names the plain lines as headings, placed as its numbered
# entries stand.

_STAGE = "此阶段的主要工作是由项目组成员会同用户逐项核对需求，形成书面记录并由双方签字确认后归档保存。"


def _manual(stages: list[str], contents: list[str]) -> list[str]:
    lines = ["仓储管理系统", "实施方案", "目录", *contents, "一、项目概述", _STAGE, "二、实施步骤", "（一）项目启动阶段", _STAGE]
    for stage in stages:
        lines += [stage, _STAGE]
    return lines + ["三、系统验收", _STAGE]


_CONTENTS = ["一、项目概述 3", "二、实施步骤 3", "（一）项目启动阶段 3", "（二）需求确认阶段 4", "（三）数据初装阶段 5",
             "（四）试运行阶段 6", "三、系统验收 7"]


def outline_text(lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "plan.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def test_plain_lines_the_contents_list_numbers_are_its_sections():
    found = outline_text(_manual(["需求确认阶段", "数据初装阶段", "试运行阶段"], _CONTENTS))
    depth = {t: d for d, _, t in found}
    assert depth.get("需求确认阶段") == depth.get("数据初装阶段") == depth.get("试运行阶段") == depth["项目启动阶段"] == 2
    assert depth["系统验收"] == 1


def test_lines_numbered_in_the_text_keep_their_own_places():
    stages = ["（二）需求确认阶段", "（三）数据初装阶段", "（四）试运行阶段"]
    found = outline_text(_manual(stages, _CONTENTS))
    assert [(d, t) for d, _, t in found if t.endswith("阶段")] == [(2, "项目启动阶段"), (2, "需求确认阶段"),
                                                                   (2, "数据初装阶段"), (2, "试运行阶段")]
