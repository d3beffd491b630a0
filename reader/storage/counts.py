"""How often each character and pair occurs in a document, kept in the index so a search ranks every match by it.

The text index (reader.storage.index) says only whether a gram is in a document. Beside it, a second contentless
FTS5 table (detail=none: row ids only) holds one token per document and gram that occurs at least twice: the gram
prefixed by a letter for its count's power of two ('b监督' = 4 to 7 times, 'c监督' = 8 to 15). Looking up those few
tokens gives, for every document that matches, how often the gram occurs within a factor of two, without reading
a single stored text; a gram met once (most of them) costs nothing. Libraries indexed before this table existed
are counted on a worker (fill_counts), a few documents per transaction; until every text is counted a search
ranks as before.
"""

from __future__ import annotations

import heapq
import math
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Set


Within = Callable[[dict[int, float]], dict[int, float]]  # a form's counts kept only where it counts
Form = tuple[list[str], Within | None]  # a phrase's form searched: its grams, and where it counts (None: all)
BUCKETS = "abcdefghijklmnopqrstuvwxyz"  # letter i: the gram occurs 2**(i+1) to 2**(i+2) - 1 times
K1, B = 1.2, 0.75  # BM25's saturation of repeats and its length normalisation (the usual values)
LIFT = 1000.0  # added to the score of a document ranked first (BM25's weights sum to a few units)
EXTRA_READS = 10  # a long phrase: texts read beyond the page (or the sample), for one that may rank higher


def gram_counts(chars: str) -> Counter[str]:
    """How often each character and adjacent pair of indexed characters occurs (C-speed counting)."""
    grams = Counter(chars)
    grams.update(chars[i: i + 2] for i in range(len(chars) - 1))
    return grams


def count_tokens(grams: Counter[str]) -> str:
    """The bucket tokens of the grams that occur twice or more, space-separated."""
    last = len(BUCKETS) - 1
    return " ".join(BUCKETS[min(last, n.bit_length() - 2)] + g for g, n in grams.items() if n > 1)


def walled_tokens(text: str, walled: list[int]) -> str:
    """A text's count tokens (counted=2): its grams' counts within the pieces a word may not run out of
    (reader.storage.walls), and a token for each pair it has only across a sentence end or a wall."""
    from reader.storage.walls import CROSSED, kept_grams

    kept, crossed = kept_grams(text, walled)
    return " ".join(filter(None, (count_tokens(kept), " ".join(CROSSED + pair for pair in crossed))))


def add_counts(db: sqlite3.Connection, doc_id: int, text: str, walled: list[int]) -> None:
    db.execute("INSERT INTO fts_counts (rowid, grams) VALUES (?, ?)", (doc_id, walled_tokens(text, walled)))


def delete_counts(db: sqlite3.Connection, doc_id: int, text: str, walled: list[int] | None) -> None:
    """Delete a document's count tokens (the contentless table needs them again, made from its stored text and
    walls; a text counted before walls were kept (None) had the whole text's counts)."""
    from reader.storage.index import indexed_characters

    tokens = count_tokens(gram_counts(indexed_characters(text))) if walled is None else walled_tokens(text, walled)
    db.execute("INSERT INTO fts_counts (fts_counts, rowid, grams) VALUES ('delete', ?, ?)", (doc_id, tokens))


def fill_counts(db: sqlite3.Connection, most: int) -> int:
    """Count up to `most` texts indexed before counts were kept, or counted again those counted before a word's
    walls were (in the caller's transaction); how many are left."""
    from reader.storage.index import unpack
    from reader.storage.walls import as_json, walls

    rows = db.execute("SELECT doc_id, body, headings, counted FROM texts WHERE counted = 0 ORDER BY doc_id LIMIT ?",
                      (max(1, most),)).fetchall()
    at, upto = _recount(db)
    if len(rows) < most and at < upto:  # then those counted with the whole text's counts, in order of their ids
        again = db.execute("SELECT doc_id, body, headings, counted FROM texts WHERE doc_id > ? AND doc_id <= ?"
                           " ORDER BY doc_id LIMIT ?", (at, upto, most - len(rows))).fetchall()
        done = again[-1][0] if len(again) == most - len(rows) else upto  # (none left in the range: all done)
        db.execute("UPDATE meta SET value = ? WHERE key = 'recounted'", (str(done),))
        rows += [row for row in again if row[3] != 0]  # (one not counted yet is among the first, or next time)
    for doc_id, body, headings, counted in rows:
        if counted not in (0, 1):
            continue  # indexed again meanwhile (2), or unreadable
        try:
            text = unpack(body)
            walled = walls(text, _heading_offsets(headings), _fields(db, doc_id))
            if counted == 1:
                delete_counts(db, doc_id, text, None)
            add_counts(db, doc_id, text, walled)
        except (zlib.error, UnicodeError, TypeError):
            pass  # an unreadable stored text: nothing to count, and nothing to delete later
        else:
            db.execute("UPDATE texts SET counted = 2, walls = ? WHERE doc_id = ?", (as_json(walled), doc_id))
            continue
        db.execute("UPDATE texts SET counted = -1 WHERE doc_id = ?", (doc_id,))
    return counts_left(db)


