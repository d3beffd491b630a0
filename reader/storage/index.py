"""The library's full-text index: script-folded text, one token per character, so any query length works.

FTS5's unicode61 tokenizer keeps a run of Chinese characters as one token; spacing the folded text makes every
character a token, and a query becomes a phrase of its characters. One-, two- and four-character queries and
longer phrases use the same index, and 监督 finds 監督 because both sides are folded (reader.text.fold).
The cleaned text is kept compressed beside the index for snippets, the offset of a hit and its section.
"""

from __future__ import annotations

import json
import sqlite3
import zlib

from reader.text.fold import fold

_SEPARATOR = " "


def tokens(text: str) -> str:
    """The folded text with a space after every character (what the index tokenises)."""
    return _SEPARATOR.join(fold(text))


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8", "surrogatepass")


def index_document(db: sqlite3.Connection, doc_id: int, title: str, text: str,
                   headings: list[tuple[int, int, str]]) -> None:
    """Store and index a document's title and cleaned text (in the caller's transaction), replacing what was there."""
    unindex(db, doc_id)
    db.execute("INSERT INTO texts (doc_id, title, body, headings) VALUES (?, ?, ?, ?)",
               (doc_id, title, pack(text), json.dumps(headings, ensure_ascii=False)))
    db.execute("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)", (doc_id, tokens(title), tokens(text)))


def unindex(db: sqlite3.Connection, doc_id: int) -> None:
    """Take a document out of the index (the contentless index needs the indexed tokens to delete them)."""
    row = db.execute("SELECT title, body FROM texts WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        return
    try:
        db.execute("INSERT INTO fts (fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                   (doc_id, tokens(row[0]), tokens(unpack(row[1]))))
    except (zlib.error, UnicodeError, TypeError):
        pass  # an unreadable stored text: its tokens cannot be deleted; the join with documents hides the row
    db.execute("DELETE FROM texts WHERE doc_id = ?", (doc_id,))


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
