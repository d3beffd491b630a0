"""Soak the real window: random user actions for a given time, offscreen, under faulthandler; seeded, replayable.

    python -X faulthandler bench/soak.py --seconds 600 --seed 1 [--log actions.txt]

Prints the seed and the number of actions survived; the same seed replays the same choices (timings differ, so a
crash that needs a race may need a few runs). A crash in Qt is a segfault: faulthandler prints the Python stack.
Actions: open documents from the list, switch script (selector and Ctrl+T), add/remove keywords (typed into the
panel + Enter), F3 / Shift+F3, find, theme, zoom, outline clicks and filter, resize, export text and PDF to a
temporary folder, remove and re-add a document, remove a few rows and undo (Ctrl+Z). The event loop runs between
actions, a random short while. At the end the window closes (as Ctrl+Q) and the library is read again: a row listed
at closing and missing from it is a lost row, and fails the run.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

KEYWORDS = ("人大", "监督", "制度", "發展", "改革", "政府", "群众", "经济")
SIZES = ((800, 600), (1100, 760), (1400, 900), (640, 480), (1280, 820))


class Soak:
    """Random user actions on one window; `step()` does one and returns its name."""

    def __init__(self, window, rng: random.Random, export_dir: Path) -> None:
        self.window = window
        self.rng = rng
        self.export_dir = export_dir
        self.count = 0
        self._actions = [
            (6, self.open_document), (3, self.switch_script), (1, self.toggle_script), (3, self.add_keyword),
            (2, self.remove_keyword), (4, self.next_hit), (2, self.previous_hit), (2, self.find),
            (1, self.close_find), (2, self.theme), (2, self.zoom), (3, self.outline_click), (2, self.outline_filter),
            (1, self.resize), (1, self.export), (3, self.scroll), (1, self.remove_and_readd),
            (1, self.remove_and_undo),
        ]
        self._weights = [w for w, _ in self._actions]

    def step(self) -> str:
        (_w, action), = self.rng.choices(self._actions, weights=self._weights)
        action()
        self.count += 1
        return action.__name__

    def _key(self, widget, key, modifiers=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifiers or Qt.KeyboardModifier.NoModifier)

    def open_document(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        docs = self.window.document_list
        if docs.count():
            row = self.rng.randrange(docs.count())
            docs.scrollTo(docs.model().index(row, 0))
            rect = docs.visualItemRect(docs.item(row))
            QTest.mouseClick(docs.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def switch_script(self) -> None:
        from reader.text import choices

        self.window.script_selector.choose(self.rng.choice(choices.script_keys()))

    def toggle_script(self) -> None:
        self.window.actions_.toggle_script.trigger()

    def add_keyword(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLineEdit

        box = self.window.keyword_panel.findChild(QLineEdit, "keywordInput")
        box.setText(self.rng.choice(KEYWORDS))
        self._key(box, Qt.Key.Key_Return)

    def remove_keyword(self) -> None:
        words = self.window.keyword_panel.keywords()
        if words:
            self.window.keyword_panel.remove_keyword(self.rng.choice(words))

    def next_hit(self) -> None:
        self.window.actions_.next_hit.trigger()

    def previous_hit(self) -> None:
        self.window.actions_.previous_hit.trigger()

    def find(self) -> None:
        self.window.actions_.find.trigger()
        self.window.find_bar.activate(self.rng.choice(KEYWORDS))

    def close_find(self) -> None:
        self.window.find_bar.close_bar()

    def theme(self) -> None:
        from reader.text import choices

        self.window.view.set_theme(self.rng.choice(choices.theme_keys()))

    def zoom(self) -> None:
        self.window.view.zoom(self.rng.choice((-1, 1, 1, 0)))

    def outline_click(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        tree = self.window.outline.tree
        model = tree.model()
        if model.rowCount():
            index = model.index(self.rng.randrange(model.rowCount()), 0)
            while model.rowCount(index) and self.rng.random() < 0.6:
                index = model.index(self.rng.randrange(model.rowCount(index)), 0, index)
            tree.scrollTo(index)
            QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())

    def outline_filter(self) -> None:
        outline = self.window.outline.outline
        box = self.window.outline.filter_box
        if outline.headings and self.rng.random() < 0.7:
            title = outline.label(self.rng.randrange(len(outline.headings)))
            start = self.rng.randrange(max(1, len(title) - 2))
            box.setText(title[start:start + self.rng.randint(1, 4)])
        else:
            box.clear()

    def resize(self) -> None:
        self.window.resize(*self.rng.choice(SIZES))

    def export(self) -> None:
        from reader.ui import export

        if self.window.loaded is None:
            return
        name = f"soak-{self.count}"
        if self.rng.random() < 0.7:
            export.export_text(self.export_dir / f"{name}.txt", self.window.reading.displayed_text(),
                               source=Path(self.window.loaded.path))
        else:
            export.export_pdf(self.window.reading.document(), self.export_dir / f"{name}.pdf",
                              source=Path(self.window.loaded.path))

    def scroll(self) -> None:
        from PySide6.QtCore import Qt

        key = self.rng.choice((Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_End, Qt.Key.Key_Home,
                               Qt.Key.Key_Down))
        modifiers = Qt.KeyboardModifier.ControlModifier if key in (Qt.Key.Key_End, Qt.Key.Key_Home) else None
        self._key(self.window.reading, key, modifiers)

    def remove_and_readd(self) -> None:
        from reader.ui.document_list import ENTRY_ROLE

        docs = self.window.document_list
        if docs.count() > 2:
            path = docs.item(self.rng.randrange(docs.count())).data(ENTRY_ROLE).path
            docs.select_path(path)
            self.window.actions_.remove_document.trigger()
            self.window.documents.open_files([Path(path)])


    def remove_and_undo(self) -> None:
        """A few neighbouring rows removed (no question asked), then Undo Removal after a short while or at once."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        from reader.ui.document_list import ENTRY_ROLE

        docs = self.window.document_list
        if docs.count() > 2:
            docs.select_path(docs.item(self.rng.randrange(docs.count() - 1)).data(ENTRY_ROLE).path)
            docs.setFocus()
            for _ in range(self.rng.randrange(3)):  # up to three rows: removed without a question
                self._key(docs, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
            self.window.actions_.remove_document.trigger()
            app, end = QApplication.instance(), time.monotonic() + 5
            while not self.window.actions_.undo_removal.isEnabled() and time.monotonic() < end:
                pump(app, 0.005)  # Undo is offered from the next turn on
            pump(app, self.rng.choice((0.0, 0.02, 0.2)))
            self.window.actions_.undo_removal.trigger()


def lost_rows(listed: set[str], library_file: Path) -> list[str]:
    """The rows listed at closing that the library, read again as at the next start, does not have."""
    from reader.storage.library import Library

    library = Library(library_file)
    try:
        kept = {entry.path for entry in library.entries()}
    finally:
        library.close()
    return sorted(listed - kept)


def pump(app, seconds: float) -> None:
    """Run the event loop for a while, as a user's pause between actions."""
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def run(window, seconds: float, seed: int, export_dir: Path, log=None) -> int:
    """Drive `window` for `seconds`; returns the number of actions done."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    rng = random.Random(seed)
    soak = Soak(window, rng, export_dir)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        name = soak.step()
        if log is not None:
            log.write(f"{soak.count} {name}\n")
            log.flush()
        pump(app, rng.choice((0.0, 0.005, 0.02, 0.05, 0.2)))
    return soak.count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--log", type=Path, default=None, help="write each action as it is done")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    faulthandler.enable()
    with tempfile.TemporaryDirectory(prefix="zhreader-soak-") as tmp:
        os.environ.setdefault("ZHREADER_HOME", str(Path(tmp) / "home"))
        from reader.app import create_app

        print(f"soak: seed {seed}, {args.seconds:.0f} s", flush=True)
        app, window = create_app([])
        window.show()
        pump(app, 1.0)
        log = open(args.log, "w", encoding="utf-8") if args.log else None
        try:
            count = run(window, args.seconds, seed, Path(tmp), log)
        finally:
            if log is not None:
                log.close()
        listed = {entry.path for entry in window.document_list.entries()}
        window.close()
        pump(app, 0.2)
        lost = lost_rows(listed, window.paths.library_file)
    print(f"soak: seed {seed}: {count} actions survived", flush=True)
    if lost:
        print(f"soak: seed {seed}: {len(lost)} rows listed at closing are not in the library: {lost}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
