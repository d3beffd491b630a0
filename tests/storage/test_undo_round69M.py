"""Session 69M: an undone removal gives the document back its library id. The undo re-inserted the rows as new
documents (23 came back as 34), so a script using `zhreader library info ID` lost it; ids are AUTOINCREMENT and
never reused (schema 4), so the removed id is free to come back."""

from __future__ import annotations

from reader.storage import importer, removal
from reader.storage.library import Library
from reader.storage.search import search

TEXTS = {f"doc{i}.txt": f"关于第{i}项工作的通知\n\n一、总体要求\n加强监督管理，第{i}份样本{i}。\n" for i in range(3)}


def _library(tmp_path) -> tuple[Library, list[str]]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    return lib, [str(folder / name) for name in TEXTS]


def test_undo_brings_documents_back_under_their_ids_with_place_and_metadata(tmp_path):
    lib, paths = _library(tmp_path)
    for place, path in enumerate(paths[:2], start=7):
        lib.set_position(path, place)
        lib.set_keywords(path, ["监督", "管理"])
        lib.set_view_script(path, "traditional")
    entries = [lib.get(path) for path in paths[:2]]
    stats = {path: lib.catalogued_stat(path) for path in paths[:2]}
    ids = [entry.doc_id for entry in entries]
    lib.remove_paths(paths[:2])
    removal.restore(lib, entries, stats)
    back = [lib.get(path) for path in paths[:2]]
    assert [entry.doc_id for entry in back] == ids  # before: two new ids after the largest
    assert all(lib.get_document(doc_id).path == path for doc_id, path in zip(ids, paths[:2]))
    assert [entry.position for entry in back] == [7, 8]
    assert {(e.keywords, e.view_script, e.title, e.number) for e in back} == {
        (e.keywords, e.view_script, e.title, e.number) for e in entries}
    assert [entry.path for entry in lib.entries()] == paths  # in their places in the list
    importer.index_pending(lib)  # indexed again under the same id: the removal's pending deletes are no obstacle
    assert [hit.doc_id for hit in search(lib.connection, "样本1")] == [ids[1]]
    (tmp_path / "docs" / "new.txt").write_text("关于新工作的通知\n\n新的内容。\n", encoding="utf-8")
    importer.import_paths(lib, [str(tmp_path / "docs" / "new.txt")])
    assert lib.get(str(tmp_path / "docs" / "new.txt")).doc_id > max(ids)  # a new document still gets a new id


def test_undo_after_the_pending_deletes_ran_keeps_the_id_and_search_finds_it_once(tmp_path):
    lib, paths = _library(tmp_path)
    entry = lib.get(paths[2])  # the largest id: an id reused by a plain INSERT would be this one again
    lib.remove_paths([paths[2]])
    lib.finish_unindexing(10)
    removal.restore(lib, [entry], {paths[2]: lib.catalogued_stat(paths[2])})
    importer.index_pending(lib)
    assert lib.get(paths[2]).doc_id == entry.doc_id
    assert [hit.doc_id for hit in search(lib.connection, "样本2")] == [entry.doc_id]
