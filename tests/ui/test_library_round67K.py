"""Found by hand (session 67K), the library's rough edges in the window: quitting during an import logged a crash,
an earlier import's failure note outlived a later import that succeeded, and Enter in the search field did not open
a result (Down did)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from qtsupport import settle
from reader.storage.library import Library

TEXT = "关于人大监督工作的报告\n\n国家机关依法接受人大监督。\n"


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window


def _folder(tmp_path, name: str, n: int):
    folder = tmp_path / name
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(f"第{i}号文件\n\n一、总则\n\n" + "正文依法行政。" * 300, encoding="utf-8")
    return folder


def test_quitting_during_an_import_is_quiet_and_the_import_resumes_later(make_window, qtbot, tmp_path, caplog, capfd):
    window = _open(make_window, qtbot, tmp_path)
    importer = window.library_panel.importer
    folder = tmp_path / "long"
    folder.mkdir()  # a long document first: its batch outlasts the moment the window gives an import to stop
    (folder / "long.txt").write_text("".join(f"第{i}章 总则\n\n" + "正文依法行政。" * 40 + "\n" for i in range(20000)),
                                     encoding="utf-8")
    (folder / "short.txt").write_text(TEXT.replace("人大", "政府"), encoding="utf-8")
    caplog.set_level(logging.DEBUG, logger="reader")
    with qtbot.waitSignal(importer.started, timeout=20000):
        window.library_panel.upkeep.add_paths([str(folder)])
    db = importer._db_path
    capfd.readouterr()
    window.close()  # Quit: the import is told to stop, and killed as its batch is long
    assert not importer.busy
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [w for w in warnings if "import" in w], warnings  # was 'import process ended (9, CrashExit)'
    assert "Destroyed while process" not in capfd.readouterr().err
    assert not {e.path for e in Library(db).entries()} & {str(folder / "long.txt"), str(folder / "short.txt")}


def _import(window, qtbot, paths):
    with qtbot.waitSignal(window.library_panel.importer.finished, timeout=60000):
        window.library_panel.upkeep.add_paths([str(p) for p in paths])
    settle(window)


def test_a_later_import_replaces_an_earlier_imports_failure_note(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    _import(window, qtbot, [bad])
    info = window.info_bar
    assert info.isVisible() and "binary.txt" in info.text.text()
    _import(window, qtbot, [_folder(tmp_path, "good", 3)])
    assert not info.isVisible()  # was: '1 file could not be added: binary.txt' still up under 'Added 3 documents'
    _import(window, qtbot, [bad / "binary.txt"])  # failing again: said again, once
    assert info.isVisible() and info.text.text().count("binary.txt") == 1


def _results_for(window, qtbot, words: str):
    search = window.library_panel.search
    search.field.setFocus()
    search.field.setText(words)  # as typed (keyClicks sends no Chinese)
    qtbot.waitUntil(lambda: search.model.rowCount() > 0 and search.results.isVisible(), timeout=20000)
    return search


def test_enter_in_the_search_field_opens_the_first_result(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    _import(window, qtbot, [_folder(tmp_path, "many", 3)])
    search = _results_for(window, qtbot, "第2号文件")
    first = search.model.hits[0].path
    assert first != window.loaded.path
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.loaded.path == first, timeout=20000)  # was: searched again, nothing opened


def test_enter_typed_before_the_results_opens_the_first_of_them(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    _import(window, qtbot, [_folder(tmp_path, "many", 3)])
    search = window.library_panel.search
    search.field.setFocus()
    search.field.setText("第1号文件")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)  # at once: the results are not in yet
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=20000)
    first = search.model.hits[0].path
    qtbot.waitUntil(lambda: window.loaded.path == first, timeout=20000)
    assert search.results.currentIndex().row() == 0  # the row marked is the document shown
