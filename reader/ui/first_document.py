"""What the window shows first, never an empty page: the files given (the last of them), else the last document
read, else the first listed; on a first start, the bundled seed documents are read on a worker and listed, and the
first of them is shown unless the reader chose something meanwhile (reader.ui.given_paths splits what was given).

Kept out of window_documents.py (the DocumentController, at its size limit), which owns one of these.
"""

from __future__ import annotations

from pathlib import Path

from reader import documents as reading
from reader.paths import seeds_dir
from reader.storage.library import Library
from reader.ui.library_writes import guarded
from reader.ui.start_folders import inside
from reader.ui.workers import Jobs


class FirstDocument:
    """The start-up choice of the document to show, and the seeds listed on a first start."""

    def __init__(self, documents, jobs: Jobs) -> None:
        self._documents = documents  # the DocumentController: its library and open requests
        self._jobs = jobs
        self.waiting = False  # first start: the first seed listed is shown (cleared when the reader opens one)

    def seed_if_new(self) -> None:
        """On first start, add the bundled seed documents (read on a worker)."""
        docs = self._documents
        if docs.library is not None and not guarded(docs.library.is_seeded, True):
            seeds = [str(p) for p in sorted(seeds_dir().glob("*.txt"))]
            self._jobs.submit(reading.load_listings, seeds, on_done=self._seeded)

    def _seeded(self, listings: list) -> None:
        docs = self._documents
        for entry, stat in listings:
            docs.remember_entry(entry, stat)
        if docs.library is not None:
            docs.writes.write(Library.mark_seeded)
        if self.waiting and listings:
            docs.open_path(listings[0][0].path)

    def open_initial(self, files: list[Path], folders: list[str], last: str, position: int,
                     listed: list[str]) -> None:
        """Command-line files (the last shown, as Open… shows them), else the last document read if it is in the
        folders given (being added: their first document is shown when listed), else the first listed.

        The last document is reopened only if the reader has not removed it from the list since; the path read
        is reopened even where the list names the same text by another path (a copy opened from elsewhere).
        """
        docs = self._documents
        if files:
            docs.open_files(files)
        elif folders:
            if last and Path(last).is_file() and inside(last, folders):
                docs.open_path(last, position)  # back in the folder being read: at the reader's place
        elif last and Path(last).is_file() and (docs.library is None or last in listed or guarded(
                lambda: docs.library.get(last) is not None, False)):
            docs.open_path(last, position)
        elif listed:
            docs.open_path(listed[0])
        else:  # first start: the seeds are still being read on a worker
            self.waiting = True