def _heading_offsets(headings: object) -> list[int]:
    import json

    try:
        return [int(h[0]) for h in json.loads(headings)] if isinstance(headings, str) else []
    except (TypeError, ValueError, IndexError):
        return []


def _fields(db: sqlite3.Connection, doc_id: int) -> list[str]:
    """A document's title and header fields, as its walls are made of (reader.storage.walls)."""
    row = db.execute("SELECT d.title, d.number, d.authority, d.source, b.author, b.editor FROM documents d"
                     " LEFT JOIN bylines b ON b.doc_id = d.id WHERE d.id = ?", (doc_id,)).fetchone()
    return [value for value in row or () if isinstance(value, str)]


def _recount(db: sqlite3.Connection) -> tuple[int, int]:
    """How far the texts counted before walls were kept have been counted again, and up to which id they go."""
    try:
        values = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('recounted', 'recount')"))
        return int(values.get("recounted", 0)), int(values.get("recount", 0))
    except (sqlite3.Error, ValueError):
        return 0, 0


def counts_left(db: sqlite3.Connection) -> int:
    """Stored texts not counted yet, or to be counted again (0 also when the catalogue predates the table: then
    nothing can be counted)."""
    try:
        left = db.execute("SELECT count(*) FROM texts WHERE counted = 0").fetchone()[0]
    except sqlite3.Error:
        return 0
    at, upto = _recount(db)
    if at < upto:  # (those not counted yet among them counted once)
        left += db.execute("SELECT (SELECT count(*) FROM texts WHERE doc_id > ?1 AND doc_id <= ?2) - (SELECT count(*)"
                           " FROM texts WHERE counted = 0 AND doc_id > ?1 AND doc_id <= ?2)", (at, upto)).fetchone()[0]
    return left


def all_counted(db: sqlite3.Connection) -> bool:
    """Whether ranking may read counts: the table exists and no stored text waits to be counted (or again)."""
    try:
        if db.execute("SELECT 1 FROM texts WHERE counted = 0 LIMIT 1").fetchone() is not None:
            return False
    except sqlite3.Error:
        return False
    at, upto = _recount(db)
    return at >= upto


# One statement for every bucket of a gram: (document, the middle of its bucket), read into a dict at C speed.
_BUCKETED = " UNION ALL ".join(f"SELECT rowid, {2 ** (i + 1) * math.sqrt(2)!r} FROM fts_counts WHERE fts_counts MATCH ?"
                               for i in range(len(BUCKETS)))


def _buckets(db: sqlite3.Connection, gram: str) -> dict[int, float]:
    """For the documents where a gram occurs twice or more, an estimate of how often (the middle of its bucket)."""
    return dict(db.execute(_BUCKETED, [f'"{letter}{gram}"' for letter in BUCKETS]))


def _lengths(db: sqlite3.Connection, candidates: list[int]) -> tuple[dict[int, int], float]:
    """The length in characters of each candidate and the library's mean."""
    where = "typeof(chars) = 'integer' AND chars > 0"
    if len(candidates) > 500:
        lengths = dict(db.execute(f"SELECT id, chars FROM documents WHERE {where}"))
        return lengths, sum(lengths.values()) / max(1, len(lengths))
    mean = db.execute(f"SELECT avg(chars) FROM documents WHERE {where}").fetchone()[0] or 1.0
    rows = db.execute(f"SELECT id, chars FROM documents WHERE {where} AND id IN ({','.join('?' * len(candidates))})",
                      candidates)
    return dict(rows), float(mean)


