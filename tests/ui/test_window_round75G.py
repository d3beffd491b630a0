"""Found by hand (session 75G): a document edited on disk while shown (a few characters added to its first paragraph)
was read again at the same count of characters from the top, so the reader came back that many characters earlier,
on the paragraph before the one they were reading; the place now follows the words they were at."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from qtsupport import search_library, settle
from reader.ui.library_search import HIT_ROLE

TITLE = "关于测试文件修订情况的通知"
PARAGRAPHS = [f"这是正文的第{n}段，说明第{n}项有关事项的具体安排。" for n in range(1, 300)]
ADDED = "修订说明：本文件已于今日修订，在此处增加了一段较长的说明文字，以便读者了解修订的内容和理由。" * 3


def _write(path, paragraphs: list[str], later_ns: int = 0) -> None:
    path.write_text(TITLE + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    if later_ns:
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + later_ns))


def _top_text(window) -> str:
    return window.loaded.document.paragraphs[window.reading.top_paragraph()].text


def test_text_added_above_the_reader_keeps_them_on_the_paragraph_they_were_reading(make_window, qtbot, tmp_path):
    path = tmp_path / "通知.txt"
    _write(path, PARAGRAPHS)
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)
    window.reading.setFocus()
    for _ in range(6):
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
    settle(window)
    reading, first = _top_text(window), window.loaded
    assert reading != PARAGRAPHS[0]  # well into the text
    _write(path, [ADDED] + PARAGRAPHS, later_ns=2_000_000_000)  # an editor adds a paragraph at the top
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # the reader comes back from the editor
    qtbot.waitUntil(lambda: window.loaded is not first, timeout=20000)
    settle(window)
    assert ADDED in window.loaded.document.text
    assert _top_text(window) == reading


# --- the library search's results refreshed as a watched folder's new file is indexed ----------------------------

NOTICES = {f"{n}.txt": f"关于做好第{n}季度安全检查工作的通知\n\n各单位：\n\n现将第{n}季度安全检查有关事项通知如下。\n"
           for n in range(1, 5)}


def test_a_new_file_indexed_while_the_results_show_keeps_the_reader_on_their_result(make_window, qtbot, tmp_path):
    """Found by hand (75G): a file saved into a watched folder while the reader was reading a search result emptied
    the results' marked row once indexed (a new match reset the list), so Down or Enter started again from the top."""
    folder = tmp_path / "watched"
    folder.mkdir()
    for name, text in NOTICES.items():
        (folder / name).write_text(text, encoding="utf-8")
    window = make_window([str(folder)])
    upkeep = window.library_panel.upkeep
    qtbot.waitUntil(lambda: str(folder) in upkeep.watcher.directories() and not upkeep.importer.busy, timeout=60000)
    results = search_library(qtbot, window, "安全检查")
    qtbot.waitUntil(lambda: results.model().rowCount() == len(NOTICES), timeout=20000)
    chosen = results.model().index(2, 0)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualRect(chosen).center())
    path = chosen.data(HIT_ROLE).path
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == path, timeout=20000)
    settle(window)
    (folder / "0.txt").write_text("关于开展安全检查的通知\n\n各单位：\n\n安全检查现在开始。\n", encoding="utf-8")
    qtbot.waitUntil(lambda: results.model().rowCount() == len(NOTICES) + 1, timeout=60000)  # indexed, searched again
    settle(window)
    assert results.currentIndex().isValid() and results.currentIndex().data(HIT_ROLE).path == path
    assert window.loaded.path == path  # nothing opened by it


# --- Ctrl+K on a selection: the new keyword's colour is seen where the words were selected -----------------------

def test_ctrl_k_lets_the_selected_words_show_their_keyword_colour(make_window, qtbot, tmp_path):
    """Found by hand (75G): the words stayed selected after Ctrl+K, the selection drawn over their new colour, so
    nothing on screen said they were highlighted (only the panel's new row, across the window)."""
    path = tmp_path / "报告.txt"
    path.write_text("关于湖泊的报告\n\n今年湖泊治理取得进展，全市湖泊水质改善。\n", encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)
    view = window.reading
    at = view.displayed_text().index("湖泊治理")
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(at))
    cursor.setPosition(view.to_qt(at + 4), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)  # as a drag over the words leaves it
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert window.keyword_panel.keywords() == ["湖泊治理"]
    assert not view.textCursor().hasSelection() and view.textCursor().position() == view.to_qt(at + 4)
    drawn = [(s.cursor.selectionStart(), s.cursor.selectedText()) for s in view.extraSelections()]
    assert (view.to_qt(at), "湖泊治理") in drawn  # its colour, no longer under the selection


# --- the shortcuts' filter finds the script choices by their menu ------------------------------------------------

def test_script_typed_in_the_shortcuts_filter_finds_the_script_choices(make_window, qtbot):
    """Found by hand (75G): 'script' typed in Help › Keyboard Shortcuts' filter listed nothing, though seven
    Ctrl+Alt keys choose a script (their rows are named 简体, 繁體, 台灣正體…, with no word a reader would type)."""
    window = make_window()
    window.actions_.shortcuts.trigger()
    dialog = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog" and w.isVisible()][0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.filter_box, "script")
    table = dialog.table
    shown = [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())
             if not table.topLevelItem(i).isHidden()]
    assert "台灣正體（詞彙）" in shown and "Toggle Simplified / Traditional" in shown
    assert len(shown) == len(window.actions_.scripts) + 1  # the Script menu's keys, nothing else
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)
    assert not any(table.topLevelItem(i).isHidden() for i in range(table.topLevelItemCount()))
