"""Round 60D: in study notes numbered '1.' / '1.1' / '1.2', circled numbers count a section's points. '①数字操作符',
'②比较操作符' under '1.2 操作符' each head a few lines of the section's text: a reader sees the decimals as the
sections and the circled items as what one section lists, not sub-sections of it.

Left alone: circled items under a notice's '（1）' or '三、' (its kinds of entries, its programme's stages, which the
gold reads as sub-titles), and circled items with no numbered parent."""

from __future__ import annotations

import pytest

from support import outline

_B = "这是一段说明文字，用来解释上面这个要点的具体含义和用法，例如下面的代码示例可以直接运行。"

_NOTES = ["python学习笔记", "1.基本元素", "1.1对象", _B, "1.2操作符", "①数字操作符", "加+、减-、乘*、除/、取模%", _B,
          "②比较操作符", "等于==、不等于!=、小于、小于等于", _B, "③布尔操作符", "与and、或or、非not", _B,
          "1.3控制流", "①if条件语句", "if(expression):", _B, "②while循环语句", "while(expression):", _B,
          "2.函数", "2.1引言", _B, "2.2作用域", _B]

_LOGIC = ["逻辑讲义", "6.推理", "6.1命题", _B, "6.2联言推理", _B, "6.3选言推理", _B, "6.4假言推理", _B,
          "①肯定前件式", _B, "②否定后件式", _B, "③假言三段论", _B, "6.5关系推理", _B]


@pytest.mark.parametrize("lines, sections", [
    (_NOTES, [(1, "1."), (2, "1.1"), (2, "1.2"), (2, "1.3"), (1, "2."), (2, "2.1"), (2, "2.2")]),
    (_LOGIC, [(1, "6."), (2, "6.1"), (2, "6.2"), (2, "6.3"), (2, "6.4"), (2, "6.5")]),
])
def test_circled_points_under_decimal_sections(lines, sections):
    assert [(d, m) for d, m, _ in outline(lines, lines[0])] == sections


_NOTICE = ["活动通知", "一、活动安排", _B, "（1）作品类别", "①电脑绘画", _B, "②电脑动画", _B, "③电子板报", _B,
           "（2）作品要求", _B, "二、报名方式", _B]
_PROGRAMME = ["典礼方案", "一、时间", _B, "二、地点", _B, "三、流程", "①【发布仪式】", _B, "②【启动仪式】", _B,
              "③【参观环节】", _B, "四、要求", _B]


@pytest.mark.parametrize("lines, circled", [(_NOTICE, ["①", "②", "③"]), (_PROGRAMME, ["①", "②", "③"])])
def test_circled_items_under_other_parents_stay(lines, circled):
    found = outline(lines, lines[0])
    assert [m for _, m, _ in found if m in "①②③"] == circled
