"""Found by hand in session 74: on a first start the seeds were catalogued with size and time -1, so the seed shown
first was taken for a changed file when it opened, and read into the library again (a 'refresh' import beside the
start-up indexing). The seeds are now listed with their files' size and time as read."""

from __future__ import annotations

from pathlib import Path

from qtsupport import settle
from support import seed_paths

from reader.paths import Paths, seeds_dir
from reader.storage.library import Library
from reader.ui.library_jobs import LibraryImport


def test_the_seeds_are_catalogued_with_their_files_size_and_time(make_window, qtbot, monkeypatch):
    refreshed = []
    real = LibraryImport.refresh
    monkeypatch.setattr(LibraryImport, "refresh", lambda self, path: (refreshed.append(path), real(self, path)))
    window = make_window()
    catalogue = Library(Paths.default().library_file)
    seeds = [str((seeds_dir() / p.name).resolve()) for p in seed_paths()]  # the listed copies (site-packages when installed)

    def catalogued() -> dict:
        return {path: catalogue.catalogued_stat(path) for path in seeds}

    qtbot.waitUntil(lambda: None not in catalogued().values(), timeout=30000)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=30000)
    settle(window)
    assert window.loaded.path in seeds and refreshed == []  # the seed shown first is not read in again
    for path, (size, mtime) in catalogued().items():
        info = Path(path).stat()
        assert (size, mtime) == (info.st_size, info.st_mtime), path
