"""Differential check of zhreader's conversion against the native OpenCC library, on the same dictionaries.

The native `opencc` package and opencc-python-reimplemented both provide the `opencc` module, so the native one
lives in a virtual environment of its own, created (or reused) under the user's cache directory, never in the
project's. That environment converts through configurations written here: upstream's shipped configurations
with every dictionary given as a text dictionary holding exactly the table zhreader uses (shipped, or derived
by zhreader from the shipped data), so only the algorithms are compared. Inputs: the seeds, the corpus, every
upstream test input and a large generated text (dictionary words cut and run together in random contexts,
punctuation and separators inside, Latin, digits, astral and compatibility ideographs, description sequences).

    python bench/opencc_differential.py [--configs s2t,t2s] [--generated-chars N] [--pyo3]

`--pyo3` also evaluates opencc-pyo3 (in a third environment): its output against the native library's own
(both with their bundled data) and its speed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _shared() -> Path:
    """The shared folder beside the checkout; from a `git worktree`, the one beside the main checkout."""
    beside = REPO.parent / "shared"
    if beside.is_dir():
        return beside
    common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=REPO,
                            capture_output=True, text=True).stdout.strip()
    return Path(common).parent.parent / "shared" if common else beside


SHARED = _shared()
SUITE = REPO / "tests" / "data" / "opencc_testcases"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "zhreader-bench"
NATIVE = "opencc"  # the native library's PyPI name (its module is `opencc` too)
PYO3 = "opencc-pyo3"

# Runs inside the native environment: converts each input file with each configuration, reports times. Inputs are
# read with newline="" so that CR and CRLF reach the library as they are (text mode would turn them into LF).
WORKER = r"""
import json, sys, time
job = json.load(open(sys.argv[1], encoding="utf-8"))
texts = [open(p, encoding="utf-8", newline="").read() for p in job["inputs"]]
out = {}
times = {}
for name, config in job["configs"].items():
    if job["kind"] == "native":
        import opencc
        converter = opencc.OpenCC(config)
    else:
        import opencc_pyo3
        converter = opencc_pyo3.OpenCC(config)
    converter.convert("预热")
    results = []
    best = []
    for text in texts:
        fastest = float("inf")
        for _ in range(job.get("repeat", 1)):
            t0 = time.process_time()
            result = converter.convert(text)
            fastest = min(fastest, time.process_time() - t0)
        results.append(result)
        best.append(fastest)
    out[name] = results
    times[name] = best