def _estimate(db: sqlite3.Connection, grams: list[str], within: Within | None) -> dict[int, float]:
    """Document -> a word's estimated count (the least of its grams'), where every gram occurs twice or more (and,
    for another region's form, only in the documents `within` its script)."""
    first, *rest = [_buckets(db, g) for g in grams]
    if within is not None:
        first = within(first)
    return {d: min(n, *(m.get(d, 1.0) for m in rest)) for d, n in first.items()} if rest else first


def ranked(db: sqlite3.Connection, candidates: list[int], grams: list[list[Form]],
           best: int, lifted: Set[int] = frozenset()) -> Iterator[tuple[float, int, float]]:
    """Every candidate as (score, id, length norm), the one where the phrases matter most first: BM25's weight of
    each phrase's estimated count (the least of its grams' counts; 1 for a gram met once; of a phrase with another
    region's form, the sum of both forms' where it counts) against the document's length, summed; the newest first
    among equals. The `best` first are picked without sorting all. `grams`: per phrase, per form, its grams and the
    documents it counts in (None: all); the documents `lifted` before all others (reader.storage.mixed)."""
    estimates = []  # per phrase: document -> count, for those where every gram occurs twice or more
    for phrase in grams:
        first, *rest = [_estimate(db, word, within) for word, within in phrase]
        for other in rest:
            first = {d: first.get(d, 0.0) + other.get(d, 0.0) for d in first.keys() | other.keys()}
        estimates.append(first)
    lengths, mean = _lengths(db, candidates)
    length, fixed, per_char = lengths.get, K1 * (1 - B), K1 * B / mean
    norms = [fixed + per_char * length(d, mean) for d in candidates]
    if len(estimates) == 1:
        count = estimates[0].get
        scored = [(weight(count(d, 1.0), n), d, n) for d, n in zip(candidates, norms)]
    else:
        scored = [(sum(weight(c.get(d, 1.0), n) for c in estimates), d, n) for d, n in zip(candidates, norms)]
    if lifted:
        scored = [(score + LIFT, d, n) if d in lifted else (score, d, n) for score, d, n in scored]
    top = heapq.nlargest(best, scored)
    yield from top
    if len(scored) > len(top):
        scored.sort(reverse=True)
        yield from scored[len(top):]


def weight(tf: float, norm: float) -> float:
    """BM25's weight of a count for a document of this length norm: repeats count less and less."""
    return tf * (K1 + 1) / (tf + norm)


def ranked_page(db: sqlite3.Connection, candidates: list[int], grams: list[list[Form]], wanted: int,
                exact: bool,
                shown: Callable[[int, bool], tuple[object, list[int]] | None],
                sample: int, lifted: Set[int] = frozenset()) -> tuple[list[tuple[float, object]], int, bool]:
    """The `wanted` best of every candidate by their counts, each made a hit by `shown` (None when a phrase is not
    there after all); how many of all have every phrase, and whether that is exact. When the phrases are one or two
    characters every candidate has them and the counts kept are theirs; else (the pairs may lie apart, and a pair's
    count bounds the phrase's from above) candidates are read in ranked order, the phrases counted in each, and
    reading goes on while one not read yet could still rank among those shown (at least `sample`, for the share of
    the rest that have them, and at most EXTRA_READS more than those). The documents `lifted` rank before the rest."""
    best: list[tuple[float, int, object]] = []  # heap of the shown: (score, -order, hit)
    found = read = 0
    most = max(sample, wanted) + EXTRA_READS
    for estimate, doc_id, norm in ranked(db, candidates, grams, wanted if exact else max(wanted, sample), lifted):
        full = len(best) >= wanted
        if full and (exact or (read >= sample and (not best or estimate <= best[0][0] or read >= most))):
            break
        read += 1
        made = shown(doc_id, not exact)
        if made is None:
            continue
        found += 1
        hit, counts = made
        score = estimate if exact or not counts else sum(weight(n, norm) for n in counts) + LIFT * (doc_id in lifted)
        if len(best) < wanted:
            heapq.heappush(best, (score, -read, hit))
        elif wanted and (score, -read) > best[0][:2]:
            heapq.heapreplace(best, (score, -read, hit))
    hits = [(score, hit) for score, _order, hit in sorted(best, key=lambda item: item[:2], reverse=True)]
    if exact:
        return hits, len(candidates), True
    unread = len(candidates) - read
    return hits, found + round(unread * found / max(1, read)), not unread
