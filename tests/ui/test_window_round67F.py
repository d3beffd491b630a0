"""Round 67F: after Ctrl+T the outline and the breadcrumb change script together with the text on screen, not
before it: a long text is converted on a worker (seconds for 3 M characters), and meanwhile the breadcrumb and the
outline named the reader's place in the new script over the old text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from qtsupport import settle

PARAGRAPH = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定，做好各项工作。"


def _write(path, count: int) -> None:
    lines = ["关于加强工作的报告"]
    for i in range(count):
        if i % 100 == 0:
            lines.append(f"第{i // 100 + 1}章　发展与改革的第{i // 100 + 1}部分")
        lines.append(PARAGRAPH)
    path.write_text("\n".join(lines), encoding="utf-8")


def _states(window) -> tuple[bool, bool, bool]:
    """(text on screen, breadcrumb, outline's current heading) in Traditional."""
    view = window.reading
    on_screen = "發展與改革" in view.document().toPlainText()
    crumb = "發展與改革" in "".join(window.breadcrumb.path())
    outline = "發展與改革" in window.outline.label(window.outline.current_index())
    return on_screen, crumb, outline


@pytest.mark.parametrize("count", [3000, 40])
def test_outline_and_breadcrumb_change_script_with_the_text(make_window, tmp_path, count):
    path = tmp_path / "report.txt"
    _write(path, count)
    window = make_window()
    window.open_path(str(path))
    settle(window)
    window.go_to_offset(window.loaded.document.headings[len(window.loaded.document.headings) // 2].offset)
    settle(window)
    assert _states(window) == (False, False, False)
    app = QApplication.instance()
    seen = []
    window.actions_.toggle_script.trigger()  # Ctrl+T: 简 → 繁
    seen.append(_states(window))
    while window.reading.converting or not seen[-1][0]:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        seen.append(_states(window))
        assert len(seen) < 20000
    settle(window)
    seen.append(_states(window))
    assert seen[-1] == (True, True, True)
    assert all(s[0] == s[1] == s[2] for s in seen), sorted(set(seen))


def test_a_long_text_is_laid_out_once_its_headings_are_in(make_window, qtbot, tmp_path, monkeypatch):
    """A long text is shown before its outline is found and rebuilt with its headings styled: the first one's
    background layout was thrown away with it (0.75 s of the window's thread on 3 M characters). It waits; the
    styled text is then laid out to its end."""
    import threading

    from reader import documents

    release = threading.Event()
    real = documents.outline_of

    def held(loaded):
        release.wait(30)
        return real(loaded)

    monkeypatch.setattr(documents, "outline_of", held)
    path = tmp_path / "long.txt"
    _write(path, 6000)  # ~250,000 characters: shown before its outline
    window = make_window()
    shown = []
    window.document_shown.connect(shown.append)
    window.open_path(str(path))
    app = QApplication.instance()
    qtbot.waitUntil(lambda: bool(shown) and not window.reading.busy, timeout=60000)
    assert shown and window.loaded.cleaned is not None  # the outline is still on its way
    first = window.reading.document()
    for _ in range(600):  # far more turns than the background layout needs for the whole text
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    assert first.lastBlock().layout().lineCount() == 0
    release.set()
    settle(window)
    assert window.loaded.cleaned is None and window.loaded.document.headings
    qdoc = window.reading.document()
    assert qdoc is not first
    qtbot.waitUntil(lambda: qdoc.lastBlock().layout().lineCount() > 0, timeout=60000)
