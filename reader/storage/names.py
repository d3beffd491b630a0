"""The library search by file name: a word of a document's file name finds it, as a word of its title does."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable

from reader.file_names import readable
from reader.storage.index import NOT_INDEXED
from reader.storage.phrases import phrase_pattern
from reader.storage.regional import split_key
from reader.storage.schema import from_db_path
from reader.text.fold import fold_table, unfolded

NAME_CHARACTERS = 8  # distinct characters of a query the file names are first screened for (in SQL, any form)


def named(db: sqlite3.Connection, phrases: tuple[str, ...], where: str, args: list,
          keys_of: Callable[[int], tuple[str, ...]] | None = None) -> dict[int, tuple[str, float]]:
    """Documents whose file name (its extension left out: '.txt' is in most) has every phrase, in either script, as
    the document list shows it: each with that name and the share of the name the phrases are, as for a title.
    Only the paths with each of the query's ideographs in some form (監 for 监) are read here: letters and digits
    screen nothing, as most folders have them. A path that is not UTF-8 (kept as its bytes) is read too, and its
    name searched as shown (GB18030): its raw bytes have none of the query's characters. A phrase with another
    region's form (reader.storage.regional: '软件|软体') is either form; only the characters of both screen; a
    document's name is searched for the forms its script writes (`keys_of`, reader.storage.keys)."""
    words = [split_key(p) for p in phrases]
    shared = [set(forms[0]).intersection(*forms[1:]) for forms in words]
    screen, values = "", []
    for char in [c for f, s in zip(words, shared) for c in dict.fromkeys(f[0]) if c in s and not c.isascii()][
            :NAME_CHARACTERS]:
        forms = char + unfolded().get(char, "")
        screen += " AND (" + " OR ".join(["instr(path, ?)"] * len(forms)) + ")"
        values += list(forms)
    table, firsts = fold_table(), [{w[0] for w in forms} for forms in words]
    wanted = sum(len(forms[0]) for forms in words)
    named: dict[int, tuple[str, float]] = {}
    sql = f"SELECT doc_id, path FROM locations WHERE typeof(path) = 'blob' OR (1{screen})"
    for doc_id, path in db.execute(sql, values):
        name = readable(os.path.basename(from_db_path(path)))
        stem = os.path.splitext(name)[0].translate(table)  # folded: a name is short, no slices needed
        if not all(any(c in stem for c in first) for first in firsts):
            continue
        chars = NOT_INDEXED.sub("", stem)
        share = wanted / len(chars) if chars else 0.0
        if chars and share > named.get(doc_id, ("", -1.0))[1] and all(
                phrase_pattern(p).search(chars) for p in (keys_of(doc_id) if keys_of else phrases)):
            named[doc_id] = (name, share)
    if named and where:  # the filters typed beside the words hold for these too
        ids, kept = list(named), set()
        for at in range(0, len(ids), 500):  # (a query's variables are limited: 999 in older SQLite)
            part = ids[at:at + 500]
            kept.update(doc_id for doc_id, in db.execute(
                f"SELECT d.id FROM documents d WHERE d.id IN ({', '.join('?' * len(part))}){where}", [*part, *args]))
        named = {doc_id: value for doc_id, value in named.items() if doc_id in kept}
    return named
