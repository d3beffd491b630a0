"""A metadata label whose line runs on into the reader's text (session 65X): '作者：林启 编者按：这是…。' put the editor's
note into the author field, and the reader never saw it. A value is a name list, a date, an outlet or a number, never
a sentence: the labels and their values are taken, the note or lead after them stays a paragraph; with no space to
cut at, the line stays text as written.

Each case is made up and minimal; each fails without its rule. The leave-alone cases pass before and after.
"""

from __future__ import annotations

import pytest

from reader.text import meta
from reader.text.clean import clean
from reader.text.decode import decode_bytes

_TITLE = "香港的一天"
_BODY = "正文第一段，讲述了这一年里的很多事情。读者可以从中看到城市的变化。"


def _clean(text: str, name: str = "a.txt"):
    return clean(decode_bytes(text.encode("utf-8"), name))


# --- a label's line that runs on into a note or a lead: the labels taken, the rest kept -------------------------

RUN_ON = [  # (metadata line, the fields it gives, the paragraph that stays)
    ("作者：林启 编者按：这是一篇关于香港的文章，我们邀请作者回顾过去一年。本文是系列的第一篇。",
     {"author": "林启"}, "编者按：这是一篇关于香港的文章，我们邀请作者回顾过去一年。本文是系列的第一篇。"),
    ("来源：新华社 作者：王五 本文讲述了一个很长的故事，从北京开始，到上海结束。我们一起来看看吧！",
     {"source": "新华社", "author": "王五"}, "本文讲述了一个很长的故事，从北京开始，到上海结束。我们一起来看看吧！"),
    ("发布时间：2023-05-12 来源：澎湃新闻 记者：赵六 导读：十年来，城市更新从拆建转向微改造，居民的声音越来越被听见。",
     {"source": "澎湃新闻", "author": "赵六", "date": "2023-05-12"}, "导读：十年来，城市更新从拆建转向微改造，居民的声音越来越被听见。"),
    ("编辑：李梦瑶  按语：此文写于十年前，今天重读，仍有新意。", {"editor": "李梦瑶"}, "按语：此文写于十年前，今天重读，仍有新意。"),
]


@pytest.mark.parametrize("line, fields, kept", RUN_ON, ids=[r[2][:6] for r in RUN_ON])
@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_the_note_after_the_labels_stays_a_paragraph(line, fields, kept, name):
    doc = _clean(f"{'# ' if name.endswith('.md') else ''}{_TITLE}\n\n{line}\n\n{_BODY}\n", name)
    assert doc.paragraphs[0].text == kept
    assert doc.paragraphs[1].text == _BODY
    assert {k: getattr(doc, k) for k in fields} == fields


GLUED = [  # no space between the value and the sentence: nowhere to cut, the line stays as written
    "作者：王五本文讲述了一个很长的故事，从北京开始，到上海结束。",
    "来源：本报综合消息，据了解，今年以来全市新增就业岗位超过十万个。",
]


@pytest.mark.parametrize("line", GLUED, ids=[g[:4] for g in GLUED])
def test_a_value_that_is_a_sentence_is_not_taken(line):
    assert meta.parse_meta_line(line) is None
    doc = _clean(f"{_TITLE}\n\n{line}\n\n{_BODY}\n")
    assert line in [p.text for p in doc.paragraphs]
    assert not doc.author and not doc.source


def test_a_credit_after_the_body_that_runs_on_stays():
    line = "编辑：王五 本文转载自网络，版权归原作者所有。"
    doc = _clean(f"{_TITLE}\n\n{_BODY}\n\n{line}\n")
    assert doc.paragraphs[-1].text in (line, "本文转载自网络，版权归原作者所有。")
    assert "版权归原作者所有" in doc.text


# --- leave alone: long but real values ---------------------------------------------------------------------------

VALUES = [  # (line, the fields it gives)
    ("作者：张三，李四，王五，赵六，钱七，孙八", {"author": "张三，李四，王五，赵六，钱七，孙八"}),
    ("作者：张三、李四、王五、赵六、钱七、孙八、周九、吴十、郑十一、王十二", {"author": "张三、李四、王五、赵六、钱七、孙八、周九、吴十、郑十一、王十二"}),
    ("作者：Yanning Hou, Ke Xu, Junfa Li, Yanran Ruan, Jianfeng Qiu",
     {"author": "Yanning Hou, Ke Xu, Junfa Li, Yanran Ruan, Jianfeng Qiu"}),
    ("作者：刘雷，裴秀", {"author": "刘雷，裴秀"}),
    ("来源：计算机学报编辑部，北京市海淀区中关村南四街4号", {"source": "计算机学报编辑部，北京市海淀区中关村南四街4号"}),
    ("标题：陈同佳案：港府称其可自由赴台，台湾香港政府角力再现", {"title": "陈同佳案：港府称其可自由赴台，台湾香港政府角力再现"}),
    ("原文链接：https://example.com/a?id=1,2,3&from=timeline,share", {"source": "https://example.com/a?id=1,2,3&from=timeline,share"}),
    ("作者：张博令 《新华每日电讯》短视频主理人，新华社十佳编辑", {"author": "张博令 《新华每日电讯》短视频主理人，新华社十佳编辑"}),
]


@pytest.mark.parametrize("line, fields", VALUES, ids=[v[0][:8] for v in VALUES])
def test_long_real_values_are_still_taken(line, fields):
    assert meta.parse_meta_line(line) == fields
    doc = _clean(f"{_TITLE}\n\n{line}\n\n{_BODY}\n")
    assert [p.text for p in doc.paragraphs] == [_BODY]


@pytest.mark.parametrize("line", [v[0] for v in VALUES], ids=[v[0][:8] for v in VALUES])
def test_long_real_values_are_not_cut(line):
    from reader.text.cleanmeta import prose_cut

    assert prose_cut(line) == -1


@pytest.mark.parametrize("value, expected", [
    ("林启 编者按：这是一篇文章。", True), ("王五，本文讲述了一个发生在北京和上海两座城市之间的故事", True),
    ("张三，李四，王五", False), ("新华社", False), ("2024年3月5日", False), ("国发〔2024〕5号", False),
])
def test_what_reads_as_prose(value, expected):
    from reader.text.metavalues import prose

    assert prose(value) is expected


def test_a_dated_sentence_is_no_date_line():
    line = "时间：3月5日上午9时，在市政府第一会议室召开全体会议。"
    assert meta.parse_meta_line(line) is None
    assert meta.parse_meta_line("时间：2024年3月5日，星期二")["date"].startswith("2024年3月5日")  # a date's comma


def test_an_outlet_with_a_latin_name_before_a_semicolon_is_taken():
    fields = meta.parse_meta_line("來源：Hong Kong Free Press《香港自由報》；作者：KELLY HO")
    assert fields == {"source": "Hong Kong Free Press《香港自由報》", "author": "KELLY HO"}
