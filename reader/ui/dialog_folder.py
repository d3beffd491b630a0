"""The folder File › Open and Library › Add start in: where the reader last chose files, kept across runs.

Not the shown document's folder: on a first start that is the bundled seeds, which no reader looks for files in.
"""

from __future__ import annotations

from pathlib import Path

from reader.ui.session import SessionKeeper


def start_folder(session: SessionKeeper) -> str:
    """The folder last chosen from, while it still exists; else the reader's home folder."""
    folder = session.settings.open_folder
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember(session: SessionKeeper, chosen: list[str], folder: bool = False) -> None:
    """Keep where the reader chose from (a folder chosen is itself the place to start next time)."""
    if chosen:
        place = Path(chosen[-1]) if folder else Path(chosen[-1]).parent
        session.settings.open_folder = str(place)
        session.changed()
