"""Found by hand (session 70): a text reopened with the wrong encoding (File › Reopen with Encoding…, Big5 for a
UTF-8 file) was refused as 'not a text file'; the reader now says the file cannot be read as that encoding, keeps
the text shown, and a binary file opened as it is is still refused as one."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from qtsupport import choose_encoding, settle

TEXT = "关于环境保护的报告\n\n第一条　为了保护和改善环境，减少污染物排放，推进生态文明建设，制定本办法。\n" * 20


def test_a_text_reopened_with_the_wrong_encoding_is_not_called_binary(make_window, qtbot, tmp_path, monkeypatch):
    doc = tmp_path / "utf8.txt"
    doc.write_text(TEXT, encoding="utf-8")
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    settle(window)
    shown = window.reading.displayed_text()
    monkeypatch.setattr(QInputDialog, "getItem", choose_encoding("big5"))
    with qtbot.waitSignal(window.documents.open_failed, timeout=20000) as failed:
        window.actions_.reopen_encoding.trigger()
    settle(window)
    message = window.status.currentMessage()
    assert failed.args[1] == message
    assert "big5" in message and "not a text file" not in message
    assert window.loaded.path == str(doc) and window.loaded.decoded.encoding == "utf-8"
    assert window.reading.displayed_text() == shown


def test_the_reading_time_left_follows_a_change_of_ui_language_at_once(make_window, qtbot, tmp_path):
    """Found by hand: after View › Language › 繁體中文 the status bar kept '约剩 … 分钟' until the next scroll."""
    doc = tmp_path / "report.txt"
    doc.write_text(TEXT * 10, encoding="utf-8")
    window = make_window([str(doc)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc), timeout=20000)
    window.set_language("zh_CN")
    try:
        settle(window)
        assert window.status.time_left.text().startswith("约剩")
        window.set_language("zh_TW")
        settle(window)
        assert window.status.time_left.text().startswith("約剩"), window.status.time_left.text()
        window.actions_.show_original.trigger()  # the original's place, in the language shown
        settle(window)
        window.set_language("zh_CN")
        settle(window)
        assert window.status.time_left.text().startswith("约剩")
    finally:
        window.set_language("en")
