"""The one place everything is built: arguments, logging, paths, settings, QApplication, window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None):
    """Build (or reuse) the QApplication and the main window without entering the event loop."""
    from PySide6.QtWidgets import QApplication

    from reader.paths import Paths
    from reader.settings import Settings
    from reader.ui.main_window import MainWindow

    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "zhreader"])
    app.setApplicationName("zhreader")
    paths = Paths.default().ensure()
    settings = Settings.load(paths.settings_file)
    window = MainWindow(paths, settings, [Path(a) for a in args if not a.startswith("-")])
    return app, window


def run(argv: list[str]) -> int:
    """Show the window and run the event loop."""
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    app, window = create_app(argv)
    window.show()
    return app.exec()
