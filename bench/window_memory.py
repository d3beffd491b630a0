"""Memory kept per window built: build, show and close the main window N times in one process, as the window tests do.

    python -X faulthandler bench/window_memory.py [--cycles 20] [--document PATH | --no-document]
        [--keep-converters] [--no-sweep]

Each cycle builds the window the way tests/ui/conftest.py's make_window does (create_app on a fresh ZHREADER_HOME,
shown, settled), closes it as pytest-qt and that conftest do (close, the jobs waited for, deleteLater, the deferred
deletes sent), then tears down as tests/conftest.py does after every test: the converters built for the test's
folders are let go (--keep-converters: kept, as before session 75B: ~16 MB a window) and now and then the objects
reader.heap froze are collected (--no-sweep: never). It prints the process's RSS, its growth since the cycle before,
whether the closed window's Python object is gone yet, and the collector's frozen and tracked object counts; RSS
moves by ±15 MB from cycle to cycle (malloc's arenas), so read the slope over many cycles, not one step.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import weakref
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def rss_mb() -> float:
    """The process's resident set now, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cycle(document: Path | None, home: Path) -> weakref.ref:
    """One window built, shown with a document, settled and closed; a weak reference to it."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from qtsupport import settle
    from reader.app import create_app

    os.environ["ZHREADER_HOME"] = str(home)
    app, window = create_app([str(document)] if document else [])
    window.resize(1100, 760)
    window.show()
    window.activateWindow()
    deadline = time.monotonic() + 30
    while document and window.loaded is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    settle(window)
    gone = weakref.ref(window)
    window.close()
    jobs = window.jobs
    while jobs.busy:
        jobs.wait()
        QApplication.processEvents()
    window.deleteLater()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return gone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--document", type=Path, default=sorted((REPO / "seeds").glob("*.txt"))[0])
    parser.add_argument("--no-document", action="store_true", help="open the window on no file")
    parser.add_argument("--keep-converters", action="store_true", help="keep each home's converters (before 75B)")
    parser.add_argument("--no-sweep", action="store_true", help="never collect what reader.heap froze")
    args = parser.parse_args()
    document = None if args.no_document else args.document.resolve()
    print(f"document: {document.name if document else '(none)'}; converters "
          f"{'kept' if args.keep_converters else 'let go'}; frozen objects {'kept' if args.no_sweep else 'swept'}")
    print("cycle  RSS MB  grown MB  window freed  frozen  tracked")
    with tempfile.TemporaryDirectory(prefix="window-memory-") as tmp:
        rss = [rss_mb()]
        for n in range(1, args.cycles + 1):
            gone = cycle(document, Path(tmp) / f"home{n}")
            if not args.keep_converters:
                from reader.text import convert

                convert.forget_under(tmp)
            if not args.no_sweep:
                from qtsupport import sweep_frozen

                sweep_frozen()
            rss.append(rss_mb())
            print(f"{n:5d}  {rss[-1]:6.0f}  {rss[-1] - rss[-2]:+8.1f}  {str(gone() is None):>12}"
                  f"  {gc.get_freeze_count():6d}  {len(gc.get_objects()):7d}", flush=True)
        if args.cycles > 4:  # the first windows load fonts, converters, translations: the slope after them
            first, last = 2, args.cycles
            print(f"RSS growth per window, cycles {first}-{last}: {(rss[last] - rss[first]) / (last - first):+.2f} MB")


if __name__ == "__main__":
    main()
