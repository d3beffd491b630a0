"""The library search by a document's header: its 文号, 发文机关, source, author and editor, as the reading pane's line
above the text shows them, find it as its words do (in either script, in either region's words)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reader.storage.index import indexed_characters
from reader.storage.phrases import phrase_pattern
from reader.storage.regional import split_key

FIELDS = ("number", "authority", "source", "author", "editor")  # the order a row names the field it was found in


@dataclass(frozen=True)
class HeaderMatch:
    """Where the first phrase was found in a document's header: the field, its value and the span in it."""

    field: str
    value: str
    span: tuple[int, int]  # (start, length) in the value
    share: float  # of the field the phrases are: the whole 来源 ranks before a word of a long one


def header_text(values: Iterable[str]) -> str:
    """The header's fields as the search screens them (bylines.header): each field's folded letters, digits and
    ideographs, a line each, so a phrase is found in one field by instr alone, in SQL."""
    return "\n".join(chars for chars in map(indexed_characters, values) if chars)


def headed(db: sqlite3.Connection, phrases: tuple[str, ...], where: str, args: list,
           keys_of: Callable[[int], tuple[str, ...]] | None = None) -> dict[int, float]:
    """Documents whose header fields hold every phrase (each in one field; a document's own script's forms, as
    `keys_of` gives them, reader.storage.keys), with the filters typed beside them, each with the share of its
    field the first phrase is (for ranking). The folded fields kept for this (bylines.header) are screened in SQL
    for each phrase in any of its forms: for a phrase of one form that is the answer, and no field is read here;
    a catalogue that has none kept (read only, by an older zhreader) is not searched by header."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'bylines'").fetchone() is None:
        return {}
    screen, values = "", []
    for forms in map(split_key, phrases):
        screen += " AND (" + " OR ".join(["instr(b.header, ?)"] * len(forms)) + ")"
        values += forms
    joined = " JOIN documents d ON d.id = b.doc_id" if where else ""
    sql = f"SELECT b.doc_id, b.header FROM bylines b{joined} WHERE 1{screen}{where}"
    regional = any(len(split_key(p)) > 1 for p in phrases)
    wanted = len(split_key(phrases[0])[0]) if phrases else 0
    found: dict[int, float] = {}
    for doc_id, header in db.execute(sql, [*values, *args]):
        if regional:  # another region's form: not inside a longer word, and only in its region's script
            match = header_match(db, doc_id, keys_of(doc_id) if keys_of else phrases)
            if match is not None:
                found[doc_id] = match.share
            continue
        shortest = min((len(line) for line in header.split("\n") if phrases[0] in line), default=0)
        found[doc_id] = min(1.0, wanted / max(1, shortest))
    return found


def header_match(db: sqlite3.Connection, doc_id: int, keys: tuple[str, ...]) -> HeaderMatch | None:
    """The field a document's header holds the first phrase in, where, and its share of it (None: not there)."""
    row = db.execute("SELECT d.number, d.authority, d.source, b.author, b.editor FROM bylines b"
                     " JOIN documents d ON d.id = b.doc_id WHERE b.doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    return _match([(name, value) for name, value in zip(FIELDS, row) if isinstance(value, str) and value], keys)


def _match(fields: list[tuple[str, str]], keys: tuple[str, ...]) -> HeaderMatch | None:
    """The first phrase's place in the first field holding it, when every phrase is in some field."""
    first: HeaderMatch | None = None
    for key in keys:
        pattern = phrase_pattern(key)
        hit = next(((name, value, m) for name, value in fields if (m := pattern.search(value))), None)
        if hit is None:
            return None
        if first is None:
            name, value, m = hit
            share = len(split_key(key)[0]) / max(1, len(indexed_characters(value)))
            first = HeaderMatch(name, value, (m.start(), m.end() - m.start()), min(1.0, share))
    return first
