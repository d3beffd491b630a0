"""Found by hand under Xvfb, keyboard only (session 61W): Tab leaves the document list, Esc in the find bar gives
the focus back where it was, tooltips and status tips name each action's key, Quit has a key on a bare desktop."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget

from qtsupport import contrast, settle

NOTICE = "国务院关于加强监督管理的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n\n二、主要任务\n监督到位。\n"
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"


def _two_documents(make_window, tmp_path):
    shown, other = tmp_path / "notice.txt", tmp_path / "report.txt"
    shown.write_text(NOTICE, encoding="utf-8")
    other.write_text(REPORT, encoding="utf-8")
    window = make_window([str(other), str(shown)])
    window.open_path(str(shown))
    settle(window)
    assert window.loaded.path == str(shown)
    return window, shown


def test_tab_leaves_the_document_list_for_the_next_pane_and_opens_nothing(make_window, qtbot, tmp_path):
    window, shown = _two_documents(make_window, tmp_path)
    listing = window.document_list
    listing.setFocus()
    qtbot.waitUntil(listing.hasFocus)
    qtbot.keyClick(listing, Qt.Key.Key_Tab)
    settle(window)
    assert not listing.hasFocus()  # a table's Tab walked its rows: the reader never got out by Tab
    assert window.loaded.path == str(shown)  # ... and each row it walked opened its document


def test_shift_tab_leaves_the_document_list_too(make_window, qtbot, tmp_path):
    window, shown = _two_documents(make_window, tmp_path)
    listing = window.document_list
    listing.setFocus()
    qtbot.waitUntil(listing.hasFocus)
    qtbot.keyClick(listing, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    settle(window)
    assert not listing.hasFocus() and window.loaded.path == str(shown)


def test_arrow_keys_still_move_in_the_document_list(make_window, qtbot, tmp_path):
    window, shown = _two_documents(make_window, tmp_path)
    listing = window.document_list
    listing.setFocus()
    row = listing.currentIndex().row()
    qtbot.keyClick(listing, Qt.Key.Key_Up if row else Qt.Key.Key_Down)
    assert listing.hasFocus() and listing.currentIndex().row() != row


def _find_and_escape(qtbot, window, start):
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = QApplication.focusWidget()
    assert field is not None and field.objectName() == "findInput"
    field.insert("监督")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    settle(window)
    assert not window.find_bar.isVisible()


@pytest.mark.parametrize("where", ["outline", "keywords", "library"])
def test_escape_in_find_gives_the_focus_back_to_the_pane_it_came_from(make_window, qtbot, tmp_path, where):
    window, _shown = _two_documents(make_window, tmp_path)
    start = {"outline": window.outline.tree, "keywords": window.keyword_panel.findChild(QLineEdit, "keywordInput"),
             "library": window.document_list}[where]
    _find_and_escape(qtbot, window, start)
    assert QApplication.focusWidget() is start


def test_escape_in_find_opened_from_the_text_returns_to_the_text(make_window, qtbot, tmp_path):
    window, _shown = _two_documents(make_window, tmp_path)
    _find_and_escape(qtbot, window, window.reading)
    assert window.reading.hasFocus()


def test_escape_in_find_opened_from_a_panel_since_hidden_falls_back_to_the_text(make_window, qtbot, tmp_path):
    window, _shown = _two_documents(make_window, tmp_path)
    tree = window.outline.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.actions_.show_sidebar.trigger()  # F9 by the menu while the bar is open
    settle(window)
    assert tree.visibleRegion().isEmpty()  # folded away by the splitter
    field = window.find_bar.findChild(QLineEdit, "findInput")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.reading.hasFocus()


def _own_actions(window) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if a.parent() is window and a.text()]


def test_every_tooltip_and_status_tip_names_the_actions_key(make_window):
    window = make_window()
    keyed = [a for a in _own_actions(window) if not a.shortcut().isEmpty() and not a.data()]
    assert len(keyed) > 15
    for action in keyed:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert action.toolTip().endswith(f"({key})"), action.text()
        assert action.statusTip() == action.toolTip(), action.text()
    find = window.actions_.find
    assert find.toolTip() == "Find ({})".format(find.shortcut().toString(QKeySequence.SequenceFormat.NativeText))


def test_an_action_without_a_key_keeps_its_plain_tooltip(make_window):
    window = make_window()
    assert window.actions_.about.toolTip() == "About zhreader" and "(" not in window.actions_.cleaned_report.toolTip()


def test_quit_has_a_key_on_any_desktop(make_window):
    window = make_window()
    assert not window.actions_.quit.shortcut().isEmpty()


def test_no_two_actions_share_a_key(make_window):
    window = make_window()
    keys = Counter(k.toString() for a in _own_actions(window) for k in a.shortcuts())
    assert [k for k, n in keys.items() if n > 1] == []


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(\w)", text)
    return found.group(1).lower() if found else None


def test_no_two_items_of_one_menu_share_a_mnemonic(make_window):
    window = make_window()
    menus = [window.menuBar()] + window.findChildren(QMenu)
    assert len(menus) > 4
    for menu in menus:
        letters = [_mnemonic(a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        taken = [m for m in letters if m]
        assert len(taken) == len(set(taken)), (menu.title(), taken)


def _tab_path(qtbot, start, steps: int) -> list[str]:
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    names = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())
    return names


def _with_keywords(make_window, qtbot, tmp_path, words=("监督", "推进")):
    window, _shown = _two_documents(make_window, tmp_path)
    field = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    field.setFocus()
    for word in words:
        field.insert(word)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(window)
    return window, field


def test_tab_from_the_library_search_goes_down_the_sidebar_not_to_the_keyword_panel(make_window, qtbot, tmp_path):
    window, _field = _with_keywords(make_window, qtbot, tmp_path)
    search = window.findChild(QLineEdit, "librarySearch")
    assert _tab_path(qtbot, search, 4) == ["documentList", "outlineFilter", "outlineView", "readingPane"]


def test_tab_from_the_keyword_box_walks_its_rows_then_the_hit_buttons(make_window, qtbot, tmp_path):
    window, field = _with_keywords(make_window, qtbot, tmp_path)
    path = _tab_path(qtbot, field, 4)
    assert path[:2] == ["removeKeyword", "removeKeyword"] and path[2] in ("previousHit", "nextHit")


def test_a_keyword_removed_by_the_keyboard_goes(make_window, qtbot, tmp_path):
    window, field = _with_keywords(make_window, qtbot, tmp_path)
    _tab_path(qtbot, field, 1)
    button = QApplication.focusWidget()
    assert button.objectName() == "removeKeyword"
    qtbot.keyClick(button, Qt.Key.Key_Space)
    settle(window)
    assert window.keyword_panel.keywords() == ["推进"]


def test_tab_from_the_text_reaches_the_keyword_box(make_window, qtbot, tmp_path):
    window, _shown = _two_documents(make_window, tmp_path)
    assert _tab_path(qtbot, window.reading, 1) == ["keywordInput"]


def test_tab_goes_from_the_outline_to_the_text_past_the_breadcrumb(make_window, qtbot, tmp_path):
    window, _field = _with_keywords(make_window, qtbot, tmp_path)
    window.go_to_offset(window.loaded.document.headings[0].offset)  # (at the title above it, none is: round 72F)
    settle(window)
    assert window.breadcrumb.path() == ["一、总体要求"]  # a crumb is shown (a mouse's way: the outline is the keys')
    assert _tab_path(qtbot, window.outline.tree, 1) == ["readingPane"]


def test_a_first_window_fits_the_screen_it_opens_on(qtbot):
    """At a scale of 1.5 on a 1400 x 900 screen the first window spilled off it (the offscreen screen is as small)."""
    from reader.app import create_app

    _app, window = create_app([])
    qtbot.addWidget(window)
    room = window.screen().availableGeometry().size()
    assert room.width() < 1280 or room.height() < 820  # a small screen, as a scaled laptop's
    assert window.width() <= room.width() and window.height() <= room.height()
    with qtbot.waitExposed(window):
        window.show()
    assert window.screen().availableGeometry().contains(window.frameGeometry().topLeft())


@pytest.mark.parametrize("theme", ["dark", "light", "sepia"])
def test_the_side_panel_titles_are_readable_in_each_theme(make_window, qtbot, theme):
    """Contrast of the titles' text on the window they sit on, from the palettes (WCAG, 4.5 for text)."""
    window = make_window()
    window.actions_.themes[theme].trigger()
    settle(window)
    behind = QApplication.palette().color(QPalette.ColorRole.Window)
    for label in (window._documents_label, window._outline_label):
        ink = label.palette().color(label.foregroundRole())
        assert contrast(ink, behind) >= 4.5, (theme, ink.name(), behind.name())  # dark: black on #2a2b2e was 1.4


