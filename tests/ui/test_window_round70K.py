"""Found by hand (sessions 70H, 70K), each on the real asynchronous window: a file deleted while it opened was
refused (the page shown stayed), but the reader was told three times over, and the last word was not about that
file: the status bar said 'b.txt is no longer at …' beside the 'Document Missing' box, and a second later the
watcher's check replaced it with '1 file missing (Library › Locate… re-links it)'."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox
from qtsupport import settle

from reader import documents

REPORT = "关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理。\n\n二、主要做法\n完善制度。\n"
NOTICE = "关于湖泊治理的补充通知\n\n湖泊治理继续推进。\n"


def _boxes(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_file_deleted_while_it_opens_is_said_once_and_the_page_shown_stays(make_window, qtbot, tmp_path,
                                                                             monkeypatch):
    folder = tmp_path / "watched"
    folder.mkdir()
    shown_doc, gone_doc = folder / "a.txt", folder / "b.txt"
    shown_doc.write_text(REPORT, encoding="utf-8")
    gone_doc.write_text(NOTICE, encoding="utf-8")
    window = make_window()
    upkeep = window.library_panel.upkeep
    upkeep.add_paths([str(folder)])  # watched, as Add Folder… does: both listed
    qtbot.waitUntil(lambda: str(folder) in upkeep.watcher.directories() and not upkeep.importer.busy, timeout=60000)
    window.open_path(str(shown_doc))
    settle(window)
    qtbot.waitUntil(lambda: not upkeep.importer.busy, timeout=60000)
    text, title = window.reading.toPlainText(), window.windowTitle()
    assert title.startswith("关于加强监督管理工作的报告")
    said, checks = [], []
    window.status.messageChanged.connect(said.append)
    upkeep.importer.started.connect(checks.append)
    gate = threading.Event()
    real = documents.load_for_reading

    def held(*args, **kwargs):  # the worker reaches the file only once it is gone
        gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(documents, "load_for_reading", held)
    window.open_path(str(gone_doc))
    assert window.documents.is_opening
    gone_doc.unlink()
    gate.set()
    qtbot.waitUntil(lambda: "check" in checks, timeout=30000)  # the watcher saw the folder change
    qtbot.waitUntil(lambda: not upkeep.importer.busy, timeout=60000)
    settle(window)
    boxes = _boxes(window)
    assert [box.objectName() for box in boxes] == ["missingDocument"]  # one message, about that file
    assert str(gone_doc) in boxes[0].text()
    assert window.status.currentMessage() == ""  # not 'Opening…', nor the same thing again, nor a count over it
    assert not [m for m in said if "missing" in m or "no longer at" in m]
    assert window.loaded.path == str(shown_doc)  # the page shown stays, its title and text agreeing
    assert window.reading.toPlainText() == text and window.windowTitle() == title
    assert window.document_list.current_path() == str(shown_doc)
    assert [e.missing for e in window.document_list.entries() if e.path == str(gone_doc)] == [True]


# --- (2) with both side panels hidden, the breadcrumb stands over the centred text, not at the window's edge --------

def _crumb_left(window) -> int:
    """Where the breadcrumb's first heading starts, in the reading area."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolButton

    first = window.breadcrumb.findChildren(QToolButton)[0]
    return first.mapTo(window.breadcrumb.parentWidget(), QPoint(0, 0)).x()


def _text_left(window) -> int:
    """Where the text's lines start, in the reading area (the column's paper edge and the document's margin)."""
    from PySide6.QtCore import QPoint

    view = window.reading
    return view.viewport().mapTo(window.breadcrumb.parentWidget(), QPoint(0, 0)).x() + round(
        view.document().documentMargin())


def test_the_breadcrumb_stands_over_the_text_column_with_the_side_panels_hidden(make_window, qtbot, tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text(REPORT + "".join(f"第{n}段，完善制度，落实责任。\n\n" for n in range(80)), encoding="utf-8")
    window = make_window([str(doc)], size=(1300, 760))
    window.go_to_offset(window.loaded.document.headings[-1].offset)
    qtbot.waitUntil(lambda: window.breadcrumb.path() != [], timeout=10000)
    settle(window)
    assert abs(_crumb_left(window) - _text_left(window)) <= 2  # beside the panels: over the text's first character
    for action in (window.actions_.show_sidebar, window.actions_.show_keywords):  # F9, Shift+F9
        assert action.isChecked()
        action.trigger()
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == window.splitter.sizes()[2] == 0)  # folded away
    settle(window)
    assert window.reading.viewportMargins().left() > 100  # the column is centred in the window's width
    qtbot.waitUntil(lambda: abs(_crumb_left(window) - _text_left(window)) <= 2, timeout=5000)
    window.actions_.show_sidebar.trigger()  # and back when a panel is shown again
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 0)
    settle(window)
    qtbot.waitUntil(lambda: abs(_crumb_left(window) - _text_left(window)) <= 2, timeout=5000)
