"""The library's full-text index: every character and every pair of adjacent characters of the script-folded text.

A reader's query is one or more Chinese characters with no spaces, so the index holds each distinct character and
each distinct adjacent pair (punctuation and spaces skipped, so a pair spans '，' or a line break) once per
document and column (FTS5 detail=column: small, and fast to look up at 10,000 documents). One- and two-character
queries are one token; a longer query is the AND of its pairs, and the search checks the stored text for the exact
sequence. 监督 finds 監督 because both sides are folded (reader.text.fold). The cleaned text is kept compressed
beside the index for that check, for snippets, the offset of a hit and its section; how often each gram occurs is
kept beside it too, for ranking (reader.storage.counts).
"""

from __future__ import annotations

import codecs
import json
import re
import sqlite3
import zlib
from collections.abc import Callable

from reader.storage.counts import add_counts, delete_counts, gram_counts
from reader.text.fold import fold
from reader.text.textversion import TEXT_VERSION

NOT_INDEXED = re.compile(r"[\W_]+")
READ_STEP = 4096  # compressed bytes read from the database at a time


def indexed_characters(text: str) -> str:
    """The folded letters, digits and ideographs of a text, in order: what queries and the index are made of."""
    return NOT_INDEXED.sub("", fold(text))


def tokens(text: str) -> str:
    """The distinct characters and adjacent pairs of a text, space-separated (what the FTS5 table tokenises)."""
    chars = indexed_characters(text)
    grams = set(chars)
    grams.update(chars[i: i + 2] for i in range(len(chars) - 1))
    return " ".join(sorted(grams))


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8", "surrogatepass")


def index_document(db: sqlite3.Connection, doc_id: int, title: str, text: str,
                   headings: list[tuple[int, int, str]], fields: tuple[str, ...] = ()) -> None:
    """Store and index a document's title and cleaned text (in the caller's transaction), replacing what was there;
    its counts stop at its walls (its headings, and the lines that are its title or a header field)."""
    from reader.storage.walls import as_json, walls

    unindex(db, doc_id)
    walled = walls(text, [h[0] for h in headings], (title, *fields))
    db.execute("INSERT INTO texts (doc_id, title, body, headings, counted, walls, cleaning)"
               " VALUES (?, ?, ?, ?, 2, ?, ?)",
               (doc_id, title, pack(text), json.dumps(headings, ensure_ascii=False), as_json(walled), TEXT_VERSION))
    db.execute("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)",
               (doc_id, tokens(title), " ".join(sorted(gram_counts(indexed_characters(text))))))
    add_counts(db, doc_id, text, walled)


def unindex(db: sqlite3.Connection, doc_id: int) -> None:
    """Take a document out of the index (the contentless index needs the indexed tokens to delete them), and first
    what a removed document that had this id left to delete (an id is reused once the largest is removed)."""
    for table in ("unindexing", "texts"):
        row = db.execute(f"SELECT title, body, counted, walls FROM {table} WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        _delete_tokens(db, doc_id, *row)
        db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))


