"""Speed of keyword matching on a ~1 M-character document and of automatic keywords on a seed."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "docs"
WORDS = ["人大", "监督", "監督", "建设", "發展", "常委会", "宪法", "國家", "人民代表大会", "高质量"]


def _material() -> str:
    files = sorted((REPO / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    base = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    return (base * (1_000_000 // len(base) + 1))[:1_000_000]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    t0 = time.perf_counter()
    from reader.text.fold import fold_table
    from reader.text import keywords
    from reader.text.keywords import KeywordExtractor, KeywordIndex, find_all, find_unfolded

    fold_table()
    print(f"fold table built: {_ms(time.perf_counter() - t0)}")
    text = _material()
    cold, warm, indexed, single = [], [], [], []
    for i in range(5):
        page = text[:-1] + str(i)  # a new string each round, so the cache cannot help the cold figure
        keywords._INDEXES.clear()
        t0 = time.perf_counter()
        find_unfolded(page, WORDS[i])
        single.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        found = find_all(page, WORDS)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        find_all(page, WORDS)
        warm.append(time.perf_counter() - t0)
        index = KeywordIndex(page)
        t0 = time.perf_counter()
        index.find_all(WORDS)
        indexed.append(time.perf_counter() - t0)
    hits = sum(len(v) for v in found.values())
    print(f"find_all, {len(text):,} chars, {len(WORDS)} words, {hits:,} hits:")
    print(f"  one word, text not folded (as a first keyword or a find): median {_ms(statistics.median(single))}, "
          f"max {_ms(max(single))}")
    print(f"  first call (fold + search): median {_ms(statistics.median(cold))}, max {_ms(max(cold))}")
    print(f"  same text again (cached fold): median {_ms(statistics.median(warm))}")
    print(f"  KeywordIndex.find_all: median {_ms(statistics.median(indexed))}")

    seed = sorted((REPO / "seeds").glob("*.txt"))[2]
    seed_text = seed.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        for label in ("no cache file", "with cache file"):
            extractor = KeywordExtractor(Path(tmp))
            t0 = time.perf_counter()
            extractor.load()
            print(f"KeywordExtractor.load ({label}): {_ms(time.perf_counter() - t0)}")
        t0 = time.perf_counter()
        words = extractor.extract(seed_text, 20)
        print(f"extract on {seed.name} ({len(seed_text):,} chars): {_ms(time.perf_counter() - t0)}")
        t0 = time.perf_counter()
        extractor.extract(seed_text, 10)
        print(f"  again, same text: {_ms(time.perf_counter() - t0)}")
        t0 = time.perf_counter()
        extractor.extract(text[:200_000], 20)
        print(f"extract on 200,000 chars: {_ms(time.perf_counter() - t0)}")
        print("  " + " ".join(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
