"""The session keeper: settings and the reading session written shortly after each change, so a crash or a kill
never loses more than the last second, and a write is atomic (the previous or the new file, never half of one)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QSplitter

from reader.atomic import write_atomically
from reader.settings import Settings

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1000  # changes within a second are written once


def b64(data: QByteArray) -> str:
    """Qt state (geometry, splitters) as a string, so the settings stay pure JSON."""
    return bytes(data.toBase64()).decode("ascii")


def unb64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def restore_layout(s: Settings, window: QMainWindow, panels, sidebar: QSplitter, documents) -> None:
    """The window's geometry, toolbars and panel sizes as the reader left them (`panels`: a PanelLayout), and the
    document list's sort and columns (`documents`: a DocumentList)."""
    if s.window_geometry:
        window.restoreGeometry(unb64(s.window_geometry))
    if s.window_state:
        window.restoreState(unb64(s.window_state))
    if s.splitter_state:
        panels.restore(unb64(s.splitter_state))
    if s.sidebar_state:
        sidebar.restoreState(unb64(s.sidebar_state))
    documents.restore_view(s.list_sort, s.list_descending, s.list_columns)


def capture_layout(s: Settings, window: QMainWindow, panels, sidebar: QSplitter, documents) -> None:
    """The counterpart of restore_layout, just before the settings are written."""
    s.window_geometry = b64(window.saveGeometry())
    s.window_state = b64(window.saveState())
    s.splitter_state = b64(panels.save())  # last but one: it may resize the text for a moment
    s.sidebar_state = b64(sidebar.saveState())
    s.list_sort, s.list_descending, s.list_columns = documents.view_state()


def restore_session(window) -> None:
    """The main window as the settings left it: layout, panels shown, script, language, keywords, theme."""
    s, actions = window.settings, window.actions_
    restore_layout(s, window, window.panels, window.sidebar, window.document_list)
    actions.show_sidebar.setChecked(window.panels.is_shown(0))
    actions.show_keywords.setChecked(window.panels.is_shown(2))
    window.script_selector.restore(s)
    actions.scripts[s.script].setChecked(True)
    actions.languages.get(s.language, actions.languages[""]).setChecked(True)
    actions.show_original.setChecked(s.show_original)  # the original opens with the restored document
    window.keywords.restore(s.keywords, s.keyword_colours)
    window.view.set_theme(s.theme)
    window.stack.currentWidget().setFocus()  # on the text: in the list Qt picked, Page Down opened its last document


def capture_session(window, s: Settings) -> None:
    """Copy the main window's live state into the settings just before they are written (SessionKeeper calls this)."""
    loaded = window.loaded
    if loaded is not None:  # none shown (a file named at start-up could not be read): the last one stays
        s.last_document, s.last_position = loaded.path, window.view.kept_place(window.reading.place(end=True))
        window.documents.save_position(s.last_position)
    s.keywords, s.keyword_colours = window.keyword_panel.keywords(), window.keyword_panel.slots()
    capture_layout(s, window, window.panels, window.sidebar, window.document_list)


class SessionKeeper(QObject):
    """Owns the settings object's writing: `changed()` schedules a save, `save_now()` writes at once.

    A scheduled save captures the window's state on the GUI thread and leaves the writing (its fsync held the window
    65 ms on a busy disk) to a thread of its own, one write after another; `save_now()` (closing the window) first
    waits for a write under way, then writes itself, so the file on disk is always the last state, whole.

    `capture(settings)` is called just before each write to copy the window's live state (geometry, place in the
    document, keywords) into the settings; it is the window's, and must not raise for ordinary failures.
    """

    def __init__(self, settings: Settings, path: Path, capture: Callable[[Settings], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._path = path
        self._capture = capture
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_soon)
        self._saves = 0
        self._writer: ThreadPoolExecutor | None = None  # made at the first scheduled save
        self._writing: Future | None = None  # the last write handed to it

    @property
    def saves(self) -> int:
        """Writes done, a write under way waited for (a figure for benchmarks and tests)."""
        self._wait()
        return self._saves

    @property
    def pending(self) -> bool:
        """Whether a change is waiting to be written."""
        return self._timer.isActive()

    @Slot()
    def changed(self) -> None:
        """Something worth keeping changed: write it within SAVE_DELAY_MS (later changes restart nothing)."""
        if not self._timer.isActive():
            self._timer.start()

    @Slot()
    def save_soon(self) -> None:
        """Capture the settings now and write them on the writing thread (the scheduled save)."""
        self._timer.stop()
        self._capture_safely()
        payload = self.settings.payload()
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="session-writer")
        self._writing = self._writer.submit(self._write, payload)

    @Slot()
    def save_now(self) -> bool:
        """Capture and write the settings now; False (and a log line) when the disk refuses."""
        self._timer.stop()
        self._wait()  # a scheduled write lands first: this one, newer, must be the one left on disk
        self._capture_safely()
        return self._write(self.settings.payload())

    def _capture_safely(self) -> None:
        try:
            self._capture(self.settings)
        except Exception:  # a failing part of the window must not cost the rest of the session
            log.exception("capturing the session failed; saving what is known")

    def _write(self, payload: bytes) -> bool:
        try:
            write_atomically(self._path, payload)
        except OSError as exc:
            log.warning("cannot save settings to %s: %s", self._path, exc)
            return False
        self._saves += 1
        return True

    def _wait(self) -> None:
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()
