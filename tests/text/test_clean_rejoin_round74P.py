"""Re-joining a hard wrap: a line ending its sentence short of the width by a character the wrap would have fitted
there closes its paragraph where the document's lines cut between Chinese characters fill the width."""

from __future__ import annotations

import sys

import pytest

from support import DATA

sys.path.insert(0, str(DATA / "corpus"))
from make_pdf_extracts import wrap  # noqa: E402

_PARAS = [
    "我们在城市的东边找到了一处安静的院子，院子里种着几棵老槐树，每到夏天树荫就铺满了整个地面，孩子们喜欢在树下读书、"
    "下棋，大人们则坐在石凳上聊天，直到太阳落山才各自回家。",
    "这个院子原来是一家纺织厂的仓库，工厂搬走以后空置了很多年，墙上的油漆已经剥落，屋顶也漏雨。",
    "后来街道办事处把它改造成了社区活动中心，请来设计师重新规划了空间，保留了原有的砖墙和木梁，又在南面加了一排大窗户，"
    "让阳光可以照进来，冬天也不觉得冷。",
    "活动中心开放的第一年，每周都有书法班、合唱团和手工课，报名的人远远超过了预期，工作人员不得不增加场次，还从附近的"
    "学校借了桌椅。",  # at 16 characters its last line ends one character short: '场次，还从附近的学校借了桌椅。'
    "现在这里已经成为街坊邻居最常去的地方，很多老人说，在这里他们找回了年轻时候的热闹。",
    "每逢节日，中心还会组织包饺子和猜灯谜的活动，附近小学的老师带着学生来表演节目，年轻的志愿者帮忙布置场地和维持秩序，"
    "大家一起度过一个热闹而温暖的晚上。",
    "明年街道打算在院子的北面再建一座小图书馆，收集居民捐赠的旧书和杂志，让孩子们放学以后有一个安静的地方写作业和看书。",
    "图书馆建成以后，将由退休的教师轮流值班，负责登记借阅和整理书架，周末还会请作家来给孩子们讲故事。",
]
# Each opens with a line a Latin word did not fit on, a column or two short and open: the wrap's slack, as measured by
# its open lines, is two columns (a line ending its sentence that short of the width passes for a full one)
_TECH = [
    "网站的源文件放在代码托管平台，GitHub会在每次提交以后自动生成新的页面，再发到群里。",
    "报名表格最早是用纸张打印的，Excel表格是后来才换上的，大家可以随时填写和修改。",
    "每周的报名人数由小程序统计，Python脚本是一位居民利用业余时间写的，省了不少事。",
    "中心附近的地图是孩子们画的，OpenStreetMap上也能看到，标出了公交站和菜市场。",
    "活动照片每月整理一次存进相册，Flickr上的公开链接贴在公告栏里，家长都可以下载。",
    "电子公告牌放在院子大门的左边，Raspberry Pi每天早上读取课程表，显示当天的安排。",
    "日常通知原来靠工作人员打电话，WeChat群建起来以后就方便多了，消息一发大家都知道。",
    "孩子们最喜欢周末下午的编程课，Scratch作品做好以后上传到社区，点赞最多的有奖品。",
]
_DOC = _PARAS[:3] + _TECH[:4] + _PARAS[3:5] + _TECH[4:] + _PARAS[5:]
_RUN_ON = _PARAS[:3] + _TECH[:4] + [_PARAS[3] + _PARAS[4]] + _TECH[4:] + _PARAS[5:]


def _rejoined(lines: list[str]) -> list[str]:
    from reader.text.clean import _heading_family, _is_heading
    from reader.text.rewrap import Line, rewrap

    return [text for text, _ in rewrap([Line(t, n) for n, t in enumerate(lines, 1)], _is_heading,
                                       family=_heading_family)]


def _greedy(paras: list[str], chars: int) -> list[str]:
    """Lines as a character-count wrap cuts them: every line filled as far as the next character fits."""
    return [piece for text in paras for piece in wrap(text, chars)]


@pytest.mark.parametrize("lines, want", [
    (_greedy(_DOC, 16), _DOC),  # '…借了桌椅。' short by a character '现' would have filled: a paragraph's end
    (_greedy(_DOC, 17), _DOC),
    (_greedy(_RUN_ON, 17), _RUN_ON),  # (the two run on: the cut falls in full lines, and they stay one)
])
def test_a_closed_line_a_character_short_ends_its_paragraph_in_a_character_wrap(lines, want):
    assert _rejoined(lines) == want

