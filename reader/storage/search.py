"""Searching the whole library: text in either script, phrases, AND of terms, metadata filters; ranked hits with a
snippet and the section each falls in."""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from reader.storage.counts import all_counted, ranked_page
from reader.storage.dates import by_date, listed_first
from reader.storage.found import Found, Hit  # (imported from here by the window and the CLI)
from reader.storage.header import header_match as _header_match, headed as _headed
from reader.storage.index import StoredText, headings_of, indexed_characters, open_text, section_at, stored_text
from reader.storage.keys import Keys, exact as _exact, expression as _expression, grams as _grams
from reader.storage.mixed import mixed as _mixed, place as _place, placed_hits
from reader.storage.names import named as _named
from reader.storage.phrases import BEYOND, first_match, heads_of, locate_stored, phrase_pattern
from reader.storage.query import Query, parse
from reader.storage.regional import split_key
from reader.storage.schema import as_int, as_text, from_db_path
from reader.storage.walls import SENTENCE_END
from reader.storage.snippets import SNIPPET_CONTEXT, snippet_bounds
from reader.text.fold import fold, fold_table, unfolded

DENSITY_WINDOW = 20_000  # characters a hit count is taken over for ranking
# Text (bytes of UTF-8) a candidate is first searched in. A document whose first hit lies deeper ranks below every
# document with a hit this near its start (its density is lower), so it is read further only if too few are found.
EARLY_BYTES = 24_576
SAMPLE = 2  # body candidates read (newest first) per result wanted; title hits are ranked from every match
RATIO_SAMPLE = 40  # at least these read to estimate how many of a long phrase's candidates have it
LONGEST_READ = 4  # while too few are found, read at most this many candidates per result wanted
MMAP_BYTES = 1 << 30  # address space a search connection may map (reads only; the file is not loaded)

# 日期/年份 match the date the list shows (成文日期, else publication, else the page's own), not the page's alone.
_COLUMN_TEXT = {"date": "d.date || ' ' || d.written || ' ' || d.published"}


def _may_fold(value: str) -> bool:
    """Whether stored text could differ from the folded filter value (a 文号 of ASCII digits and 〔〕 cannot,
    except for its prefix characters, which may be Traditional)."""
    return any(c in unfolded() for c in value)


def search(db: sqlite3.Connection, query: str | Query, limit: int = 50) -> Found:
    """Documents with every phrase and filter; a whole date ('2021-12-06', as the list shows it) also finds the
    documents listed on that date, as 日期:2021-12-06 does, those first."""
    q = parse(query) if isinstance(query, str) else query
    found = _search(db, q, limit)
    return Found(*listed_first(found, _search(db, by_date(q), limit), limit)) if q.dates else found


