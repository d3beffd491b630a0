"""Steps the library's window tests share (rounds 65L, 65Q): two short documents opened one after the other, and
the paths the window asks the importer to read again."""

from __future__ import annotations

from pathlib import Path

from qtsupport import settle

NOTICE = "国务院关于加强监督管理的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n"
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"


def watch_refreshes(monkeypatch) -> list[str]:
    """The paths the window asked the importer to read again (an opened file not as catalogued), as they come."""
    from reader.ui.library_jobs import LibraryImport

    asked: list[str] = []
    original = LibraryImport.refresh

    def refresh(self, path):
        asked.append(path)
        return original(self, path)

    monkeypatch.setattr(LibraryImport, "refresh", refresh)
    return asked


def open_shown(window, qtbot, path: Path) -> None:
    """Open a document from the window and wait until it is shown."""
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)


def two_documents(make_window, qtbot, tmp_path):
    """A notice shown at start and a report beside it, not yet opened: (window, notice, report)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(NOTICE, encoding="utf-8")
    b.write_text(REPORT, encoding="utf-8")
    window = make_window([str(a)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(a), timeout=20000)
    settle(window)
    return window, a, b
