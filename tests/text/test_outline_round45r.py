"""A lecture's transcript leaves the speaker's short lines to the room without their stop ('我们再看一下 Avg. Tx 延时',
'我们暂且叫它ci和cd', '首先第一步，我们要做的是采集数据'): sentences of the talk, never titles
(talklines.spoken_line)."""

from __future__ import annotations

import pytest

from reader.text.talklines import spoken_line
from support import parse_document

BODY = ("今天这次分享主要想和大家聊聊缓存在实际项目里的用法，很多同学平时写业务代码的时候其实都用过缓存，"
        "但是对它背后的取舍考虑得不多，所以出了问题也不知道从哪里下手去排查。")
MORE = ("举个例子，我们组去年上线的一个活动页面，高峰期每秒有好几万次请求，数据库很快就扛不住了，"
        "后来加了一层缓存，响应时间一下子从几百毫秒降到了十几毫秒，效果非常明显。")


def _headings(lines: list[str]) -> list[str]:
    """Titles found in a talk's transcript where each of `lines` stands alone between body paragraphs."""
    blocks = ["缓存实践分享", "", BODY, ""]
    for line in lines:
        blocks += [line, "", MORE, "", BODY, ""]
    return [h.title for h in parse_document("\n".join(blocks).encode(), "talk.txt").headings]


@pytest.mark.parametrize("lines", [
    ["我们先来看一下命中率", "我们再简单讲一下过期策略", "最后大家可以算一下成本"],
    ["首先第一步，我们要做的是选好缓存的粒度", "接着咱们聊一下淘汰算法", "这个地方我们暂且叫它二级缓存"],
    ["我們再看一下延遲的分佈", "同學們可以試一下這個參數", "業界把它統一命名叫做旁路快取"],
])
def test_a_speakers_lines_to_the_room_head_nothing(lines):
    assert _headings(lines) == []


@pytest.mark.parametrize("lines", [
    ["缓存的基本概念", "常见的过期策略", "淘汰算法对比"],
    ["命中率", "能否介绍一下淘汰算法？", "一致性问题"],  # a question asked of the speaker heads its answer
    ["叫做缓存的东西", "它从哪里来", "上电后指示灯闪一下"],  # no one speaks to the room: lines as they stand
])
def test_titles_of_a_talk_stay(lines):
    assert _headings(lines) == lines


@pytest.mark.parametrize("text, spoken", [
    ("我们再看一下 Avg. Tx 延时", True),
    ("我们首先分析一下 TPS", True),
    ("首先第一步，我们要做的是采集数据", True),
    ("我们暂且叫它ci和cd", True),
    ("统一命名叫做.net 5", True),
    ("中学学过导数的同学可以算一下展开式", True),
    ("请介绍一下制定《意见》的背景和重要性？", False),  # a question
    ("上电 LED 灯闪一下", False),  # no one speaking
    ("叫做缓存的东西", False),  # the name opens the line
    ("缓存的基本概念", False),
    ("", False),
])
def test_a_spoken_line_is_known_by_its_words(text, spoken):
    assert spoken_line(text) is spoken
