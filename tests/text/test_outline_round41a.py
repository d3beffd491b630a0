"""Round 41a: a scraped travel log keeps what is left of each picture's <img> tag on a line of its own; cleaning
takes that line out, and the short line right under it is the picture's caption, no section title."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document

_TAG = '700)this.width=700" src="http://www.example-school.cn/editor/upload/202307/2023071409{}.jpg" border="0">'
_BODY = ("上午我们走进博物馆，讲解员从青铜器的铸造工艺讲起，一路介绍到宋代瓷器的烧制技术，同学们听得十分认真，"
         "不时举手提问，收获颇丰。")


def _log(*lines: str) -> bytes:
    return ("夏日研学纪实\n" + "\n".join(lines) + "\n").encode("utf-8")


_PICTURED = _log(
    "研学第一天", _BODY, _TAG.format(1), "同学们在青铜器展厅认真听讲", _BODY.replace("上午", "中午"),
    "研学第二天", _BODY.replace("博物馆", "科技馆"), _TAG.format(2), "讲解员演示机器人搬运货物",
    _BODY.replace("上午", "下午"), "研学第三天", _BODY.replace("博物馆", "植物园"))


@pytest.mark.parametrize("caption", ["同学们在青铜器展厅认真听讲", "讲解员演示机器人搬运货物"])
def test_the_line_under_a_dropped_picture_is_its_caption(caption):
    doc = parse_document(_PICTURED, "log.txt")
    assert caption in [p.text.strip() for p in doc.paragraphs]
    assert caption not in heading_texts(doc)


def test_the_days_stay_titles():
    assert heading_texts(parse_document(_PICTURED, "log.txt")) == ["研学第一天", "研学第二天", "研学第三天"]


@pytest.mark.parametrize("title", ["●参观科技馆●", "【走进植物园】"])
def test_a_marked_title_after_the_last_sections_picture_stays(title):
    """'●研学课堂●' after the picture that closes the section before it: the writer marked it a title, where the
    same words unmarked are the picture's caption."""
    doc = parse_document(_log("研学第一天", "●走进博物馆●", _BODY, _TAG.format(1), title,
                              _BODY.replace("博物馆", "科技馆"), _TAG.format(2), "●返程●", _BODY), "log.txt")
    assert title.strip("●") in heading_texts(doc)  # a frame of one mark ('●…●') is no part of the title (round 55N)
    bare = title.strip("●【】")  # the same line unmarked, under the picture: its caption
    twin = parse_document(_log("研学第一天", "●走进博物馆●", _BODY, _TAG.format(1), bare,
                               _BODY.replace("博物馆", "科技馆"), _TAG.format(2), "●返程●", _BODY), "log.txt")
    assert bare not in heading_texts(twin)
