"""Found in review (session 65): the window stamped the shown file's size and time after its read had ended, on
the GUI thread, so a file saved again by an editor while the reader's copy was being read looked unchanged: coming
back to the window, or choosing its row again, kept the old text on screen for good. The stamp is now the one taken
on the worker before the read (Loaded.stat), so such a change is still seen and read again."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

import reader.text.decode as decode
from reader.ui.file_changes import ChangedOnDisk
from qtsupport import settle

OLD = "第一章 原文\n\n" + "原来的内容。\n\n" * 300
NEW = "第一章 新版\n\n" + "编辑器在读取时保存了新版。\n\n" * 300


def _shown(qtbot, window, path: Path) -> None:
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)


def _saved_during_the_read(monkeypatch, path: Path) -> list[int]:
    """The editor saves the file just after the worker has read it (once): the reader's copy is the old text."""
    real, saves = decode.read_file, []

    def read_then_saved(file, *args, **kwargs):
        decoded = real(file, *args, **kwargs)
        if Path(file) == path and not saves:
            path.write_text(NEW, encoding="utf-8")
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
            saves.append(1)
        return decoded

    monkeypatch.setattr(decode, "read_file", read_then_saved)
    return saves


def test_a_file_saved_while_it_was_read_is_read_again_when_the_reader_comes_back(make_window, qtbot, tmp_path,
                                                                                 monkeypatch):
    path = tmp_path / "draft.txt"
    path.write_text(OLD, encoding="utf-8")
    saves = _saved_during_the_read(monkeypatch, path)
    check = ChangedOnDisk.check  # the window's own first activation, late on a loaded machine, is not the return
    monkeypatch.setattr(ChangedOnDisk, "check", lambda self: None)
    window = make_window([str(path)])
    _shown(qtbot, window, path)
    monkeypatch.setattr(ChangedOnDisk, "check", check)
    assert saves and "原来的内容" in window.reading.document().toPlainText()  # the copy read before the save
    first = window.loaded
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # the reader comes back from the editor
    qtbot.waitUntil(lambda: window.loaded is not first, timeout=20000)
    settle(window)
    assert "编辑器在读取时保存了新版" in window.reading.document().toPlainText()
    assert window.status.currentMessage() == "draft.txt changed on disk and was read again"


def test_a_file_left_alone_is_not_read_again_when_the_reader_comes_back(make_window, qtbot, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(OLD, encoding="utf-8")
    window = make_window([str(path)])
    _shown(qtbot, window, path)
    first = window.loaded
    assert first.stat is not None  # the worker's stamp is the one compared
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.wait(300)
    settle(window)
    assert window.loaded is first and "changed on disk" not in window.status.currentMessage()
