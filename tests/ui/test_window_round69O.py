"""Found by hand (session 69O), each on the real asynchronous window: a script whose converters were not loaded
moved the selector at once and the text 1-1.5 s later with nothing said meanwhile; Tab into a list showed no sign
of the focus (least of all on the dark theme); Help had only a one-line About; the keyword panel kept '1 of N'
after the reader went away from that hit."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from qtsupport import settle

from reader.ui import window_script

REPORT = "关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理。\n\n二、主要做法\n完善制度。\n"


def _report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_a_script_waiting_for_its_converters_says_so_until_it_is_shown(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window([str(_report(tmp_path))])
    gate, real = threading.Event(), window_script._load_all
    monkeypatch.setattr(window_script, "_load_all", lambda configs, cache: gate.wait(20) and real(configs, cache))
    viewport = window.reading.viewport()
    window.actions_.scripts["s2twp"].trigger()  # Ctrl+Alt+6, its converters not loaded yet
    assert window.status.currentMessage() == "Converting to 台灣正體（詞彙）…"
    assert viewport.cursor().shape() == Qt.CursorShape.BusyCursor
    assert "监督" in window.reading.toPlainText()  # still the text as it was: the notice is all that changed
    gate.set()
    qtbot.waitUntil(lambda: "監督" in window.reading.toPlainText(), timeout=20000)
    settle(window)
    assert window.status.currentMessage() == ""
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor


def test_a_choice_that_needs_no_wait_ends_the_notice_of_the_one_it_replaced(make_window, qtbot, tmp_path,
                                                                         monkeypatch):
    window = make_window([str(_report(tmp_path))])
    gate, real = threading.Event(), window_script._load_all
    monkeypatch.setattr(window_script, "_load_all", lambda configs, cache: gate.wait(20) and real(configs, cache))
    window.actions_.scripts["s2hkp"].trigger()
    assert window.status.currentMessage().startswith("Converting to 香港繁體")
    window.actions_.scripts["s2t"].trigger()  # loaded at start: shown at once, the wait superseded
    assert window.status.currentMessage() == ""
    assert window.reading.viewport().cursor().shape() == Qt.CursorShape.IBeamCursor
    gate.set()
    settle(window)
    assert window.settings.script == "s2t" and window.status.currentMessage() == ""


def _tab_to(window, qtbot, name: str):
    for _ in range(30):
        widget = window.focusWidget()
        if widget is not None and widget.objectName() == name:
            return widget
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def _row_edge(view, index) -> QPoint:
    """A point 1 px inside the left end of the row of `index` (where a ring round it is drawn)."""
    rect = view.visualRect(index)
    return QPoint(1, rect.center().y())


def test_tab_into_a_list_rings_its_current_row_in_light_and_dark(make_window, qtbot, tmp_path):
    window = make_window([str(_report(tmp_path))])
    window.reading.setFocus()
    for theme in ("light", "dark"):
        window.view.set_theme(theme)
        window.reading.setFocus()
        for name in ("documentList", "outlineView"):
            view = _tab_to(window, qtbot, name)
            qtbot.waitUntil(lambda: view.currentIndex().isValid())
            index = view.currentIndex()
            selected = view.selectionModel().isSelected(index)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            colour = view.palette().color(QPalette.ColorGroup.Active, role).rgb()
            image = view.viewport().grab().toImage()
            assert image.pixelColor(_row_edge(view, index)).rgb() == colour, (theme, name)
            window.reading.setFocus()
            image = view.viewport().grab().toImage()
            assert image.pixelColor(_row_edge(view, index)).rgb() != colour, (theme, name)  # gone with the focus


def test_help_lists_every_shortcut_of_the_actions_and_about_says_where_the_data_is(make_window, qtbot, tmp_path,
                                                                                  monkeypatch):
    window = make_window([str(_report(tmp_path))])
    window.view.set_theme("dark")
    window.actions_.shortcuts.trigger()
    dialog = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog"][0]
    qtbot.waitExposed(dialog)
    table = dialog.table
    names = [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())]
    keyed = [a for a in window.actions_.all() if not a.shortcut().isEmpty()]
    assert len(names) == len(keyed) and "Show Original File" in names and "台灣正體（詞彙）" in names
    assert dialog.palette().color(QPalette.ColorRole.Window) == QApplication.palette().color(QPalette.ColorRole.Window)
    qtbot.keyClicks(dialog.filter_box, "zoom")
    shown = [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())
             if not table.topLevelItem(i).isHidden()]
    assert shown == ["Zoom In", "Zoom Out"]
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)  # empties the filter (round 69Z)
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)  # then closes
    qtbot.waitUntil(lambda: not dialog.isVisible())
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.palette())))
    window.actions_.about.trigger()
    text, palette = shown[0]
    assert str(window.paths.data_dir) in text and "Apache-2.0" in text and "zhreader 0." in text
    assert palette.color(QPalette.ColorRole.Window) == QApplication.palette().color(QPalette.ColorRole.Window)


def _hit_position(window) -> str:
    return window.keyword_panel.findChild(QLabel, "hitPosition").text()


def test_the_panel_names_the_current_hit_only_while_the_reader_is_at_it(make_window, qtbot, tmp_path):
    path = tmp_path / "long.txt"
    filler = "\n\n".join(f"第{i}段，正文内容没有关键的词语。" for i in range(400))
    path.write_text(f"关于工作的报告\n\n{filler}\n\n这里说到监督。\n\n{filler}\n\n再说监督。\n", encoding="utf-8")
    window = make_window([str(path)])
    window.keyword_panel.add_keyword("监督")
    qtbot.waitUntil(lambda: _hit_position(window) == "Total: 2", timeout=10000)
    window.actions_.next_hit.trigger()  # F3
    qtbot.waitUntil(lambda: _hit_position(window) == "1 of 2", timeout=10000)
    settle(window)
    assert _hit_position(window) == "1 of 2"  # the view settled on the hit: still named
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _hit_position(window) == "Total: 2", timeout=10000)
    window.actions_.next_hit.trigger()  # F3 from the top: the first hit again
    qtbot.waitUntil(lambda: _hit_position(window) == "1 of 2", timeout=10000)