def _delete_tokens(db: sqlite3.Connection, doc_id: int, title: object, body: object, counted: object,
                   walls: object) -> None:
    """Delete a document's index entries, and its count tokens when it was counted (only then are they there: the
    whole text's (1), or within its walls (2))."""
    from reader.storage.walls import from_json

    try:
        text = unpack(body)
        db.execute("INSERT INTO fts (fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                   (doc_id, tokens(title), " ".join(sorted(gram_counts(indexed_characters(text))))))
        if counted in (1, 2):
            delete_counts(db, doc_id, text, from_json(walls) if counted == 2 else None)
    except (zlib.error, UnicodeError, TypeError):
        pass  # an unreadable stored text: its tokens cannot be deleted; the join with documents hides the row


def defer_unindex(db: sqlite3.Connection, doc_id: int) -> None:
    """Keep a document's indexed text aside for finish_unindexing (before its row goes: the text goes with it), so
    removing it costs a copy, not the re-tokenising of its text; searches leave the id out meanwhile."""
    db.execute("INSERT OR REPLACE INTO unindexing (doc_id, title, body, counted, walls) SELECT doc_id, title, body,"
               " counted, walls FROM texts WHERE doc_id = ?", (doc_id,))


def finish_unindexing(db: sqlite3.Connection, most: int) -> int:
    """Delete the index entries of up to `most` removed documents (in the caller's transaction); how many are left."""
    rows = db.execute("SELECT doc_id, title, body, counted, walls FROM unindexing ORDER BY doc_id LIMIT ?",
                      (max(1, most),)).fetchall()
    for doc_id, title, body, counted, walls in rows:
        _delete_tokens(db, doc_id, title, body, counted, walls)
        db.execute("DELETE FROM unindexing WHERE doc_id = ?", (doc_id,))
    return db.execute("SELECT count(*) FROM unindexing").fetchone()[0]


class StoredText:
    """A document's stored text decompressed a step at a time: a hit near the start costs a few kilobytes, read
    from the database as they are needed (a long document's blob is not read whole to find a hit near its start)."""

    def __init__(self, read: Callable[[int], bytes], close: Callable[[], None] = lambda: None) -> None:
        self._read = read  # the next compressed bytes (at most n; b"" at the end)
        self._close = close
        self._inflate = zlib.decompressobj()
        self._pending = b""
        self._read_all = False
        self._decode = codecs.getincrementaldecoder("utf-8")("surrogatepass")
        self.text = ""
        self.complete = False
        self.size = 0  # bytes decompressed so far

    def more(self, max_bytes: int) -> bool:
        """Decompress up to max_bytes more; False when the whole text is already there."""
        if self.complete:
            return False
        out = b""
        try:
            while len(out) < max_bytes:
                if not self._pending and not self._read_all:
                    self._pending = self._read(READ_STEP)
                    self._read_all = not self._pending
                out += self._inflate.decompress(self._pending, max_bytes - len(out))
                self._pending = self._inflate.unconsumed_tail
                if self._inflate.eof or (self._read_all and not self._pending):
                    out += self._inflate.flush()
                    self.complete = True
                    break
        except (zlib.error, OSError, sqlite3.Error):
            self.complete = True
        if self.complete:
            self.close()
        self.size += len(out)
        self.text += self._decode.decode(out, final=self.complete)
        return True

    def close(self) -> None:
        """Let go of the database blob (also done once the text is complete)."""
        close, self._close = self._close, lambda: None
        try:
            close()
        except sqlite3.Error:
            pass


def open_text(db: sqlite3.Connection, doc_id: int) -> StoredText | None:
    """The stored text of a document, to be read progressively (close() it when done)."""
    if hasattr(db, "blobopen"):  # Python 3.11+: read the compressed text a step at a time
        try:
            blob = db.blobopen("texts", "body", doc_id, readonly=True)
        except sqlite3.Error:
            return None
        return StoredText(blob.read, blob.close)
    row = db.execute("SELECT body FROM texts WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None or not isinstance(row[0], bytes):
        return None
    data = [row[0]]
    return StoredText(lambda _n: data.pop() if data else b"")


def headings_of(db: sqlite3.Connection, doc_id: int) -> list[tuple[int, int, str]]:
    """The outline kept for a document: [(offset, depth, label)]."""
    row = db.execute("SELECT headings FROM texts WHERE doc_id = ?", (doc_id,)).fetchone()
    try:
        return [tuple(h) for h in json.loads(row[0])] if row else []
    except (TypeError, ValueError):
        return []


def stored_text(db: sqlite3.Connection, doc_id: int) -> tuple[str, list[tuple[int, int, str]]]:
    """The cleaned text and headings kept for a document ('' and [] when it is not indexed yet)."""
    row = db.execute("SELECT body, headings FROM texts WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        return "", []
    try:
        return unpack(row[0]), [tuple(h) for h in json.loads(row[1])]
    except (zlib.error, UnicodeError, TypeError, ValueError):
        return "", []


def section_at(headings: list[tuple[int, int, str]], offset: int) -> str:
    """The outline breadcrumb ('一、总体要求 › （二）主要目标') of the section containing `offset`."""
    chain: list[tuple[int, str]] = []
    for start, depth, label in headings:
        if start > offset:
            break
        while chain and chain[-1][0] >= depth:
            chain.pop()
        chain.append((depth, label))
    return " › ".join(label for _, label in chain)
