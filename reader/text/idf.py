"""jieba's IDF table for the keyword suggestions, parsed from its 270,000 lines of text once and then read from a
marshalled copy in the user's cache folder: half the CPU (about 0.2 s -> 0.1 s) of a step the reader waits for
before the first suggestions, every start (reader.keyword_worker)."""

from __future__ import annotations

import logging
import marshal
import zlib
from pathlib import Path

from reader.atomic import write_atomically

log = logging.getLogger(__name__)

FORMAT = 1  # of the cached file: a change makes every older copy be parsed again
CACHE_NAME = "jieba-idf.marshal"

Table = tuple[dict[str, float], float]  # word -> IDF, and the median IDF (for a word the table lacks)


def idf_table(source: Path, cache_dir: Path | None) -> Table:
    """The table of `source` (jieba's idf.txt) and its median: the cached copy when it was made from this very file
    (its path, size and time), else parsed and cached."""
    stat = source.stat()
    stamp = (FORMAT, str(source), stat.st_size, stat.st_mtime_ns)
    cached = cache_dir / CACHE_NAME if cache_dir is not None else None
    if cached is not None and cached.is_file():
        try:
            data = cached.read_bytes()
            if zlib.crc32(data[4:]).to_bytes(4, "big") != data[:4]:
                raise ValueError("checksum mismatch")
            kept, idf, median = marshal.loads(data[4:])
            if kept == stamp and isinstance(idf, dict) and isinstance(median, float):
                return idf, median
        except (OSError, ValueError, EOFError, TypeError) as exc:
            log.warning("parsing jieba's IDF table again, the cached one is unreadable (%s): %s", cached, exc)
    idf, median = parsed(source)
    if cached is not None:
        data = marshal.dumps((stamp, idf, median))
        try:
            write_atomically(cached, zlib.crc32(data).to_bytes(4, "big") + data)
        except OSError as exc:  # costs the parse next time, nothing else
            log.warning("could not cache jieba's IDF table in %s: %s", cached, exc)
    return idf, median


def parsed(source: Path) -> Table:
    """'word value' lines; a line without a value is skipped."""
    idf: dict[str, float] = {}
    with source.open(encoding="utf-8") as f:
        for line in f:
            word, _, value = line.strip().partition(" ")
            if value:
                idf[word] = float(value)
    values = sorted(idf.values())
    return idf, values[len(values) // 2] if values else 1.0
