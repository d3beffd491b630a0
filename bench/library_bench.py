"""Build a library of 10,000 documents made from the seeds and the corpus; time import, listing and search.

    python bench/library_bench.py [--docs 10000] [--keep DIR] [--gui]

Documents are variations: paragraphs of the real material shuffled into bodies of 3 k to 300 k characters (most
short, a few long, as a real collection), each with its own title and 文号, a fifth converted to Traditional and a
fifth saved as GB18030. Reports import throughput (light pass and full index), the time to open the catalogue and
list it, search latency (median, 95th percentile) for 1- to 4-character queries, two and three words (some of them
an issuer's, found in the header, beside the text's) and metadata filters, database
size against text size, and memory; with --gui also the model-based document list shown offscreen.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.storage import importer  # noqa: E402
from reader.storage.library import Library  # noqa: E402
from reader.storage.search import search  # noqa: E402

print = functools.partial(print, flush=True)  # noqa: A001 - figures appear as they are measured

AUTHORITIES = (("国发", "国务院"), ("国办发", "国务院办公厅"), ("京政发", "北京市人民政府"), ("沪府发", "上海市人民政府"),
               ("粤府", "广东省人民政府"), ("川府发", "四川省人民政府"), ("财预", "财政部"), ("教高", "教育部"))
KINDS = ("通知", "意见", "办法", "决定", "报告", "规定", "批复", "实施方案")


def _paragraphs() -> list[str]:
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO.parent / "shared" / "corpus" / "docs").glob("*.txt"))
    out = []
    for path in paths:
        out += [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if len(line.strip()) >= 20]
    return out


def _size(rng: random.Random) -> int:
    """3 k to 300 k characters, most short (median ~3.2 k, 90th percentile ~34 k), a few long, as in a real
    collection of official documents."""
    return int(3000 * 100 ** (rng.random() ** 6))


def generate(folder: Path, count: int, seed: int = 7) -> tuple[int, int, list[str]]:
    """Write the documents; returns the total characters, their size as UTF-8 and the 文号 used."""
    from reader.paths import Paths
    from reader.text.convert import get_converter

    rng = random.Random(seed)
    paragraphs = _paragraphs()
    to_traditional = get_converter("s2t", Paths.default().cache_dir)
    total = utf8 = 0
    numbers = []
    for i in range(count):
        prefix, authority = rng.choice(AUTHORITIES)
        year = rng.randint(1995, 2025)
        number = f"{prefix}〔{year}〕{i % 300 + 1}号"
        numbers.append(number)
        title = f"{authority}关于{rng.choice(paragraphs)[:rng.randint(6, 14)]}的{rng.choice(KINDS)}"
        size = _size(rng)
        body: list[str] = []
        length = 0
        while length < size:
            p = rng.choice(paragraphs)
            body.append(p)
            length += len(p) + 1
        text = f"{title}\n{number}\n各有关单位：\n" + "\n".join(body) + f"\n{authority}\n{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n"
        sub = folder / f"{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        kind = i % 5
        if kind == 1:
            text = to_traditional.convert(text)
        data = text.encode("gb18030" if kind == 2 else "utf-8")
        (sub / f"doc{i:05d}.txt").write_bytes(data)
        total += len(text)
        utf8 += len(text.encode("utf-8"))
    return total, utf8, numbers


def _percentiles(times: list[float], cpu: list[float] | None = None) -> str:
    """Wall-clock median, p95 and max; with `cpu` also the process's CPU time (this machine is shared: the wall
    clock includes waiting for a core)."""
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    text = f"median {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms"
    if cpu:
        cpu = sorted(cpu)
        text += (f" (CPU median {statistics.median(cpu) * 1000:.1f} ms, "
                 f"p95 {cpu[min(len(cpu) - 1, int(len(cpu) * 0.95))] * 1000:.1f} ms)")
    return text


def _timed(call) -> tuple[float, float]:
    """Wall-clock and CPU seconds of a call."""
    t0, c0 = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - t0, time.process_time() - c0


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_search(library: Library, numbers: list[str], rng: random.Random, per_length: int = 40) -> None:
    texts = [row[0] for row in library.connection.execute(
        "SELECT d.title FROM documents d ORDER BY random() LIMIT 200")]
    paragraphs = _paragraphs()
    for length in (1, 2, 3, 4):
        times, cpu = [], []
        for _ in range(per_length):
            p = rng.choice(paragraphs)
            start = rng.randrange(0, len(p) - length)
            query = "".join(c for c in p[start: start + length + 4] if c.isalnum())[:length] or "国"
            wall, used = _timed(lambda: search(library.connection, query, limit=50))
            times.append(wall)
            cpu.append(used)
        print(f"search {length} character(s): {_percentiles(times, cpu)}")
    def word() -> str:  # two characters of the material's text
        while True:
            p = rng.choice(paragraphs)
            start = rng.randrange(0, len(p) - 2)
            if p[start: start + 2].isalnum():
                return p[start: start + 2]

    for label, make in (("2 words", lambda: f"{word()} {word()}"), ("3 words", lambda: f"{word()} {word()} {word()}"),
                        ("文号 prefix + word (header and text)", lambda: f"{rng.choice(AUTHORITIES)[0]} {word()}"),
                        ("issuer + 2 words", lambda: f"{rng.choice(AUTHORITIES)[1]} {word()} {word()}"),
                        ("文号 filter", lambda: f"文号:{rng.choice(numbers)}"),
                        ("机关 filter", lambda: f"机关:{rng.choice(AUTHORITIES)[1]}"),
                        ("机关 filter + 2 chars", lambda: f"机关:{rng.choice(AUTHORITIES)[1]} 改革")):
        times, cpu = [], []
        for _ in range(per_length):
            query = make()
            wall, used = _timed(lambda: search(library.connection, query, limit=50))
            times.append(wall)
            cpu.append(used)
        print(f"search {label}: {_percentiles(times, cpu)}")
    del texts


def bench_gui(db: Path, folder: Path, adding: int = 2000) -> None:
    """The widget over the 10,000-entry catalogue, then adding files on the worker while the GUI thread ticks."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.document_list import DocumentList
    from reader.ui.library_jobs import LibraryImport

    app = QApplication.instance() or QApplication([])
    walls, cpus = [], []
    for _ in range(5):  # the best of five and the median: the machine is shared

        def show() -> None:
            library = Library(db)
            view = DocumentList()
            view.set_entries(library.entries())
            view.resize(400, 800)
            view.show()
            app.processEvents()
            show.count = len(view.entries())
            view.deleteLater()
            library.close()
        wall, used = _timed(show)
        walls.append(wall)
        cpus.append(used)
        app.processEvents()
    walls.sort()
    cpus.sort()
    print(f"start-up: open catalogue + list {show.count} entries in the widget, shown: best {walls[0]:.3f} s, "
          f"median {walls[2]:.3f} s (CPU best {cpus[0]:.3f} s, median {cpus[2]:.3f} s); RSS {_rss_mb():.0f} MB")
    view = DocumentList()
    files = sorted(folder.rglob("*.txt"))[:adding]
    target = db.with_name("gui-import.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    view.set_entries([])
    job = LibraryImport(target)
    job.entries_listed.connect(view.add_entries)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    done = []
    job.finished.connect(done.append)
    t0 = time.perf_counter()
    job.start([str(f) for f in files], index=False)
    while not done:
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    job.wait(10000)  # the process commits and exits after its last message
    gaps.sort()
    print(f"adding {len(files)} files on the worker: {time.perf_counter() - t0:.1f} s, {len(view.entries())} rows;"
          f" GUI thread longest gap {gaps[-1]:.0f} ms (p99 {gaps[int(len(gaps) * 0.99)]:.0f} ms, timer 10 ms)")


def build(folder: Path, db: Path, count: int) -> tuple[int, list[str]]:
    """Generate the documents and import them: light pass, then the full pass; print the figures."""
    t0 = time.perf_counter()
    total, utf8, numbers = generate(folder, count)
    on_disk = sum(p.stat().st_size for p in folder.rglob("*.txt"))
    print(f"generated {count} documents, {total / 1e6:.1f} M characters ({utf8 / 1e6:.0f} MB as UTF-8), "
          f"{on_disk / 1e6:.0f} MB on disk "
          f"in {time.perf_counter() - t0:.1f} s")
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    library = Library(db)
    t0 = time.perf_counter()
    report = importer.import_paths(library, [str(folder)])
    light = time.perf_counter() - t0
    print(f"light pass (list fields): {len(report.added)} added in {light:.1f} s = {len(report.added) / light:.0f}"
          f" documents/s, {on_disk / 1e6 / light:.1f} MB/s; failed {len(report.failed)}")
    t0 = time.perf_counter()
    indexed = importer.index_pending(library)
    full = time.perf_counter() - t0
    print(f"full pass (clean, outline, index): {indexed} documents in {full:.1f} s = {indexed / full:.0f} "
          f"documents/s, {total / 1e6 / full:.2f} M characters/s")
    library.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.close()
    size = db.stat().st_size
    print(f"database {size / 1e6:.0f} MB = {size / utf8:.2f} x the text as UTF-8 ({size / on_disk:.2f} x the files)")
    return total, numbers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--keep", type=Path, help="generate into (or reuse) this folder instead of a temporary one")
    parser.add_argument("--gui", action="store_true", help="also time the document list widget (PySide6)")
    parser.add_argument("--reuse", action="store_true", help="with --keep: use the library built last time")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="zhreader-bench-"))
    os.environ["ZHREADER_HOME"] = str(root / "home")
    folder = root / "docs"
    db = root / "library.sqlite3"
    try:
        if args.reuse and db.exists():
            library = Library(db)
            total = library.connection.execute("SELECT sum(chars) FROM documents").fetchone()[0]
            numbers = [row[0] for row in library.connection.execute("SELECT number FROM documents")]
            library.close()
            size = db.stat().st_size
            print(f"reusing {db}: {len(numbers)} documents, {total / 1e6:.1f} M characters, {size / 1e6:.0f} MB")
        else:
            total, numbers = build(folder, db, args.docs)
        rss0 = _rss_mb()
        t0 = time.perf_counter()
        library = Library(db)
        entries = library.entries()
        print(f"open catalogue + read {len(entries)} entries: {time.perf_counter() - t0:.3f} s (RSS {rss0:.0f} -> "
              f"{_rss_mb():.0f} MB)")
        bench_search(library, numbers, random.Random(11))
        library.close()
        if args.gui:
            bench_gui(db, folder)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
