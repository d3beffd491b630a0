"""Found by hand (session 70H), each on the real asynchronous window: 'What Cleaning Did' ignored Ctrl+Q (the
Keyboard Shortcuts dialog quits from it) and the platform's Close key; ..."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from qtsupport import settle
from reading_material import long_report

from reader.paths import Paths
from reader.ui.cleaned_dialog import CleanedDialog

REPORT = "关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理。\n\n二、主要做法\n完善制度。\n"
PAGE = ("首页 | 新闻 | 关于我们\n\n关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理，推进依法行政工作。\n\n"
        "二、主要做法\n完善制度，落实责任。\n\n分享到：微信 微博\n")


def _file(tmp_path, name: str = "report.txt", text: str = REPORT):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _gone(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _open_cleaned(window, qtbot) -> CleanedDialog:
    qtbot.mouseClick(window.status.findChild(QToolButton, "cleanedIndicator"), Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(CleanedDialog) if d.isVisible())  # a closed one is deleted later
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


# --- (3) 'What Cleaning Did': Escape and Close close it, Ctrl+Q quits with the session saved -------------------------

def test_what_cleaning_did_closes_on_escape_and_close_and_quits_on_ctrl_q(make_window, qtbot, tmp_path):
    path = _file(tmp_path, "page.txt", PAGE)
    window = make_window([str(path)])
    assert window.loaded.document.removed
    dialog = _open_cleaned(window, qtbot)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _gone(dialog))
    dialog = _open_cleaned(window, qtbot)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # the platform's Close
    qtbot.waitUntil(lambda: _gone(dialog))
    assert window.isVisible()
    dialog = _open_cleaned(window, qtbot)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit, as from the window
    qtbot.waitUntil(lambda: not window.isVisible() and _gone(dialog))
    saved = json.loads(Paths.default().settings_file.read_text(encoding="utf-8"))
    assert saved["last_document"] == str(path)


# --- (1) a document removed while it opens: never shown, the page shown stays -------------------------------------

def test_a_document_removed_while_it_opens_is_never_shown_and_the_page_stays(make_window, qtbot, tmp_path):
    shown_doc, long_doc = _file(tmp_path), _file(tmp_path, "long.txt", long_report())
    window = make_window([str(long_doc), str(shown_doc)])
    assert window.loaded.path == str(shown_doc)
    shown = []
    window.document_shown.connect(shown.append)
    text, title = window.reading.toPlainText(), window.windowTitle()
    window.document_list.select_path(str(long_doc))
    window.open_path(str(long_doc))  # on its way
    assert window.documents.is_opening
    window.actions_.remove_document.trigger()  # the selected row, the one on its way
    assert not window.documents.is_opening
    assert "was removed from the list" in window.status.currentMessage()
    settle(window, 60)
    assert shown == [] and window.loaded.path == str(shown_doc)
    assert window.reading.toPlainText() == text and window.windowTitle() == title
    assert window.document_list.current_path() == str(shown_doc)
    assert str(long_doc) not in [e.path for e in window.document_list.entries()]
    assert "was removed from the list" in window.status.currentMessage()


# --- (2) a long text in the dark theme: dark at once, not after its rebuild ----------------------------------------

def _ink(view, fmt) -> str:
    """The colour a run is painted in: its own, else the view's palette's."""
    from PySide6.QtGui import QPalette

    brush = fmt.foreground()
    return (brush.color() if brush.style() != Qt.BrushStyle.NoBrush
            else view.palette().color(QPalette.ColorRole.Text)).name()


def test_a_long_text_turns_dark_at_once(make_window, qtbot, tmp_path):
    from reader.ui.themes import resolve

    window = make_window([str(_file(tmp_path))])
    window.view.set_theme("light")
    with qtbot.waitSignal(window.document_shown, timeout=60000):
        window.open_path(str(_file(tmp_path, "long.txt", long_report())))
    settle(window, 120)
    view = window.reading
    body = view.document().findBlockByNumber(view.document().blockCount() // 2).begin().fragment().charFormat()
    assert _ink(view, body) == resolve("light").ink
    window.view.set_theme("dark")
    assert view.busy  # its text is rebuilt in the dark formats over the next turns: the page shown is dark meanwhile
    assert view.viewport().updatesEnabled()
    body = view.document().findBlockByNumber(view.document().blockCount() // 2).begin().fragment().charFormat()
    assert _ink(view, body) == resolve("dark").ink
    assert view.viewport().palette().color(view.viewport().backgroundRole()).name() == resolve("dark").paper
    settle(window, 120)
    body = view.document().findBlockByNumber(view.document().blockCount() // 2).begin().fragment().charFormat()
    assert _ink(view, body) == resolve("dark").ink and view.viewport().updatesEnabled()


# --- (5) Find counts the title shown above the text, as keywords do -------------------------------------------------

def test_find_counts_and_reaches_the_title_as_keywords_do(make_window, qtbot, tmp_path):
    """The title is shown above the text, and a keyword's count takes it in: a search for the same word counted
    one match fewer than its keyword did, and Enter never reached the title's."""
    window = make_window([str(_file(tmp_path))])
    assert window.reading.shown_header()[0] == "关于加强监督管理工作的报告"
    counts, results = [], []
    window.hits.keyword_counts.connect(counts.append)
    window.keyword_panel.add_keyword("监督")
    qtbot.waitUntil(lambda: bool(counts) and counts[-1].get("监督") == 2, timeout=10000)  # the title's and the text's
    window.hits.find_result.connect(lambda index, total: results.append((index, total)))
    window.find_bar.activate("监督")  # Ctrl+F over a selection of it
    qtbot.waitUntil(lambda: bool(results) and results[-1][1] > 0, timeout=10000)
    settle(window)
    assert results[-1] == (0, 2)  # from the top of the page: the title's first, as F3 on the keyword goes
    qtbot.keyClick(window.find_bar._input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: results[-1] == (1, 2), timeout=10000)  # then the text's


# --- (4) the window's title names the document whose text is on screen ----------------------------------------------

def test_the_title_names_the_text_on_screen_while_a_long_one_is_built(make_window, qtbot, tmp_path):
    """A long text arrives turns before it is on screen: the title named it over the previous text for ~2 s (seen
    with a file deleted while it opened, which was still read whole)."""
    window = make_window([str(_file(tmp_path))])
    before = window.windowTitle()
    seen = []
    window.documents.document_loaded.connect(
        lambda loaded, _pos: seen.append((window.windowTitle(), window.reading.busy, window.reading.toPlainText())))
    with qtbot.waitSignal(window.reading.text_shown, timeout=60000):
        window.open_path(str(_file(tmp_path, "long.txt", long_report())))
    assert seen and seen[0][1]  # the long text is still being built when it arrives
    assert seen[0][2].startswith("关于加强监督管理工作的报告")  # the previous text is still on screen,
    assert seen[0][0] == before  # and the title still names it
    assert window.windowTitle() == "关于长文的报告 — zhreader"
    assert window.reading.toPlainText().startswith("关于长文的报告")
    settle(window, 120)
