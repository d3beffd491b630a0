"""Session 67A: two documents of the same title in one folder ('a.md' beside 'a.txt') read differently in a
narrow list: the label that tells them apart lost its end (the extension) to the list's elision, so both rows
showed the same 'docs/d14_01_caipan_wenshu_zh…' (found by hand)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from reader.storage.library import Entry
from reader.ui.document_list import DocumentList
from reader.ui.document_model import COLUMN

FOLDER = "/h/档案/通知与意见汇编"


class _Recorder(QPainter):
    """A painter that keeps the text the row's delegate draws."""

    def __init__(self, device) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # noqa: N802 (Qt's name)
        self.texts.extend(a for a in args if isinstance(a, str))
        super().drawText(*args)


def _second_lines(view: DocumentList, width: int) -> dict[str, str]:
    model = view.model()
    lines = {}
    for row in range(model.rowCount()):
        index = model.index(row, COLUMN["title"])
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, width, 60)
        option.font = view.font()
        option.palette = view.palette()
        image = QImage(width, 60, QImage.Format.Format_ARGB32)
        painter = _Recorder(image)
        view.itemDelegateForColumn(COLUMN["title"]).paint(painter, option, index)
        painter.end()
        title, second, *_ = painter.texts
        lines[view.entries()[row].path] = second
    return lines


def test_same_titled_files_in_one_folder_keep_the_end_that_tells_them_apart(qtbot):
    view = DocumentList()
    qtbot.addWidget(view)
    paths = [f"{FOLDER}/d14_01_caipan_wenshu_zhu_xuhe.md", f"{FOLDER}/d14_01_caipan_wenshu_zhu_xuhe.txt"]
    view.set_entries([Entry(path=p, title="朱兆龙诉东台市许河安全器材厂侵权责任纠纷案", date="2021-10-08", chars=4215)
                      for p in paths])
    lines = _second_lines(view, 200)
    assert lines[paths[0]] != lines[paths[1]], lines
    assert lines[paths[0]].endswith(".md") and lines[paths[1]].endswith(".txt"), lines
    wide = _second_lines(view, 2000)  # room for all of it: the label whole, as before
    assert wide[paths[0]].startswith("通知与意见汇编/d14_01_caipan_wenshu_zhu_xuhe.md"), wide


def test_sorting_by_a_header_click_keeps_the_open_documents_row_in_sight(qtbot):
    """Sorting by a column kept the list's scroll, so the open document's row went out of sight and the rows shown
    were wherever that offset fell (sorting 873 documents by Number showed blank numbers; found by hand)."""
    from PySide6.QtCore import QPoint, Qt

    view = DocumentList()
    qtbot.addWidget(view)
    entries = [Entry(path=f"/d/{i:03d}.txt", title=f"文档{i:03d}", chars=100) for i in range(120, 0, -1)]
    view.set_entries(entries)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.select_path("/d/115.txt")  # near the top in catalogue order; near the end once sorted by title
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    header = view.horizontalHeader()
    column = COLUMN["title"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 20, header.height() // 2))
    qtbot.waitUntil(lambda: view.entries()[0].path == "/d/001.txt")
    assert view.current_path() == "/d/115.txt"
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
