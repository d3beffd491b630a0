"""Keyword suggestions come from one long-lived child process, newest request wins."""

from __future__ import annotations

import io
import json

from PySide6.QtCore import QProcess

from reader.keyword_worker import serve
from reader.text.document import load_document
from reader.ui.suggestions import Suggestions
from support import seed


def test_worker_answers_each_request_and_survives_a_bad_one(tmp_path):
    text = load_document(seed("000")).text
    requests = b"not json\n" + json.dumps({"id": 7, "n": 5, "text": text}, ensure_ascii=False).encode() + b"\n"
    out = io.BytesIO()
    serve(io.BytesIO(requests), out, tmp_path)
    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert "error" in first
    assert second["id"] == 7 and len(second["words"]) == 5
    assert all(w in text for w in second["words"])


def test_one_child_serves_successive_documents(qtbot, tmp_path):
    suggestions = Suggestions(str(tmp_path))
    try:
        texts = {k: load_document(seed(k)).text for k in ("000", "002")}
        with qtbot.waitSignal(suggestions.ready, timeout=30000) as first:
            suggestions.request("000", texts["000"], 8)
        (process,) = suggestions.findChildren(QProcess)
        pid = process.processId()
        with qtbot.waitSignal(suggestions.ready, timeout=30000) as second:
            suggestions.request("002", texts["002"], 8)
        assert [p.processId() for p in suggestions.findChildren(QProcess)] == [pid]
        assert first.args[0] == "000" and all(w in texts["000"] for w in first.args[1])
        assert second.args[0] == "002" and second.args[1] and all(w in texts["002"] for w in second.args[1])
    finally:
        suggestions.shutdown()
    assert not [p for p in suggestions.findChildren(QProcess) if p.state() != QProcess.ProcessState.NotRunning]


def test_only_the_newest_request_is_answered(qtbot, tmp_path):
    suggestions = Suggestions(str(tmp_path))
    try:
        old = load_document(seed("000")).text
        new = load_document(seed("001")).text
        answers = []
        suggestions.ready.connect(lambda key, words: answers.append(key))
        suggestions.request("old", old, 5)
        with qtbot.waitSignal(suggestions.ready, timeout=30000):
            suggestions.request("new", new, 5)
        qtbot.wait(200)
        assert answers == ["new"]
    finally:
        suggestions.shutdown()


def test_no_child_starts_after_shutdown(qtbot, tmp_path):
    """A request made while the window closes (a document still opening) would start a child that the closing app
    then destroys while it runs."""
    suggestions = Suggestions(str(tmp_path))
    suggestions.shutdown()
    suggestions.request("000", load_document(seed("000")).text, 5)
    assert suggestions.findChildren(QProcess) == []
