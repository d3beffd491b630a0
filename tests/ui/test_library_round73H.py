"""Found in review (session 73H): the window's list followed documents added and removed elsewhere, but not one
retitled there (a file changed on disk and added again from a shell: the same document, a new title) until the next
add or remove."""

from __future__ import annotations

import subprocess
import sys

from qtsupport import settle


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _titles(window) -> dict[str, str]:
    return {entry.path: entry.title for entry in window.document_list.entries()}


def _add(*paths) -> None:
    subprocess.run([sys.executable, "-m", "reader", "library", "add", *map(str, paths)], check=True,
                   capture_output=True)


def test_a_document_retitled_elsewhere_is_listed_under_its_new_title(make_window, qtbot, tmp_path):
    shown, other = tmp_path / "a.txt", tmp_path / "b.txt"
    shown.write_text("关于治理工作的报告\n\n正文第一段，治理工作。\n", encoding="utf-8")
    other.write_text("关于节能工作的通知\n\n正文第一段，节能工作。\n", encoding="utf-8")
    window = make_window([str(shown)])
    qtbot.waitUntil(lambda: window.loaded is not None and str(shown) in _titles(window), timeout=20000)
    _idle(window, qtbot)
    _add(other)
    qtbot.waitUntil(lambda: _titles(window).get(str(other)) == "关于节能工作的通知", timeout=20000)
    other.write_text("关于节水工作的意见\n\n正文第一段，节水工作。\n", encoding="utf-8")
    _add(other)  # the same document read again: one row, a new title
    qtbot.waitUntil(lambda: _titles(window).get(str(other)) == "关于节水工作的意见", timeout=20000)  # before: old
    assert len(_titles(window)) == len(window.document_list.entries())  # each once
    assert window.loaded.path == str(shown) and window.document_list.current_path() == str(shown)

