"""Session 62Y: removing many documents at once costs a row copy each, not the re-tokenising of its text. Library.
remove_paths forgets any number of locations in one transaction; each document that went has its indexed text set
aside and its index entries deleted later (finish_unindexing, a few at a time, or finish_unindexing_at on a worker
with its own connection); a search leaves those ids out meanwhile, and what a closed window left is still there to
finish at the next start."""

from __future__ import annotations

import os

import pytest

from reader.storage import importer, index, removal
from reader.storage.library import Library
from reader.storage.search import search

TEXTS = {f"doc{i}.txt": f"关于第{i}项工作的通知\n\n一、总体要求\n加强监督管理，第{i}份，编号甲{i}乙。\n" for i in range(6)}


def _library(tmp_path) -> tuple[Library, dict[str, str]]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    return lib, {name: str(folder / name) for name in TEXTS}


def _index_ids(lib: Library, phrase: str) -> set[int]:
    """The ids the index itself holds for a phrase (stale entries included)."""
    return {r for r, in lib.connection.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (f'"{phrase}"',))}


def _listed(lib: Library) -> list[str]:
    return sorted(os.path.basename(e.path) for e in lib.entries())


def _found(lib: Library, query: str) -> list[str]:
    return sorted(os.path.basename(h.path) for h in search(lib.connection, query))


@pytest.mark.parametrize("removed", [
    ("doc1.txt",),
    ("doc0.txt", "doc2.txt", "doc5.txt"),
    tuple(TEXTS),                                      # every document
    ("doc3.txt", "doc3.txt", "nowhere.txt"),           # twice, and a path the library does not know
])
def test_many_locations_are_forgotten_in_one_transaction(tmp_path, removed):
    lib, paths = _library(tmp_path)
    begun = []
    lib.connection.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("BEGIN") else None)
    gone = lib.remove_paths([paths.get(name, str(tmp_path / name)) for name in removed])
    lib.connection.set_trace_callback(None)
    assert len(begun) == 1
    kept = sorted(set(TEXTS) - set(removed))
    assert gone == len(set(removed) & set(TEXTS))
    assert _listed(lib) == kept
    removed_list = {os.path.basename(p) for p, in lib.connection.execute("SELECT path FROM removed")}
    assert removed_list == set(removed) & set(TEXTS)  # a rescan leaves every one out


@pytest.mark.parametrize("remove", [
    lambda lib, paths: lib.remove(paths["doc1.txt"]),
    lambda lib, paths: lib.remove_paths([paths["doc1.txt"], paths["doc2.txt"]]),
])
def test_removing_does_not_tokenise_the_text_again(tmp_path, monkeypatch, remove):
    lib, paths = _library(tmp_path)
    calls = []
    monkeypatch.setattr(index, "tokens", lambda text: calls.append(text) or "")
    remove(lib, paths)
    assert calls == []
    assert "doc1.txt" not in _listed(lib)


@pytest.mark.parametrize("query, before, after", [
    ("监督", sorted(TEXTS), ["doc0.txt", "doc3.txt", "doc4.txt", "doc5.txt"]),  # the index alone (1-2 chars)
    ("甲1乙", ["doc1.txt"], []),                                               # read from the stored text
])
def test_a_search_never_returns_a_removed_document_while_its_entries_wait(tmp_path, query, before, after):
    lib, paths = _library(tmp_path)
    assert _found(lib, query) == before
    lib.remove_paths([paths["doc1.txt"], paths["doc2.txt"]])
    assert _found(lib, query) == after  # the index still holds them
    assert search(lib.connection, query).total == len(after)
    while lib.finish_unindexing(1):
        assert _found(lib, query) == after
    assert _found(lib, query) == after


def test_index_entries_are_deleted_a_few_at_a_time(tmp_path):
    lib, paths = _library(tmp_path)
    ids = _index_ids(lib, "监督")
    lib.remove_paths([paths[f"doc{i}.txt"] for i in range(5)])
    assert _index_ids(lib, "监督") == ids  # set aside, not yet deleted
    assert lib.finish_unindexing(2) == 3
    assert lib.finish_unindexing(2) == 1
    assert lib.finish_unindexing(2) == 0
    assert len(_index_ids(lib, "监督")) == 1
    assert lib.connection.execute("SELECT count(*) FROM texts").fetchone()[0] == 1


def test_a_window_closed_mid_way_leaves_the_rest_for_the_next_start(tmp_path):
    lib, paths = _library(tmp_path)
    lib.remove_paths([paths[f"doc{i}.txt"] for i in range(4)])
    lib.finish_unindexing(1)
    lib.close()
    lib = Library(tmp_path / "data" / "library.sqlite3")
    assert _listed(lib) == ["doc4.txt", "doc5.txt"]  # the removed stay removed
    assert removal.unindexing_left(lib.connection)
    assert _found(lib, "监督") == ["doc4.txt", "doc5.txt"]
    assert removal.finish_unindexing_at(lib.path, budget_s=0.0) == 2  # a worker's run: one at least
    assert removal.finish_unindexing_at(lib.path, budget_s=60.0) == 0
    assert not removal.unindexing_left(lib.connection)
    assert len(_index_ids(lib, "监督")) == 2


def test_a_reused_id_gets_a_clean_index(tmp_path):
    lib, paths = _library(tmp_path)
    last = paths["doc5.txt"]
    lib.remove_paths([last])  # the largest id: SQLite gives it to the next document
    new = tmp_path / "docs" / "new.txt"
    new.write_text("另一份报告\n\n财政预算执行情况。\n", encoding="utf-8")
    importer.import_paths(lib, [str(new)])
    importer.index_pending(lib)
    assert _found(lib, "甲5乙") == [] and _found(lib, "监督") == [f"doc{i}.txt" for i in range(5)]
    assert _found(lib, "预算") == ["new.txt"]
    assert lib.finish_unindexing(5) == 0
    assert _found(lib, "预算") == ["new.txt"]
    assert len(_index_ids(lib, "监督")) == 5


def test_a_document_with_another_location_goes_with_it(tmp_path):
    """72I: the row's document is removed, not only the location the row showed (it came back under its copy)."""
    lib, paths = _library(tmp_path)
    copy = tmp_path / "docs" / "copy.txt"
    copy.write_text(TEXTS["doc1.txt"], encoding="utf-8")
    importer.import_paths(lib, [str(copy)])
    assert lib.remove_paths([paths["doc1.txt"]]) == 1
    assert removal.unindexing_left(lib.connection)
    assert _found(lib, "甲1乙") == []
    assert lib.finish_unindexing(5) == 0 and _found(lib, "甲1乙") == []


def test_an_unreadable_text_set_aside_does_not_stop_the_rest(tmp_path):
    lib, paths = _library(tmp_path)
    lib.remove_paths([paths["doc1.txt"], paths["doc2.txt"]])
    with lib.transaction() as db:
        db.execute("UPDATE unindexing SET body = x'00ff' WHERE doc_id = (SELECT min(doc_id) FROM unindexing)")
    assert lib.finish_unindexing(5) == 0
