"""The library search for several words found in different places of a document: '云南日报 监督' finds the page whose
header says 来源：云南日报 and whose text says 监督, '国办发 疫情' the 国办发 notice about 疫情 (each word in the title,
the header or the text)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from reader.storage.header import FIELDS
from reader.storage.index import open_text
from reader.storage.keys import exact, expression
from reader.storage.phrases import heads_of, locate_stored, phrase_pattern
from reader.storage.regional import split_key

H = TypeVar("H")
SNIPPET_READ = 64  # characters read past the first text hit, for its snippet


@dataclass(frozen=True)
class Mixed:
    """Documents with every word somewhere and some word in the header, or in the title and not the text: `top`
    with every word in the title or the header (best first), `texted` with some word in the text alone (the search
    ranks these before the text hits, by the text's words); `exact` when the index alone answers (each word of one
    or two characters, in one form)."""

    top: list[int]
    texted: list[int]
    exact: bool

    @cached_property
    def found(self) -> set[int]:
        """Every one of them, top and texted."""
        return {*self.top, *self.texted}


@dataclass(frozen=True)
class Placed:
    """Where each word was found in one document (place, the document's own word), the first header field holding
    one (field, value, span in it), and the first text hit (offset, length, text read up to its snippet's end)."""

    found: tuple[tuple[str, str], ...]
    field: tuple[str, str, tuple[int, int]] | None
    text: tuple[int, int, str] | None


def mixed(db: sqlite3.Connection, keys: tuple[str, ...], anywhere: set[int], where: str, args: list,
          skip: set[int], crossed: Mapping[str, set[int]] | None = None) -> Mixed:
    """The documents (not in `skip`: found already by title or header alone) where each word is in the title, a
    header field or the text, and one at least is in a header field or in the title and not the text: a document
    with every word in its text and none in its header is the body search's. Ordered by how many words the title and
    header hold, then newest first. `anywhere`: the documents with every word in their title or text (the index's
    answer to the whole query); the index is asked again only for the words a header does not hold, in the text.
    `crossed`: per word of two characters, the documents whose text has it only across a stop (reader.storage.keys):
    not found by their text for that word, so neither listed nor counted (the count of such words is the index's)."""
    if len(keys) < 2:
        return Mixed([], [], True)
    titles = [_ids(db, "SELECT rowid FROM fts WHERE fts MATCH ?", [expression((key,), "title")]) for key in keys]
    heads = _headed(db, keys)
    placed = [titled | headed for titled, headed in zip(titles, heads)]
    # in the title, not in the text: the index says so (a longer word's pairs are not all in the text)
    only = " OR ".join(f"({expression((k,), 'title')} NOT {expression((k,), 'body')})" for k in keys)
    found = _ids(db, "SELECT rowid FROM fts WHERE fts MATCH ?", [f"({expression(keys)}) AND ({only})"])
    headed = set().union(*heads) - skip
    apart: dict[tuple[str, ...], set[int]] = {}  # some word in no title or text: the others must be in its text
    for doc_id in headed - anywhere:
        apart.setdefault(tuple(k for k, p in zip(keys, placed) if doc_id not in p), set()).add(doc_id)
    for missing, ids in apart.items():  # (most often one group: the words no header holds)
        found |= ids & _ids(db, "SELECT rowid FROM fts WHERE fts MATCH ?", [expression(missing, "body")]) \
            if missing else ids
    found = _kept(db, (found - skip) | (headed & anywhere), where, args)
    if crossed:  # a word that must be in the text, there only across a stop: the document has not got it
        found = {d for d in found if not any(d in crossed.get(k, ()) and d not in p for k, p in zip(keys, placed))}
    held = {doc_id: sum(doc_id in p for p in placed) for doc_id in found}
    ranked = sorted(found, key=lambda d: (-held[d], -d))
    top = [d for d in ranked if held[d] == len(keys)]
    return Mixed(top, ranked[len(top):], all(map(exact, keys)))


def _headed(db: sqlite3.Connection, keys: tuple[str, ...]) -> list[set[int]]:
    """For each word, the documents whose header holds it in any of its forms (one pass over the folded headers)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'bylines'").fetchone() is None:
        return [set() for _ in keys]
    tests = [" OR ".join(["instr(header, ?)"] * len(split_key(key))) for key in keys]
    values = [form for key in keys for form in split_key(key)]
    sql = f"SELECT doc_id, {', '.join(f'({t}) > 0' for t in tests)} FROM bylines WHERE {' OR '.join(tests)}"
    rows = db.execute(sql, [*values, *values]).fetchall()
    return [{row[0] for row in rows if row[i]} for i in range(1, len(keys) + 1)]


def placed_hits(ids: Iterable[int], total: int, made: Callable[[int], H | None], wanted: int,
                most: int) -> tuple[list[tuple[float, H]], int]:
    """The first `wanted` of the `total` documents found, best first, each `made` a hit (None: a word is not there
    after all; read at most `most` x `wanted`), and how many of all have every word: of those not read, the share
    found among those read."""
    hits: list[tuple[float, H]] = []
    read = 0
    for doc_id in ids:
        if len(hits) >= wanted or read >= most * max(1, wanted):
            break
        read += 1
        hit = made(doc_id)
        if hit is not None:
            hits.append((1.0, hit))
    if not read:  # none read (the page is full): all of them, as the index gives them
        return hits, total
    return hits, len(hits) + round((total - read) * len(hits) / read)


def _ids(db: sqlite3.Connection, sql: str, args: list) -> set[int]:
    return {doc_id for doc_id, in db.execute(sql, args)}


def _kept(db: sqlite3.Connection, ids: set[int], where: str, args: list) -> set[int]:
    """The documents still listed, not being removed, and meeting the filters typed beside the words."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'unindexing'").fetchone() is not None:
        ids = ids.difference(doc_id for doc_id, in db.execute("SELECT doc_id FROM unindexing"))
    if not ids or not where:  # (a document gone meanwhile is not shown: it has no row to show)
        return ids
    listed, kept = list(ids), set()
    for at in range(0, len(listed), 500):  # (a query's variables are limited: 999 in older SQLite)
        part = listed[at:at + 500]
        kept.update(doc_id for doc_id, in db.execute(
            f"SELECT d.id FROM documents d WHERE d.id IN ({', '.join('?' * len(part))}){where}", [*part, *args]))
    return kept


def place(db: sqlite3.Connection, doc_id: int, title: str, keys: tuple[str, ...]) -> Placed | None:
    """Where each word is in a document: a header field first (what the search is for), else the title, else the
    text (read only for those, as far as needed); None when a word is in none of them."""
    try:
        row = db.execute("SELECT d.number, d.authority, d.source, b.author, b.editor FROM documents d LEFT JOIN"
                         " bylines b ON b.doc_id = d.id WHERE d.id = ?", (doc_id,)).fetchone()
    except sqlite3.OperationalError:  # a catalogue written by an older zhreader: no header kept
        row = None
    fields = [(name, value) for name, value in zip(FIELDS, row or ()) if isinstance(value, str) and value]
    found: list[tuple[str, str] | None] = []
    field: tuple[str, str, tuple[int, int]] | None = None
    for key in keys:
        pattern = phrase_pattern(key)
        hit = next(((name, value, m) for name, value in fields if (m := pattern.search(value))), None)
        if hit is not None:
            name, value, m = hit
            field = field or (name, value, (m.start(), m.end() - m.start()))
            found.append((name, m.group()))
        elif m := pattern.search(title):
            found.append(("title", m.group()))
        else:
            found.append(None)  # in the text, if anywhere
    text = None
    if None in found:
        located = _in_text(db, doc_id, [k for k, f in zip(keys, found) if f is None])
        if located is None:
            return None
        spans, whole = located
        words = iter(["".join(whole[o:o + n].split()) for o, n in spans])
        found = [f or ("text", next(words)) for f in found]
        text = (*spans[0], whole)
    return Placed(tuple(f for f in found if f is not None), field, text)


def _in_text(db: sqlite3.Connection, doc_id: int, keys: list[str]) -> tuple[list[tuple[int, int]], str] | None:
    """Each word's first place in the stored text and the text read as far as them and the first one's snippet;
    None when one is not there."""
    stored = open_text(db, doc_id)
    if stored is None:
        return None
    try:
        spans = [locate_stored(stored, key, None, heads_of(db, doc_id)) for key in keys]
        if any(offset < 0 for offset, _ in spans):
            return None
        while len(stored.text) < spans[0][0] + spans[0][1] + SNIPPET_READ and stored.more(4096):
            pass
        return spans, stored.text
    finally:
        stored.close()
