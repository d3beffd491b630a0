"""Files and folders given to the window, split one way wherever they come from: named on the first start's command
line, handed over by a later start (reader.ui.single_instance) or dropped on the window. Files are opened as
File › Open… opens them (the last shown; one that cannot be read is said so), folders are added to the library as
Add Folder… adds one, the first of their documents shown when no file came with them.

Kept out of main_window.py, which is at its size limit.
"""

from __future__ import annotations

from pathlib import Path


def split_given(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files (a missing or special one too: opening it says why, where passing it over said nothing) and folders,
    absolute as the library keeps them."""
    return [p for p in paths if not p.is_dir()], [str(p.resolve()) for p in paths if p.is_dir()]


def open_given(window, paths: list[Path], start: bool = False) -> None:
    """Open what was given; at `start`, with nothing in it to show, the last document read, else the first listed
    (reader.ui.first_document): never an empty page."""
    files, folders = split_given(paths)
    added = window.library_panel.upkeep.add_folders(folders, show_first=not files)  # first: a file opened ends the
    if start:  # wait for the folders' first document
        settings = window.settings
        window.documents.first.open_initial(files, folders if added else [], settings.last_document,
                                            settings.last_position, [e.path for e in window.document_list.entries()])
    else:
        window.documents.open_files(files)
