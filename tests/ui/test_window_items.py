"""What a new user hit in the window (issue 7, item 7), each on the real asynchronous window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton

from qtsupport import settle
from reader.paths import seeds_dir
from reader.text import choices
from reader.text.convert import get_converter
from reader.ui import export, session
from reader.ui.panels import MEASURE_CHARS, USEFUL_WIDTH, text_measure
from reader.ui.typography import ZOOM_RANGE
from reader.ui.status_bar import time_left_text
from support import corpus_path, seed


def _open(window, path) -> None:
    window.open_path(str(path))
    settle(window)


def _tree_index(window, n: int):
    """The proxy index of heading n in the outline tree."""
    tree = window.outline.tree
    model = tree.model()
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        if index.data(Qt.ItemDataRole.UserRole + 2) == n:
            return index
        stack[:0] = [model.index(r, 0, index) for r in range(model.rowCount(index))]
    raise AssertionError(f"heading {n} not in the tree")


def test_a_converted_article_heading_shows_its_marker_once(make_window):
    window = make_window()
    _open(window, corpus_path("law01_prc_constitution.txt"))
    first = next(i for i, h in enumerate(window.loaded.document.headings) if h.marker == "第一条")
    window.script_selector.choose("s2t")
    settle(window)
    assert window.outline.label(first) == "第一條"
    assert _tree_index(window, first).data() == "第一條"
    window.go_to_offset(window.loaded.document.headings[first].offset)
    settle(window)
    assert window.breadcrumb.path()[-1] == "第一條"


def test_the_outline_filter_finds_headings_in_either_script(make_window):
    window = make_window()
    _open(window, seed("000"))
    window.script_selector.choose("s2t")
    settle(window)
    to_t = get_converter("s2t").convert
    n, title = next((i, h.title) for i, h in enumerate(window.loaded.document.headings) if to_t(h.title) != h.title)
    word = next(title[k:k + 4] for k in range(len(title) - 3) if to_t(title[k:k + 4]) != title[k:k + 4])
    window.outline.filter_box.setText(word)  # typed in Simplified, shown in Traditional
    settle(window)
    assert _tree_index(window, n).isValid()
    assert window.outline.empty_reason() == ""


def test_the_filter_starts_empty_for_the_next_document_and_says_why_when_nothing_matches(make_window):
    window = make_window()
    _open(window, seed("000"))
    window.outline.filter_box.setText("不可能出现的标题")
    assert window.outline.tree.model().rowCount() == 0
    assert "不可能出现的标题" in window.outline.empty_reason()
    assert window.findChild(type(window.outline._empty), "outlineEmpty").isVisibleTo(window)
    _open(window, seed("002"))
    assert window.outline.filter_box.text() == ""
    assert window.outline.tree.model().rowCount() > 0 and window.outline.empty_reason() == ""


def test_clicking_the_last_headings_of_a_short_document_keeps_them_selected(make_window, qtbot):
    window = make_window()
    _open(window, seed("000"))
    headings = window.loaded.document.headings
    tree = window.outline.tree
    for n in (len(headings) - 1, len(headings) - 2):
        index = _tree_index(window, n)
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
        settle(window)
        qtbot.wait(300)  # the view's debounced position report comes in
        settle(window)
        assert window.outline.current_index() == n
        assert tree.currentIndex().data() == window.outline.label(n)
        assert window.breadcrumb.path()[-1] == window.outline.label(n)


def test_delete_removes_the_open_document_from_the_screen_too(make_window):
    window = make_window()
    listed = seeds_dir() / seed("001").name  # the listed copy: a checkout's copy is merged into its row (same text)
    _open(window, listed)
    window.session.save_now()
    assert window.settings.last_document == str(listed)
    window.document_list.select_path(str(listed))
    window.actions_.remove_document.trigger()
    settle(window)
    # its neighbour in the list is shown in its place (round 62U: no blank page); nothing of it stays
    assert window.loaded is not None and window.loaded.path != str(listed)
    assert window.document_list.current_path() == window.loaded.path
    assert seed("001").stem not in window.windowTitle()
    assert str(listed) not in [e.path for e in window.document_list.entries()]
    assert listed.exists()
    window.session.save_now()
    assert window.settings.last_document == window.loaded.path  # the next start does not reopen the removed one


def test_at_800_by_600_the_panels_yield_and_the_text_keeps_a_readable_measure(make_window, qtbot):
    window = make_window(size=(800, 600))
    _open(window, seed("000"))
    qtbot.wait(50)
    settle(window)
    char = QFontMetrics(window.reading.document().defaultFont()).horizontalAdvance("中")
    assert window.reading.width() >= MEASURE_CHARS * char
    assert window.splitter.sizes()[2] == 0 or window.splitter.sizes()[2] >= USEFUL_WIDTH
    assert window.actions_.show_keywords.isChecked()  # folded for room, not hidden by the reader
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] > 0, timeout=3000)
    assert window.splitter.sizes()[0] > 0



def test_zooming_in_lets_the_panels_yield_as_a_restart_would_and_zooming_back_brings_them(make_window, qtbot):
    """The panels yielded to the text's measure only on a resize: zoomed in, the text was squeezed under its
    measure until the next start, when the keyword panel was gone without a word."""
    window = make_window(size=(1100, 760))
    _open(window, seed("000"))
    assert window.splitter.sizes()[2] > 0
    for _ in range(ZOOM_RANGE[1]):
        window.actions_.zoom_in.trigger()
    measure = text_measure(window.reading)
    total = sum(window.splitter.sizes())
    qtbot.waitUntil(lambda: window.splitter.sizes()[1] >= min(measure, total) - 1, timeout=3000)
    assert window.splitter.sizes()[2] == 0 and window.actions_.show_keywords.isChecked()  # folded, not hidden
    window.actions_.zoom_reset.trigger()
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] > 0 and window.splitter.sizes()[0] > 0, timeout=3000)


def test_panels_folded_for_room_leave_the_idle_window_idle(make_window, qtbot, monkeypatch):
    """Saving the session with the keyword panel folded for room set the splitter's sizes for a moment, which moved
    the text, which asked for a save a second later, and so on: the settings file was written every second while the
    reader only read (at a large text size)."""
    window = make_window(size=(1100, 760))
    _open(window, seed("000"))
    for _ in range(ZOOM_RANGE[1]):
        window.actions_.zoom_in.trigger()
    qtbot.waitUntil(lambda: window.splitter.sizes()[2] == 0, timeout=3000)
    settle(window)
    qtbot.wait(1500)  # the save the zoom asked for
    writes = []
    monkeypatch.setattr(session, "write_atomically", lambda path, data: writes.append(path))  # (either thread)
    sizes = window.splitter.sizes()
    qtbot.wait(2500)
    assert writes == [] and window.splitter.sizes() == sizes
    window.session.save_now()  # a save still records the panels the reader wants, the live layout untouched
    assert len(writes) == 1 and window.splitter.sizes() == sizes

def test_a_panel_the_reader_hides_stays_hidden_next_time(make_window, qtbot):
    window = make_window()
    settle(window)
    window.actions_.show_keywords.setChecked(False)
    settle(window)
    assert window.splitter.sizes()[2] == 0
    window.close()
    second = make_window()
    settle(second)
    qtbot.wait(50)
    assert second.splitter.sizes()[2] == 0 and not second.actions_.show_keywords.isChecked()
    assert second.splitter.sizes()[0] > 0


def test_an_empty_file_says_it_is_empty(make_window, tmp_path):
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    window = make_window()
    _open(window, empty)
    assert "empty" in window.status.currentMessage() and "空白.txt" in window.status.currentMessage()


def test_reading_time_is_given_in_hours_for_long_texts():
    assert time_left_text(2513) == "about 42 h left"
    assert time_left_text(150) == "about 2.5 h left"
    assert time_left_text(30) == "about 30 min left"


def test_about_shows_the_version(make_window, monkeypatch):
    import reader

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    window = make_window()
    window.actions_.about.trigger()
    assert shown and reader.__version__ in shown[0]


def test_startup_notices_are_shown_once_without_a_modal_dialog(make_window):
    window = make_window()
    window.show_startup_notices(["settings.json was damaged and moved aside to settings.json.bad"])
    assert window.info_bar.isVisible() and "moved aside" in window.info_bar.text.text()
    assert "moved aside" in window.status.currentMessage()
    window.info_bar.findChild(QToolButton, "infoClose").click()
    assert not window.info_bar.isVisible()


def test_a_new_display_row_appears_in_the_selector_menu_and_status_bar(make_window, monkeypatch):
    row = choices.DisplayChoice("s2twp", "s2twp", "t2tw", True, "臺灣用語")
    monkeypatch.setattr(choices, "DISPLAY_CHOICES", (*choices.DISPLAY_CHOICES, row))
    window = make_window()
    _open(window, seed("000"))
    assert window.script_selector.findData("s2twp") >= 0
    assert window.actions_.scripts["s2twp"].text() == "臺灣用語"
    window.script_selector.choose("s2twp")
    settle(window)
    assert window.status.script.text().endswith("臺灣用語")
    assert window.settings.script == "s2twp"


def test_the_file_error_is_worded_in_the_ui_language(make_window, tmp_path):
    binary = tmp_path / "图片.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    window = make_window()
    window.set_language("zh_CN")
    try:
        _open(window, binary)
        assert window.status.currentMessage() == "图片.txt 不是文本文件，无法显示。"
    finally:
        window.set_language("en")


def test_export_starts_in_the_documents_folder_then_the_last_one_used(make_window, tmp_path, monkeypatch):
    asked = []
    target = tmp_path / "out" / "导出"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, start, *a, **k: (asked.append(start), (str(target), ""))[1]))
    window = make_window()
    _open(window, seeds_dir() / seed("000").name)  # the bundled copy (an installed wheel's, not the checkout's)
    window.exports.export_text()
    assert Path(asked[0]).parent == export.documents_folder()  # no reader saves beside the bundled seeds
    assert (tmp_path / "out" / "导出.txt").exists()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.exports.export_text()
    assert Path(asked[1]).parent == tmp_path / "out"


def test_export_asks_before_replacing_a_file_even_when_the_suffix_was_left_out(make_window, tmp_path, monkeypatch):
    existing = tmp_path / "报告.txt"
    existing.write_text("keep me", encoding="utf-8")
    questions = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "报告"), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.No))
    window = make_window()
    _open(window, seed("000"))
    window.exports.export_text()
    assert len(questions) == 1 and "报告.txt" in questions[0]
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_an_exported_chinese_document_labels_its_metadata_in_chinese(make_window, tmp_path, monkeypatch):
    target = tmp_path / "导出.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window = make_window()
    window.set_language("en")
    _open(window, seed("002"))
    assert window.loaded.document.author
    window.exports.export_text()
    text = target.read_text(encoding="utf-8")
    assert "作者：" in text and "Author" not in text
