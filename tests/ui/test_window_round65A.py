"""Round 65A on the real window: a document the reader passes over while it is being read stops once its file is
read (documents.Superseded between steps), so it no longer shares the interpreter with the one chosen after it;
right after start the document shown at start was built in full beside the one clicked and held it back."""

from __future__ import annotations

import threading

from qtsupport import settle

from reader import documents
from reader.text import document as text_document


def _write(folder, name: str, body: str):
    path = folder / name
    path.write_text(f"关于{body}的报告\n\n一、总体情况\n正文{body}。\n", encoding="utf-8")
    return path


def test_a_document_passed_over_while_read_is_not_built(make_window, qtbot, tmp_path, monkeypatch) -> None:
    first, second = _write(tmp_path, "a.txt", "甲"), _write(tmp_path, "b.txt", "乙")
    window = make_window([])
    gate, real = threading.Event(), documents.load_for_reading

    def load(file, *args):
        if str(file) == str(first):
            gate.wait(20)  # still being read when the reader clicks the next one
        return real(file, *args)

    built: list[str] = []
    real_build = text_document.build_document
    monkeypatch.setattr(documents, "load_for_reading", load)
    monkeypatch.setattr(text_document, "build_document", lambda decoded: built.append(decoded.text[2]) or
                        real_build(decoded))
    window.open_path(str(first))
    window.open_path(str(second))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(second), timeout=20000)
    gate.set()
    window.jobs.wait(20000)
    settle(window)
    assert [b for b in built if b in "甲乙"] == ["乙"]  # 甲 was read, then dropped before its build (seeds aside)
    assert window.loaded.path == str(second) and "正文乙" in window.reading.toPlainText()
    assert "cannot open" not in window.status.currentMessage()


def test_a_document_still_wanted_is_read_in_full(tmp_path) -> None:
    path = _write(tmp_path, "c.txt", "丙")
    asked: list[int] = []
    loaded = documents.load_for_reading(str(path), None, None, lambda: asked.append(1) is None)
    assert loaded.document.title and len(asked) == 2  # asked after the read and after the build
    assert loaded.document.text == documents.load_for_reading(str(path)).document.text
