"""Script conversion speed on one ~1 M-character text: our matcher, the library on our data, the untouched library.

Reports, per configuration, throughput in M characters/s and the ratio to the untouched opencc-python-reimplemented
(its own bundled dictionaries); the converter load time in a fresh process, cold (empty cache: derived tables are
built) and cached; the memory a converter adds; and the window's toggle figures (first screen of a 1 M-character
document in the new script, longest single paragraph).

    python bench/convert_bench.py [--chars N] [--configs s2t,t2s] [--skip-untouched]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus" / "docs"
SCREEN = 3000  # characters on a full screen of the reading pane, generously


def material(chars: int) -> str:
    """Seeds and corpus documents (both scripts), repeated to `chars` characters, paragraphs kept whole."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    base = "\n".join(t.strip() for t in texts)
    return ("\n".join([base] * (chars // len(base) + 1)))[:chars]


def rate(convert, text: str, repeat: int = 1) -> float:
    """Best throughput of `repeat` runs, M characters/s."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        convert(text)
        best = min(best, time.perf_counter() - t0)
    return len(text) / best / 1e6


def load_probe(config: str, cache_dir: str) -> None:
    """In a fresh process: time to a ready converter, and the memory it added (printed as JSON)."""
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    from reader.text.convert import Converter

    converter = Converter(config, Path(cache_dir))
    converter.convert("预热")
    elapsed = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": elapsed, "rss_mb": (rss1 - rss0) / 1024}))


def probe(config: str, cache_dir: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--load-probe", config, cache_dir], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--configs", default="")
    parser.add_argument("--skip-untouched", action="store_true", help="do not time the library with its own data")
    parser.add_argument("--load-probe", nargs=2, metavar=("CONFIG", "CACHE_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_probe:
        load_probe(*args.load_probe)
        return 0

    from reader.text.convert import CONFIGS, Converter, get_converter

    configs = [c for c in args.configs.split(",") if c] or list(CONFIGS)
    text = material(args.chars)
    print(f"text: {len(text):,} characters, {text.count(chr(10)) + 1:,} paragraphs")

    print("\nload time in a fresh process (import, data, derived tables, matcher), and memory added")
    for config in ("s2t", "s2twp", "t2s", "tw2sp"):
        with tempfile.TemporaryDirectory() as cache:
            cold = probe(config, cache)
            cached = probe(config, cache)
        print(f"  {config:6} cold {cold['seconds'] * 1000:5.0f} ms   cached {cached['seconds'] * 1000:5.0f} ms"
              f"   +{cached['rss_mb']:.0f} MB RSS")

    print("\nthroughput, M characters/s (ratio = zhreader / untouched library)")
    print(f"  {'config':6} {'zhreader':>9} {'library+data':>13} {'untouched':>10} {'ratio':>6}")
    import opencc

    for config in configs:
        fast = get_converter(config)
        library = Converter(config, fast=False)
        ours = rate(fast.convert, text, repeat=3)
        lib = rate(library.convert, text)
        if args.skip_untouched or config not in ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
                                                    "t2tw", "t2hk"):
            untouched = ratio = "-"
        else:
            value = rate(opencc.OpenCC(config).convert, text)
            untouched, ratio = f"{value:.2f}", f"{ours / value:.1f}x"
        print(f"  {config:6} {ours:9.2f} {lib:13.2f} {untouched:>10} {ratio:>6}")

    print("\nwindow toggle on this text (converter already loaded)")
    paragraphs = text.split("\n")
    for config in ("s2t", "s2twp", "t2s"):
        converter = get_converter(config)
        t0 = time.perf_counter()
        shown = 0
        for p in paragraphs:
            converter.convert_mapped(p)
            shown += len(p) + 1
            if shown >= SCREEN:
                break
        first = time.perf_counter() - t0
        worst = 0.0
        for p in sorted(paragraphs, key=len)[-20:]:
            t1 = time.perf_counter()
            converter.convert_mapped(p)
            worst = max(worst, time.perf_counter() - t1)
        t1 = time.perf_counter()
        converter.convert(text)
        whole = time.perf_counter() - t1
        print(f"  {config:6} first screen ({SCREEN} chars) {first * 1000:.1f} ms, longest paragraph "
              f"({max(map(len, paragraphs)):,} chars) {worst * 1000:.1f} ms, whole text {whole * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
