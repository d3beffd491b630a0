"""Found by hand (session 63D): in a narrow sidebar the list's header 'Title · 5 documents' was cut at both ends
(centred, 'e · 5 docume'): the title word gives way first, so the count stays whole ('5 documents', then '5'); a new
search whose first match lies above the reader went round to it without a word: it says 'Continued from the top'
as a step does; in the original view (Ctrl+U) the status bar's length and progress were the cleaned text's: they
are the file's as shown, and the cleaned text's again back in it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeView

from qtsupport import open_text, settle
from reader.ui.document_model import COLUMN

TOP = "Continued from the top"
FILLER = "".join(f"第{i}段，全市各项工作稳步推进，群众满意度持续提高。\n\n" for i in range(400))
LONG = "关于湖泊治理情况的报告\n\n全市湖泊治理取得进展。\n\n" + FILLER  # '治理' only at the top


def _open(make_window, qtbot, tmp_path, text: str, name: str = "report.txt"):
    return open_text(make_window, qtbot, tmp_path, text, name)


# --- (a) the list's header in a narrow sidebar ---------------------------------------------------------------------

@pytest.mark.parametrize("width, whole", [(90, False), (140, False), (420, True)])  # 420: left as it was
def test_the_document_count_stays_readable_in_a_narrow_sidebar(make_window, qtbot, width, whole):
    window = make_window()
    window.splitter.setSizes([width, 1100 - width - 220, 220])
    settle(window)
    document_list = window.document_list
    count = document_list.model().rowCount()
    assert count >= 2
    text = document_list.model().headerData(COLUMN["title"], Qt.Orientation.Horizontal)
    assert f"{count:,}" in text
    if whole:
        assert text.startswith("Title · ")
    else:
        header = document_list.horizontalHeader()
        assert header.fontMetrics().horizontalAdvance(text) < header.sectionSize(COLUMN["title"])
        assert not text.startswith("Title")


# --- (b) a new search that goes round to a match above the reader ---------------------------------------------------

@pytest.mark.parametrize("at_end, message", [(True, TOP), (False, "")])  # at the top: the match is below, no word
def test_a_new_search_that_goes_round_says_so(make_window, qtbot, tmp_path, at_end, message):
    window = _open(make_window, qtbot, tmp_path, LONG)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() if at_end else 0)
    settle(window)
    window.actions_.find.trigger()
    window.find_bar._input.setText("治理")
    qtbot.waitUntil(lambda: window.hits.find_active and len(window.hits._find) >= 1, timeout=10000)
    settle(window)
    assert window.hits._find_current == 0
    assert window.status.currentMessage() == message


def test_enter_on_a_search_not_made_yet_says_it_went_round(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, LONG)
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(window)
    window.actions_.find.trigger()
    field = window.find_bar._input
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    field.insert("进展")  # typed: the search waits for a pause in the typing
    qtbot.keyClick(field, Qt.Key.Key_Return)  # before the typing's search: Enter makes it
    qtbot.waitUntil(lambda: len(window.hits._find) == 1, timeout=10000)
    settle(window)
    assert window.hits._find_current == 0 and window.status.currentMessage() == TOP


# --- (c) the original view's length and place ------------------------------------------------------------------

RAW = "　　关于湖泊治理情况的报告\n\n\n\n" + "".join(f"　　第{i}段，全市湖泊治理取得进展。\n\n\n" for i in range(300))


def test_the_original_view_counts_and_places_the_file_shown(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, RAW)
    status = window.status
    cleaned = len(window.loaded.document.text)
    assert cleaned != len(RAW)
    assert status.chars.text() == f"{cleaned:,} characters" and status.progress.text() == "0%"
    window.actions_.show_original.setChecked(True)
    settle(window)
    assert status.chars.text() == f"{len(RAW):,} characters"
    bar = window.original.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(window)
    assert status.progress.text() == "100%"
    bar.setValue(bar.maximum() // 2)
    settle(window)
    assert 40 <= int(status.progress.text().rstrip("%")) <= 60
    window.reading.verticalScrollBar().setValue(0)  # a move behind the original is kept for later, not shown
    settle(window)
    assert 40 <= int(status.progress.text().rstrip("%")) <= 60
    window.actions_.show_original.setChecked(False)
    settle(window)
    assert status.chars.text() == f"{cleaned:,} characters"
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: status.progress.text() == "100%", timeout=10000)
    assert status.chars.text() == f"{cleaned:,} characters"


# --- (d) the outline in a narrow sidebar ---------------------------------------------------------------------------

NUMBERED = "关于湖泊治理的意见\n\n" + "".join(
    f"{n}、第{n}项治理工作\n\n（一）具体要求\n\n全市湖泊治理取得进展，湖泊水质明显好转。\n\n" for n in "一二三四五六七八")


@pytest.mark.parametrize("width", [90, 100, 420])  # 420: wide enough before too
def test_the_outline_never_scrolls_sideways_in_a_narrow_sidebar(make_window, qtbot, tmp_path, width):
    window = _open(make_window, qtbot, tmp_path, NUMBERED)
    window.splitter.setSizes([width, 1100 - width - 220, 220])
    settle(window)
    headings = window.sections.outline.headings
    assert len(headings) >= 8
    window.sections.go_to(headings[-1].offset)  # the row marked is a deep one, scrolled to
    settle(window)
    tree = window.sidebar.findChild(QTreeView, "outlineView")
    assert tree.header().sectionSize(0) <= tree.viewport().width()
    assert tree.horizontalScrollBar().maximum() == 0 and tree.horizontalScrollBar().value() == 0


# --- (e) Ctrl+U twice near the end leaves the reader where they were ---------------------------------------------

DENSE = "关于湖泊治理情况的报告\n" + "".join(  # long paragraphs a line each: the original shows more of them
    f"第{i}段，" + "全市湖泊治理取得进展，湖泊水质明显好转，群众满意度持续提高。" * 4 + "\n" for i in range(120))


@pytest.mark.parametrize("where", ["end", "middle", "top"])  # middle and top: the original opens at the place
def test_the_original_view_and_back_untouched_keeps_the_place(make_window, qtbot, tmp_path, where):
    window = _open(make_window, qtbot, tmp_path, DENSE)
    bar = window.reading.verticalScrollBar()
    window.reading.setFocus()
    if where == "end":
        qtbot.keyClick(window.reading, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    elif where == "middle":
        window.sections.go_to(len(window.loaded.document.text) // 2)
    settle(window)
    before = window.reading.top_offset(), bar.value()
    for on in (True, False):
        window.actions_.show_original.setChecked(on)
        settle(window)
    assert (window.reading.top_offset(), bar.value()) == before


# --- (f) a keyword typed again (either script) says it is one already ----------------------------------------------

@pytest.mark.parametrize("typed, said", [
    ("進展", "Already a keyword: 进展"),        # the same word in the other script
    ("进展 治理", "Already a keyword: 进展、治理"),
    ("湖泊", None),                            # a new word is added, nothing said
])
def test_a_keyword_typed_again_says_it_is_there(make_window, qtbot, tmp_path, typed, said):
    from PySide6.QtWidgets import QToolTip

    window = _open(make_window, qtbot, tmp_path, LONG)
    panel = window.keyword_panel
    panel.add_keyword("进展 治理")
    settle(window)
    QToolTip.hideText()
    field = panel._input
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    field.setText(typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(window)
    if said is None:
        assert panel.keywords() == ["进展", "治理", "湖泊"]
        assert not QToolTip.isVisible()
    else:
        assert panel.keywords() == ["进展", "治理"] and field.text() == ""
        assert QToolTip.isVisible() and QToolTip.text() == said


# --- (g) Ctrl+K on a selection that took a stop or a quotation mark along ---------------------------------------

@pytest.mark.parametrize("selected, keyword", [
    ("取得进展。", "取得进展"),      # the full stop after the words
    ("“湖泊治理", "湖泊治理"),      # the opening quotation mark before it (a drag from the left)
    ("治理取得", "治理取得"),        # nothing to take off: as selected
    ("湖泊治理取得进展", "湖泊治理取得进展"),
])
def test_ctrl_k_takes_the_punctuation_off_a_selections_ends(make_window, qtbot, tmp_path, selected, keyword):
    window = _open(make_window, qtbot, tmp_path, "关于湖泊的报告\n\n今年“湖泊治理取得进展。”全市\n")
    view = window.reading
    text = view.displayed_text()
    at = text.index(selected)
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(at))
    cursor.setPosition(view.to_qt(at + len(selected)), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert window.keyword_panel.keywords() == [keyword]


# --- (h) the folder report in a Chinese UI joins its counts with the Chinese semicolon ------------------------------

@pytest.mark.parametrize("language, before, said", [
    ("zh_CN", 2, "已添加 1 篇文档；2 篇此前已添加"),   # before: '已添加 1 篇文档; 2 篇此前已添加'
    ("en_US", 2, "Added 1 document; 2 were already added"),   # left alone
    ("zh_CN", 0, "已添加 3 篇文档"),                            # one count: nothing to join
])
def test_a_folder_report_joins_its_counts_in_the_uis_language(make_window, qtbot, tmp_path, monkeypatch,
                                                              language, before, said):
    from PySide6.QtWidgets import QApplication, QFileDialog

    from reader.paths import Paths
    from reader.storage import importer
    from reader.storage.library import Library
    from reader.ui.i18n import install_translator

    folder = tmp_path / "文件"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"关于第{i}项工作的报告\n\n正文第{i}段。\n", encoding="utf-8")
    window = make_window()
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    importer.import_paths(Library(Paths.default().library_file), [str(p) for p in sorted(folder.iterdir())[:before]])
    install_translator(QApplication.instance(), language)
    try:
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
        window.actions_.open_folder.trigger()
        qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
        settle(window)
        assert window.status.currentMessage() == said
    finally:
        install_translator(QApplication.instance(), "en_US")


# --- (i) Ctrl+T goes back to the Traditional variant the reader chose ---------------------------------------------

@pytest.mark.parametrize("chosen, seen", [
    ("s2hk", ["t2s", "s2hk", "t2s"]),   # before: 香港繁體 -> 简体 -> 繁體, the reader's choice lost
    ("s2tw", ["t2s", "s2tw"]),
    ("s2t", ["t2s", "s2t"]),            # left alone: plain 繁體 as before
    ("original", ["s2t", "t2s"]),       # left alone: no Traditional chosen yet, 繁體
])
def test_ctrl_t_goes_back_to_the_traditional_variant_chosen(make_window, qtbot, tmp_path, chosen, seen):
    window = _open(make_window, qtbot, tmp_path, "关于湖泊治理情况的报告\n\n全市湖泊治理取得进展，台阶发展。\n")
    window.script_selector.choose(chosen)
    settle(window)
    window.reading.setFocus()
    qtbot.waitUntil(window.reading.hasFocus, timeout=5000)
    got = []
    for _ in seen:
        qtbot.keyClick(window.reading, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        settle(window)
        got.append(window.settings.script)
    assert got == seen
    assert window.script_selector.choice() == seen[-1]


def test_ctrl_t_after_a_restart_goes_back_to_the_traditional_variant_chosen(make_window, qtbot, tmp_path):
    """香港繁體, Ctrl+T to 简体, quit: after the restart Ctrl+T brings 香港繁體 back, not plain 繁體."""
    first = _open(make_window, qtbot, tmp_path, "关于湖泊治理情况的报告\n\n全市湖泊治理取得进展，台阶发展。\n")
    first.script_selector.choose("s2hk")
    settle(first)
    first.reading.setFocus()
    qtbot.waitUntil(first.reading.hasFocus, timeout=5000)
    qtbot.keyClick(first.reading, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(first)
    assert first.settings.script == "t2s"
    first.close()
    second = make_window()
    assert second.settings.script == "t2s"
    second.reading.setFocus()
    qtbot.waitUntil(second.reading.hasFocus, timeout=5000)
    qtbot.keyClick(second.reading, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(second)
    assert second.settings.script == "s2hk" and second.script_selector.choice() == "s2hk"


# --- Ctrl+K while the keyword panel is folded says what it did where the reader looks ------------------------------

@pytest.mark.parametrize("twice, said", [(False, "Keyword added: 湖泊治理"), (True, "Already a keyword: 湖泊治理")])
def test_ctrl_k_with_the_keyword_panel_folded_says_what_it_did(make_window, qtbot, tmp_path, twice, said):
    from PySide6.QtWidgets import QToolTip

    window = _open(make_window, qtbot, tmp_path, "关于湖泊的报告\n\n今年“湖泊治理取得进展。”全市\n")
    window.actions_.show_keywords.trigger()  # Shift+F9: the panel folded, as a narrow window folds it
    settle(window)
    assert window.keyword_panel.visibleRegion().isEmpty()  # folded out of sight
    view = window.reading
    at = view.displayed_text().index("湖泊治理")
    for _ in range(2 if twice else 1):
        QToolTip.hideText()
        cursor = view.textCursor()
        cursor.setPosition(view.to_qt(at))
        cursor.setPosition(view.to_qt(at + 4), cursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.setFocus()
        qtbot.waitUntil(view.hasFocus, timeout=5000)
        qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        settle(window)
    assert window.keyword_panel.keywords() == ["湖泊治理"]
    assert QToolTip.text() == said  # before: nothing at all (the panel, and its tooltip, out of sight)
