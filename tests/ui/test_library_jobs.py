"""Adding a folder off the GUI thread: batches reach the list as they commit, the index follows, cancel stops."""

from __future__ import annotations

from reader.storage.library import Library
from reader.storage.search import search
from reader.ui.document_list import DocumentList
from reader.ui.library_jobs import LibraryImport


def _folder(tmp_path, n):
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(f"第{i}号文件\n\n正文{i}：依法行政。\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


def test_import_lists_batches_then_indexes(qtbot, tmp_path):
    folder = _folder(tmp_path, 450)
    db = tmp_path / "library.sqlite3"
    view = DocumentList()
    qtbot.addWidget(view)
    job = LibraryImport(db)
    batches, phases = [], []
    job.entries_listed.connect(lambda entries: (batches.append(len(entries)), view.add_entries(entries)))
    job.progress.connect(lambda phase, done, total: phases.append(phase))
    with qtbot.waitSignal(job.finished, timeout=60000) as blocker:
        job.start([str(folder)])
    report = blocker.args[0]
    assert len(report.added) == 450 and [p for p, _ in report.failed] == [str(folder / "bad.txt")]
    assert len(batches) >= 3 and sum(batches) == 450  # batch by batch, not one block at the end
    assert len(view.entries()) == 450
    assert phases[0] == "listing" and phases[-1] == "indexing"
    lib = Library(db)
    assert len(search(lib.connection, "第449号")) == 1


def test_cancel_keeps_what_was_committed(qtbot, tmp_path):
    folder = _folder(tmp_path, 1200)
    db = tmp_path / "library.sqlite3"
    job = LibraryImport(db)
    job.progress.connect(lambda phase, done, total: job.cancel())
    with qtbot.waitSignal(job.finished, timeout=60000) as blocker:
        job.start([str(folder)])
    report = blocker.args[0]
    assert report.cancelled and 0 < len(report.added) < 1200
    assert Library(db).count() == len(report.added)


def test_an_import_process_that_dies_is_reported(qtbot, tmp_path):
    import os
    import signal

    folder = _folder(tmp_path, 2000)
    job = LibraryImport(tmp_path / "library.sqlite3")
    killed = []

    def kill_once(phase, done, total):
        if not killed:
            killed.append(done)
            os.kill(job.pid(), signal.SIGKILL)  # as the OS would (out of memory, kill -9)
    job.progress.connect(kill_once)
    with qtbot.waitSignal(job.failed, timeout=60000) as blocker:
        job.start([str(folder)])
    assert "stopped unexpectedly" in blocker.args[0]
    assert not job.busy
    assert Library(tmp_path / "library.sqlite3").count() >= killed[0]  # committed batches stay


def test_no_import_starts_after_shutdown(qtbot, tmp_path):
    """A file watcher or the periodic check firing while the window closes would start an import process that the
    closing app then destroys mid-write ('QProcess: Destroyed while process is still running' in a soak run)."""
    folder = _folder(tmp_path, 3)
    job = LibraryImport(tmp_path / "library.sqlite3")
    job.shutdown()
    job.check()
    job.start([str(folder)])
    assert not job.busy and job.pid() == 0
