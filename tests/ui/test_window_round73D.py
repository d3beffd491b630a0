"""Session 73D, four faults of the window found by hand in session 72.

(1) A long document clicked while another is shown is built, then laid out down to its place, for seconds while the
page before it stays on screen: the keyword panel showed the new document's counts beside the old page, and a short
one came on screen with the long one's counts for a moment. The panel's counts now belong to the text on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTextBoundaryFinder
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton

from qtsupport import long_text_file, settle

WORD = "人大"


def _count_shown(window) -> str:
    (label,) = [w for w in window.keyword_panel.findChildren(QLabel, "keywordCount") if w.isVisible()]
    return label.text()


def _click(qtbot, window, path: str) -> None:
    """A mouse click on the document's row, as a reader picks it; the test goes on at once."""
    doc_list = window.document_list
    (item,) = [doc_list.item(row) for row in range(doc_list.count())
               if doc_list.item(row).data(Qt.ItemDataRole.UserRole + 1).path == path]
    doc_list.scrollTo(item.index)
    qtbot.mouseClick(doc_list.viewport(), Qt.MouseButton.LeftButton, pos=doc_list.visualItemRect(item).center())


def _long_and_short(make_window, qtbot, tmp_path):
    """A window showing a short note with the keyword, after the long document was read far into."""
    big = long_text_file(tmp_path, 1_200_000)
    note = tmp_path / "note.txt"
    note.write_text("短文\n\n一段很短的人大正文，读完就走。\n", encoding="utf-8")
    window = make_window([str(note)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=30000)
    window.keyword_panel.add_keyword(WORD)
    window.open_path(str(big))
    qtbot.waitUntil(lambda: window.loaded.path == str(big), timeout=60000)
    settle(window, timeout=60)
    window.go_to_offset(len(window.loaded.document.text) * 9 // 10)  # read far into it
    settle(window, timeout=60)
    long_count = _count_shown(window)
    _click(qtbot, window, str(note))
    qtbot.waitUntil(lambda: window.loaded.path == str(note), timeout=60000)
    settle(window, timeout=60)
    return window, big, long_count


def test_the_keyword_counts_are_the_page_on_screens(make_window, qtbot, tmp_path):
    window, big, long_count = _long_and_short(make_window, qtbot, tmp_path)
    short_count = _count_shown(window)
    assert short_count == "1" and int(long_count) > 1000
    seen = []  # (the page before it still on screen, the count shown) at each count matched and at its arrival
    window.reading.text_shown.connect(lambda: seen.append(("shown", _count_shown(window))))
    window.hits.keyword_counts.connect(lambda _counts: seen.append((window.reading.arriving, _count_shown(window))))
    _click(qtbot, window, str(big))
    qtbot.waitUntil(lambda: window.loaded.path == str(big) and any(at == "shown" for at, _count in seen), timeout=60000)
    settle(window, timeout=60)
    assert any(before for before, _count in seen)  # the test's premise: the note's page stood while it came
    assert all(count in (short_count, "") for before, count in seen if before is True), seen[-5:]  # before: its
    assert _count_shown(window) == long_count  # count beside the note's page
    seen.clear()
    _click(qtbot, window, str(tmp_path / "note.txt"))
    qtbot.waitUntil(lambda: any(at == "shown" for at, _count in seen), timeout=30000)
    shown = [count for at, count in seen if at == "shown"]
    assert shown[0] in ("", short_count), seen  # before: the long one's count beside the note, until the note's came
    settle(window, timeout=60)
    assert _count_shown(window) == short_count


# (4) The box asking before four or more rows are removed named the menu item to undo it, '编辑 › 撤销移除', and in
# the Chinese interface its lines could break anywhere in it ('编辑 › 撤销' above '移除'): a menu path is one word.

def _breaks_inside(text: str, start: int, end: int) -> list[int]:
    """Where Qt's line breaking may end a line strictly inside text[start:end] (no font needed: its rules only)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    position = finder.toNextBoundary()
    while 0 <= position < len(text):
        if start < position < end:
            found.append(position)
        position = finder.toNextBoundary()
    return found


def test_the_removal_box_keeps_its_menu_path_on_one_line(make_window, qtbot):
    from reader.ui.translations_zh import ZH_HANS

    window = make_window()
    listed = window.document_list
    assert listed.count() >= 4  # the bundled seeds
    try:
        window.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.outline.filter_box.placeholderText() == ZH_HANS["Filter headings"])
        listed.setFocus()
        qtbot.waitUntil(listed.hasFocus)
        qtbot.keyClick(listed, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(listed, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirmRemoval") is not None)
        box = window.findChild(QMessageBox, "confirmRemoval")
        (label,) = [w for w in box.findChildren(QLabel) if w.objectName() == "qt_msgbox_informativelabel"]
        text = label.text()
        seen = text.replace("\u2060", "").replace("\u00a0", " ")
        path = "编辑 › 撤销移除"  # the menu's and the item's names, as the menus show them
        assert ZH_HANS["&Edit"].startswith("编辑") and ZH_HANS["&Undo Removal"].startswith("撤销移除")
        assert path in seen, seen
        start = text.index("编")
        end = text.index("除", start) + 1
        assert text[start:end].replace("\u2060", "").replace("\u00a0", " ") == path
        assert not _breaks_inside(text, start, end)  # before: a line could end after any of its characters
        assert _breaks_inside(text, 0, start)  # the sentence around it still wraps
        box.reject()
        settle(window)
        assert listed.count() >= 4  # nothing removed
    finally:
        window.set_language("en")


# (2) The row of the document on screen, clicked after its file was deleted from disk, did nothing at all (taken for
# the same file clicked again); any other missing document's row says so. Now it does too, its text staying shown.

def test_the_shown_documents_row_says_its_file_is_missing(make_window, qtbot, tmp_path):
    first, shown = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("甲文\n\n第一段正文。\n", encoding="utf-8")
    shown.write_text("乙文\n\n第二段正文，删去文件后仍在屏上。\n", encoding="utf-8")
    window = make_window([str(first), str(shown)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(shown), timeout=30000)
    settle(window, timeout=60)
    text = window.reading.displayed_text()
    shown.unlink()
    _click(qtbot, window, str(shown))
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "missingDocument") is not None, timeout=10000)  # before:
    box = window.findChild(QMessageBox, "missingDocument")  # nothing, however often it was clicked
    assert box.isVisible() and str(shown) in box.text()
    assert any(b.objectName() == "locateButton" for b in box.buttons())  # Locate… offered, as for any missing one
    qtbot.waitUntil(lambda: window.document_list.listed_entry(str(shown)).missing, timeout=10000)  # greyed, marked
    assert window.loaded.path == str(shown) and window.reading.displayed_text() == text  # still there to read
    box.close()
    settle(window, timeout=60)


# (3) A PNG saved as .txt, or a PDF renamed, dropped into a watched folder was passed over in silence (Add Folder…
# names such files); the watched folder's pass says so now, once, and the note above the text names them.

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window, timeout=60)


def _listed(window) -> set[str]:
    return {entry.path for entry in window.document_list.entries()}


def test_a_watched_folders_pass_says_once_which_files_are_not_text(make_window, qtbot, tmp_path):
    folder = tmp_path / "watched"
    folder.mkdir()
    (folder / "notice.txt").write_text("关于湖泊治理的通知\n\n各单位要认真做好湖泊治理工作。\n", encoding="utf-8")
    window = make_window()
    _idle(window, qtbot)
    window.library_panel.upkeep.add_paths([str(folder)])
    _idle(window, qtbot)
    assert str(folder) in window.library_panel.upkeep.watcher.directories()
    said = []
    window.status.messageChanged.connect(said.append)
    note = window.info_bar.findChild(QLabel, "infoText")
    (folder / "picture.txt").write_bytes(PNG)
    (folder / "paper.txt").write_bytes(PDF)
    (folder / "report.txt").write_text("关于河道清淤的报告\n\n河道清淤工作进展顺利。\n", encoding="utf-8")
    qtbot.waitUntil(lambda: str(folder / "report.txt") in _listed(window), timeout=30000)  # the watcher's pass
    _idle(window, qtbot)
    told = [line for line in said if "watched folders" in line]
    assert any("2 files in watched folders are not text" in line for line in told), said  # before: only '1 new
    assert "1 new document in watched folders" in told[-1]  # document in watched folders', the two passed over
    assert window.info_bar.isVisible() and "picture.txt: not a text file (a PNG image)" in note.text()
    assert "paper.txt: not a text file" in note.text()
    window.info_bar.findChild(QToolButton, "infoClose").click()  # read and dismissed
    said.clear()
    (folder / "minutes.txt").write_text("会议纪要\n\n会议研究了湖泊治理工作。\n", encoding="utf-8")
    qtbot.waitUntil(lambda: str(folder / "minutes.txt") in _listed(window), timeout=30000)  # another pass
    _idle(window, qtbot)
    assert any("1 new document in watched folders" in line for line in said), said
    assert not any("not text" in line for line in said), said  # said once: not at every pass over the folder
    assert not window.info_bar.isVisible()
