"""Found by hand under Xvfb with a library of 434 documents (session 62V): the document list sorted by a column (or
with columns chosen) came back in catalogue order after a restart; a library search with more matches than the
50 shown said '50 documents' (79 contained 监督); a source copied with its link's markup
('<a href="https://mp.weixin.qq.com/s/…)') was shown raw under the title."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from reader.paths import Paths
from reader.settings import Settings
from reader.storage.library import Entry
from reader.storage.search import Hit
from reader.text.fold import fold
from reader.ui import library_search
from reader.ui.document_list import DocumentList
from reader.ui.document_model import ENTRY_ROLE, FETCH


def _shown_titles(document_list) -> list[str]:
    proxy = document_list.model()
    return [proxy.index(r, 0).data(ENTRY_ROLE).title for r in range(proxy.rowCount())]


# --- (a) the list's sort and columns across a restart -----------------------------------------------------------

@pytest.mark.parametrize("key, descending, columns", [
    ("title", True, ["date"]),
    ("title", False, ["date", "authority", "number"]),
    ("date", True, []),
    ("opened", True, ["kind"]),
])
def test_the_list_comes_back_sorted_as_left(make_window, key, descending, columns):
    window = make_window()
    window.document_list.restore_view(key, descending, columns)
    settle(window)
    window.close()
    window = make_window()
    assert window.document_list.view_state() == (key, descending, columns)
    header = window.document_list.horizontalHeader()
    assert header.sortIndicatorSection() >= 0
    if key == "title":
        names = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))  # 拼音 order (round 65G)
        names.setNumericMode(True)
        titles = [fold(t) for t in _shown_titles(window.document_list)]
        assert len(titles) >= 2 and titles == sorted(titles, key=names.sortKey, reverse=descending)
    window.close()


def test_catalogue_order_and_the_default_columns_stay_as_they_were(make_window):
    window = make_window()
    before = _shown_titles(window.document_list)
    window.close()
    window = make_window()
    assert window.document_list.view_state() == ("", False, ["date"])
    assert _shown_titles(window.document_list) == before
    window.close()
    saved = json.loads(Paths.default().settings_file.read_text(encoding="utf-8"))
    assert saved["list_sort"] == "" and saved["list_columns"] == ["date"]


def test_a_restored_sort_orders_every_entry_not_only_the_first_screenful(qtbot):
    document_list = DocumentList()
    qtbot.addWidget(document_list)
    document_list.restore_view("title", False, ["date"])  # as at start-up: sorted before the entries come
    entries = [Entry(path=f"/d/{i:04d}.txt", title=f"标题{(i * 7919) % 1000:04d}") for i in range(FETCH + 200)]
    document_list.set_entries(entries)
    titles = _shown_titles(document_list)
    assert len(titles) == len(entries)
    assert titles == sorted(e.title for e in entries)


@pytest.mark.parametrize("raw, kept", [
    ({"list_sort": "nonsense", "list_descending": True}, ("", False)),
    ({"list_sort": "number", "list_descending": True}, ("number", True)),
    ({"list_columns": ["title", "kind", "kind", 3, "bogus"]}, ["kind"]),
])
def test_settings_keep_only_a_known_sort_and_columns(tmp_path, raw, kept):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    s = Settings.load(path)
    assert ((s.list_sort, s.list_descending) if isinstance(kept, tuple) else s.list_columns) == kept


# --- (b) more matches than shown ----------------------------------------------------------------------------------

def _hits(n: int) -> list[Hit]:
    return [Hit(i + 1, f"/lib/{i}.txt", f"关于监督的通知{i}", "simplified", 3, 2, "加强监督管理", "") for i in range(n)]


@pytest.mark.parametrize("matching, says, rows", [
    (79, "The first 50 documents found; more match (add a word to narrow)", 50),
    (51, "The first 50 documents found; more match (add a word to narrow)", 50),
    (50, "50 documents", 50),  # exactly the limit: all there are
    (3, "3 documents", 3),
    (1, "1 document", 1),
    (0, "Nothing found", 0),
])
def test_a_search_says_when_more_documents_match_than_are_shown(make_window, qtbot, monkeypatch, matching, says,
                                                                 rows):
    monkeypatch.setattr(library_search, "_search_file", lambda _db, _q, limit: _hits(min(matching, limit)))
    window = make_window()
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    width = window.sidebar.width()
    field.setFocus()
    field.insert("监督")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status.text() not in ("", "Searching…"), timeout=10000)
    assert status.text() == says or says == "Nothing found" and status.text().startswith(says)  # (yet: indexing…)
    assert window.library_panel.search.model.rowCount() == rows
    settle(window)
    assert window.sidebar.width() == width  # the line wraps; the sidebar keeps the width the reader gave it
    window.close()


# --- (c) a source with its link's markup --------------------------------------------------------------------------

@pytest.mark.parametrize("source, authority, who", [
    ('<a href="https://mp.weixin.qq.com/s/jbc8faeGz-v9DoecEpQqXQ)', "", "mp.weixin.qq.com"),
    ("<a href='https://chinadigitaltimes.net/chinese/123.html'>", "", "chinadigitaltimes.net"),
    ('<a href="https://web.', "", ""),  # the address cut off at a line's end: nothing rather than markup
    ('<a href="https://web.', "国务院办公厅", "国务院办公厅"),
    # left alone
    ("https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001", "", "law.moj.gov.tw"),
    ("新华社", "", "新华社"),
    ("湖北人大网", "", "湖北人大网"),
    ("", "国务院", "国务院"),
])
def test_a_source_is_shown_by_its_site_never_as_markup(qtbot, source, authority, who):
    document_list = DocumentList()
    qtbot.addWidget(document_list)
    assert document_list.who(Entry(path="/d/a.txt", title="标题", source=source, authority=authority)) == who


# --- (d) several documents removed at once --------------------------------------------------------------------------

def _click_row(qtbot, document_list, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = document_list.visualRect(document_list.model().index(row, 0))
    qtbot.mouseClick(document_list.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _listed(document_list) -> list[str]:
    return [e.path for e in document_list.entries()]


@pytest.mark.parametrize("first, then, modifier, gathered", [
    (1, 3, Qt.KeyboardModifier.ShiftModifier, [1, 2, 3]),    # a run, Shift+click
    (0, 2, Qt.KeyboardModifier.ControlModifier, [0, 2]),     # rows apart, Ctrl+click
])
def test_several_documents_are_removed_at_once_and_gathering_them_opens_none(make_window, qtbot, first, then,
                                                                            modifier, gathered):
    window = make_window()
    document_list = window.document_list
    before = _listed(document_list)
    assert len(before) >= 4
    _click_row(qtbot, document_list, first)
    settle(window)
    opened = window.loaded.path
    assert opened == before[first]
    _click_row(qtbot, document_list, then, modifier)
    settle(window)
    assert window.loaded.path == opened  # gathering rows opens none of them
    assert document_list.selected_paths() == [before[i] for i in gathered]
    document_list.setFocus()
    qtbot.keyClick(document_list, Qt.Key.Key_Delete)  # Delete in the list, as 'Remove from List'
    settle(window)
    left = [p for i, p in enumerate(before) if i not in gathered]
    assert _listed(document_list) == left
    window.close()
    window = make_window()  # and they stay removed
    assert _listed(window.document_list) == left
    window.close()


def test_one_document_clicked_opens_and_is_removed_alone(make_window, qtbot):
    window = make_window()
    document_list = window.document_list
    before = _listed(document_list)
    _click_row(qtbot, document_list, 2)
    settle(window)
    assert window.loaded.path == before[2]
    assert document_list.selected_paths() == [before[2]]
    qtbot.keyClick(document_list, Qt.Key.Key_Down)  # arrowing still opens the row stopped on
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == before[3], timeout=10000)
    settle(window)
    window.actions_.remove_document.trigger()
    settle(window)
    assert _listed(document_list) == before[:3] + before[4:]
    window.close()


# --- (e) sorting by date --------------------------------------------------------------------------------------------

DATED = [Entry(path="/d/roc.txt", title="公寓大廈管理條例", date="民國 111 年 05 月 11 日"),
         Entry(path="/d/written.txt", title="关于开展试点工作的通知", written="2026-02-01"),
         Entry(path="/d/none.txt", title="读书笔记"),
         Entry(path="/d/page.txt", title="年终总结", date="2021年12月30日"),
         Entry(path="/d/junk.txt", title="大数据公益大学第一期活动", date="9月7日（周六"),
         Entry(path="/d/published.txt", title="更改身份證性別記項政策修訂", date="2024年4月3日", published="2024-04-03")]


@pytest.mark.parametrize("descending, order", [
    (False, ["page", "roc", "published", "written", "none", "junk"]),
    (True, ["written", "published", "roc", "page", "none", "junk"]),  # newest first, the undated still last
])
def test_sorting_by_date_reads_each_date_and_puts_the_undated_last(qtbot, descending, order):
    document_list = DocumentList()
    qtbot.addWidget(document_list)
    document_list.set_entries(DATED)
    document_list.sort_by("date", descending)
    proxy = document_list.model()
    shown = [proxy.index(r, 0).data(ENTRY_ROLE).path for r in range(proxy.rowCount())]
    assert shown == [f"/d/{name}.txt" for name in order]
