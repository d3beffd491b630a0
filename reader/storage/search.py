"""Searching the whole library: text in either script, phrases, AND of terms, metadata filters; ranked hits with a
snippet and the section each falls in."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from reader.storage.index import section_at, stored_text
from reader.storage.schema import as_text, from_db_path
from reader.text.fold import fold
from reader.text.official import normalize_number

SNIPPET_CONTEXT = 30  # characters either side of a hit

# Filter names as a reader types them (Chinese or English) -> documents column.
FILTERS = {"文号": "number", "文號": "number", "字号": "number", "number": "number",
           "机关": "authority", "機關": "authority", "发文机关": "authority", "authority": "authority",
           "种类": "kind", "種類": "kind", "文种": "kind", "类型": "kind", "kind": "kind",
           "标题": "title", "標題": "title", "title": "title",
           "来源": "source", "來源": "source", "source": "source",
           "日期": "date", "date": "date", "成文日期": "written", "written": "written", "year": "date", "年份": "date"}
_FOLDED_FILTERS = {fold(k): c for k, c in FILTERS.items()}
_QUOTES = {'"': '"', "“": "”", "「": "」"}


class QueryError(ValueError):
    """A query with nothing to search for."""


@dataclass(frozen=True)
class Query:
    """A parsed query: text phrases (all must occur) and metadata filters (column, folded value)."""

    phrases: tuple[str, ...]
    filters: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Hit:
    """One document found, at its first occurrence of the first phrase."""

    doc_id: int
    path: str
    title: str
    script: str
    offset: int  # in the document's cleaned text (Python index); -1 for a metadata-only match
    length: int
    snippet: str  # the text around the hit as the document writes it (the UI converts it to the display script)
    section: str  # outline breadcrumb of the hit
    number: str = ""
    authority: str = ""
    missing: bool = False

    def as_dict(self) -> dict:
        return {"id": self.doc_id, "title": self.title, "path": self.path, "section": self.section,
                "snippet": self.snippet, "offset": self.offset, "number": self.number, "authority": self.authority}


def _tokens_only(text: str) -> str:
    """The folded characters the index holds (letters, digits, ideographs); punctuation is not indexed."""
    return "".join(c for c in fold(text) if c.isalnum())


def _split(query: str) -> list[tuple[str, bool]]:
    """Whitespace-separated terms; quotes group a phrase with spaces. Each term with whether it began quoted."""
    terms: list[tuple[str, bool]] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        parts: list[str] = []
        quoted = query[i] in _QUOTES
        while i < n and not query[i].isspace():
            close = _QUOTES.get(query[i])
            if close:
                end = query.find(close, i + 1)
                end = n if end < 0 else end
                parts.append(query[i + 1: end])
                i = end + 1
            else:
                parts.append(query[i])
                i += 1
        terms.append(("".join(parts), quoted))
    return terms


def parse(query: str) -> Query:
    """'监督 "依法行政" 文号:国发〔2019〕3号 机关:国务院' -> phrases and filters."""
    phrases: list[str] = []
    filters: list[tuple[str, str]] = []
    for term, quoted in _split(query):
        colon = min((term.find(c) for c in ":：" if c in term), default=-1)
        column = _FOLDED_FILTERS.get(fold(term[:colon])) if colon > 0 and not quoted else None
        if column is not None:
            value = term[colon + 1:].strip()
            value = normalize_number(value) if column == "number" else value
            if value:
                filters.append((column, fold(value)))
        elif _tokens_only(term):
            phrases.append(term)
    if not phrases and not filters:
        raise QueryError("nothing to search for")
    return Query(tuple(phrases), tuple(filters))


def _fts_expression(phrases: tuple[str, ...]) -> str:
    """Each phrase as an FTS5 phrase of its characters; several phrases are ANDed."""
    return " AND ".join('"' + " ".join(_tokens_only(p)) + '"' for p in phrases)


def search(db: sqlite3.Connection, query: str | Query, limit: int = 50) -> list[Hit]:
    """Documents matching every phrase and filter, best first (BM25 for text, recently added for filters only)."""
    q = parse(query) if isinstance(query, str) else query
    where: list[str] = []
    args: list[object] = []
    for column, value in q.filters:
        where.append(f"instr(fold(d.{column}), ?) > 0")
        args.append(value)
    db.create_function("fold", 1, lambda s: fold(as_text(s)), deterministic=True)
    location = ("(SELECT path FROM locations WHERE doc_id = d.id ORDER BY missing, added LIMIT 1),"
                " (SELECT min(missing) FROM locations WHERE doc_id = d.id)")
    columns = f"d.id, {location}, d.title, d.script, d.number, d.authority"
    if q.phrases:
        sql = (f"SELECT {columns} FROM fts JOIN documents d ON d.id = fts.rowid WHERE fts MATCH ?"
               + "".join(f" AND {w}" for w in where) + " ORDER BY fts.rank LIMIT ?")
        rows = db.execute(sql, [_fts_expression(q.phrases), *args, limit]).fetchall()
    else:
        sql = f"SELECT {columns} FROM documents d WHERE " + " AND ".join(where) + " ORDER BY d.added DESC LIMIT ?"
        rows = db.execute(sql, [*args, limit]).fetchall()
    return [_hit(db, row, q.phrases) for row in rows]


def _hit(db: sqlite3.Connection, row: tuple, phrases: tuple[str, ...]) -> Hit:
    doc_id, path, missing, title, script, number, authority = row
    text, headings = stored_text(db, doc_id) if phrases else ("", [])
    offset, length = find_phrase(text, phrases[0]) if phrases else (-1, 0)
    snippet = section = ""
    if offset >= 0:
        start, end = max(0, offset - SNIPPET_CONTEXT), min(len(text), offset + length + SNIPPET_CONTEXT)
        snippet = ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")
        section = section_at(headings, offset)
    elif phrases:  # the phrase is in the title only
        snippet = as_text(title)
    return Hit(int(doc_id), from_db_path(path) if path is not None else "", as_text(title), as_text(script), offset,
               length, snippet, section, as_text(number), as_text(authority), bool(missing))


def find_phrase(text: str, phrase: str) -> tuple[int, int]:
    """Offset and length of the first occurrence of a phrase in either script, punctuation between its characters
    allowed as the index allows it; (-1, 0) when absent."""
    wanted = _tokens_only(phrase)
    if not wanted:
        return -1, 0
    folded = fold(text)
    at = folded.find(wanted)
    if at >= 0:
        return at, len(wanted)
    # The index ignores punctuation and spaces between characters ('监，督'): walk the indexed characters.
    kept = [i for i, c in enumerate(folded) if c.isalnum()]
    joined = "".join(folded[i] for i in kept)
    at = joined.find(wanted)
    if at < 0:
        return -1, 0
    start, end = kept[at], kept[at + len(wanted) - 1] + 1
    return start, end - start
