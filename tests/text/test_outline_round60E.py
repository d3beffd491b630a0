"""Round 60E: a short title that holds a byline word inside a phrase ('洞察力和责任感', '您的责任') is a title; a
newsroom's byline ('本报记者 王五', '责任编辑 李四') stays page furniture."""

from __future__ import annotations

import pytest

from support import outline

_P = "我到博士快毕业了才意识到，国内靠谱的导师其实并不多，很多人进了实验室以后才发现自己的处境和想象的完全不同。"
_Q = "在美国读博士，一旦你觉得你的科研遇到障碍，你可以换导师，也可以换方向，学院会帮你找到新的出路和经费。"


_R = "优秀的开发工程师具有长远的眼光，他们能够承担起各种困难的软件项目，处理积累了很多技术债的代码，面对紧张的期限。"


@pytest.mark.parametrize("title", ["洞察力和责任感", "甲方的义务责任", "您的责任", "经验与分享"])
def test_short_title_holding_a_duty_word_in_a_phrase_is_a_title(title):
    lines = ["团队精神", _R, _P, title, _R, _Q, "沟通能力", _Q, _P]
    assert (1, "", title) in outline(lines)


@pytest.mark.parametrize("line", ["本报记者 王五", "责任编辑 李四", "记者王五", "图片 新华社"])
def test_bylines_stay_furniture(line):
    lines = ["团队精神", _R, _P, line, _R, _Q, "沟通能力", _Q, _P]
    assert line not in [t for _, _, t in outline(lines)]
