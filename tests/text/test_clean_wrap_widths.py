"""Wrap width per page run: a PDF extract whose pages change width is re-joined run by run, its running header dropped."""

from __future__ import annotations

from reader.text.document import load_document
from support import DATA

DOCS = DATA / "corpus" / "docs"


def _texts(name: str) -> list[str]:
    return ["".join(p.text.split()) for p in load_document(DOCS / name).paragraphs]


def test_two_widths_in_one_extract_both_rejoin():
    source = _texts("law03_lifa_fa.txt")
    mixed = _texts("pdf_law03_lifa_fa_w18_w34.txt")  # three pages at 18 characters, then 34
    kept = set(source)
    narrow_run = [t for t in mixed[:40] if t not in kept]
    assert len(narrow_run) <= 2  # the 18-column pages give back the source's paragraphs
    assert sum(t in kept for t in mixed) >= 0.95 * len(source)


def test_running_header_after_page_numbers_is_removed():
    doc = load_document(DOCS / "pdf_law03_lifa_fa_w18_w34.txt")
    assert "中华人民共和国立法法" not in [p.text for p in doc.paragraphs]
    heads = [r for r in doc.removed if r.text == "中华人民共和国立法法"]
    assert len(heads) >= 5 and all(r.reason == "site-junk" for r in heads)


def test_a_short_heading_line_in_a_narrow_extract_stays_a_paragraph():
    texts = _texts("pdf_cdt01_caipan_wenshu_jiangzuo_w12.txt")  # wrapped at 12 characters (24 columns)
    assert "（一）公开的法律依据" in texts and "（三）裁判文书公开的限度" in texts  # 9–10 characters of 12
