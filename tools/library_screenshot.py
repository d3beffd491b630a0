"""A screenshot of the library: the document list with its columns and a search across every document.

Builds a throw-away library from the seeds and the corpus, shows the document list (sorted by date) beside the
library search for 监督 (found in both scripts), and writes docs/screenshots/library-search.png (or --out).
Runs under Xvfb when available (xvfb-run), else offscreen.

Usage: python tools/library_screenshot.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _settle(app, seconds: float = 1.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(out: Path) -> Path:
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

    from reader.storage import importer
    from reader.storage.library import Library
    from reader.ui.document_list import DocumentList
    from reader.ui.document_model import COLUMN
    from reader.ui.library_search import LibrarySearch
    from reader.ui.workers import Jobs

    home = Path(tempfile.mkdtemp(prefix="zhreader-shot-"))
    db = home / "library.sqlite3"
    library = Library(db)
    material = [str(p) for p in sorted((REPO / "seeds").glob("*.txt"))]
    material += [str(p) for p in sorted((REPO.parent / "shared" / "corpus" / "docs").glob("*.txt"))]
    importer.import_paths(library, material)
    importer.index_pending(library)
    app = QApplication.instance() or QApplication([])
    window = QWidget()
    layout = QHBoxLayout(window)
    documents = DocumentList()
    documents.set_entries(library.entries())
    for key in ("kind", "authority"):
        documents.setColumnHidden(COLUMN[key], False)
    documents.sort_by("date", descending=True)
    jobs = Jobs()
    search = LibrarySearch(db, jobs)
    layout.addWidget(documents, 3)
    layout.addWidget(search, 2)
    window.resize(1280, 640)
    window.show()
    search.search("监督")
    jobs.wait(10000)
    _settle(app)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "library-search.png"
    window.grab().save(str(path))
    library.close()
    shutil.rmtree(home, ignore_errors=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM") and shutil.which("xvfb-run"):
        return subprocess.call(["xvfb-run", "-a", sys.executable, __file__, "--out", str(args.out)])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    print(shoot(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
