"""Round 75C: what is given to the window goes one way wherever it comes from (the command line, a later start, a
drop: reader.ui.given_paths). A later start's hand-over to a window with no library opens its file and says that
the folder cannot be added, where an import that could only fail was run and the reader told, in the catalogue's
words, that the library could not be updated."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

from PySide6.QtWidgets import QLabel

from qtsupport import settle
from reader.paths import Paths, seeds_dir
from reader.storage import schema
from reader.ui.single_instance import InstanceGuard
from support import REPO


def _no_library() -> Paths:
    """A catalogue written by a newer zhreader: refused, not overwritten, so the window has no library."""
    paths = Paths.default()
    paths.ensure()
    db = sqlite3.connect(paths.library_file)
    db.execute(f"PRAGMA user_version = {schema.VERSION + 1}")
    db.close()
    return paths


def test_a_later_start_hands_a_folder_and_a_file_to_a_window_with_no_library(make_window, qtbot, tmp_path):
    paths = _no_library()
    window = make_window()
    assert window.documents.library is None
    seeds = sorted(seeds_dir().glob("*.txt"))
    folder = tmp_path / "收到的文件夹"
    folder.mkdir()
    shutil.copy(seeds[0], folder / "一.txt")
    doc = tmp_path / "交来的.txt"
    shutil.copy(seeds[1], doc)
    started: list[str] = []
    window.library_panel.importer.started.connect(started.append)
    guard = InstanceGuard(paths.data_dir)
    assert guard.take() is True  # the window is the first start's
    guard.serve(window)
    try:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
        later = subprocess.Popen([sys.executable, "-X", "faulthandler", "-m", "reader", str(folder), str(doc)],
                                 env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=90000)  # the window's loop answers it meanwhile
        assert later.returncode == 0, later.stderr.read().decode("utf-8", "replace")  # handed over: no second window
        qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(doc.resolve()), timeout=20000)
        settle(window)
    finally:
        guard.release()
    assert "import" not in started  # no import run against a catalogue that cannot be opened (the check may run)
    note = window.info_bar.findChild(QLabel, "infoText").text() if window.info_bar.isVisible() else ""
    assert "nothing can be added" in note and "File › Open…" in note
