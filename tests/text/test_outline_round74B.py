"""Session 74B, issue 9 (speeches and essays): a talk's line that points back at what it has just said or shown
('针对上面这些问题，我们团队决定', '这就推出了第二个结论') is a sentence of the talk, not a section title, however short
and bare it stands; the talk's own titles, and a title that opens on '这个' to name its topic, stay."""

from __future__ import annotations

import pytest
from support import parse_document

from reader.text.talklines import points_back

# A written-up talk in the style of a team's sharing session: titles set alone between paragraphs, and the speaker's
# lines that lead on from a slide, set alone too where the picture was taken out.
_TALK = ['缓存改造的一点经验', '', '大家好，今天和大家聊一聊我们这半年做的缓存改造。', '', '背景', '',
         '去年年底，我们的接口平均延迟已经超过了三百毫秒，高峰时段还会出现大量超时，用户投诉也越来越多。', '',
         '针对上面这些问题，我们团队决定', '',
         '先从读多写少的几个接口入手，把热点数据放进本地缓存，再逐步推广到其他服务。', '', '方案', '',
         '我们对比了三种常见的做法，最后选了两级缓存：进程内一层，集中式一层，中间用消息通知失效。', '',
         '具体的数字可以看刚才那张图', '',
         '改造之后平均延迟降到了八十毫秒左右，超时基本消失，机器也少用了三分之一。', '', '踩过的坑', '',
         '最大的坑是缓存失效的顺序，一开始先删缓存再写库，并发一高就读到了旧数据，后来改成先写库再删缓存。', '',
         '很感谢大家陪我们走完这一段', '', '下一步', '', '明年我们打算把这套做法整理成公共组件，让其他团队也能直接用上。']

# A lecture's notes in the same form: each step's result set alone under its working.
_LECTURE = ['等比数列求和', '', '本节课讲等比数列前 n 项和的公式，以及它在例题里的用法。', '', '公式推导', '', '把前 n 项和写出来，两边同时乘以公比，再把两个式子相减，中间的项全部消掉。', '',
            '这就推出了第一个求和公式', '', '公比等于一的时候要单独讨论，因为这时分母为零，公式不能直接用。', '', '例题', '',
            '已知首项为二、公比为三，求前五项的和，代入公式计算即可，结果是二百四十二。', '',
            '这样咱们就不用一项一项去加了', '', '课后练习', '', '请同学们自己推导公比为负数时的情形，下节课我们一起讲评。']

# An essay whose part opens on '这个' naming its own topic: a title, as the part's other titles are.
_ESSAY = ['做产品的第三年', '', '开始', '', '三年前我辞掉工作，和两个朋友一起做一个给老师用的排课工具，一开始只有十几个用户。', '',
          '这个产品还没做完', '', '到今天它依然有很多问题，排课规则一复杂就会算得很慢，界面也还不够好用。', '',
          '明年的打算', '', '我们想把算法重写一遍，再请几位老师来一起设计新的界面，慢慢把它做得更好。']


def _titles(lines: list[str]) -> list[str]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "excerpt.txt")
    return [h.marker + h.title for h in doc.headings]


@pytest.mark.parametrize("lines, spoken, kept", [
    (_TALK, ["针对上面这些问题，我们团队决定", "具体的数字可以看刚才那张图", "很感谢大家陪我们走完这一段"],
     ["背景", "方案", "踩过的坑", "下一步"]),
    (_LECTURE, ["这就推出了第一个求和公式", "这样咱们就不用一项一项去加了"], ["公式推导", "例题", "课后练习"]),
    (_ESSAY, [], ["开始", "这个产品还没做完", "明年的打算"]),
])
def test_a_line_pointing_back_is_no_title(lines, spoken, kept):
    titles = _titles(lines)
    assert not set(spoken) & set(titles), titles
    assert all(title in titles for title in kept), titles


@pytest.mark.parametrize("text, back", [
    ("针对上面这些问题，我们团队决定", True),
    ("具体的数字可以看刚才那张图", True),
    ("首先从刚刚的例子里可以看出", True),
    ("很高興給了自己這個機會", True),
    ("這就推出了第一個公式", True),
    ("这样咱们就不用再算一遍了", True),
    ("用户都在等这批新功能", True),
    # what the veto must not take: a title naming its topic with '这个' first, a span of time, a question (weighed by
    # the question rules), and titles that only share a character
    ("这个产品还没做完", False),
    ("这些年我们走过的路", False),
    ("回首这些年", False),
    ("这是为什么？", False),
    ("刚刚开始的旅程", False),
    ("适用范围", False),
    ("样本与方法", False),
])
def test_points_back(text, back):
    assert points_back(text) is back
