"""Script conversion speed on one ~1 M-character text: zhreader against native OpenCC, measured in the same run.

Reports, per configuration, throughput in M characters/s of zhreader and of the native OpenCC library (in its own
virtual environment, see opencc_differential.py, on the same dictionaries), and their ratio; the untouched
opencc-python-reimplemented for reference; the converter load time in a fresh process, cold (empty cache: derived
tables are built) and cached; the memory a converter adds; and the window's toggle figures (first screen of a
1 M-character document in the new script, longest single paragraph).

    python bench/convert_bench.py [--chars N] [--configs s2t,t2s] [--skip-untouched] [--skip-native] [--rounds N]
                                  [--load-only]
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
LOAD_RUNS = 5  # cached load: the best of this many fresh processes (the machine may be shared)
SCREEN = 3000  # characters on a full screen of the reading pane, generously
# A first real sentence in both scripts: what a converter must be ready for (patterns compile on first need).
SENTENCE = "我的隨身碟和滑鼠，印表機的記憶體。头发和发展，干燥与干部，着急的为什么。"
# Then a first real paragraph of each script (the first of at least 200 characters in these seeds), so that a
# cost moved from the load to the first conversion shows.
PARAGRAPH_SEEDS = ("000_", "004_")  # Simplified, Traditional


def first_paragraphs() -> list[str]:
    """The first paragraph of at least 200 characters of each seed in PARAGRAPH_SEEDS."""
    out = []
    for prefix in PARAGRAPH_SEEDS:
        (path,) = (REPO / "seeds").glob(prefix + "*.txt")
        out.append(next(p for p in path.read_text(encoding="utf-8").split("\n") if len(p) >= 200))
    return out


def material(chars: int) -> str:
    """Seeds and corpus documents (both scripts), repeated to `chars` characters, paragraphs kept whole."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    base = "\n".join(t.strip() for t in texts)
    return ("\n".join([base] * (chars // len(base) + 1)))[:chars]


def rate(convert, text: str, repeat: int = 1) -> float:
    """Best throughput of `repeat` runs, M characters/s of CPU time (the machine may be shared)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        convert(text)
        best = min(best, time.process_time() - t0)
    return len(text) / best / 1e6


def load_probe(config: str, cache_dir: str) -> None:
    """In a fresh process: time to import the module, then to a ready converter (CPU), and the memory added."""
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    from reader.text.convert import Converter
    # The engine's modules, imported by the first converter: code (read from .pyc once installed, compiled from
    # source where bytecode is not written), counted as import, not as loading a configuration's data.
    from reader.text import fastconvert, opencc_data, opencc_engine  # noqa: F401

    t1 = time.process_time()
    converter = Converter(config, Path(cache_dir))
    converter.convert("预热")
    elapsed = time.process_time() - t1
    paragraphs = first_paragraphs()
    t2 = time.process_time()
    converter.convert(SENTENCE)
    first = time.process_time() - t2
    t3 = time.process_time()
    for paragraph in paragraphs:
        converter.convert_mapped(paragraph)
    paragraph_time = time.process_time() - t3
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"import": t1 - t0, "seconds": elapsed, "first": first, "paragraphs": paragraph_time,
                      "rss_mb": (rss1 - rss0) / 1024}))


def probe(config: str, cache_dir: str) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--load-probe", config, cache_dir], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout)


def print_rates(config: str, best: dict, skip_untouched: bool, text: str) -> None:
    import opencc

    ours, theirs, own = (best.get((config, kind)) for kind in ("ours", "native", "shipped"))
    ratio = f"{ours / theirs:.2f}x" if theirs else "-"
    own_ratio = f"{ours / own:.2f}x" if own else "-"
    if skip_untouched or config in ("s2hkp", "hk2sp"):
        untouched = "-"
    else:
        untouched = f"{rate(opencc.OpenCC(config).convert, text):.2f}"
    print(f"  {config:6} {ours:9.2f} {theirs or 0:8.2f} {ratio:>6} {own or 0:13.2f} {own_ratio:>6} {untouched:>10}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--configs", default="")
    parser.add_argument("--skip-untouched", action="store_true", help="do not time the library with its own data")
    parser.add_argument("--skip-native", action="store_true", help="do not time the native OpenCC library")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of throughput measurement (best kept)")
    parser.add_argument("--load-only", action="store_true", help="measure the load figures only")
    parser.add_argument("--load-probe", nargs=2, metavar=("CONFIG", "CACHE_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_probe:
        load_probe(*args.load_probe)
        return 0

    from reader.text.convert import CONFIGS, get_converter

    configs = [c for c in args.configs.split(",") if c] or list(CONFIGS)
    text = material(args.chars)
    print(f"text: {len(text):,} characters, {text.count(chr(10)) + 1:,} paragraphs")

    print("\nload in a fresh process, CPU ms: import of reader.text.convert and the engine's modules (mostly the")
    print("standard library the app has imported already), then a ready converter (data, derived tables, matcher;")
    print("cold: empty cache; cached: best of", LOAD_RUNS, "processes),")
    print("then the first real sentence (patterns are compiled when first needed) and a first paragraph of each")
    print("script (with offsets, as the window converts; lengths", "+".join(str(len(p)) for p in first_paragraphs()),
          "characters); \"ready\" is the sum: cached load + sentence + paragraphs; memory added")
    for config in configs:
        with tempfile.TemporaryDirectory() as cache:
            cold = probe(config, cache)
            cached = min((probe(config, cache) for _ in range(LOAD_RUNS)), key=lambda r: r["seconds"])
        ready = cached["seconds"] + cached["first"] + cached["paragraphs"]
        print(f"  {config:6} import {cached['import'] * 1000:4.0f}   cold {cold['seconds'] * 1000:5.0f}"
              f"   cached {cached['seconds'] * 1000:4.0f} + sentence {cached['first'] * 1000:4.0f}"
              f" + paragraphs {cached['paragraphs'] * 1000:4.0f} = ready {ready * 1000:4.0f}"
              f"   +{cached['rss_mb']:.0f} MB RSS")

    if args.load_only:
        return 0

    print("\nthroughput, M characters per CPU second: zhreader; native OpenCC on the same dictionaries (text")
    print("dictionaries, as the differential check feeds it) and on its own shipped .ocd2 data, measured one")
    print(f"configuration after the other, each the best of {args.rounds} rounds of 3 (the machine may be shared);")
    print("the ratios are zhreader / native; the untouched opencc-python-reimplemented for reference")
    print(f"  {'config':6} {'zhreader':>9} {'native':>8} {'ratio':>6} {'native .ocd2':>13} {'ratio':>6} {'untouched':>10}")
    best: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_native:
            from opencc_differential import NATIVE, environment, run_worker, write_configs

            python = environment(NATIVE)
            same = write_configs(configs, folder)
        for round_ in range(args.rounds):
            last = round_ == args.rounds - 1
            for config in configs:
                rates = {"ours": rate(get_converter(config).convert, text, repeat=3)}
                if not args.skip_native:
                    for kind, spec in (("native", same[config]), ("shipped", config)):
                        result = run_worker(python, "native", {config: spec}, [text], folder, repeat=3)
                        rates[kind] = len(text) / result["times"][config][0] / 1e6
                for kind, value in rates.items():
                    best[config, kind] = max(best.get((config, kind), 0.0), value)
                if last:
                    print_rates(config, best, args.skip_untouched, text)

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
