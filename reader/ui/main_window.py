"""The reader window: document list, outline and keywords around a reading pane; all wiring in _connect_signals."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QLabel, QMainWindow, QPlainTextEdit, QSplitter,
    QStackedWidget, QToolBar, QVBoxLayout, QWidget,
)

from reader.paths import Paths
from reader.settings import Settings
from reader.storage.library import Library, LibraryError
from reader import documents
from reader.ui.actions import Actions, script_labels
from reader.ui.cleaned_dialog import cleaned_count
from reader.text.display import config_for, convert_short
from reader.text.outline import ancestors
from reader.ui.document_list import DocumentList
from reader.ui.find_bar import FindBar
from reader.ui.hits_controller import HitsController
from reader.ui.keyword_panel import KeywordPanel
from reader.ui.outline_view import Breadcrumb, OutlineView
from reader.ui.reading_pane import ReadingView
from reader.ui.script_selector import ScriptSelector
from reader.ui.status_bar import StatusBar
from reader.ui.suggestions import Suggestions
from reader.ui.window_documents import DocumentsMixin
from reader.ui.window_menus import build_menus
from reader.ui.window_view import ViewMixin
from reader.ui.workers import Jobs

log = logging.getLogger(__name__)

SUGGESTIONS = 12
LONG_OUTLINE = 1000  # headings; a longer outline is filled after the text is shown


class MainWindow(DocumentsMixin, ViewMixin, QMainWindow):
    """Built by reader.app; owns the library connection and the session's state."""

    document_shown = Signal(str)  # path, once its text is on screen (tests and benchmarks wait for it)

    def __init__(self, paths: Paths, settings: Settings, files: list[Path], jobs: Jobs | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.paths = paths
        self.settings = settings
        self.jobs = jobs or Jobs(parent=self)
        self.cache_dir = str(paths.cache_dir)
        self.loaded: documents.Loaded | None = None
        self._config: str | None = None
        self._position = 0
        self._suggested: list[str] = []  # jieba's suggestions in the document's own script
        self._default_palette = QApplication.palette()
        try:
            self.library: Library | None = Library(paths.library_file)
        except LibraryError as exc:
            log.warning("%s", exc)
            self.library = None
        self.setAcceptDrops(True)
        self.actions_ = Actions(self)
        self._build_widgets()
        build_menus(self)
        self.addActions(self.actions_.all())
        self._connect_signals()
        self._restore_settings()
        self._open_first_when_listed = False
        self._populate_library()
        self._open_initial(files)

    # --- construction -------------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.document_list = DocumentList()
        self.document_list.set_remove_action(self.actions_.remove_document)
        self.outline = OutlineView()
        self.keyword_panel = KeywordPanel()
        self.breadcrumb = Breadcrumb()
        self.reading = ReadingView(self.jobs, self.cache_dir)
        self.original = QPlainTextEdit(objectName="originalView", readOnly=True)
        self.original.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.reading)
        self.stack.addWidget(self.original)
        self.find_bar = FindBar()
        self.hits = HitsController(self.reading, self.jobs)
        self.suggestions = Suggestions(self.cache_dir, self)
        self.script_selector = ScriptSelector()
        center = QWidget(objectName="readingArea")
        layout = QVBoxLayout(center)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.find_bar)
        self._documents_label = QLabel()
        self._outline_label = QLabel()
        self.sidebar = QSplitter(Qt.Orientation.Vertical, objectName="sidebar")
        for label, widget in ((self._documents_label, self.document_list), (self._outline_label, self.outline)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(6, 6, 0, 0)
            box_layout.setSpacing(4)
            label.setStyleSheet("font-weight: 600")
            box_layout.addWidget(label)
            box_layout.addWidget(widget, 1)
            self.sidebar.addWidget(box)
        self.sidebar.setSizes([300, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.keyword_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([280, 820, 220])
        self.setCentralWidget(self.splitter)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        toolbar = QToolBar(objectName="mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addAction(self.actions_.open_file)
        toolbar.addSeparator()
        toolbar.addWidget(self.script_selector)
        toolbar.addAction(self.actions_.show_original)
        toolbar.addSeparator()
        toolbar.addAction(self.actions_.find)
        toolbar.addAction(self.actions_.zoom_out)
        toolbar.addAction(self.actions_.zoom_in)
        self.addToolBar(toolbar)
        self.reading.set_context_actions([self.actions_.add_keyword, self.actions_.find])
        self.resize(1280, 820)
        self.retranslate()

    def retranslate(self) -> None:
        """Window texts in the current UI language (menus are rebuilt by build_menus)."""
        self.actions_.retranslate()
        self.script_selector.retranslate()
        self.outline.retranslate()
        self._documents_label.setText(self.tr("Documents"))
        self._outline_label.setText(self.tr("Outline"))
        self._update_title()

    def _connect_signals(self) -> None:
        """The application's data flow on one screen: what the user asks for, and who answers."""
        a = self.actions_
        # documents
        self.document_list.document_selected.connect(self.open_path)
        a.open_file.triggered.connect(self.choose_files)
        a.open_folder.triggered.connect(self.choose_folder)
        a.remove_document.triggered.connect(self.remove_selected_document)
        a.reopen_encoding.triggered.connect(self.reopen_with_encoding)
        a.export_text.triggered.connect(self.export_text)
        a.export_pdf.triggered.connect(self.export_pdf)
        a.print.triggered.connect(self.print_document)
        a.quit.triggered.connect(self.close)
        # script
        self.script_selector.script_changed.connect(self.set_script)
        a.script_group.triggered.connect(lambda action: self.script_selector.choose(action.data()))
        a.toggle_script.triggered.connect(self.toggle_script)
        # reading position, outline and breadcrumb
        self.reading.position_changed.connect(self._on_position)
        self.outline.heading_activated.connect(self.go_to_offset)
        self.breadcrumb.heading_activated.connect(self.go_to_offset)
        a.focus_outline.triggered.connect(lambda: self.outline.filter_box.setFocus())
        # keywords and find
        self.keyword_panel.keywords_changed.connect(self._on_keywords_changed)
        self.keyword_panel.next_requested.connect(self.hits.next_keyword)
        self.keyword_panel.previous_requested.connect(self.hits.previous_keyword)
        self.hits.keyword_counts.connect(self.keyword_panel.set_counts)
        self.hits.keyword_position.connect(self.keyword_panel.set_position)
        self.reading.display_changed.connect(self.hits.refresh)
        a.add_keyword.triggered.connect(self._add_selection_as_keyword)
        a.next_hit.triggered.connect(self._next_hit)
        a.previous_hit.triggered.connect(self._previous_hit)
        a.find.triggered.connect(self._find)
        self.find_bar.find_requested.connect(self.hits.find)
        self.find_bar.next_requested.connect(self.hits.find_next)
        self.find_bar.previous_requested.connect(self.hits.find_previous)
        self.find_bar.closed.connect(self.hits.clear_find)
        self.find_bar.closed.connect(self.reading.setFocus)
        self.hits.find_result.connect(self.find_bar.set_result)
        self.suggestions.ready.connect(self._on_suggestions)
        # view
        a.copy.triggered.connect(lambda: self.stack.currentWidget().copy())
        a.select_all.triggered.connect(lambda: self.stack.currentWidget().selectAll())
        a.zoom_in.triggered.connect(lambda: self.zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.zoom(0))
        a.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        a.show_original.toggled.connect(self.show_original)
        a.cleaned_report.triggered.connect(self.show_cleaned_report)
        self.status.cleaned_clicked.connect(self.show_cleaned_report)
        a.full_screen.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a.about.triggered.connect(self._about)
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: self.set_theme(self.settings.theme))

    # --- showing a document ---

    def _show(self, loaded: documents.Loaded, position: int) -> None:
        self.loaded = loaded
        self._remember(loaded)
        self.document_list.select_path(loaded.path)
        self._update_list_script()
        doc = loaded.document
        self._config = config_for(self.settings.script, loaded.script)
        if len(doc.headings) < LONG_OUTLINE:
            self.outline.set_headings(doc.headings, self._convert)
        else:  # thousands of headings: the text first, the tree on the next turn of the event loop
            self.outline.set_headings((), self._convert)
            QTimer.singleShot(0, lambda path=loaded.path: self._fill_outline(path))
        self.reading.show_document(doc, self._header(), self._config, position)
        if self.actions_.show_original.isChecked():
            self.original.setPlainText(loaded.decoded.text)
        else:
            self.original.clear()
        self.status.clearMessage()
        self.status.set_document(doc.encoding, loaded.script, self._shown_as(), len(doc.text), cleaned_count(doc),
                                 doc.bad_bytes)
        self.actions_.reopen_encoding.setEnabled(True)
        self._suggested = []
        self.keyword_panel.set_suggestions([])
        self._update_title()
        self._on_position(self.reading.top_offset())
        self._request_suggestions()
        if QApplication.focusWidget() is None:
            self.reading.setFocus()  # at start-up, Page Down reads on at once
        self.document_shown.emit(loaded.path)

    def _fill_outline(self, path: str) -> None:
        if self.loaded is not None and self.loaded.path == path:
            self.outline.set_headings(self.loaded.document.headings, self._convert)
            self._on_position(self.reading.top_offset())

    def _request_suggestions(self) -> None:
        """jieba keywords for the open document, computed in the background; the window never waits."""
        self.suggestions.request(self.loaded.path, self.loaded.document.text, SUGGESTIONS)

    @Slot(str, list)
    def _on_suggestions(self, path: str, words: list) -> None:
        if self.loaded is not None and self.loaded.path == path:
            self._suggested = list(words)
            self.keyword_panel.set_suggestions([self._convert(w) for w in words])

    # --- script -------------------------------------------------------------------------------------------

    def _convert(self, text: str) -> str:
        return convert_short(self._config, self.cache_dir, text)

    def _shown_as(self) -> str:
        return script_labels()[self.settings.script] if self._config else ""

    def _metadata(self) -> list[tuple[str, str]]:
        """(label, value) pairs of the document's metadata, labels in the UI language, values as displayed."""
        doc = self.loaded.document
        parts = [(self.tr("Source"), doc.source), (self.tr("Date"), doc.date),
                 (self.tr("Author"), doc.author), (self.tr("Editor"), doc.editor)]
        return [(label, self._convert(value)) for label, value in parts if value]

    def _header(self) -> tuple[str, str]:
        """Title and metadata line shown above the text."""
        pattern = self.tr("{0}: {1}")
        meta = "\u3000\u3000".join(pattern.format(label, value) for label, value in self._metadata())
        return self._convert(self.loaded.document.title), meta

    @Slot(str)
    def set_script(self, choice: str) -> None:
        """Show everything in another script, keeping the place, highlights, outline and selection."""
        self.settings.script = choice
        self.actions_.scripts[choice].setChecked(True)
        self._update_list_script()
        if self.loaded is None:
            return
        self._config = config_for(choice, self.loaded.script)
        self.reading.set_config(self._config, self._header())
        self.outline.set_converter(self._convert)
        self.keyword_panel.set_suggestions([self._convert(w) for w in self._suggested])
        self._update_breadcrumb(self._position)
        self.status.set_script(self.loaded.script, self._shown_as())
        self._update_title()

    def _update_list_script(self) -> None:
        """Document titles in the chosen script (each converted from its own script)."""
        choice = self.settings.script
        self.document_list.set_converter(
            lambda text, script: convert_short(config_for(choice, script), self.cache_dir, text))

    @Slot()
    def toggle_script(self) -> None:
        """Ctrl+T: between Simplified and Traditional (from Original, to the other script of the document)."""
        current = self.settings.script
        if current == "original":
            target = "t2s" if self.loaded is not None and self.loaded.script == "traditional" else "s2t"
        else:
            target = "s2t" if current == "t2s" else "t2s"
        self.script_selector.choose(target)

    # --- position, outline, breadcrumb ----------------------------------------------------------------------

    @Slot(int)
    def go_to_offset(self, offset: int) -> None:
        """Put a cleaned-text offset (a heading) at the top of the view."""
        if self.actions_.show_original.isChecked():
            self.actions_.show_original.setChecked(False)
        self.reading.scroll_to_offset(offset)
        self.reading.setFocus()
        self._on_position(self.reading.top_offset())

    @Slot(int)
    def _on_position(self, offset: int) -> None:
        self._position = offset
        if self.loaded is None:
            return
        self.outline.follow(offset)
        self._update_breadcrumb(offset)
        total = max(1, len(self.loaded.document.text))
        bar = self.reading.verticalScrollBar()
        fraction = 1.0 if bar.maximum() and bar.value() >= bar.maximum() else min(1.0, offset / total)
        self.status.set_progress(fraction, documents.minutes_left(int(total * (1 - fraction))))

    def _update_breadcrumb(self, offset: int) -> None:
        headings = self.outline.headings
        index = self.outline.section_at(offset)
        chain = ancestors(headings, index) if index >= 0 else []
        self.breadcrumb.set_path(headings, chain, {i: self.outline.label(i) for i in chain})

    # --- keywords -----------------------------------------------------------------------------------------

    @Slot(list)
    def _on_keywords_changed(self, words: list) -> None:
        self.settings.keywords = list(words)
        self.hits.set_keywords(words, {w: self.keyword_panel.colour_for(w) for w in words})

    @Slot()
    def _add_selection_as_keyword(self) -> None:
        text = self.reading.textCursor().selectedText().strip()
        if text and "\u2029" not in text and len(text) <= 40:
            self.keyword_panel.add_keyword(text)

    @Slot()
    def _find(self) -> None:
        """Ctrl+F: find in the cleaned text (leaving the original view), starting from the selection."""
        self.actions_.show_original.setChecked(False)
        self.find_bar.activate(self.reading.textCursor().selectedText().replace("\u2029", " ").strip())

    @Slot()
    def _next_hit(self) -> None:
        (self.hits.find_next if self.find_bar.isVisible() and self.hits.find_active else self.hits.next_keyword)()

    @Slot()
    def _previous_hit(self) -> None:
        (self.hits.find_previous if self.find_bar.isVisible() and self.hits.find_active
         else self.hits.previous_keyword)()

