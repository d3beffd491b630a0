"""Found in review (session 73H): since 72J a word never runs across a sentence end or out of a heading's line in the
rows shown, but the 'N found' of a one- or two-character word came from the index alone and counted a document
whose only pair was across a stop (意见 in '表示同意。见面会…'), ranking counted such pairs, and a word still ran
out of a header field's line into the text ('国发〔2024〕1号' over '各省、…': 号各). The counts the index keeps
stop where the search stops (reader.storage.walls), so the total, the order and the rows agree."""

from __future__ import annotations

import pytest

from reader.storage import importer, schema
from reader.storage.counts import all_counted, count_tokens, counts_left, delete_counts, fill_counts, gram_counts
from reader.storage.index import indexed_characters, stored_text
from reader.storage.library import Library
from reader.storage.search import search

DOCS = {
    "met.txt": "会谈纪要\n双方表示同意。见面会定于明日举行，同意。见报时间另定。\n",  # 意见 only across a stop
    "asked.txt": "关于做好安全生产工作的通知\n各区人民政府：\n现提出如下意见，请认真贯彻。\n",
    "twice.txt": "工作简报\n大家提出意见，会议研究了这些意见并作出安排，安排落实情况另行通报。\n",
    "crossed.txt": "座谈会情况\n同意。见面。同意。见面。同意。见面。同意。见面。大家有意见可以提。\n",
    "cited.txt": "贯彻落实的通知\n国发〔2024〕1号\n各省、自治区、直辖市人民政府：\n现将有关事项通知如下。\n",
    "numbered.txt": "编号说明\n本文所称编号各异，应当统一。\n",
}


def _library(folder) -> Library:
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lib = Library(folder / "library.sqlite3")
    importer.import_paths(lib, [str(folder)])
    importer.index_pending(lib)
    return lib


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    lib = _library(tmp_path_factory.mktemp("docs"))
    yield lib
    lib.close()


def _names(found) -> list[str]:
    return [hit.path.rsplit("/", 1)[-1] for hit in found]


def test_the_number_found_counts_no_document_whose_word_is_only_across_a_stop(library):
    found = search(library.connection, "意见")
    assert "met.txt" not in _names(found)  # (so since 72J)
    assert found.total == len(found) == 3 and found.exact  # before: 4 found, 3 shown


def test_ranking_counts_no_pair_across_a_stop(library):
    found = search(library.connection, "意见")
    assert _names(found)[0] == "twice.txt"  # before: crossed.txt first, its four 同意。见 counted as 意见


def test_a_word_does_not_run_out_of_a_header_fields_line(library):
    assert search(library.connection, "1号各省").total == 0  # before: found, '国发〔2024〕1号' over '各省、…'
    found = search(library.connection, "号各")
    assert _names(found) == ["numbered.txt"] and found.total == 1  # before: cited.txt too
    assert _names(search(library.connection, "国发")) == ["cited.txt"]  # the field itself is still found


def test_a_catalogue_counted_before_is_counted_again_and_then_agrees(tmp_path):
    from reader.storage.walls import from_json

    lib = _library(tmp_path)
    path = lib.path
    db = lib.connection
    for doc_id, in db.execute("SELECT doc_id FROM texts").fetchall():  # as schema 4 counted: the whole text's
        text = stored_text(db, doc_id)[0]
        walled = from_json(db.execute("SELECT walls FROM texts WHERE doc_id = ?", (doc_id,)).fetchone()[0])
        delete_counts(db, doc_id, text, walled)
        db.execute("INSERT INTO fts_counts (rowid, grams) VALUES (?, ?)",
                   (doc_id, count_tokens(gram_counts(indexed_characters(text)))))
    db.execute("UPDATE texts SET counted = 1, walls = NULL")
    db.execute("DELETE FROM meta WHERE key IN ('recount', 'recounted')")
    db.execute("PRAGMA user_version = 4")
    lib.close()
    lib = Library(path)  # upgraded in place: nothing rebuilt on opening, the worker counts again
    db = lib.connection
    assert schema.version(db) == schema.VERSION and not all_counted(db) and counts_left(db) == len(DOCS)
    assert len(search(db, "意见")) == 3  # meanwhile the rows are checked as before
    while fill_counts(db, 2):
        pass
    assert all_counted(db)
    found = search(db, "意见")
    assert found.total == 3 and _names(found)[0] == "twice.txt"
    crossed = "SELECT count(*) FROM fts_counts WHERE fts_counts MATCH '\"0意见\"'"
    assert db.execute(crossed).fetchone()[0] == 1  # met.txt's pair across a stop
    lib.remove_paths([str(tmp_path / "met.txt")])  # a text counted again is deleted with its own tokens
    lib.finish_unindexing(10)
    assert db.execute(crossed).fetchone()[0] == 0
    lib.close()
