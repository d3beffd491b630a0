"""The reader window: one class holding its parts (documents, session, panels, reading view, side widgets) and
the state of what is shown; every signal is wired in _connect_signals. See docs/architecture.md."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from reader import documents, heap
from reader.paths import Paths
from reader.settings import Settings
from reader.text.sections import Outline
from reader.ui.actions import Actions, script_labels
from reader.ui.cleaned_dialog import CleanedDialog
from reader.ui.given_paths import open_given
from reader.ui.help_dialogs import ShortcutsDialog, show_about
from reader.ui.hit_place import HitPlace, ShownHits
from reader.ui.hits_controller import HitsController
from reader.ui.i18n import install_or_english
from reader.ui.open_dialogs import choose_files, reopen_with_encoding
from reader.ui.panels import PanelLayout, text_measure
from reader.ui.session import SessionKeeper, capture_session, restore_session
from reader.ui.suggestions import Suggestions
from reader.ui.window_documents import DocumentController, shown_name
from reader.ui.window_export import ExportCommands, export_request
from reader.ui.window_keywords import KeywordCommands
from reader.ui.window_layout import WindowParts, first_size, keyboard_order
from reader.ui.window_library import LibraryPanel
from reader.ui.window_menus import build_menus
from reader.ui.window_script import DisplayScript, ScriptNotice
from reader.ui.window_sections import SectionFollower
from reader.ui.window_view import ViewOptions, original_place
from reader.ui.workers import Jobs


class MainWindow(QMainWindow):
    """Built by reader.app. Owns whether the converters were warmed; its parts own the rest (architecture.md)."""

    document_shown = Signal(object)  # path, once it is shown (a long text is laid out turns later: reading.busy)

    def __init__(self, paths: Paths, settings: Settings, files: list[Path], jobs: Jobs | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.paths = paths
        self.settings = settings
        self.jobs = jobs or Jobs(parent=self)
        self.cache_dir = str(paths.cache_dir)
        self.documents = DocumentController(self.jobs, paths.library_file, self)
        self.session = SessionKeeper(settings, paths.settings_file, lambda s: capture_session(self, s), self)
        self._warmed = False
        self.setAcceptDrops(True)
        self.actions_ = Actions(self)
        self._build_widgets()
        build_menus(self)
        self.actions_.install(self)
        self._connect_signals()
        restore_session(self)
        self.document_list.set_entries(self.documents.entries())
        self.documents.first.seed_if_new()
        open_given(self, files, start=True)  # files opened, folders added; else the last document read

    @property
    def loaded(self) -> documents.Loaded | None:
        """The document on screen (its owner is the document controller)."""
        return self.documents.loaded

    # --- construction ---

    def _build_widgets(self) -> None:
        parts = WindowParts(self.actions_, self.jobs, self.cache_dir)
        self.document_list, self.outline, self.keyword_panel = parts.document_list, parts.outline, parts.keyword_panel
        self.breadcrumb, self.info_bar, self.find_bar = parts.breadcrumb, parts.info_bar, parts.find_bar
        self.reading, self.original, self.stack, self.status = parts.reading, parts.original, parts.stack, parts.status
        self.script_selector, self.sidebar, self.splitter = parts.script_selector, parts.sidebar, parts.splitter
        self._documents_label, self._outline_label = parts.documents_label, parts.outline_label
        self.setCentralWidget(self.splitter)
        self.setStatusBar(self.status)
        self.addToolBar(parts.toolbar)
        self.script = DisplayScript(self.cache_dir, self)
        self.hits = HitsController(self.reading, self.jobs, self.cache_dir, self.script)
        self.suggestions = Suggestions(self.cache_dir, self)
        self.panels = PanelLayout(self.splitter, lambda: text_measure(self.reading, self.reading.typography.font), self)
        self.sections = SectionFollower(self.outline, self.breadcrumb, self)
        self.sections.attach(self.reading, self.status, self.hits)
        self.sections.steps(self.actions_.go_back, self.actions_.go_forward, self.actions_.show_original)
        self.view = ViewOptions(self.settings, self.reading, self.original, self)
        self.view.attach(self.stack, self.breadcrumb, lambda: self.loaded, self.actions_.show_original)
        self.exports = ExportCommands(self, self.reading, lambda: self.documents.library,
                                      lambda: export_request(self.loaded, self.script, self.settings.script))
        self.library_panel = LibraryPanel(self.paths.library_file, self.jobs, self.reading, self)
        self.library_panel.attach(self)
        keyboard_order(self)
        self.keywords = KeywordCommands(self.settings, self.keyword_panel, self.hits, self.reading, self.find_bar,
                                        self.suggestions, self.script.convert, self.cache_dir, self)
        self.resize(first_size(self))
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
        a, docs, save = self.actions_, self.documents, self.session.changed
        # documents
        self.document_list.document_selected.connect(self.open_path)
        docs.document_loaded.connect(self._show)
        docs.outlined.connect(self.sections.outline_arrived)  # a long text's outline, found after its text was shown
        docs.entry_added.connect(self.document_list.add_entry)
        docs.entry_added.connect(lambda _entry: self.library_panel.index_soon())
        self.library_panel.open_requested.connect(self.open_path)
        self.library_panel.hit_selected.connect(self.sections.hit_shown)  # named as F3's hits are
        upkeep = self.library_panel.upkeep
        upkeep.open_document.connect(self.open_path)
        a.add_files.triggered.connect(upkeep.choose_files)
        a.open_folder.triggered.connect(upkeep.choose_folder)
        a.locate_document.triggered.connect(lambda: upkeep.locate())
        a.check_library.triggered.connect(upkeep.check)
        a.cancel_import.triggered.connect(upkeep.cancel)
        self.reading.text_shown.connect(lambda: self.library_panel.shown(self.loaded.path if self.loaded else ""))
        self.reading.text_shown.connect(docs.text_shown)  # a long text's outline is found once its text is shown
        self.reading.text_shown.connect(self._update_title)  # named once on screen: a long one is built turns later
        self.reading.text_shown.connect(self._update_status)  # its length and place too (the breadcrumb: sections)
        docs.entry_removed.connect(self.document_list.remove_path)
        docs.listed.connect(self.document_list.mark_listed)
        docs.closed.connect(self._clear)
        for follower in (self.outline.set_opening, self.reading.hold_back):  # no verdict, no stale work meanwhile
            docs.opening.connect(follower)
        docs.message.connect(self.status.showMessage)
        a.open_file.triggered.connect(lambda: choose_files(docs, self, self.session))
        a.remove_document.triggered.connect(lambda: self.library_panel.confirm_removal(docs.remove_all))
        a.reopen_encoding.triggered.connect(lambda: reopen_with_encoding(docs, self, self.reading.place()))
        a.export_text.triggered.connect(self.exports.export_text)
        a.export_pdf.triggered.connect(self.exports.export_pdf)
        a.print.triggered.connect(self.exports.print_document)
        a.quit.triggered.connect(self.close)
        # script
        self.script_selector.script_changed.connect(self.set_script)
        a.script_group.triggered.connect(lambda action: self.script_selector.choose(action.data()))
        a.toggle_script.triggered.connect(self.toggle_script)
        ScriptNotice(self.script, self.status, self.reading.viewport(), script_labels, self)  # while converters load
        # reading position, outline and breadcrumb
        self.reading.document_replaced.connect(heap.settle)  # a document or conversion in place: its objects live on
        self.outline.outline_shown.connect(heap.settle)
        self.reading.position_changed.connect(self.sections.show_place)
        self.reading.position_changed.connect(save)
        self.outline.heading_activated.connect(lambda offset: (self.go_to_offset(offset), self.sections.pick(offset)))
        self.breadcrumb.heading_activated.connect(lambda offset: self.reading.arriving or self.go_to_offset(offset))
        a.focus_outline.triggered.connect(lambda: (self.panels.set_shown(0, True), self.outline.focus_filter()))
        # keywords and find
        self.keyword_panel.keywords_changed.connect(self.keywords.set_keywords)
        self.keywords.changed.connect(save)
        self.keyword_panel.next_requested.connect(self.hits.next_keyword)
        self.keyword_panel.previous_requested.connect(self.hits.previous_keyword)
        shown = ShownHits(self.hits, self.reading, self.keyword_panel, self)  # counts, current row: of the page on screen
        HitPlace(shown, self.reading, self.keyword_panel.set_position, self)  # '3 of 12' while it is on screen
        self.reading.display_changed.connect(self.hits.refresh)
        a.add_keyword.triggered.connect(self.keywords.add_selection)
        a.next_hit.triggered.connect(self.keywords.next_hit)
        a.previous_hit.triggered.connect(self.keywords.previous_hit)
        a.find.triggered.connect(self._find)
        self.find_bar.find_requested.connect(self.hits.find)
        self.find_bar.recall_requested.connect(self.hits.recall_find)  # Ctrl+F again: its matches, the view stays
        self.find_bar.next_requested.connect(self.hits.find_next)
        self.find_bar.previous_requested.connect(self.hits.find_previous)
        self.find_bar.closed.connect(lambda: (self.hits.clear_find(), self.reading.setFocus()))
        self.hits.find_result.connect(self.find_bar.set_result)
        self.hits.hit_revealed.connect(lambda: a.show_original.setChecked(False))  # a hit is shown in the text
        self.hits.stepped.connect(self.status.hit_stepped)  # 'Continued from the top' when F3 went round the end
        self.hits.no_step.connect(self.status.no_hit_to_step)  # F3 with no keyword, or none in this document
        self.suggestions.ready.connect(self.keywords.on_suggestions)
        # view
        a.copy.triggered.connect(lambda: self.stack.currentWidget().copy())
        a.select_all.triggered.connect(lambda: self.stack.currentWidget().selectAll())
        for action, step in ((a.zoom_in, +1), (a.zoom_out, -1), (a.zoom_reset, 0)):
            action.triggered.connect(lambda _checked=False, step=step: self.view.zoom(step))
        a.theme_group.triggered.connect(lambda action: self.view.set_theme(action.data()))
        self.view.theme_set.connect(lambda name: self.actions_.themes[name].setChecked(True))
        self.view.zoomed.connect(lambda pt: self.status.showMessage(self.tr("Text size {0} pt").format(round(pt)), 1500))
        self.view.zoomed.connect(lambda _pt: self.panels.refit())  # larger text needs a wider measure, as on restart
        self.view.changed.connect(save)
        a.show_original.toggled.connect(self.show_original)
        a.show_original.toggled.connect(self.keyword_panel.set_original_shown)  # its hits are the cleaned text's
        self.status.watch_original(a.show_original, self.original)  # the file unconverted: its script, length, place
        a.show_sidebar.toggled.connect(lambda on: self.panels.set_shown(0, on))
        a.show_keywords.toggled.connect(lambda on: self.panels.set_shown(2, on))
        self.panels.visibility_changed.connect(a.panel_shown)
        self.panels.visibility_changed.connect(save)
        self.splitter.splitterMoved.connect(save)
        a.cleaned_report.triggered.connect(self.show_cleaned_report)
        self.status.cleaned_clicked.connect(self.show_cleaned_report)
        a.shortcuts.triggered.connect(lambda: ShortcutsDialog.open_for(a, self))
        a.about.triggered.connect(lambda: show_about(self, str(self.paths.data_dir)))
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        if (hints := QGuiApplication.styleHints()) is not None:
            hints.colorSchemeChanged.connect(self.view.follow_scheme)  # a slot: the hints outlive the window

    # --- session ---

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.save_now()  # first: nothing after it may cost the session
        self.suggestions.shutdown()
        self.library_panel.shutdown()
        self.documents.close()
        for dialog in self.findChildren(QDialog):  # an open dialog must not keep the process alive
            dialog.close()
        self.view.release()
        super().closeEvent(event)

    def show_startup_notices(self, notices: list[str]) -> None:
        """Tell the reader once, without a modal dialog, what damaged state was moved aside at start-up."""
        if notices:
            self.status.showMessage(notices[0], 20000)
            self.info_bar.show_lines(notices)

    # --- documents ---

    def open_path(self, path: str, position: int | None = None, encoding: str | None = None) -> None:
        """Load a document on a worker and show it; the list, outline and status follow."""
        if self.loaded is not None and path != self.loaded.path:
            self.documents.save_position(self.view.kept_place(self.reading.place(end=True)))  # or the original's
        self.documents.open_path(path, position, encoding, self.reading.place)

    @Slot(object, int)
    def _show(self, loaded: documents.Loaded, position: int) -> None:
        self.document_list.select_path(self.documents.listed_path(loaded.path))
        choice = self.script.showable(self.settings.script)  # a choice still loading is not waited for here
        self._update_list_script(choice)
        doc = loaded.document
        config = self.script.choose(choice, loaded.script)
        self.sections.set_outline(Outline(doc.headings, self.script.convert), len(doc.text), loaded.cleaned is not None)
        self.reading.show_document(doc, self._header(), config, position, loaded.marks, loaded.display)
        self.view.set_original(*original_place(loaded, position, not position))  # at the place, if the original is on
        self.status.document_in(self.reading.arriving)
        self._update_status()
        self.actions_.reopen_encoding.setEnabled(True)
        self.sections.show_place()
        self.keywords.document_shown(doc.text, loaded.path)
        self.session.changed()
        self.document_shown.emit(loaded.path)

    @Slot()
    def _clear(self) -> None:
        """The open document was removed from the list: nothing of it stays on screen."""
        self.reading.clear_document()
        self.original.clear()
        self.sections.set_outline(Outline())
        self.breadcrumb.set_crumbs([])
        self.status.clear_document()
        self.keywords.document_closed()
        self.actions_.reopen_encoding.setEnabled(False)
        self._update_title()
        self.settings.last_document, self.settings.last_position = "", 0  # gone from the library: not reopened
        self.session.changed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        open_given(self, paths)  # files opened; folders added as Library › Add Folder… adds them
        event.acceptProposedAction()

    # --- script ---

    def _header(self) -> tuple[str, str]:
        return self.script.header(self.loaded.document, self.loaded.entry())

    @Slot(str)
    def set_script(self, choice: str) -> None:
        """Show everything in another script, keeping the place, highlights, outline and selection."""
        self.settings.script = choice
        self.actions_.scripts[choice].setChecked(True)
        if not self.script.when_ready(self.jobs, choice, self.set_script, asked=True):
            return  # its converters load on a worker first (on the GUI thread one held the window 30-150 ms)
        self._update_list_script()
        self.session.changed()
        if self.loaded is None:
            return
        self.reading.set_config(self.script.choose(choice, self.loaded.script), self._header())
        self.sections.set_converter(self.script.convert)
        self.keywords.script_changed()
        self.sections.show_place()
        self._update_status()
        self._update_title()

    def _update_list_script(self, choice: str = "") -> None:
        """Document titles in the chosen script (each converted from its own script)."""
        convert = self.script.list_converter(choice or self.settings.script)
        self.document_list.set_converter(convert)
        self.library_panel.search.set_converter(convert)

    @Slot()
    def toggle_script(self) -> None:
        """Ctrl+T: between Simplified and Traditional (from Original, to the script the text is not in)."""
        source = self.loaded.script if self.loaded is not None else None
        self.script_selector.toggle(self.settings.script, source)

    def _update_status(self) -> None:
        if self.loaded is None or self.reading.arriving:  # the page before it is on screen: text_shown follows
            return
        doc, shown = self.loaded.document, (script_labels()[self.script.choice] if self.script.config else "")
        self.status.set_document(doc.encoding, self.loaded.script, shown, len(doc.text), doc.cleaning_counts,
                                 doc.bad_bytes, doc.paragraphs)

    def _update_title(self) -> None:
        if self.loaded is None:
            self.setWindowTitle("zhreader")
            return
        title = self.script.convert(self.loaded.document.title) or shown_name(self.loaded.path)
        self.setWindowTitle(f"{title} — zhreader")

    # --- position, outline, breadcrumb ---

    @Slot(int)
    def go_to_offset(self, offset: int) -> None:
        """Put a cleaned-text offset (a heading) at the top of the cleaned text's view."""
        self.actions_.show_original.setChecked(False)
        self.sections.go_to(offset)

    # --- keywords and find ---

    @Slot()
    def _find(self) -> None:
        """Ctrl+F: find in the cleaned text (leaving the original view), starting from the selection."""
        self.actions_.show_original.setChecked(False)
        self.find_bar.activate(self.reading.selected_text().replace("\u2029", " ").strip())

    # --- view ---

    @Slot(bool)
    def show_original(self, on: bool) -> None:
        at_top = self.reading.held_place() is None and self.reading.verticalScrollBar().value() == 0  # title shown
        self.view.show_original(on, *original_place(self.loaded, self.reading.top_offset(), at_top))  # reader's place

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.session.changed()

    @Slot()
    def show_cleaned_report(self) -> None:
        if self.loaded is not None:
            CleanedDialog.open_for(self.loaded.document, self, self.go_to_offset, self.documents.document_loaded,
                                   self.view.show_file_line, self.actions_.quit)

    def set_language(self, code: str) -> None:
        """Switch the UI language now (texts of the window follow at once)."""
        self.settings.language = code
        install_or_english(QApplication.instance(), code, self.paths.cache_dir)
        self.session.changed()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            build_menus(self)
            if self.loaded is not None:
                self.reading.set_header(self._header())
                self._update_status()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._after_shown)

    def _after_shown(self) -> None:
        if not self._warmed:
            self._warmed = True
            self.script.warm(self.jobs, self.settings.script, self._update_list_script, self.documents)
            self.library_panel.index_soon()
            self.suggestions.warm()  # jieba loads in its child while the first document opens