def _search(db: sqlite3.Connection, q: Query, limit: int) -> Found:
    """Documents with every phrase and filter (each in the title, header or text: reader.storage.mixed), the best
    first: the phrase in the title (the more of the title it is, the higher), then by how often the phrases occur for
    the document's length (the counts the index keeps, reader.storage.counts; in a library still being counted, how
    dense the hits are near the start)."""
    table = fold_table()
    db.create_function("fold", 1, lambda s: s.translate(table) if type(s) is str else fold(as_text(s)),
                       deterministic=True)
    where, args = "", []
    for column, value in q.filters:
        clause, values = _filter(db, column, value)
        where += clause
        args += values
    if not q.phrases:  # ids and the count in one pass over the filter
        rows = db.execute(f"SELECT d.id, count(*) OVER () FROM documents d WHERE 1{where} ORDER BY d.added DESC"
                          " LIMIT ?", [*args, limit]).fetchall()
        found = [row for row in (_row(db, doc_id) for doc_id, _ in rows) if row is not None]
        return Found([_hit(row, -1, 0, "", "") for row in found], rows[0][1] if rows else 0)
    removed = _NOT_REMOVED if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'unindexing'").fetchone() else ""
    keyed = Keys(db, q.phrases, q.regional)
    keys, of = keyed.every, keyed.of
    exact = all(map(_exact, keys))  # the index's own tokens: every candidate has the phrase
    # Every candidate, newest first (the index alone when no filter is to be read), then the title hits among them.
    body = (f"SELECT d.id FROM fts JOIN documents d ON d.id = fts.rowid WHERE fts MATCH ?{where}" if where else
            "SELECT rowid FROM fts WHERE fts MATCH ?") + removed + " ORDER BY fts.rowid DESC"
    candidates = keyed.kept([doc_id for doc_id, in db.execute(body, [_expression(keys), *args])])
    kept = set(candidates) if where else None
    titled: list[tuple[float, int]] = []  # (share of the title the phrases are, id)
    wanted = sum(map(len, q.phrases))
    for doc_id, title, length in db.execute("SELECT d.id, d.title, length(d.title) FROM fts JOIN documents d"
                                            " ON d.id = fts.rowid WHERE fts MATCH ?" + removed,
                                            [_expression(keys, "title")]):
        if kept is not None and doc_id not in kept:
            continue
        if exact and not q.regional and not SENTENCE_END.search(as_text(title)):  # own tokens: no need to read it again
            titled.append((wanted / max(1, as_int(length)), doc_id))
            continue
        if all(phrase_pattern(k).search(as_text(title)) for k in of(doc_id)):  # (not across a sentence end)
            titled.append((wanted / max(1, len(indexed_characters(as_text(title)))), doc_id))
    by_title = {doc_id for _, doc_id in titled}
    named = _named(db, keys, where, args, of)
    titled = [(max(share, named.get(doc_id, ("", 0.0))[1]), doc_id) for share, doc_id in titled]
    titled += [(share, doc_id) for doc_id, (_name, share) in named.items() if doc_id not in by_title]
    titled.sort(key=lambda pair: -pair[0])
    in_title = {doc_id for _, doc_id in titled}
    headers = {doc_id: share for doc_id, share in _headed(db, keys, where, args, of).items()
               if doc_id not in in_title}
    mixes = _mixed(db, keys, set(candidates), where, args, in_title | set(headers), keyed.crossed())  # (and text)
    candidates, hits = [d for d in candidates if d not in in_title and d not in headers and d not in mixes.found], []
    for share, doc_id in titled[:limit]:
        row = _row(db, doc_id)
        if row is not None:
            hit = _verified(db, row, of(doc_id), require=False)
            hit = hit[1] if isinstance(hit, tuple) else _hit(row, -1, 0, "", "", snippet=as_text(row[3]))
            if doc_id not in by_title:  # found by its file name: the row says which, its title may not
                hit = replace(hit, name=named[doc_id][0])
            hits.append((2.0 + share, hit))
    made = lambda doc_id: (_placed_hit(db, doc_id, of(doc_id)) or (None,))[0]  # noqa: E731
    top, top_found = placed_hits(mixes.top, len(mixes.top), made, limit - len(hits), LONGEST_READ)
    hits += top  # every word in the title or the header, some in each: before those with every word in the header
    for doc_id in sorted(headers, key=lambda d: (-headers[d], -d))[:max(0, limit - len(hits))]:
        row = _row(db, doc_id)  # found by its header (文号, 发文机关, source, author): the field is the snippet
        match = _header_match(db, doc_id, of(doc_id)) if row is not None else None
        if match is not None:
            hits.append((1.0 + match.share, replace(_hit(row, -1, 0, "", "", snippet=match.value),
                                                   snippet_hit=match.span, field=match.field)))
    texted, apart, texted_found = set(mixes.texted), mixes.top, 0  # a header's word, a text's: before text hits
    wanted = max(0, limit - len(hits))
    if all_counted(db):  # every match ranked by the counts the index keeps (reader.storage.counts)
        forms = [[(_grams(w), keyed.within(w) if i else None) for i, w in enumerate(split_key(k))] for k in keys]
        body, count, counted = ranked_page(db, candidates + mixes.texted, forms, wanted, exact, lambda doc_id, count: (
            _placed_hit(db, doc_id, of(doc_id)) if doc_id in texted else _shown(db, doc_id, of(doc_id), count)),
            RATIO_SAMPLE, texted)
    else:  # a library still being counted after an upgrade: the densest of the newest, as before (header's first)
        body, count, counted = _ranked_body(db, candidates, of, wanted, exact)
        first, texted_found = placed_hits(mixes.texted, len(texted), made, wanted, LONGEST_READ)
        body, apart = first + body, mixes.top + mixes.texted
    hits += body
    placed = len(apart) if mixes.exact and not q.regional else top_found + texted_found
    return Found([hit for _, hit in hits[:limit]], len(titled) + len(headers) + placed + count,
                 counted and placed == len(apart))


def _placed_hit(db: sqlite3.Connection, doc_id: int, keys: tuple[str, ...]) -> tuple[Hit, list[int]] | None:
    """A document whose words lie in different places (reader.storage.mixed) at its first text hit, or, every word
    in its title and header, at its top with the header field as its snippet; None when a word is in none."""
    row = _row(db, doc_id)
    placed = _place(db, doc_id, as_text(row[3]), keys) if row is not None else None
    if placed is None:
        return None
    if placed.text is not None:
        offset, length, text = placed.text
        return replace(_hit(row, offset, length, text, section_at(headings_of(db, doc_id), offset)),
                       found=placed.found), []  # (ranked by the index's counts alone: its text is not read whole)
    field, value, span = placed.field or ("", as_text(row[3]), (0, 0))
    return replace(_hit(row, -1, 0, "", "", snippet=value), snippet_hit=span, field=field, found=placed.found), []


