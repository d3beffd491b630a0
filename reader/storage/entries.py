"""A catalogue row as the document list shows it, and how one is read from SQLite (leniently, for old databases)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from reader.storage.schema import as_float, as_int, as_text, from_db_path


def text_hash(text: str) -> str:
    """The content key: the same text under two paths or encodings is one document. A blank text has none: an empty
    file is a document of its own, not a copy of every other empty file (listed once, the others opening its row)."""
    if not text.strip():
        return ""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Entry:
    """What the document list shows for one document, so it can be drawn without reopening the file."""

    path: str
    title: str = ""
    source: str = ""
    date: str = ""
    script: str = ""
    chars: int = 0
    encoding: str = ""
    position: int = 0
    doc_id: int = 0
    hash: str = ""
    size: int = 0
    authority: str = ""
    number: str = ""
    written: str = ""
    published: str = ""
    kind: str = ""
    added: float = 0.0
    opened: float = 0.0
    missing: bool = False
    view_script: str = ""
    keywords: str = ""


# The documents columns an Entry is built from, after the location's path (and missing flag, last).
DOC_COLUMNS = ("title", "source", "date", "script", "chars", "encoding", "position", "id", "hash", "size",
                "authority", "number", "written", "published", "kind", "added", "opened")
TAIL_COLUMNS = ("view_script", "keywords")
ROW_FIELDS = tuple("doc_id" if c == "id" else c for c in DOC_COLUMNS + TAIL_COLUMNS)  # Entry names of those
SELECT = ("SELECT l.path, " + ", ".join(f"d.{c}" for c in DOC_COLUMNS) + ", l.missing, "
           + ", ".join(f"d.{c}" for c in TAIL_COLUMNS) + " FROM documents d JOIN locations l ON l.doc_id = d.id")
# One row per document: its first present location (else its first location).
PRIMARY = (" AND l.path = (SELECT path FROM locations WHERE doc_id = d.id ORDER BY missing, added, rowid LIMIT 1)")


# The type of each Entry field, in order.
KINDS = (str, str, str, str, str, int, str, int, int, str, int, str, str, str, str, str, float, float, int, str, str)


# Rows whose values are not of the type an Entry field wants (an old or edited database): read leniently.
ALL_TYPED = ("SELECT count(*) FROM documents WHERE "
              + " OR ".join(f"typeof({c}) != 'text'" for c in ("title", "source", "date", "script", "encoding",
                                                               "authority", "number", "written", "published", "kind",
                                                               "view_script", "keywords"))
              + " OR typeof(hash) NOT IN ('text', 'null') OR "
              + " OR ".join(f"typeof({c}) != 'integer'" for c in ("chars", "position", "size"))
              + " OR typeof(added) NOT IN ('real', 'integer') OR typeof(opened) NOT IN ('real', 'integer')")


def row_entry(row: tuple) -> Entry:
    """An Entry from a row, reading leniently only the values that are not already of the right type."""
    values = [v if type(v) is kind else _coerce(v, kind) for v, kind in zip(row, KINDS)]
    values[0] = from_db_path(row[0])
    values[18] = bool(values[18])
    return Entry(*values)


def _coerce(value: object, kind: type) -> object:
    if kind is str:
        return as_text(value)
    return as_int(value) if kind is int else as_float(value)
