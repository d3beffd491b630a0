"""Session 66N on the real window: Undo Removal after every row went (Ctrl+A, Delete, Remove, then Ctrl+Z) shows
again the document that was open, at the place the reader had reached, and the status bar says the rows are back
(the rows came back, but the text pane stayed empty under the old 'N documents were removed'); sorting by Number
(文号) orders by issuer, then year, then serial by value (国发〔2019〕12号 came before 国发〔2019〕3号)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from library_steps import remove_every_row
from qtsupport import chapters_report, click_heading, settle


def test_undo_after_every_row_went_shows_the_open_document_again_at_its_place(make_window, qtbot, tmp_path):
    report = chapters_report(tmp_path, "report.txt", 40)
    window = make_window([str(report)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(report), timeout=20000)
    settle(window)
    count = len(window.document_list.entries())
    assert count >= 4  # the seeds beside it: removing them all asks first
    heading = click_heading(qtbot, window, 6)
    place = window.reading.place()
    assert place >= heading > 0
    remove_every_row(window, qtbot)
    assert window.document_list.entries() == [] and window.loaded is None
    qtbot.waitUntil(lambda: window.actions_.undo_removal.isEnabled(), timeout=10000)
    window.actions_.undo_removal.trigger()
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)  # before: the pane stayed empty
    settle(window)
    assert window.loaded.path == str(report) and window.reading.place() == place
    assert window.document_list.current_path() == str(report)
    assert window.status.currentMessage() == f"{count} documents are back in the list"  # before: '… were removed'
    assert len(window.document_list.entries()) == count
    window.close()


# --- sorting by Number (文号): issuer, year, then serial by value ----------------------------------------------------

NUMBERS = ["国发〔2019〕12号", "国办发〔2019〕10号", "国发〔2018〕25号", "国发〔2019〕3号", "国办发〔2019〕9号"]
IN_ORDER = ["国办发〔2019〕9号", "国办发〔2019〕10号", "国发〔2018〕25号", "国发〔2019〕3号", "国发〔2019〕12号"]


def _numbered(make_window, qtbot, tmp_path):
    paths = []
    for n, number in enumerate(NUMBERS):
        path = tmp_path / f"notice{n}.txt"
        path.write_text(f"国务院关于加强第{n + 1}项工作的通知\n\n{number}\n\n各省、自治区、直辖市人民政府：\n\n"
                        "现将有关事项通知如下。\n\n国务院\n\n2019年4月8日\n", encoding="utf-8")
        paths.append(str(path))
    window = make_window(paths)
    ours = set(paths)
    qtbot.waitUntil(lambda: ours <= {e.path for e in window.document_list.entries()} and window.loaded is not None,
                    timeout=30000)
    window.splitter.setSizes([860, 40, 200])
    window.document_list.restore_view("", False, ["number"])
    settle(window)
    return window, ours


def _shown_numbers(window, ours: set[str]) -> list[str]:
    """The Number column as the list shows it, top to bottom, for the test's documents."""
    from reader.ui.document_model import COLUMN

    document_list = window.document_list
    model, shown = document_list.model(), []
    for row, entry in enumerate(document_list.entries()):  # in the order shown
        if entry.path in ours:
            shown.append(model.index(row, COLUMN["number"]).data())
    return shown


def test_sorting_by_number_orders_serials_by_value(make_window, qtbot, tmp_path):
    from PySide6.QtCore import QPoint

    from reader.ui.document_model import COLUMN

    window, ours = _numbered(make_window, qtbot, tmp_path)
    assert sorted(_shown_numbers(window, ours)) == sorted(NUMBERS)  # each document's 文号 was read
    header = window.document_list.horizontalHeader()
    column = COLUMN["number"]
    assert not window.document_list.isColumnHidden(column)
    for _ in range(2):  # a click sorts by Number; a second click turns the order
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        settle(window)
        assert header.sortIndicatorSection() == column
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        expected = IN_ORDER[::-1] if descending else IN_ORDER
        assert _shown_numbers(window, ours) == expected  # before: 国发〔2019〕12号 above 国发〔2019〕3号
    window.close()