def _seen(widget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _narrow(make_window):
    window = make_window(size=(640, 480))
    settle(window)
    assert window.splitter.sizes()[2] == 0  # the keyword panel folded for room, the text keeps its measure
    return window


def test_ctrl_k_on_a_narrow_window_shows_the_keyword_box_it_puts_you_in(make_window, qtbot):
    window = _narrow(make_window)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    box = QApplication.focusWidget()
    assert box.objectName() == "keywordInput" and _seen(box)  # one typed into a box folded away


def test_ctrl_l_shows_the_outline_filter_when_the_sidebar_is_folded_for_room(make_window, qtbot):
    window = _narrow(make_window)
    window.actions_.show_keywords.trigger()  # Shift+F9 on a folded panel shows it: the documents and outline fold
    settle(window)
    assert window.splitter.sizes()[0] == 0
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert QApplication.focusWidget() is window.outline.filter_box and _seen(window.outline.filter_box)


def test_tab_into_a_panel_folded_for_room_shows_it(make_window, qtbot):
    window = _narrow(make_window)
    assert _tab_path(qtbot, window.reading, 1) == ["keywordInput"]
    settle(window)
    assert _seen(QApplication.focusWidget())


def test_tab_passes_over_a_panel_the_reader_hid_and_leaves_it_hidden(make_window, qtbot):
    window = make_window()
    window.actions_.show_keywords.trigger()  # Shift+F9
    settle(window)
    assert window.splitter.sizes()[2] == 0 and not window.actions_.show_keywords.isChecked()
    _tab_path(qtbot, window.reading, 1)
    settle(window)
    assert _seen(QApplication.focusWidget()) and window.splitter.sizes()[2] == 0
    assert QApplication.focusWidget().objectName() == "cleanedIndicator"


def test_shift_tab_passes_over_it_backwards(make_window, qtbot):
    window = make_window()
    window.actions_.show_keywords.trigger()
    settle(window)
    indicator = window.findChild(QWidget, "cleanedIndicator")
    indicator.setFocus()
    qtbot.waitUntil(indicator.hasFocus)
    qtbot.keyClick(indicator, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    settle(window)
    assert QApplication.focusWidget() is window.reading and window.splitter.sizes()[2] == 0


def test_ctrl_k_shows_the_keyword_panel_the_reader_hid(make_window, qtbot):
    window = make_window()
    window.actions_.show_keywords.trigger()
    settle(window)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert _seen(QApplication.focusWidget()) and window.actions_.show_keywords.isChecked()


def test_a_wide_window_keeps_its_panels_as_they_are_under_tab_and_ctrl_k(make_window, qtbot):
    window = make_window()
    sizes = window.splitter.sizes()
    _tab_path(qtbot, window.reading, 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert window.splitter.sizes() == sizes
