"""A screenshot of the library in the real window: a search across every document and a result opened at its hit.

Builds a throw-away library from the seeds and the corpus, starts the window on it, searches 监督 (found in both
scripts), opens a Traditional result at its highlighted hit, and writes docs/screenshots/library-search.png
(or --out).
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


def _settle(app, window=None, seconds: float = 1.0) -> None:
    """Let the window finish its background work, then paint a while."""
    deadline = time.monotonic() + 60
    while window is not None and time.monotonic() < deadline and (
            window.jobs.busy or window.reading.busy or window.library_panel.importer.busy):
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(out: Path) -> Path:
    """The real window over a library of the seeds and the corpus: 监督 searched, a Traditional result opened."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QListView

    home = Path(tempfile.mkdtemp(prefix="zhreader-shot-"))
    os.environ["ZHREADER_HOME"] = str(home)
    from reader.app import create_app
    from reader.paths import Paths
    from reader.storage import importer
    from reader.storage.library import Library

    library = Library(Paths.default().library_file)
    material = [str(p) for p in sorted((REPO / "seeds").glob("*.txt"))]
    material += [str(p) for p in sorted((REPO.parent / "shared" / "corpus" / "docs").glob("*.txt"))]
    importer.import_paths(library, material)
    importer.index_pending(library)
    library.mark_seeded()
    library.close()
    app, window = create_app([])
    window.resize(1360, 860)
    window.show()
    _settle(app, window, 2.5)  # the start-up check runs in the background
    field = window.findChild(QLineEdit, "librarySearch")
    field.setFocus()
    field.setText("监督")
    results = window.findChild(QListView, "librarySearchResults")
    deadline = time.monotonic() + 20
    while results.model().rowCount() == 0 and time.monotonic() < deadline:
        _settle(app, window, 0.1)
    model = results.model()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    traditional = [i for i in rows if i.data(Qt.ItemDataRole.UserRole + 1).script == "traditional"
                   and "?" not in i.data(Qt.ItemDataRole.UserRole + 1).snippet]  # not a garbled passage
    chosen = (traditional or rows)[0]
    results.setCurrentIndex(chosen)
    results.activated.emit(chosen)
    _settle(app, window, 2.0)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "library-search.png"
    window.grab().save(str(path))
    window.close()
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
