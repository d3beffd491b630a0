"""Found in review (session 64): a file the reader had reopened with another encoding was, once changed on disk and
read again (its row chosen again, or the window active again), decoded by detection again, so a reader who had
picked the encoding by hand got the wrong text back; the encoding chosen is kept for that file."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from qtsupport import choose_encoding, settle

TEXT = "臺灣的報告\n\n第一段：這是繁體中文的內容。\n\n第二段：經濟與社會發展。\n"


def _rewrite(path, text: str) -> None:
    path.write_bytes(text.encode("big5"))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


@pytest.mark.parametrize("chosen", ["gb18030", "big5"])
def test_a_file_read_again_keeps_the_encoding_the_reader_chose(make_window, qtbot, tmp_path, monkeypatch, chosen):
    doc = tmp_path / "big5.txt"
    doc.write_bytes(TEXT.encode("big5"))
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    settle(window)
    assert window.loaded.decoded.encoding == "big5"  # detected
    monkeypatch.setattr(QInputDialog, "getItem", choose_encoding(chosen))
    window.actions_.reopen_encoding.trigger()
    qtbot.waitUntil(lambda: window.loaded.decoded.encoding == chosen, timeout=20000)
    settle(window)
    first = window.loaded
    _rewrite(doc, TEXT + "\n第三段：文件在打開時被改寫了。\n")
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # back from the editor
    qtbot.waitUntil(lambda: window.loaded is not first, timeout=20000)
    settle(window)
    assert window.loaded.decoded.encoding == chosen


def test_another_file_opened_after_a_chosen_encoding_is_detected_again(make_window, qtbot, tmp_path, monkeypatch):
    doc, other = tmp_path / "big5.txt", tmp_path / "other.txt"
    doc.write_bytes(TEXT.encode("big5"))
    other.write_bytes(TEXT.encode("big5"))
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    settle(window)
    monkeypatch.setattr(QInputDialog, "getItem", choose_encoding("gb18030"))
    window.actions_.reopen_encoding.trigger()
    qtbot.waitUntil(lambda: window.loaded.decoded.encoding == "gb18030", timeout=20000)
    window.open_path(str(other))
    qtbot.waitUntil(lambda: window.loaded.path == str(other), timeout=20000)
    settle(window)
    assert window.loaded.decoded.encoding == "big5"
