"""Found in session 74: the keyword suggestions came some 4.5 s after the window under load, the child process that
loads jieba being started only by the first document's request, once that document was shown. It now starts as
soon as the window is shown, and loads jieba while the first document opens."""

from __future__ import annotations

from PySide6.QtCore import QProcess

from reader.text.document import load_document
from reader.ui.suggestions import Suggestions
from support import seed


def _running(suggestions: Suggestions) -> list[QProcess]:
    return [p for p in suggestions.findChildren(QProcess) if p.state() != QProcess.ProcessState.NotRunning]


def test_the_child_starts_with_the_window_before_any_request(make_window, qtbot, monkeypatch):
    asked: list[str] = []  # the first document's request held back: only the window's showing can start the child
    monkeypatch.setattr(Suggestions, "request", lambda self, key, text, count: asked.append(key))
    window = make_window()
    qtbot.waitUntil(lambda: bool(_running(window.suggestions)), timeout=10000)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)  # the document shown asked, and was held
    assert window.loaded is not None


def test_a_warmed_child_answers_the_first_request(qtbot, tmp_path):
    suggestions = Suggestions(str(tmp_path))
    try:
        suggestions.warm()
        (process,) = _running(suggestions)
        assert process.waitForStarted(10000)
        pid = process.processId()
        suggestions.warm()  # a second warm starts nothing more
        text = load_document(seed("000")).text
        with qtbot.waitSignal(suggestions.ready, timeout=30000) as answer:
            suggestions.request("000", text, 8)
        assert [p.processId() for p in _running(suggestions)] == [pid]
        assert answer.args[0] == "000" and answer.args[1] and all(w in text for w in answer.args[1])
    finally:
        suggestions.shutdown()
    assert not _running(suggestions)


def test_no_child_is_warmed_after_shutdown(qtbot, tmp_path):
    suggestions = Suggestions(str(tmp_path))
    suggestions.shutdown()
    suggestions.warm()
    assert suggestions.findChildren(QProcess) == []
