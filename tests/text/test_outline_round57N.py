"""Round 57N (issue #9, layouts): a plain text whose every line stands in by the same indent ('　　' before each
paragraph and each title alike, as copies from a page leave it) reads as if flush, so its Markdown marks and titles
read as at the margin; a text where some line stands flush (titles flush over indented paragraphs) is left alone."""

from __future__ import annotations

import pytest

from reader.text.model import Decoded
from reader.text.setalike import common_indent, flushed
from support import parse_document

BODY = "我今天会分享的内容比较接近说故事，技术含量可能比较不高，在这边先打个预防针，避免有人听完觉得有点失望。"
HASHES = ["项目说明", "", "## 概述", "", BODY, "", BODY, "", "## 安装方法", "", BODY, "", BODY, "",
          "## 使用说明", "", BODY, "", BODY]


def _text(lines: list[str], indent: str) -> bytes:
    return ("\n".join(indent + line if line.strip() else line for line in lines) + "\n").encode("utf-8")


@pytest.mark.parametrize("indent", ["\u3000\u3000", "    ", "\t", "\u3000\u3000 "])
def test_marked_titles_set_in_alike_read_as_flush(indent: str) -> None:
    doc = parse_document(_text(HASHES, indent), "note.txt")
    assert [h.title for h in doc.headings] == ["概述", "安装方法", "使用说明"]
    assert [h.line for h in doc.headings] == [3, 9, 15]  # the file's own lines


@pytest.mark.parametrize("text, indent", [
    ("　　甲\n　　乙\n\n　　丙", "　　"),
    ("　　甲\n　　　乙\n　　丙", "　　"),  # a line set in further keeps its own further indent
    ("  甲\n\t乙", ""),  # a tab and spaces are no common indent
    ("　　甲\n乙\n　　丙", ""),  # one line flush: nothing common
    ("\n\n   \n", ""),
])
def test_common_indent(text: str, indent: str) -> None:
    assert common_indent(text) == indent


@pytest.mark.parametrize("text", [
    "概述\n" + "\n".join("　　" + BODY for _ in range(9)),  # a flush title over indented paragraphs: its own mark
    "\n".join("　　" + BODY for _ in range(4)),  # too short to tell a habit
    "\n".join(BODY for _ in range(9)),  # flush already
])
def test_texts_left_alone(text: str) -> None:
    assert flushed(Decoded(text, "utf-8")) is None


def test_markdown_and_pages_left_alone() -> None:
    text = "\n".join("    " + BODY for _ in range(9))
    assert flushed(Decoded(text, "utf-8", kind="markdown")) is None  # four spaces there are a code block
    assert flushed(Decoded(text, "utf-8", bad_positions=(3,))) is None
    assert flushed(Decoded(text, "utf-8")).text == "\n".join(BODY for _ in range(9))
