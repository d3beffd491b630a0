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
from collections.abc import Callable, Iterator


BUCKETS = "abcdefghijklmnopqrstuvwxyz"  # letter i: the gram occurs 2**(i+1) to 2**(i+2) - 1 times
K1, B = 1.2, 0.75  # BM25's saturation of repeats and its length normalisation (the usual values)


def gram_counts(chars: str) -> Counter[str]:
    """How often each character and adjacent pair of indexed characters occurs (C-speed counting)."""
    grams = Counter(chars)
    grams.update(chars[i: i + 2] for i in range(len(chars) - 1))
    return grams


def count_tokens(grams: Counter[str]) -> str:
    """The bucket tokens of the grams that occur twice or more, space-separated."""
    last = len(BUCKETS) - 1
    return " ".join(BUCKETS[min(last, n.bit_length() - 2)] + g for g, n in grams.items() if n > 1)


def add_counts(db: sqlite3.Connection, doc_id: int, grams: Counter[str]) -> None:
    db.execute("INSERT INTO fts_counts (rowid, grams) VALUES (?, ?)", (doc_id, count_tokens(grams)))


def delete_counts(db: sqlite3.Connection, doc_id: int, chars: str) -> None:
    """Delete a document's count tokens (the contentless table needs them again, made from its stored text)."""
    db.execute("INSERT INTO fts_counts (fts_counts, rowid, grams) VALUES ('delete', ?, ?)",
               (doc_id, count_tokens(gram_counts(chars))))


def fill_counts(db: sqlite3.Connection, most: int) -> int:
    """Count up to `most` texts indexed before counts were kept (in the caller's transaction); how many are left."""
    from reader.storage.index import indexed_characters, unpack

    rows = db.execute("SELECT doc_id, body FROM texts WHERE counted = 0 ORDER BY doc_id LIMIT ?",
                      (max(1, most),)).fetchall()
    for doc_id, body in rows:
        try:
            add_counts(db, doc_id, gram_counts(indexed_characters(unpack(body))))
        except (zlib.error, UnicodeError, TypeError):
            pass  # an unreadable stored text: nothing to count, and nothing to delete later
        else:
            db.execute("UPDATE texts SET counted = 1 WHERE doc_id = ?", (doc_id,))
            continue
        db.execute("UPDATE texts SET counted = -1 WHERE doc_id = ?", (doc_id,))
    return counts_left(db)


def counts_left(db: sqlite3.Connection) -> int:
    """Stored texts not counted yet (0 also when the catalogue predates the table: then nothing can be counted)."""
    try:
        return db.execute("SELECT count(*) FROM texts WHERE counted = 0").fetchone()[0]
    except sqlite3.Error:
        return 0


def all_counted(db: sqlite3.Connection) -> bool:
    """Whether ranking may read counts: the table exists and no stored text waits to be counted."""
    try:
        return db.execute("SELECT 1 FROM texts WHERE counted = 0 LIMIT 1").fetchone() is None
    except sqlite3.Error:
        return False


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


def ranked(db: sqlite3.Connection, candidates: list[int], grams: list[list[str]], best: int) -> Iterator[int]:
    """Every candidate, the one where the phrases matter most first: BM25's weight of each phrase's estimated
    count (the least of its grams' counts; 1 for a gram met once) against the document's length, summed; the
    newest first among equals. The `best` first are picked without sorting all (a page is usually enough)."""
    estimates = []  # per phrase: document -> count, for those where every gram occurs twice or more
    for phrase in grams:
        first, *rest = [_buckets(db, g) for g in phrase]
        estimates.append({d: min(n, *(m.get(d, 1.0) for m in rest)) for d, n in first.items()} if rest else first)
    lengths, mean = _lengths(db, candidates)
    length, fixed, per_char, k = lengths.get, K1 * (1 - B), K1 * B / mean, K1 + 1
    if len(estimates) == 1:
        count = estimates[0].get
        scored = [(tf * k / (tf + fixed + per_char * length(d, mean)), d) for d, tf in
                  zip(candidates, [count(d, 1.0) for d in candidates])]
    else:
        scored = []
        for doc_id in candidates:
            norm = fixed + per_char * length(doc_id, mean)
            scored.append((sum(tf * k / (tf + norm) for tf in (c.get(doc_id, 1.0) for c in estimates)), doc_id))
    top = heapq.nlargest(best, scored)
    yield from (doc_id for _, doc_id in top)
    if len(scored) > len(top):
        scored.sort(reverse=True)
        yield from (doc_id for _, doc_id in scored[len(top):])


def ranked_page(db: sqlite3.Connection, candidates: list[int], grams: list[list[str]], wanted: int, exact: bool,
                shown: Callable[[int], object | None], sample: int) -> tuple[list[tuple[float, object]], int, bool]:
    """The `wanted` best of every candidate by their counts, each made a hit by `shown` (which reads its text as far
    as its first hit; None when a phrase is not there after all); how many of all have every phrase, and whether
    that is exact. When the phrases are one or two characters every candidate has them; else (the pairs may lie
    apart) candidates are read in ranked order until `wanted` have them, at least `sample` for the share of the
    rest that would."""
    hits: list[tuple[float, object]] = []
    found = read = 0
    for doc_id in ranked(db, candidates, grams, wanted if exact else max(wanted, sample)):
        if len(hits) >= wanted and (exact or read >= sample):
            break
        read += 1
        hit = shown(doc_id)
        if hit is None:
            continue
        found += 1
        if len(hits) < wanted:
            hits.append((0.0, hit))
    if exact:
        return hits, len(candidates), True
    unread = len(candidates) - read
    return hits, found + round(unread * found / max(1, read)), not unread
