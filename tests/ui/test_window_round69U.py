"""Found by hand (session 69U), on the real asynchronous window: a document that came in while a script chosen just
before waited for its converters (Ctrl+Alt+6, then a 1 M text opened) had its title converted on the GUI thread,
which waited on the worker's lock for the whole load: the window froze 3-13 s."""

from __future__ import annotations

import contextlib
import threading

from qtsupport import settle

from reader.text import convert
from reader.ui import window_script

FIRST = "关于加强监督管理工作的报告\n\n一、总体情况\n加强监督管理。\n"
SECOND = "关于软件工作的通知\n\n一、总体要求\n推广软件和信息服务。\n"


def test_a_document_that_comes_in_while_a_script_loads_is_shown_without_waiting_for_it(make_window, qtbot,
                                                                                      tmp_path, monkeypatch):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    window = make_window([str(first)])
    gate, waited, real = threading.Event(), threading.Event(), window_script._load_all

    def slow_load(configs, cache) -> None:
        """A load that holds the build of its converters, as a compile of a cold cache does (1-13 s under load)."""
        with contextlib.ExitStack() as held:
            for config in configs:
                held.enter_context(convert.build_lock(config, cache))
            gate.wait(6)
            waited.set()
        real(configs, cache)

    monkeypatch.setattr(window_script, "_load_all", slow_load)
    window.actions_.scripts["s2twp"].trigger()  # Ctrl+Alt+6, its converters not loaded yet
    window.open_path(str(second))
    qtbot.waitUntil(lambda: "推广软件" in window.reading.toPlainText(), timeout=20000)
    assert not waited.is_set()  # shown while the load still held the lock: the window did not wait for it
    gate.set()
    qtbot.waitUntil(lambda: "推廣軟體" in window.reading.toPlainText(), timeout=20000)  # then in Taiwan's words
    settle(window)
    assert window.settings.script == "s2twp" and window.windowTitle().startswith("關於軟體工作的通知")
