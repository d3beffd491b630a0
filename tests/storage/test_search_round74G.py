"""Found by hand in session 74: searching the library for 中华人民共和国宪法 listed the constitution with the snippet
'…988年4月12日 第七届全国人民代表大会…': thirty characters before the hit fell inside the year 1988, and the reader
saw a year that is not in the document. A snippet now begins and ends outside a number or Latin word: back at the
number's first digit when it is near, else after it; its end before a number it would cut."""

from __future__ import annotations

from reader.storage import importer
from reader.storage.index import stored_text
from reader.storage.library import Library
from reader.storage.search import search
from reader.storage.snippets import SNIPPET_CONTEXT, snippet_bounds

NOTE = ("中华人民共和国宪法修正记录\n各有关单位：\n"
        "据记载，1988年4月12日第七届全国人民代表大会第一次会议审议通过的本宪法修正案，现予公布。\n")


def test_library_snippet_keeps_the_whole_year(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "note.txt").write_text(NOTE, encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    hit = next(h for h in search(lib.connection, "宪法修正案") if h.offset >= 0)
    text = stored_text(lib.connection, hit.doc_id)[0]
    cut = hit.offset - SNIPPET_CONTEXT
    assert text[cut - 1].isdigit() and text[cut].isdigit()  # the plain window would begin inside 1988
    assert "1988年4月12日" in hit.snippet and "…988" not in hit.snippet
    start, length = hit.snippet_hit
    assert hit.snippet[start: start + length] == "宪法修正案"


def test_snippet_end_stops_before_a_cut_amount():
    text = "通知要求" + "各地" * 2 + "加强监督，确保资金安全，非法人社会团体还应当有固定的联络地点、5000元以上的资金。"
    offset = text.index("监督")
    start, end = snippet_bounds(text, offset, 2)
    assert (start, end) == (0, text.index("5000"))  # not '…资金安全…联络地点、50'


def test_a_long_run_is_skipped_rather_than_shown_from_its_middle():
    text = "编号" + "A1B2C3D4E5F6G7H8J9K0L1M2N3" + "的文件" + "规定" * 12 + "监督管理" + "。"
    offset = text.index("监督")
    start, end = snippet_bounds(text, offset, 2)
    assert start == text.index("的文件") and end == len(text)

