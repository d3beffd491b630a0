"""The catalogue survives damage, a read-only data folder, two running instances and a kill mid-import."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from reader.storage import importer
from reader.storage.library import Entry, Library
from support import freeze

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _docs(folder, n, tag="文"):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(f"{tag}件第{i}号\n\n正文{i}：依法行政，加强监督。{tag * (i % 7)}\n",
                                              encoding="utf-8")
    return folder


def _python(code: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_library_made(tmp_path):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    lib = Library(path)
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("library.sqlite3.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes() == b"this is not sqlite at all" * 100
    assert str(aside[0]) in lib.message
    lib.add(Entry("/a.txt", title="甲"))
    assert [e.title for e in Library(path).entries()] == ["甲"]


def test_a_truncated_database_is_rebuilt_from_the_locations_it_still_gives(tmp_path):
    folder = _docs(tmp_path / "docs", 400)
    path = tmp_path / "library.sqlite3"
    lib = Library(path)
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    lib.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size // 2)
    lib = Library(path)
    assert "damaged" in lib.message and lib.salvaged
    assert set(lib.salvaged) <= {str(p) for p in folder.iterdir()}
    assert lib.count() == len(lib.salvaged)
    importer.index_pending(lib)  # the salvaged locations are read again: titles come back
    assert all(e.title.startswith("文件第") for e in lib.entries())
    assert lib.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"




@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_read_only_data_folder_gives_a_working_session_that_saves_nothing(tmp_path):
    data = tmp_path / "data"
    lib = Library(data / "library.sqlite3")
    lib.add(Entry("/kept.txt", title="保留"))
    lib.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    before = sorted(p.name for p in data.iterdir())
    freeze(data, True)
    try:
        lib = Library(data / "library.sqlite3")
        assert lib.read_only and "cannot be written" in lib.message
        assert [e.title for e in lib.entries()] == ["保留"]
        lib.add(Entry("/new.txt", title="新"))  # the session works ...
        assert len(lib.entries()) == 2
        lib.close()
        assert sorted(p.name for p in data.iterdir()) == before
    finally:
        freeze(data, False)
    assert [e.title for e in Library(data / "library.sqlite3").entries()] == ["保留"]  # ... and saved nothing


def test_two_instances_importing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    code = """
        import sys
        from pathlib import Path
        from reader.storage.library import Library
        from reader.storage import importer
        lib = Library(Path(sys.argv[1]))
        report = importer.import_paths(lib, [sys.argv[2]], batch=10)
        importer.index_pending(lib)
        print(len(report.added), len(report.failed))
    """
    folders = [_docs(tmp_path / "a", 150, "甲"), _docs(tmp_path / "b", 150, "乙")]
    env = dict(os.environ, PYTHONPATH=REPO)
    procs = [subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), str(path), str(f)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in folders]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert [o.split() for o, _ in outputs] == [["150", "0"], ["150", "0"]]
    lib = Library(path)
    assert lib.count() == 300
    assert lib.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    from reader.storage.search import search

    assert len(search(lib.connection, "甲件", limit=500)) == 150


def test_sigkill_in_the_middle_of_an_import_loses_nothing_already_imported(tmp_path):
    folder = _docs(tmp_path / "docs", 3000)
    path = tmp_path / "library.sqlite3"
    code = f"""
        import sys, time
        from pathlib import Path
        from reader.storage.library import Library
        from reader.storage import importer
        lib = Library(Path({str(path)!r}))
        def progress(done, total):
            print(done, flush=True)
        importer.import_paths(lib, [{str(folder)!r}], progress=progress, batch=50)
        print("finished", flush=True)
    """
    proc = _python(code)
    committed = 0
    for line in proc.stdout:
        committed = int(line)
        if committed >= 200:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    lib = Library(path)
    assert lib.message == ""  # not damaged
    assert lib.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert committed <= lib.count() < 3000  # every reported batch is there, the kill came before the end
    orphans = lib.connection.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS"
                                     " (SELECT 1 FROM locations WHERE doc_id = d.id)").fetchone()[0]
    assert orphans == 0
    report = importer.import_paths(lib, [str(folder)])
    assert lib.count() == 3000 and len(report.unchanged) == lib.count() - len(report.added)
