"""Session 63C, ranking every match by how often the phrase occurs: text hits were ranked only among the newest
candidates read (twice as many as results), so in a big library the document where a phrase matters most could be
left out. Now the index keeps, per document and gram met twice or more, its count's power of two
(reader.storage.counts); every match is ranked by those counts against the document's length, and only the page
shown is read. A library made by schema 2 is migrated on opening (flags added, nothing rebuilt) and counted on a
worker; until then search ranks as before."""

from __future__ import annotations

import sqlite3
import time

import pytest

from reader.storage import importer
from reader.storage.counts import BUCKETS, all_counted, count_tokens, counts_left, fill_counts, gram_counts
from reader.storage.index import pack, tokens
from reader.storage.library import Library
from reader.storage.removal import fill_counts_at, finish_unindexing_at
from reader.storage.schema import VERSION
from reader.storage.search import search

FILLER = "本市各有关部门认真落实各项工作要求，推动工作取得实效。"


def _text(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def _library(tmp_path, texts: list[str]) -> Library:
    """Added one at a time, oldest first: the first text has the lowest id (the old search read the newest)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    lib = Library(tmp_path / "library.sqlite3")
    for i, text in enumerate(texts):
        path = folder / f"{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        importer.import_paths(lib, [str(path)])
    importer.index_pending(lib)
    return lib


def _briefs(n: int, phrase: str) -> list[str]:
    return [_text(f"第{i}号工作简报", FILLER * 3 + f"加强{phrase}。" + FILLER * 3) for i in range(n)]


# Each case: the texts (oldest first), the query, the limit, the titles expected first (in order), the total
# (estimated from those read for a phrase longer than the grams, as before).
CASES = {
    "the oldest of many says it forty times": (
        [_text("工作简报（特刊）", "监督检查。" * 40)] + _briefs(30, "监督"), "监督", 5, ["工作简报（特刊）"], 31),
    "a long phrase, the oldest of sixty": (
        [_text("工作简报（特刊）", "依法行政监督。" * 40)] + _briefs(60, "依法行政监督"), "依法行政监督", 5,
        ["工作简报（特刊）"], (61, False)),
    "more often comes first, oldest to newest": (
        [_text("甲单位简报", FILLER + "监督。" * 30), _text("乙单位简报", FILLER + "监督。" * 9)] + _briefs(20, "监督")
        + [_text("丙单位简报", FILLER + "监督。" * 3)], "监督", 4, ["甲单位简报", "乙单位简报", "丙单位简报"], 23),
    "one character": (
        [_text("工作简报（特刊）", "审计。" * 50)] + _briefs(30, "审计"), "审", 3, ["工作简报（特刊）"], 31),
    "two phrases: where both are frequent": (
        [_text("工作简报（特刊）", "监督检查，整改落实。" * 20)] + _briefs(30, "监督检查和整改"), "监督 整改", 5,
        ["工作简报（特刊）"], 31),
}


@pytest.mark.parametrize("texts, query, limit, first, total", CASES.values(), ids=CASES.keys())
def test_every_match_is_ranked_by_how_often_the_phrase_occurs(tmp_path, texts, query, limit, first, total):
    total, exact = total if isinstance(total, tuple) else (total, True)
    lib = _library(tmp_path, texts)
    assert all_counted(lib.connection)
    found = search(lib.connection, query, limit=limit)
    assert [h.title for h in found[: len(first)]] == first
    assert len(found) == min(limit, total) and (found.total, found.exact) == (total, exact)
    assert all(h.offset >= 0 and h.snippet for h in found)  # the page shown is read: each hit has its place


# Left alone: what came first before still does (the title, the short document, a phrase whose pairs lie apart).
LEFT_ALONE = {
    "the title still comes first": (
        [_text("工作简报（特刊）", "监督检查。" * 40), _text("监督办法", FILLER + "监督。")] + _briefs(12, "监督"),
        "监督", 3, ["监督办法"], 14),
    "once in a short text before once deep in a long one": (
        [_text("长篇汇编", FILLER * 1500 + "最后谈湖泊治理。"), _text("简短通知", "湖泊治理要抓紧。")], "湖泊治理", 50,
        ["简短通知", "长篇汇编"], 2),
    "titles fill the page, a long phrase's texts still counted": (
        [_text(f"依法行政工作通知{i}", FILLER) for i in range(3)] + _briefs(8, "依法行政"), "依法行政", 2,
        [], 11),
    "pairs all there, the phrase not": (
        [_text(f"简报{i}", "行政监督。依法。法行。" * 5 + FILLER) for i in range(20)] + [_text("依法行政监督通知", FILLER)],
        "依法行政", 5, ["依法行政监督通知"], 1),
}


@pytest.mark.parametrize("texts, query, limit, first, total", LEFT_ALONE.values(), ids=LEFT_ALONE.keys())
def test_what_ranked_first_before_still_does(tmp_path, texts, query, limit, first, total):
    lib = _library(tmp_path, texts)
    found = search(lib.connection, query, limit=limit)
    assert [h.title for h in found[: len(first)]] == first
    assert found.total == total and found.exact


BUCKETED = {  # count -> the bucket letter kept (none for a gram met once)
    1: None, 2: "a", 3: "a", 4: "b", 7: "b", 8: "c", 1000: "i", 2 ** 40: BUCKETS[-1],
}


@pytest.mark.parametrize("count, letter", BUCKETED.items())
def test_a_count_is_kept_as_its_power_of_two(count, letter):
    from collections import Counter

    assert count_tokens(Counter({"监督": count})) == (f"{letter}监督" if letter else "")


def test_counts_of_a_text_are_of_its_characters_and_pairs():
    assert gram_counts("监督监督") == {"监": 2, "督": 2, "监督": 2, "督监": 1}


# The schema 2 tables, as release 62 wrote them (reader/storage/schema.py at 87ab1adc): no counts.
SCHEMA_2 = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    hash TEXT UNIQUE,                      -- of the decoded text, NULL until the file has been read (migrated rows)
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    script TEXT NOT NULL DEFAULT '',
    chars INTEGER NOT NULL DEFAULT 0,
    encoding TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    authority TEXT NOT NULL DEFAULT '',    -- 发文机关
    number TEXT NOT NULL DEFAULT '',       -- 文号, brackets normalised to 〔〕
    written TEXT NOT NULL DEFAULT '',      -- 成文日期, ISO
    published TEXT NOT NULL DEFAULT '',    -- publication date, ISO
    kind TEXT NOT NULL DEFAULT '',         -- 通知, 意见, 办法 ...
    keywords TEXT NOT NULL DEFAULT '',
    added REAL NOT NULL,
    opened REAL NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    view_script TEXT NOT NULL DEFAULT '',  -- the reader's script choice for this document ('' = follow settings)
    indexed INTEGER NOT NULL DEFAULT 0     -- 0 waiting for the full pass, 1 in the text index, -1 unreadable
);
CREATE TABLE IF NOT EXISTS locations (
    path PRIMARY KEY,                      -- TEXT, or BLOB (os.fsencode) for a name that is not valid UTF-8
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    size INTEGER NOT NULL DEFAULT -1,
    mtime REAL NOT NULL DEFAULT -1,
    missing INTEGER NOT NULL DEFAULT 0,
    added REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS locations_doc ON locations(doc_id);
CREATE INDEX IF NOT EXISTS documents_pending ON documents(indexed) WHERE indexed = 0;
CREATE TABLE IF NOT EXISTS folders (path PRIMARY KEY, added REAL NOT NULL);
-- Files the reader removed from the list: a rescan of a watched folder does not bring them back (adding one does).
CREATE TABLE IF NOT EXISTS removed (path PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS texts (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',        -- as indexed (the index needs it again to delete the row)
    body BLOB NOT NULL,                    -- zlib of the cleaned text (snippets, offsets of hits)
    headings TEXT NOT NULL DEFAULT '[]'    -- JSON [[offset, depth, label], ...] for the section of a hit
);
-- Removed documents whose index entries are still to be deleted (the contentless index needs their tokens): the
-- window deletes them a few at a time, after the removal itself, and a search leaves these ids out meanwhile.
CREATE TABLE IF NOT EXISTS unindexing (doc_id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', body BLOB);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, content='', detail='column', tokenize='unicode61');
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _schema_2_library(path, texts: list[tuple[str, str]], removed: tuple[str, str] | None = None) -> None:
    """A catalogue as schema 2 left it: documents listed and indexed (no counts), one removal still unindexing."""
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    for statement in SCHEMA_2.split(";"):
        if statement.strip():
            db.execute(statement)
    now = time.time()
    for i, (title, body) in enumerate([*texts, *([removed] if removed else [])], 1):
        db.execute("INSERT INTO documents (id, hash, title, chars, added, position, indexed) VALUES (?, ?, ?, ?, ?, ?, 1)",
                   (i, f"h{i}", title, len(body), now + i, 7 * i))
        db.execute("INSERT INTO locations (path, doc_id, added) VALUES (?, ?, ?)", (f"/docs/{i:03d}.txt", i, now))
        db.execute("INSERT INTO texts (doc_id, title, body, headings) VALUES (?, ?, ?, '[]')", (i, title, pack(body)))
        db.execute("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)", (i, tokens(title), tokens(body)))
    if removed:  # as removal.defer_unindex left it: the text aside, the document gone
        last = len(texts) + 1
        db.execute("INSERT INTO unindexing (doc_id, title, body) SELECT doc_id, title, body FROM texts WHERE doc_id = ?",
                   (last,))
        db.execute("DELETE FROM documents WHERE id = ?", (last,))
    db.execute("PRAGMA user_version = 2")
    db.close()


def test_a_schema_2_library_is_migrated_without_loss_and_then_counted(tmp_path):
    texts = [(f"第{i}号工作简报", FILLER * 3 + "加强监督。" + FILLER * 3) for i in range(30)]
    texts[0] = ("工作简报（特刊）", "监督检查。" * 40)
    path = tmp_path / "library.sqlite3"
    _schema_2_library(path, texts, removed=("已移除的监督通知", "监督。" * 50))
    lib = Library(path)
    db = lib.connection
    assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION
    entries = lib.entries()
    assert [(e.title, e.position) for e in entries] == [(t, 7 * i) for i, (t, _) in enumerate(texts, 1)]
    assert db.execute("SELECT count(*) FROM texts").fetchone()[0] == 30 and counts_left(db) == 30
    assert not all_counted(db)
    before = search(db, "监督", limit=5)  # usable meanwhile: ranked as before, every match counted
    assert before.total == 30 and before.exact and "已移除的监督通知" not in [h.title for h in before]
    assert finish_unindexing_at(path) == 0  # the removal waiting since schema 2 still completes
    while fill_counts_at(path):
        pass
    assert all_counted(db) and counts_left(db) == 0
    found = search(db, "监督", limit=5)
    assert found[0].title == "工作简报（特刊）" and found.total == 30 and found.exact
    lib.remove_document(entries[0].doc_id)  # a counted text's counts go with it
    assert [h.title for h in search(db, "监督", limit=50)] == [h.title for h in search(db, "加强监督")]
    assert search(db, "监督").total == 29
    db.execute("INSERT INTO fts_counts (fts_counts) VALUES ('integrity-check')")
    lib.close()
    assert Library(path).count() == 29  # opened again: nothing to migrate, nothing lost


def test_a_text_that_cannot_be_read_is_not_counted_again(tmp_path):
    path = tmp_path / "library.sqlite3"
    _schema_2_library(path, [("甲单位简报", "监督。" * 3), ("乙单位简报", "监督。")])
    lib = Library(path)
    lib.connection.execute("UPDATE texts SET body = x'00' WHERE doc_id = 2")
    assert fill_counts(lib.connection, 10) == 0 and all_counted(lib.connection)
    assert [h.title for h in search(lib.connection, "监督")] == ["甲单位简报"]  # the unreadable one has no text to show
