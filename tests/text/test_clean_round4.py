"""Cleaning rules for what the fourth round's material showed (feed items, glued credit labels, mixed-width wraps).

Each case is made up and minimal; each fails without its rule.
"""

from __future__ import annotations

import pytest

from reader.text import meta
from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.formats import markdown_blocks

_P1 = "台湾和香港政府就投案的形式以及港方会否提供证据等问题发生争拗。"
_P2 = "香港当局认为，他可以透过自由行的方式到台湾投案，当局无权干预。"


def _clean(text: str, name: str):
    return clean(decode_bytes(text.encode("utf-8"), name))


# --- a feed item stored as Markdown: a title link, a rule, then the item's HTML on one line -----------------------

_FEED = ("<!--1602067601000-->\n[某案：杀害女友嫌犯拟十月赴台，台港政府角力再现](http://example.com/a)\n------\n\n"
         f"<main><div><time>2020年10月6日</time></div><p>{_P1}</p><h2>台湾当局的回应</h2><p>{_P2}</p></main>"
         "<br><hr><div>获取更多RSS：<br><a href=\"https://feed.example\">https://feed.example</a></div>\n")


@pytest.mark.parametrize(
    ("source", "blocks"),
    [
        (f"<p>{_P1}</p><p>{_P2}</p>\n", [_P1, _P2]),  # a block tag opens an HTML block: one block per element
        (f"<div>\n<p>{_P1}</p>\n\n{_P2}\n", [_P1, _P2]),  # it runs to the blank line; Markdown resumes after
        ("<!-- a\nnote -->\n" + _P1 + "\n", [_P1]),  # a comment runs to its '-->', whatever lines it takes
        (f"{_P1[:-1]}\n<p>{_P2}</p>\n", [_P1[:-1] + _P2]),  # inside a paragraph the tag is inline markup
    ],
)
def test_html_blocks_in_markdown_are_read_as_html(source, blocks):
    assert [b.text for b in markdown_blocks(source)] == blocks


def test_a_feed_item_gives_its_paragraphs_title_and_date():
    doc = _clean(_FEED, "item.md")
    texts = [p.text for p in doc.paragraphs]
    assert texts == [_P1, "台湾当局的回应", _P2]
    assert doc.title == "某案：杀害女友嫌犯拟十月赴台，台港政府角力再现"  # a headline with a comma, marked as a heading
    assert doc.date == "2020年10月6日"


@pytest.mark.parametrize(
    ("text", "marked", "title"),
    [
        ("某案：杀害女友嫌犯拟十月赴台，台港政府角力再现", True, True),
        ("某案：杀害女友嫌犯拟十月赴台，台港政府角力再现", False, False),  # unmarked, a long line with a comma is a sentence
        ("这是一个句子。", True, False),
    ],
)
def test_a_marked_heading_may_carry_a_comma(text, marked, title):
    assert meta.title_like(text, marked) is title


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        ("获取更多RSS：\nhttps://feed.example\nhttps://feed.example/b\n", True),
        ("獲取更多資訊：\nhttps://feed.example\n", True),
        ("获取更多的支持，需要各方共同努力。\n", False),  # a sentence, not a label
    ],
)
def test_a_get_more_label_at_the_end_takes_its_links_along(tail, gone):
    doc = _clean(f"标题\n\n{_P1}\n\n{_P2}\n\n{tail}", "a.txt")
    texts = [p.text for p in doc.paragraphs]
    assert _P2 in texts
    assert (not any("获取更多" in t or "獲取更多" in t or "feed.example" in t for t in texts)) is gone


# --- credit labels that a page set side by side with nothing between --------------------------------------------

@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("来源：求是网作者：陈海峰责任编辑：陈海峰", {"source": "求是网", "author": "陈海峰", "editor": "陈海峰"}),
        ("2020-07-04 12:10:24来源：求是网作者：陈海峰",
         {"date": "2020-07-04 12:10:24", "source": "求是网", "author": "陈海峰"}),
        ("来源：新华社 作者：张三", {"source": "新华社", "author": "张三"}),  # spaced, as before
        ("来源：文艺工作者协会", {"source": "文艺工作者协会"}),  # '作者' inside a word, no colon after it
    ],
)
def test_glued_credit_labels_split_into_fields(line, fields):
    assert meta.parse_meta_line(line) == fields


@pytest.mark.parametrize("line", ["我们的作者：张三写了这本书", "工作者：一线员工"])
def test_a_glued_label_never_starts_a_metadata_line(line):
    assert meta.parse_meta_line(line) is None
