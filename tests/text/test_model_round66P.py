"""Session 66P: the metadata lines cleaning takes out of the body stand in the header over it; the pure layer says
which lines were moved and which removed, so that 'What Cleaning Did' counts as removed only what is gone."""

from __future__ import annotations

from reader.text.decode import decode_bytes
from reader.text.document import build_document
from reader.text.model import REMOVAL_REASONS, Document, Removed

PAGE = ("中华民国宪法\n\n来源：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001\n\n日期：1947-01-01\n\n"
        "作者：国民大会\n\n中华民国国民大会受全体国民之付托，制定本宪法，颁行全国，永矢咸遵。\n\n扫码关注我们的公众号\n\n"
        "第一条　中华民国基于三民主义，为民有民治民享之民主共和国。\n\n分享到：微信 微博 QQ空间\n")


def test_a_documents_metadata_lines_are_moved_and_its_chrome_removed():
    doc = build_document(decode_bytes(PAGE.encode("utf-8")))
    assert (doc.source, doc.date, doc.author) != ("", "", "")
    assert [r.line for r in doc.moved] == [3, 5, 7]
    assert [r.text for r in doc.dropped] == ["扫码关注我们的公众号", "分享到：微信 微博 QQ空间"]
    assert len(doc.moved) + len(doc.dropped) == len(doc.removed) == 5  # every line is one or the other


def test_only_the_header_reason_is_a_move():
    doc = Document(title="", paragraphs=(), removed=tuple(Removed(r, r, n) for n, r in enumerate(REMOVAL_REASONS, 1)))
    assert [r.reason for r in doc.moved] == ["meta"]
    assert [r.reason for r in doc.dropped] == [r for r in REMOVAL_REASONS if r != "meta"]
