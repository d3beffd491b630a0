"""Round 50C (issue #9, recall in 'other' documents): labels under a section that say again the parts its title names
('三、研究方法、设计方案及预期进度' over '研究方法：', '设计方案：', '预期进度：') are its sub-titles."""

from __future__ import annotations

import pytest

from reader.text.titleparts import _parts
from support import outline

BODY = "本部分说明课题组在这一环节的具体安排，并列出相关的时间节点与负责人员，供评审专家参考。"
OTHER = "课题组成员将定期汇报进展，如有变动，另行通知各位成员并在系统中更新记录。"


def _form(parent: str, labels: list[str]) -> list[str]:
    lines = ["一、课题来源", BODY, "二、主要内容", OTHER, parent]
    for label in labels:
        lines += [label, BODY, OTHER]
    return lines + ["四、参考文献", OTHER]


@pytest.mark.parametrize("parent, labels, subs", [
    ("三、研究方法、设计方案及预期进度", ["研究方法：", "设计方案：", "预期进度："], ["研究方法", "设计方案", "预期进度"]),
    ("三、测试的工作安排、测试工具的选择，项目评述", ["测试工作安排：", "测试工具选择："], ["测试工作安排", "测试工具选择"]),
    ("三、风险分析与应对措施", ["风险分析：", "应对措施:"], ["风险分析", "应对措施"]),
])
def test_labels_naming_the_titles_parts_are_its_sub_titles(parent, labels, subs):
    found = outline(_form(parent, labels))
    at = [n for n, (_, marker, title) in enumerate(found) if marker + title == parent][0]
    assert [(d, t) for d, _, t in found[at + 1:at + 1 + len(subs)]] == [(2, s) for s in subs]


@pytest.mark.parametrize("parent, labels", [
    ("三、研究方法、设计方案及预期进度", ["研究方法："]),  # one echo is chance
    ("三、研究方法、设计方案及预期进度", ["研究方法：", "研究方法："]),  # the same part twice: a repeated field
    ("三、研究方法和设计方案", ["研究方法：", "设计方案："]),  # '和' joins words inside one part: no list of parts
    ("三、研究方法、设计方案及预期进度", ["数据来源：", "处理工具："]),  # labels naming other things
    ("三、方法、方案及进度", ["方法：", "方案："]),  # two-character words, no parts' names
])
def test_labels_that_do_not_name_two_parts_stay_text(parent, labels):
    found = outline(_form(parent, labels))
    assert not any(t.rstrip("：:") in {lb.rstrip("：:") for lb in labels} for _, _, t in found)


@pytest.mark.parametrize("title, parts", [
    ("研究方法、设计方案及预期进度：", ["研究方法", "设计方案", "预期进度"]),
    ("测试工具的选择和使用，项目测试评述", ["测试工具选择和使用", "项目测试评述"]),
    ("项目风险分析以及应对措施", ["项目风险分析", "应对措施"]),
    ("研究方法", []),
])
def test_parts_of_a_title(title, parts):
    assert _parts(title) == parts