# A removed document's index entries until they are deleted (reader.storage.removal); its id may be reused.
_NOT_REMOVED = " AND fts.rowid NOT IN (SELECT doc_id FROM unindexing)"
_FEW_VALUES = ("authority", "kind", "source")  # columns whose values repeat: folded once per value, not per row
MOST_VALUES = 500  # distinct values above which the filter is read row by row


def _filter(db: sqlite3.Connection, column: str, value: str) -> tuple[str, list]:
    """The SQL a filter adds and its arguments: for a column of repeating values (机关, 种类, 来源), the values that
    match, folded once each, so a search over thousands of candidates calls no Python function per row."""
    if column in _FEW_VALUES:
        distinct = db.execute(f"SELECT DISTINCT {column} FROM documents LIMIT ?", (MOST_VALUES + 1,)).fetchall()
        if len(distinct) <= MOST_VALUES:
            values = [v for v, in distinct if value in fold(as_text(v))]
            return f" AND d.{column} IN ({', '.join('?' * len(values))})", values
    if _may_fold(value) or column != "number":
        return f" AND instr(fold({_COLUMN_TEXT.get(column, 'd.' + column)}), ?) > 0", [value]
    return f" AND instr(d.{column}, ?) > 0", [value]


_COLUMNS = ("d.id, (SELECT path FROM locations WHERE doc_id = d.id ORDER BY missing, added LIMIT 1),"
            " (SELECT min(missing) FROM locations WHERE doc_id = d.id), d.title, d.script, d.number, d.authority,"
            " d.source, coalesce(nullif(d.written, ''), nullif(d.published, ''), d.date)")  # documents.listed_date


def _row(db: sqlite3.Connection, doc_id: int) -> tuple | None:
    """The columns a hit is made of, for one document."""
    return db.execute(f"SELECT {_COLUMNS} FROM documents d WHERE d.id = ?", (doc_id,)).fetchone()


def _ranked_body(db: sqlite3.Connection, candidates: list[int], keys_of: Callable[[int], tuple[str, ...]],
                 wanted: int, exact: bool) -> tuple[list[tuple[float, Hit]], int, bool]:
    """The `wanted` densest of the newest candidates read (each only as far as its first hit, within EARLY_BYTES;
    one whose first hit lies deeper is read on only while too few are found), how many of all have every phrase
    (`exact`: all of them; else those read, and the rest in the share found among those read), and whether that
    count is exact. Reading every candidate would cost seconds at 10,000 documents: the sample is SAMPLE x wanted."""
    best: list[tuple[float, int, int, tuple[int, int], str]] = []  # heap: (density, -order, id, hit, text)
    deep: list[int] = []
    found = read = 0
    least = SAMPLE * wanted if exact else max(SAMPLE * wanted, RATIO_SAMPLE)  # read at least these
    most = max(least, LONGEST_READ * wanted)  # and while too few are found, at most these
    for doc_id in candidates:
        if read >= most or (read >= least and len(best) >= wanted):
            break
        read += 1
        scored = _score(db, doc_id, keys_of(doc_id), EARLY_BYTES)
        if scored is None:
            continue
        if scored is _DEEP:
            deep.append(doc_id)
            continue
        found += 1
        if wanted:
            item = (scored[0], -read, doc_id, scored[1], scored[2])
            if len(best) < wanted:
                heapq.heappush(best, item)
            elif item > best[0]:
                heapq.heapreplace(best, item)
    unsure = len(deep)  # read only as far as EARLY_BYTES: the phrase may or may not be further on
    for doc_id in deep:
        if len(best) >= wanted:
            break
        unsure -= 1
        scored = _score(db, doc_id, keys_of(doc_id), None)
        if scored is not None and scored is not _DEEP:
            found += 1
            heapq.heappush(best, (scored[0], -len(candidates), doc_id, scored[1], scored[2]))
    hits = []
    for density, _order, doc_id, (offset, length), text in sorted(best, reverse=True):
        row = _row(db, doc_id)
        if row is not None:
            hits.append((density, _hit(row, offset, length, text, section_at(headings_of(db, doc_id), offset))))
    unread = len(candidates) - read
    if exact:  # every candidate has the phrase
        return hits, len(candidates), True
    if not unread and not unsure:
        return hits, found, True
    return hits, found + round((unread + unsure) * found / max(1, read - unsure)), False


