"""The script the open document is shown in: the conversion it needs, its titles, headings and metadata converted to
match, and what the reader sees while a choice waits for its converters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QStatusBar, QWidget

from reader.documents import shown_metadata
from reader.storage.library import Entry
from reader.text import choices
from reader.text.display import convert_short, converter
from reader.text.model import Document
from reader.text.script import MIXED, SIMPLIFIED, TRADITIONAL
from reader.ui.workers import Jobs


class DisplayScript(QObject):
    """Owns the conversion shown for the open document (None: as written)."""

    loading = Signal(str)  # a choice the reader asked for waits for its converters (loaded on a worker)
    loaded = Signal()  # a choice the reader asked for has its converters: it is shown now

    def __init__(self, cache_dir: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = cache_dir
        self.config: str | None = None
        self.words_config: str | None = None  # how a typed keyword is shown: as a Simplified text is, in the choice
        self._loaded: set[str] = set()  # converters loaded (or tried) on a worker: the GUI thread gets them at once
        self._wanted = ""  # the last choice asked for: a load finished for an earlier one is not acted on
        self._waiting = ""  # the reader's choice whose converters load on a worker now
        self.choice = choices.ORIGINAL  # the choice the open document is shown in
        self._warm_later: Jobs | None = None  # converters to load once the document opened at start is in

    def choose(self, choice: str, source_script: str | None) -> str | None:
        """Show a document written in `source_script` in display choice `choice`; returns the conversion."""
        self.choice = choice
        self.config = choices.config_for(choice, source_script) if source_script is not None else None
        # a Traditional text keeps its own words (t2tw), yet 软件 typed finds the 軟體 it shows in Taiwan's words
        self.words_config = choices.config_for(choice, SIMPLIFIED) or self.config
        return self.config

    def showable(self, choice: str) -> str:
        """The choice a document that comes in now is shown in: while `choice` waits for its converters, the one shown
        until then (the wait's end shows it in `choice`); its title converted on the GUI thread waited on the worker's
        lock for the whole load (1-13 s, a 1 M text opened with Ctrl+Alt+6 just pressed)."""
        return self.choice if choice == self._waiting else choice

    def convert(self, text: str) -> str:
        """A title, heading or label in the displayed script."""
        return convert_short(self.config, self._cache_dir, text)

    def list_converter(self, choice: str) -> Callable[[str, str], str]:
        """Document list titles in `choice`, each converted from its own script."""
        cache_dir = self._cache_dir
        return lambda text, script: convert_short(choices.config_for(choice, script), cache_dir, text)

    def metadata(self, doc: Document, exported: bool = False, entry: Entry | None = None) -> list[tuple[str, str]]:
        """(label, value) pairs of the metadata present (with `entry`, the list's: 发文机关, 文号 and its date),
        values in the displayed script; labels in the UI language on screen, in Chinese in an exported file (it is
        a Chinese document)."""
        if exported:
            labels = {key: self.convert(label) for key, label in choices.METADATA_LABELS_ZH.items()}
        else:
            labels = {"authority": self.tr("Authority"), "number": self.tr("Number"), "source": self.tr("Source"),
                      "date": self.tr("Date"), "published": self.tr("Published"), "author": self.tr("Author"),
                      "editor": self.tr("Editor"), "adopted": self.tr("Adopted"),
                      "amended": self.tr("Last amended")}
        entry = entry or Entry(path="", source=doc.source, date=doc.date)
        return [(labels[key], self.convert(value)) for key, value in shown_metadata(doc, entry)]

    def header(self, doc: Document, entry: Entry | None = None) -> tuple[str, str]:
        """Title and metadata line shown above the text."""
        pattern = self.tr("{0}: {1}").replace(" ", "\u00a0").replace("{1}", "\u2060{1}")  # no line ends in '日期：'
        meta = "\u3000\u3000".join(pattern.format("\u2060".join(label.replace(" ", "\u00a0")), value)
                                     for label, value in self.metadata(doc, entry=entry))
        return self.convert(doc.title), meta

    def warm(self, jobs: Jobs, choice: str, on_ready: Callable[[], None], documents=None) -> None:
        """Load the converters the reader is likely to want, off the GUI thread: those the choice shown needs at once,
        the others once the document on its way is in (`documents`, a DocumentController). Its load imports the text
        pipeline on the other worker (over 200 ms of CPU), and a converter loaded beside it took the GIL from that
        import: the first document opened right after start came 30-190 ms later."""
        if choice != choices.ORIGINAL:
            self.when_ready(jobs, choice, lambda _choice: on_ready())
        if documents is None or not documents.is_opening:
            self._warm_both(jobs)
            return
        self._warm_later = jobs
        documents.opening.connect(self._opened)

    @Slot(bool)
    def _opened(self, on: bool) -> None:
        """The document opened at start is in (or could not be): the converters left for it are loaded now."""
        if not on and self._warm_later is not None:
            jobs, self._warm_later = self._warm_later, None
            self._warm_both(jobs)

    def _warm_both(self, jobs: Jobs) -> None:
        for config in ("s2t", "t2s"):
            jobs.submit(_load_all, [config], self._cache_dir, on_done=lambda _c, c=config: self._loaded.add(c))

    def when_ready(self, jobs: Jobs, choice: str, then: Callable[[str], None], asked: bool = False) -> bool:
        """True if the converters `choice` uses are loaded; else load them on a worker, then call then(choice) unless
        another choice was asked for meanwhile: loaded by the first title the GUI thread converts, one held the
        window 30-150 ms (more under load, or waiting on the lock while a worker compiled it). `asked`: the reader
        chose it (the wait is announced: loading, then loaded), not the start-up's warming."""
        self._wanted = choice
        missing = sorted({c for s in (SIMPLIFIED, TRADITIONAL, MIXED) if (c := choices.config_for(choice, s))}
                         - self._loaded)
        if not missing:
            if asked:
                self._waiting = ""
                self.loaded.emit()  # the wait for it (or for an earlier choice, superseded) is over
            return True

        def loaded(_result=None) -> None:
            self._loaded.update(missing)  # a failed load is tried again on the GUI thread and reported as before
            if self._waiting == choice:
                self._waiting = ""
            if self._wanted == choice:
                then(choice)

        jobs.submit(_load_all, missing, self._cache_dir, on_done=loaded, on_error=loaded)
        if asked:
            self._waiting = choice
            self.loading.emit(choice)
        return False


class ScriptNotice(QObject):
    """Owns the 'Converting to …' message and the busy cursor over the text, from a choice until its text is shown:
    the selector moved at once, the text came 1-1.5 s later with nothing said meanwhile."""

    def __init__(self, script: DisplayScript, status: QStatusBar, surface: QWidget,
                 labels: Callable[[], dict[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        script.loading.connect(self.loading)
        script.loaded.connect(self.done)
        status.messageChanged.connect(self._kept)
        self._status, self._surface = status, surface
        self._labels = labels
        self._message = ""  # the message shown ('': none of ours)
        self._cursor = Qt.CursorShape.IBeamCursor  # the text's own cursor, given back when done

    @Slot(str)
    def loading(self, choice: str) -> None:
        """A choice whose converters load on a worker first (its text comes 1-1.5 s later)."""
        if not self._message:
            self._cursor = self._surface.cursor().shape()
        self._message = self.tr("Converting to {0}…").format(self._labels().get(choice, choice))
        self._status.showMessage(self._message)
        self._surface.setCursor(Qt.CursorShape.BusyCursor)

    @Slot()
    def done(self) -> None:
        """The converters are in, the text shown in the new script now (or another choice superseded it): the message
        and the cursor go."""
        if not self._message:
            return
        message, self._message = self._message, ""
        if self._status.currentMessage() == message:
            self._status.clearMessage()
        self._surface.setCursor(self._cursor)

    @Slot(str)
    def _kept(self, text: str) -> None:
        """The status bar emptied (a document shown meanwhile, a brief message gone) while the busy cursor stays: the
        message comes back, so the two go together when the converted text is shown."""
        if not text and self._message:
            self._status.showMessage(self._message)


def _load_all(configs: list[str], cache_dir: str) -> None:
    """The worker's load of several converters (each is shared once loaded), their patterns compiled here too."""
    for config in configs:
        converter(config, cache_dir).warm()
