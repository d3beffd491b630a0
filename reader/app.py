"""The one place everything is built: arguments, logging, paths, settings, QApplication, window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None, *, jobs=None):
    """Build (or reuse) the QApplication and the main window without entering the event loop.

    `jobs` replaces the window's job runner (a `reader.ui.workers.Jobs`; tests pass one that delivers late).
    """
    from PySide6.QtWidgets import QApplication

    import reader.ui  # noqa: F401  (applies the PySide6 compatibility guard before any widget exists)
    from reader.paths import Paths
    from reader.settings import Settings
    from reader.ui.i18n import install_or_english
    from reader.ui.main_window import MainWindow
    from reader.ui.workers import Jobs

    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "zhreader"])
    app.setApplicationName("zhreader")
    app.setApplicationDisplayName("zhreader")
    app.setDesktopFileName("zhreader")
    paths = Paths.default().ensure()
    settings = Settings.load(paths.settings_file)
    install_or_english(app, settings.language, paths.cache_dir)
    files = [Path(a) for a in args if not a.startswith("-")]
    jobs = jobs or Jobs()
    window = MainWindow(paths, settings, files, jobs)
    jobs.setParent(window)
    return app, window


def _no_display() -> bool:
    """On X11/Wayland systems with no display, Qt would abort with a core dump; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(argv: list[str]) -> int:
    """Show the window and run the event loop."""
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    if _no_display():
        sys.stderr.write("zhreader: no display to open the window on (DISPLAY is not set); "
                         "the headless commands need none: zhreader --help\n")
        return 1
    from reader.platform_check import xcb_problem

    problem = xcb_problem()
    if problem:
        sys.stderr.write(problem + "\n")
        return 1
    app, window = create_app(argv)
    window.show()
    return app.exec()