def _shown(db: sqlite3.Connection, doc_id: int, phrases: tuple[str, ...], count: bool) -> tuple[Hit, list[int]] | None:
    """A candidate as a hit at its first occurrence, and (`count`) how often each phrase occurs in its whole text;
    None when a phrase is not in it."""
    counts: list[int] = []
    if count:  # the whole text, read once
        text = stored_text(db, doc_id)[0]
        counts = [len(phrase_pattern(p).findall(text)) for p in phrases]
        first = first_match(phrase_pattern(phrases[0]), text, 0, heads_of(db, doc_id)) if all(counts) else None
        scored = (0.0, (first.start(), first.end() - first.start()), text) if first else None
    else:
        scored = _score(db, doc_id, phrases, None)
    row = _row(db, doc_id) if scored is not None else None
    if scored is None or row is None:
        return None
    _density, (offset, length), text = scored
    return _hit(row, offset, length, text, section_at(headings_of(db, doc_id), offset)), counts


_DEEP = (-1.0, (-1, 0), "")  # _score: the first hit lies beyond the bytes it may read


def _score(db: sqlite3.Connection, doc_id: int, phrases: tuple[str, ...],
           reach: int | None) -> tuple[float, tuple[int, int], str] | None:
    """A document's density of hits near its start, its first hit and the text up to the snippet's end; None when a
    phrase is absent, _DEEP when one is not within `reach` bytes."""
    stored = open_text(db, doc_id)
    if stored is None:
        return None
    try:
        heads = heads_of(db, doc_id)  # one reading of the headings for all the phrases
        found = [locate_stored(stored, p, reach, heads) for p in phrases]
        if any(offset == BEYOND for offset, _ in found):
            return _DEEP
        if any(offset < 0 for offset, _ in found):
            return None
        offset, length = found[0]
        while len(stored.text) < offset + length + SNIPPET_CONTEXT and stored.more(4096):
            pass
    finally:
        stored.close()
    text = stored.text
    window = min(len(text), max(DENSITY_WINDOW, offset + length))  # hits per character near the start
    density = len(phrase_pattern(phrases[0]).findall(text, 0, window)) / max(1, window)
    return density, (offset, length), text[:offset + length + SNIPPET_CONTEXT + 1]  # one more: "…" if it goes on


def _verified(db: sqlite3.Connection, row: tuple, phrases: tuple[str, ...], require: bool,
              reach: int | None = None, stored: StoredText | None = None) -> tuple[float, Hit] | StoredText | None:
    """The first hit of the first phrase (snippet, section) and a density score, reading only as far as needed;
    None when a phrase is absent and `require`d. When a phrase is not within the first `reach` bytes, the text as
    far as it was read (still open: the caller goes on with it or closes it)."""
    stored = stored or open_text(db, row[0])
    if stored is None:
        return None
    deep = False
    try:
        heads = heads_of(db, row[0])  # one reading of the headings for all the phrases
        found = [locate_stored(stored, p, reach, heads) for p in phrases]
        if any(offset == BEYOND for offset, _ in found):
            deep = True
            return stored
        if any(offset < 0 for offset, _ in found):
            return None if require else (0.0, _hit(row, -1, 0, "", "", snippet=as_text(row[3])))
        offset, length = found[0]
        while len(stored.text) < offset + length + SNIPPET_CONTEXT and stored.more(4096):
            pass
    finally:
        if not deep:
            stored.close()
    window = min(len(stored.text), max(DENSITY_WINDOW, offset + length))  # hits per character near the start
    density = len(phrase_pattern(phrases[0]).findall(stored.text, 0, window)) / max(1, window)
    return density, _hit(row, offset, length, stored.text, section_at(headings_of(db, row[0]), offset))


def _hit(row: tuple, offset: int, length: int, text: str, section: str, snippet: str = "") -> Hit:
    doc_id, path, missing, title, script, number, authority, source, listed = row
    span = (0, 0)
    if offset >= 0 and text:
        start, end = snippet_bounds(text, offset, length)
        before = ("…" if start else "") + " ".join(text[start:offset].split())
        match = " ".join(text[offset: offset + length].split())
        snippet = before + match + " ".join(text[offset + length: end].split()) + ("…" if end < len(text) else "")
        span = (len(before), len(match))
    return Hit(int(doc_id), from_db_path(path) if path is not None else "", as_text(title), as_text(script), offset,
               length, snippet, section, as_text(number), as_text(authority), bool(missing), span,
               source=as_text(source), listed=as_text(listed))


def search_file(db_path: Path, query: str, limit: int = 50) -> Found:
    """Search a catalogue file through a connection of its own (for a worker thread); read-only."""
    db = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True, timeout=10)
    db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")  # stored texts read in place, not copied through the page cache
    try:
        return search(db, query, limit)
    finally:
        db.close()