json.dump({"outputs": out, "times": times}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
"""


def environment(package: str) -> Path:
    """The python of a virtual environment holding `package` alone (created on first use)."""
    home = CACHE / f"venv-{package}"
    python = home / "bin" / "python"
    if not python.exists():
        print(f"creating {home} with {package} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(home)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", package], check=True)
    return python


def package_version(python: Path, package: str) -> str:
    out = subprocess.run([str(python), "-m", "pip", "show", package], capture_output=True, text=True, check=True)
    return next((line.split(":", 1)[1].strip() for line in out.stdout.splitlines() if line.startswith("Version")), "?")


def write_configs(configs: list[str], folder: Path) -> dict[str, str]:
    """Upstream's configurations over text dictionaries holding zhreader's tables; config -> JSON path."""
    from reader.text.opencc_data import DictionaryStore, load_config
    from reader.text.opencc_engine import _get

    store = DictionaryStore(CACHE / "derived")
    written: set[str] = set()

    def rewrite(spec):
        if spec.get("type") == "group":
            return {**spec, "dicts": [rewrite(child) for child in spec["dicts"]]}
        name = spec["file"].rsplit(".", 1)[0]
        if name not in written:
            table = _get(store, name)
            text = "".join(f"{key}\t{' '.join(values)}\n" for key, values in table.items())
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            written.add(name)
        return {**spec, "type": "text", "file": f"{name}.txt"}

    paths = {}
    for config in configs:
        doc = load_config(config)
        for field in ("normalization", "conversion_chain"):
            doc[field] = [{**item, "dict": rewrite(item["dict"])} for item in doc.get(field, [])]
        if "segmentation" in doc:
            doc["segmentation"] = {**doc["segmentation"], "dict": rewrite(doc["segmentation"]["dict"])}
        path = folder / f"{config}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        paths[config] = str(path)
    return paths


def run_worker(python: Path, kind: str, configs: dict[str, str], texts: list[str], folder: Path,
               repeat: int = 1) -> dict:
    """Convert every text with every configuration in another environment: {"outputs", "times"}."""
    inputs = []
    for index, text in enumerate(texts):
        path = folder / f"input-{index}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        inputs.append(str(path))
    job = folder / f"job-{kind}.json"
    result = folder / f"result-{kind}.json"
    job.write_text(json.dumps({"kind": kind, "configs": configs, "inputs": inputs, "repeat": repeat}),
                   encoding="utf-8")
    script = folder / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    subprocess.run([str(python), str(script), str(job), str(result)], check=True, cwd=folder)
    return json.loads(result.read_text(encoding="utf-8"))


def differing(ours: str, theirs: str) -> tuple[int, list[tuple[str, str]]]:
    """Characters that differ (line by line), with a few examples."""
    count = 0
    examples = []
    a_lines, b_lines = ours.split("\n"), theirs.split("\n")
    if len(a_lines) != len(b_lines):
        a_lines, b_lines = [ours], [theirs]
    for a, b in zip(a_lines, b_lines):
        if a == b:
            continue
        at = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
        if len(a) == len(b):
            count += sum(1 for x, y in zip(a, b) if x != y)
        else:
            same = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
            count += max(len(a), len(b)) - same
        if len(examples) < 3:
            examples.append((a[max(0, at - 8):at + 12], b[max(0, at - 8):at + 12]))
    return count, examples


def generated(chars: int, seed: int = 11) -> str:
    """Dictionary words in random contexts, separators and other scripts inside."""
    from reader.text.opencc_data import load_dictionary, opencc_dir

    rng = random.Random(seed)
    words = sorted({key for path in sorted((opencc_dir() / "dictionary").glob("*.txt"))
                    for key in load_dictionary(path.stem)})
    fillers = ["，", "。", " ", "-", "·", "、", "\n", "「", "」", "（", "）", "abc", "2026", "𠮷", "🙂", "\u3000",
               "⿰发头", "⿱艹头", "丽", "\uf900", "Ｕ盘", "e-mail", "—", "…", "\r\n", "\r"]
    out: list[str] = []
    size = 0
    while size < chars:
        roll = rng.random()
        if roll < 0.6:
            piece = rng.choice(words)
        elif roll < 0.75:
            word = rng.choice(words)
            cut = rng.randrange(len(word) + 1)
            piece = word[:cut] if rng.random() < 0.5 else word[cut:]
        elif roll < 0.9:
            piece = rng.choice(fillers)
        else:
            piece = "".join(rng.choice(words)[0] for _ in range(rng.randrange(1, 6)))
        out.append(piece)
        size += len(piece)
    return "".join(out)[:chars]


def material() -> dict[str, list[str]]:
    """Named groups of inputs: seeds, corpus, upstream inputs."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    corpus = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus" / "docs").glob("*.txt"))]
    cases = json.loads((SUITE / "testcases.json").read_text(encoding="utf-8"))["cases"]
    upstream = "\n".join([case["input"] for case in cases]
                         + [p.read_text(encoding="utf-8") for p in sorted((SUITE / "v1.1.9_in_ans").glob("*.in"))])
    if not corpus:
        print(f"warning: no corpus documents in {SHARED / 'corpus' / 'docs'}", file=sys.stderr)
    return {"seeds": ["\n".join(seeds)], "corpus": ["\n".join(corpus)], "upstream inputs": [upstream]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", default="")
    parser.add_argument("--generated-chars", type=int, default=300_000)
    parser.add_argument("--pyo3", action="store_true", help="also evaluate opencc-pyo3")
    args = parser.parse_args()

    from reader.text.convert import CONFIGS, get_converter

    configs = [c for c in args.configs.split(",") if c] or list(CONFIGS)
    groups = material()
    groups["generated"] = [generated(args.generated_chars)]
    names = list(groups)
    texts = [groups[name][0] for name in names]
    native = environment(NATIVE)
    print(f"native OpenCC {package_version(native, NATIVE)} in {native.parent.parent}")
    print("inputs: " + ", ".join(f"{name} {len(text):,} chars" for name, text in zip(names, texts)))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result = run_worker(native, "native", write_configs(configs, folder), texts, folder)
        print(f"\ndiffering characters, zhreader vs native on the same dictionaries")
        print(f"  {'config':6} " + " ".join(f"{name:>16}" for name in names))
        examples = []
        for config in configs:
            converter = get_converter(config)
            row = []
            for name, text, theirs in zip(names, texts, result["outputs"][config]):
                count, found = differing(converter.convert(text), theirs)
                row.append(count)
                examples += [(config, name, ours, native_text) for ours, native_text in found[:1]]
            print(f"  {config:6} " + " ".join(f"{count:16,}" for count in row))
        for config, name, ours, theirs in examples[:12]:
            print(f"  e.g. {config} {name}: zhreader {ours!r} native {theirs!r}")
        if args.pyo3:
            evaluate_pyo3(configs, names, texts, folder)
    return 0


def evaluate_pyo3(configs: list[str], names: list[str], texts: list[str], folder: Path) -> None:
    """opencc-pyo3 against the native library, each with its bundled data; and both speeds."""
    pyo3 = environment(PYO3)
    native = environment(NATIVE)
    print(f"\nopencc-pyo3 {package_version(pyo3, PYO3)} vs native OpenCC, each with its bundled data")
    own = {config: config for config in configs}
    theirs = run_worker(native, "native", own, texts, folder, repeat=3)
    pyo3_result = run_worker(pyo3, "pyo3", own, texts, folder, repeat=3)
    print(f"  {'config':6} " + " ".join(f"{name:>16}" for name in names) + "   ms native / pyo3 (all inputs)")
    for config in configs:
        row = [differing(a, b)[0] for a, b in zip(pyo3_result["outputs"][config], theirs["outputs"][config])]
        t_native = sum(theirs["times"][config]) * 1000
        t_pyo3 = sum(pyo3_result["times"][config]) * 1000
        print(f"  {config:6} " + " ".join(f"{count:16,}" for count in row) + f"   {t_native:7.0f} / {t_pyo3:7.0f}")
        for a, b in zip(pyo3_result["outputs"][config], theirs["outputs"][config]):
            count, found = differing(a, b)
            if found:
                print(f"    e.g. pyo3 {found[0][0]!r} native {found[0][1]!r}")
                break


if __name__ == "__main__":
    sys.exit(main())
