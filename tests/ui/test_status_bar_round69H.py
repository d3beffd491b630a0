"""Found by hand (session 69H): removing one document with a long title in a 700 px window said '“中华人民共和国国务院
关于进一步…的通知” was removed from the list; the file st' beside Undo: the end, what was done to the file, was cut
off. The title gives way in its middle, the action stays whole, and the whole message is the bar's tooltip. Widths
are measured in the font the bar has, so the test holds in any font."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qtsupport import settle

LONG = "中华人民共和国国务院关于进一步加强和改进新时代人民代表大会{0}工作若干重大问题的决定暨实施意见的通知"
PERMANENT = ("cleanedIndicator", "encodingLabel", "scriptLabel", "charsLabel", "progressLabel", "timeLeftLabel",
             "undoRemoval", "libraryProgress", "libraryCancel")
ACTION = "” was removed from the list; the file stays where it is"


def test_removing_a_long_titled_document_in_a_narrow_window_elides_the_title_not_the_action(
        make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("reader.ui.removal_undo.OFFER_MS", 120000)  # Undo stays while the test measures
    paths = [tmp_path / f"{n}.txt" for n in "abc"]
    for n, path in zip("abc", paths):
        path.write_text(f"{LONG.format(n)}\n\n一、基本情况\n正文{n}。\n", encoding="utf-8")
    window = make_window([str(p) for p in paths], size=(700, 600))
    qtbot.waitUntil(lambda: window.loaded is not None and len(window.document_list.entries()) >= 3, timeout=20000)
    settle(window)
    bar = window.status
    entry = next(e for e in window.document_list.entries() if e.path != window.loaded.path)
    window.documents.remove_all([entry.path], "", entry.title)
    undo = bar.findChild(QWidget, "undoRemoval")
    qtbot.waitUntil(lambda: undo.isVisible() and "removed" in bar.currentMessage(), timeout=20000)
    settle(window)
    assert bar.width() <= 700
    message = bar.currentMessage()
    shown = [w for w in (bar.findChild(QWidget, name) for name in PERMANENT) if w is not None and w.isVisible()]
    first = min(w.x() for w in shown)
    assert bar.fontMetrics().horizontalAdvance(message) <= first - 8  # the message ends before Undo: none cut off
    assert message.endswith(ACTION)  # what was done is whole
    assert message.startswith("“中华") and "…" in message  # the title gave way, in its middle
    assert bar.toolTip() == f"“{entry.title}{ACTION}"  # the whole message on hover
    _wider = 700 + bar.fontMetrics().horizontalAdvance(f"“{entry.title}{ACTION}")
    window.resize(_wider, window.height())  # room again: the whole title comes back
    qtbot.waitUntil(lambda: bar.currentMessage() == f"“{entry.title}{ACTION}", timeout=5000)
