"""The document list as a view over a model: rows by dictionary, fetched as shown, sorted, filtered, keyboard opens."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from reader.storage.library import Entry
from reader.ui.document_list import DocumentList
from reader.ui.document_model import FETCH


def _entries(n: int, offset: int = 0) -> list[Entry]:
    return [Entry(f"/docs/{i:05d}.txt", title=f"文件{i}", script="simplified", chars=100 + i,
                  written=f"20{i % 25:02d}-01-01", authority="国务院" if i % 2 else "北京市人民政府",
                  kind="通知" if i % 3 else "意见") for i in range(offset, offset + n)]


@pytest.fixture
def view(qtbot):
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_add_entry_cost_does_not_grow_with_the_list(view):
    def cost(n):
        view.set_entries([])
        start = time.thread_time()  # CPU time, not the wall clock: a loaded machine does not flake it
        for entry in _entries(n):
            view.add_entry(entry)
        return time.thread_time() - start

    small, large = cost(1000), cost(4000)
    assert large < small * 4 * 3  # linear (a scan per entry made it 16x)
    assert len(view.entries()) == 4000
    view.add_entry(Entry("/docs/00007.txt", title="改过的标题"))
    assert len(view.entries()) == 4000 and view.entries()[7].title == "改过的标题"


def test_a_large_library_hands_the_view_one_batch_and_fetches_on_demand(view, qtbot):
    view.set_entries(_entries(10000))
    assert view.model().rowCount() < 10000 and view.model().rowCount() >= min(FETCH, 10000)
    assert len(view.entries()) == 10000
    view.select_path("/docs/09999.txt")  # selecting a row not fetched yet fetches up to it
    assert view.current_path() == "/docs/09999.txt"
    view.remove_path("/docs/09999.txt")
    assert len(view.entries()) == 9999 and "/docs/09999.txt" not in {e.path for e in view.entries()}


@pytest.mark.parametrize("key,expected_row", [(Qt.Key.Key_Down, 4), (Qt.Key.Key_Up, 2), (Qt.Key.Key_End, 9),
                                              (Qt.Key.Key_Home, 0)])
def test_arrow_keys_home_and_end_open_the_row_they_move_to(view, qtbot, key, expected_row):
    view.set_entries(_entries(10))
    view.select_path("/docs/00003.txt")
    view.setFocus()
    with qtbot.waitSignal(view.document_selected, timeout=2000) as blocker:
        qtbot.keyClick(view, key)
    assert blocker.args == [f"/docs/{expected_row:05d}.txt"]


def test_holding_an_arrow_opens_only_where_it_stops(view, qtbot):
    view.set_entries(_entries(10))
    view.select_path("/docs/00000.txt")
    view.setFocus()
    seen = []
    view.document_selected.connect(seen.append)
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    qtbot.wait(300)
    assert seen == ["/docs/00005.txt"]


def test_marking_the_open_document_does_not_emit(view, qtbot):
    view.set_entries(_entries(5))
    with qtbot.assertNotEmitted(view.document_selected, wait=300):
        view.select_path("/docs/00002.txt")
    assert view.current_path() == "/docs/00002.txt"


def test_click_and_enter_open(view, qtbot):
    view.set_entries(_entries(5))
    rect = view.visualItemRect(view.item(1))
    with qtbot.waitSignal(view.document_selected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["/docs/00001.txt"]
    view.setCurrentRow(3)
    with qtbot.waitSignal(view.document_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["/docs/00003.txt"]


def test_sort_by_columns_and_back_to_catalogue_order(view):
    view.set_entries(_entries(30))
    view.sort_by("date")
    dates = [e.written for e in view.entries()]
    assert dates == sorted(dates)
    view.sort_by("date", descending=True)
    assert [e.written for e in view.entries()] == sorted(dates, reverse=True)
    view.sort_by("authority")
    assert [e.authority for e in view.entries()][:15] == ["北京市人民政府"] * 15
    view.sort_by("")
    assert [e.path for e in view.entries()] == [e.path for e in _entries(30)]


def test_recently_read_sorts_newest_first(view):
    entries = [Entry("/a.txt", title="甲", opened=10.0), Entry("/b.txt", title="乙", opened=30.0), Entry("/c.txt")]
    view.set_entries(entries)
    view.sort_by("opened", descending=True)
    assert [e.path for e in view.entries()] == ["/b.txt", "/a.txt", "/c.txt"]


def test_filter_in_either_script_over_every_entry(view):
    entries = _entries(2000) + [Entry("/t.txt", title="議會監督辦法", script="traditional", authority="臺北市議會")]
    view.set_entries(entries)
    view.set_filter("监督")
    assert [e.path for e in view.entries()] == ["/t.txt"]
    view.set_filter("意见")
    assert len(view.entries()) == len([e for e in entries if e.kind == "意见"])
    view.set_filter("")
    assert len(view.entries()) == 2001


def test_titles_follow_the_converter(view):
    view.set_entries([Entry("/a.txt", title="监督", script="simplified")])
    view.set_converter(lambda text, script: text.replace("监", "監"))
    assert view.display_title(view.entries()[0]) == "監督"
    assert view.model().index(0, 0).data() == "監督"


def test_missing_documents_say_so(view):
    view.set_entries([Entry("/gone.txt", title="不见了", missing=True)])
    assert "missing" in view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_batch_is_one_insertion(view, qtbot):
    view.set_entries(_entries(3))
    inserted = []
    view.model().rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    view.add_entries(_entries(5))  # three known (refreshed), two new
    assert inserted == [(3, 4)] and len(view.entries()) == 5


def test_a_narrow_list_shows_titles_only_and_its_columns_come_back(qtbot):
    from reader.ui.document_list import COLUMN, DocumentList

    listing = DocumentList()
    qtbot.addWidget(listing)
    listing.resize(600, 300)
    listing.show()
    qtbot.waitExposed(listing)
    date = COLUMN["date"]
    assert not listing.isColumnHidden(date)
    listing.resize(200, 300)
    qtbot.waitUntil(lambda: listing.isColumnHidden(date))
    assert not listing.isColumnHidden(COLUMN["title"])
    listing.resize(600, 300)
    qtbot.waitUntil(lambda: not listing.isColumnHidden(date))


def test_the_full_passs_refresh_updates_listed_rows_and_never_brings_back_a_removed_one(view):
    view.set_entries(_entries(3))
    view._model.remove("/docs/00001.txt")  # the reader removed it while the full pass was reading it
    fresh = [Entry(e.path, title=e.title, chars=7) for e in _entries(3)]
    view.refresh_entries(fresh)
    assert [(e.path, e.chars) for e in view.entries()] == [("/docs/00000.txt", 7), ("/docs/00002.txt", 7)]


def test_a_rows_number_follows_the_converter_and_an_address_is_a_source(view):
    """Round 60M: '国办发〔1997〕11号' reads 國辦發〔1997〕11號 in a Traditional list (the filter finds either), and a
    law.moj.gov.tw address shows as a source, not in the issuer's place."""
    from reader.ui.document_model import COLUMN
    roc = Entry("/docs/roc.txt", title="中華民國憲法", script="traditional",
                source="https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001")
    notice = Entry("/docs/n.txt", title="通知", script="simplified", number="国办发〔1997〕11号", authority="国务院办公厅")
    view.set_entries([roc, notice])
    view.set_converter(lambda text, script: text.replace("国办发", "國辦發").replace("号", "號"))
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).path == notice.path)
    assert model.index(row, COLUMN["number"]).data() == "國辦發〔1997〕11號"
    assert view.who(roc) == "law.moj.gov.tw" and view.who(notice) == "国务院办公厅"
    view.set_filter("國辦發")
    assert [e.path for e in view.entries()] == ["/docs/n.txt"]
