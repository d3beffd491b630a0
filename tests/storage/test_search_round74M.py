"""Found by hand in session 74: a library search snippet began '…12日 第七届…': thirty characters before the hit
fell after the month of 1988年4月12日, at a whole number, so the day read as a date of its own. A snippet that would
begin inside a date now begins at the date's start."""

from __future__ import annotations

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search
from reader.storage.snippets import SNIPPET_CONTEXT, snippet_bounds

HIT = "宪法修正案"


def _note(date: str, cut_at: str) -> str:
    """A line where the plain thirty-character window before HIT begins at `cut_at`, inside `date`."""
    after = date[date.index(cut_at):]  # what the plain window would show of the date
    middle = "第七届全国人民代表大会第一次会议审议通过的本"
    filler = "各" * (SNIPPET_CONTEXT - len(after) - len(middle))
    assert filler, "the hit must be thirty characters past the cut"
    return f"据记载，{date}{filler}{middle}{HIT}，现予公布。"


def test_library_snippet_keeps_the_whole_date(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    line = _note("1988年4月12日", "12日")
    (folder / "note.txt").write_text("中华人民共和国宪法修正记录\n各有关单位：\n" + line + "\n", encoding="utf-8")
    lib = Library(tmp_path / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    hit = next(h for h in search(lib.connection, HIT) if h.offset >= 0)
    assert "1988年4月12日" in hit.snippet and "…12日" not in hit.snippet
    start, length = hit.snippet_hit
    assert hit.snippet[start: start + length] == HIT


@pytest.mark.parametrize("date, cut_at", [("1988年4月12日", "4月"), ("1988年4月12日", "月12"), ("2021年12月6号", "6号"),
                                          ("二〇二一年十二月六日", "十二月"), ("4月12日", "12日")])
def test_a_snippet_begins_at_the_date_it_would_cut(date, cut_at):
    text = _note(date, cut_at)
    offset = text.index(HIT)
    assert offset - SNIPPET_CONTEXT == text.index(date) + date.index(cut_at)  # the plain window cuts the date
    start, _end = snippet_bounds(text, offset, len(HIT))
    assert start == text.index(date)


def test_a_snippet_after_a_date_does_not_reach_back_for_it():
    after = ("第七届全国人民代表大会第一次会议审议通过的" + "各" * SNIPPET_CONTEXT)[:SNIPPET_CONTEXT]
    text = "1988年4月12日" + after + HIT  # the plain window begins just after the date's 日
    offset = text.index(HIT)
    start, _end = snippet_bounds(text, offset, len(HIT))
    assert start == offset - SNIPPET_CONTEXT and text[start] == "第"
