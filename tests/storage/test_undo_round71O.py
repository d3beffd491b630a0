"""Session 71O: an undo of a removal names each document by the path the list showed, as before the removal. The
location came back as the newest, so a document with a copy found since (the bundled seeds added after copies of
them) was named by that copy: the list got the copy's row at its end, and a restart listed the copy."""

from __future__ import annotations

import time

from reader.storage import importer, removal
from reader.storage.library import Library

TEXTS = {f"doc{i}.txt": f"关于第{i}项工作的通知\n\n一、总体要求\n加强监督管理，第{i}份。\n" for i in range(3)}


def test_a_document_brought_back_is_named_by_its_listed_path_not_by_a_copy_found_since(tmp_path):
    folder, copies = tmp_path / "docs", tmp_path / "seeds"
    folder.mkdir()
    copies.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        (copies / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    time.sleep(0.01)  # the copies are found later (the seeds at the window's first start)
    importer.import_paths(lib, [str(copies)])
    before = [e.path for e in lib.entries()]
    assert before == [str(folder / name) for name in TEXTS]
    gone = before[1]
    entries, stats = [lib.get(gone)], {gone: lib.catalogued_stat(gone)}
    lib.remove_paths([gone])
    assert lib.listed(str(copies / "doc1.txt")) is None  # gone with it (72I: a removal takes every location)
    removal.restore(lib, entries, stats)
    assert [e.path for e in lib.entries()] == before
    assert lib.listed(gone).path == gone
