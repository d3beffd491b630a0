"""Round 61P: building a long document does less work for the same result. The source text is split into lines once
for the cleaner and the outline (about ten whole-text splits before), a paragraph the inline cleanup leaves as it
was is kept as it is (no copy per paragraph), and a line is searched for pinyin only when it has a closing bracket
and a tone mark (two substring tests and one scan, no generator over every tone mark).

Left alone: what is built. A different text is split anew, the lines are those of str.split, pinyin is found and
taken out as before, and a paragraph the cleanup changes is a new one with the new text."""

from __future__ import annotations

import pytest

from reader.text import clean as clean_module, textlines
from reader.text.cleanmeta import CleanState
from reader.text.document import build_document
from reader.text.model import Decoded
from reader.text.pinyin import find_pinyin

_TEXT = "\n".join([
    "关于加强城市绿化工作的通知",
    "",
    "各区人民政府，市政府各委、办、局：",
    "为进一步改善城市生态环境，提高居民生活质量，现就加强城市绿化工作通知如下。",
    "一、提高认识",
    "城市绿化是城市建设的重要组成部分，各区要把绿化工作摆上重要位置，切实加强领导，落实责任。",
    "二、明确任务",
    "到年底，全市新增绿地面积二百公顷，建成区绿化覆盖率达到百分之四十以上，各区要制定具体方案。",
    "三、加强管理",
    "各区要建立健全绿化养护管理制度，严禁擅自占用绿地，对违法行为依法查处，确保绿化成果得到巩固。",
])


def _decoded(text: str) -> Decoded:
    return Decoded(text=text, encoding="utf-8", kind="text")


@pytest.mark.parametrize("text", [_TEXT, _TEXT.replace("\n二、", "\n\n二、"), _TEXT.replace("\n\n", "\n\n\n\n")])
def test_the_source_is_split_into_lines_once(monkeypatch, text):
    seen: list[str] = []
    real = textlines._split

    def recorder(source: str) -> tuple[str, ...]:
        seen.append(source)
        return real(source)

    monkeypatch.setattr(textlines, "_split", recorder)
    monkeypatch.setattr(textlines.split_lines, "_last", None)
    decoded = _decoded(text)
    doc = build_document(decoded)
    assert [h.title for h in doc.headings][:3] == ["提高认识", "明确任务", "加强管理"]
    assert sum(1 for s in seen if s is decoded.text) == 1


@pytest.mark.parametrize("first, second", [("甲\n乙", "甲\n乙\n丙"), ("", "a"), ("a\n", "a\n" + "")])
def test_lines_are_those_of_split_and_a_new_text_is_split_anew(first, second):
    a = textlines.split_lines(first)
    assert a == tuple(first.split("\n"))
    assert textlines.split_lines(first) is a  # the same text: the same lines
    b = textlines.split_lines(second)
    assert b == tuple(second.split("\n"))


def test_a_paragraph_left_as_it_was_is_kept_not_copied():
    para = clean_module._Para("城市绿化是城市建设的重要组成部分，各区要切实加强领导。", ((0, 3),))
    other = clean_module._Para("第二段文字，\u200b其中有一个零宽空格，需要去掉。", ((0, 5),))
    out = clean_module._inline_cleanup([para, other], CleanState())
    assert out[0] is para
    assert out[1] is not other and out[1].text == "第二段文字，其中有一个零宽空格，需要去掉。"


@pytest.mark.parametrize("text, found", [
    ("運轉(zhuǎn)正常", ["(zhuǎn)"]),
    ("高質(zhì)量發展", ["(zhì)"]),
    ("扩大(GDP)规模", []),  # untoned Latin stays
    ("扩大(app)规模", []),
    ("zhuǎn 没有括号", []),  # a tone mark but no closing bracket
    ("（一）总则", []),  # a bracket but no tone mark
    ("", []),
])
def test_pinyin_found_as_before(text, found):
    assert [text[s:e] for s, e in find_pinyin(text)] == found
