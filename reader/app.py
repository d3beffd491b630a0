"""The one place everything is built: arguments, logging, paths, settings, QApplication, window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.paths import Paths
    from reader.settings import Settings

log = logging.getLogger(__name__)


def create_app(argv: list[str] | None = None, *, jobs=None):
    """Build (or reuse) the QApplication and the main window without entering the event loop.

    `jobs` replaces the window's job runner (a `reader.ui.workers.Jobs`; tests pass one that delivers late).
    """
    from PySide6.QtWidgets import QApplication

    import reader.ui  # noqa: F401  (applies the PySide6 compatibility guard before any widget exists)
    from reader import heap
    from reader.settings import Settings
    from reader.ui.i18n import install_or_english
    from reader.ui.main_window import MainWindow
    from reader.ui.workers import Jobs

    args = list(sys.argv[1:] if argv is None else argv)
    heap.configure()
    # the program's name as argv[0]: X11 takes it for WM_CLASS, which read '__main__.py' when run as `python -m reader`
    app = QApplication.instance() or QApplication(["zhreader"])
    app.setApplicationName("zhreader")
    app.setApplicationDisplayName("zhreader")
    app.setDesktopFileName("zhreader")
    paths, settings, notices = load_state()
    install_or_english(app, settings.language, paths.cache_dir)
    files = _files(args)
    jobs = jobs or Jobs()
    try:
        window = MainWindow(paths, settings, files, jobs)
    except Exception:  # noqa: BLE001 - a value the checks let through must not keep the window closed
        if settings == Settings():
            raise
        log.exception("the window could not start with the saved settings; starting with defaults")
        notices.append(_set_settings_aside(paths.settings_file))
        window = MainWindow(paths, Settings(), files, jobs)
    jobs.setParent(window)
    show_notices = getattr(window, "show_startup_notices", None)  # the window tells the user once, when it can
    if notices and show_notices is not None:
        show_notices(notices)
    return app, window


def _files(args: list[str]) -> list[Path]:
    """The files named on the command line; an empty name ('zhreader "$f"' with f unset) names none, where Path('')
    was the current folder, which was then added to the library whole (13,016 files from /tmp, seen by hand)."""
    if any(not a.strip() for a in args):
        log.warning("an empty file name on the command line was ignored")
    return [Path(a) for a in args if a.strip() and not a.startswith("-")]


def _set_settings_aside(path: Path) -> str:
    """Keep the settings the window failed on, so the defaults saved at exit do not replace them."""
    from reader.atomic import move_aside

    try:
        return f"The window could not start with the settings in {path}; they were kept as {move_aside(path, 'failed')}."
    except OSError:
        return f"The window could not start with the settings in {path}; defaults are used."


def load_state() -> tuple["Paths", "Settings", list[str]]:
    """Paths and settings for start-up, never raising: damage and unusable folders become notices for the user."""
    from reader.paths import Paths
    from reader.settings import Settings

    notices: list[str] = []
    paths = Paths.default()
    try:
        paths.ensure()
        for folder in (paths.config_dir, paths.data_dir):
            if not os.access(folder, os.W_OK | os.X_OK):
                raise PermissionError(13, "permission denied", str(folder))
    except OSError as exc:
        fallback = Paths.session_fallback()
        notices.append(f"The folder {exc.filename or paths.config_dir} cannot be used ({exc.strerror or exc}); "
                       f"settings and the library are kept in {fallback.config_dir.parent} for this session.")
        paths = fallback
        try:
            paths.ensure()
        except OSError as again:
            log.warning("no usable folder for settings: %s", again)
    try:
        settings, damaged = Settings.load_checked(paths.settings_file)
        notices += [n.message() for n in damaged]
    except Exception:  # noqa: BLE001 - a bug in loading must not keep the window from opening
        log.exception("settings could not be loaded; using defaults")
        settings = Settings()
    for notice in notices:
        log.warning("%s", notice)
    return paths, settings, notices


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
    guard = _single_instance(_files(argv))
    if guard is True:
        return 0
    app, window = create_app(argv)
    if guard is not None:
        guard.serve(window)
    window.show()
    try:
        return app.exec()
    finally:
        if guard is not None:
            guard.release()


def _single_instance(files: list[Path]):
    """True: a running window took the files, nothing more to do; else the guard this start holds, or None (no lock
    to be had here, or its holder did not answer: this start goes on with a window of its own)."""
    from reader.paths import Paths
    from reader.ui.single_instance import InstanceGuard

    paths = Paths.default()
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # load_state tells the user and falls back to a folder of this session's own
    guard = InstanceGuard(paths.data_dir)
    held = guard.take()
    if held is None:
        return None
    if held:
        return guard
    if guard.hand_over(files):
        return True
    if guard.take():  # its holder ended while this start waited
        return guard
    sys.stderr.write(f"zhreader: the window holding {guard.lock_path} did not answer; "
                     "opening a second window on the same library\n")
    return None
