"""Half-width punctuation typed inside Chinese text is read as the full-width marks, and shown as typed."""

from __future__ import annotations

import pytest

from reader.text.document import load_document
from reader.text.outline import parse_outline
from reader.text.punctuation import as_full_width
from support import DATA, paragraphs

DOCS = DATA / "corpus" / "docs"


@pytest.mark.parametrize("text,expected", [
    ("捐款机构1:特区政府", "捐款机构1：特区政府"),
    ("1)在里昂,我们的一位同志", "1）在里昂，我们的一位同志"),
    ("为什么?因为", "为什么？因为"),
    ("print(x) and (1) and 3.14, a:b", "print(x) and (1) and 3.14, a:b"),  # no Chinese beside them: as typed
    ("(1)", "(1)"),
])
def test_marks_beside_chinese_characters_read_full_width(text, expected):
    assert as_full_width(text) == expected and len(as_full_width(text)) == len(text)


BODY = "为帮助受影响的居民，各机构设立了专项基金，市民可以通过银行转账或者网上平台捐款，善款将全数用于援助。"


def test_a_repeated_colon_headline_with_a_half_width_colon_is_a_heading():
    lines = []
    for n, name in enumerate(["特区政府", "乐善堂", "公益金", "红十字会"], 1):
        lines += [f"捐款机构{n}:{name}", BODY]
    headings = parse_outline(paragraphs(["各机构捐款渠道一览"] + lines), "各机构捐款渠道一览")
    assert [h.title for h in headings] == [f"捐款机构{n}:{name}" for n, name in
                                          enumerate(["特区政府", "乐善堂", "公益金", "红十字会"], 1)]


_HALF = str.maketrans("（）：；，！？", "():;,!?")


@pytest.mark.parametrize("name", ["cdt03_jiamiu_yanjiang.txt", "hk03_juankuan_qudao.txt", "hk01_pengwang_shice.txt"])
def test_a_real_page_typed_with_half_width_marks_keeps_its_outline(name, tmp_path):
    """Speech and news pages: their outline, depth and places unchanged when typed on an English keyboard."""
    typed = tmp_path / name
    typed.write_text((DOCS / name).read_text(encoding="utf-8").translate(_HALF), encoding="utf-8")
    as_published = [(h.line, h.depth, h.marker.translate(_HALF), h.title.translate(_HALF))
                    for h in load_document(DOCS / name).headings]
    assert [(h.line, h.depth, h.marker, h.title) for h in load_document(typed).headings] == as_published
