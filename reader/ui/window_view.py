"""The window's view settings: theme, zoom, original text, language, remembered state (part of MainWindow)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui.cleaned_dialog import CleanedDialog, cleaned_count
from reader.ui.i18n import install_or_english
from reader.ui.themes import reading_palette, resolve, window_palette
from reader.ui.typography import BASE_POINTS, ZOOM_RANGE, Typography, point_size, reading_font
from reader.ui.window_menus import build_menus

log = logging.getLogger(__name__)


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64()).decode("ascii")


def _unb64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class ViewMixin:
    """Part of MainWindow (kept apart to keep modules short); uses the window's widgets and settings."""

    # --- settings -----------------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(_unb64(s.window_geometry))
        if s.window_state:
            self.restoreState(_unb64(s.window_state))
        if s.splitter_state:
            self.splitter.restoreState(_unb64(s.splitter_state))
        if s.sidebar_state:
            self.sidebar.restoreState(_unb64(s.sidebar_state))
        self.script_selector.set_choice(s.script)
        self.actions_.scripts[s.script].setChecked(True)
        self.actions_.languages.get(s.language, self.actions_.languages[""]).setChecked(True)
        self.keyword_panel.set_keywords(s.keywords)
        self.hits.set_keywords(s.keywords, {w: self.keyword_panel.colour_for(w) for w in s.keywords})
        self.set_theme(s.theme)

    def save_settings(self) -> None:
        """Remember the window, the view choices and the place in the document."""
        s = self.settings
        s.window_geometry = _b64(self.saveGeometry())
        s.window_state = _b64(self.saveState())
        s.splitter_state = _b64(self.splitter.saveState())
        s.sidebar_state = _b64(self.sidebar.saveState())
        s.keywords = self.keyword_panel.keywords()
        if self.loaded is not None:
            s.last_document = self.loaded.path
            s.last_position = self.reading.top_offset()
            if self.library is not None:
                self.library.set_position(self.loaded.path, s.last_position)
        try:
            s.save(self.paths.settings_file)
        except OSError as exc:
            log.warning("cannot save settings: %s", exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.suggestions.shutdown()
        super().closeEvent(event)

    # --- view ---------------------------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        self.settings.theme = name
        self.actions_.themes.get(name, self.actions_.themes["system"]).setChecked(True)
        theme = resolve(name)
        QApplication.setPalette(window_palette(theme, self._default_palette))
        self._apply_typography()

    def zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+- change the size one step, Ctrl+0 (step 0) goes back to the default."""
        lo, hi = ZOOM_RANGE
        self.settings.zoom = 0 if step == 0 else max(lo, min(hi, self.settings.zoom + step))
        self._apply_typography()
        points = point_size(self.settings.zoom, self.settings.font_size or BASE_POINTS)
        self.status.showMessage(self.tr("Text size {0} pt").format(points), 1500)

    def _apply_typography(self) -> None:
        points = point_size(self.settings.zoom, self.settings.font_size or BASE_POINTS)
        theme = resolve(self.settings.theme)
        typography = Typography(reading_font(points), theme)
        self.reading.set_typography(typography)
        palette = reading_palette(theme, self.original.palette())
        self.original.setPalette(palette)
        self.original.setFont(typography.font)

    @Slot(bool)
    def show_original(self, on: bool) -> None:
        """The raw file text, one click away from the cleaned one."""
        self.settings.show_original = on
        if on and self.loaded is not None and not self.original.toPlainText():
            self.original.setPlainText(self.loaded.decoded.text)
        self.stack.setCurrentWidget(self.original if on else self.reading)
        self.breadcrumb.setVisible(not on)

    @Slot()
    def show_cleaned_report(self) -> None:
        if self.loaded is None:
            return
        dialog = CleanedDialog(self.loaded.document, self)
        dialog.garbled_activated.connect(self.go_to_offset)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _update_title(self) -> None:
        if self.loaded is None:
            self.setWindowTitle("zhreader")
            return
        title = self._convert(self.loaded.document.title) or Path(self.loaded.path).name
        self.setWindowTitle(f"{title} — zhreader")

    def set_language(self, code: str) -> None:
        """Switch the UI language now (texts of the window follow at once)."""
        self.settings.language = code
        install_or_english(QApplication.instance(), code, self.paths.cache_dir)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            build_menus(self)
            if self.loaded is not None:
                self.reading.set_header(self._header())
                self.status.set_document(self.loaded.document.encoding, self.loaded.script, self._shown_as(),
                                         len(self.loaded.document.text), cleaned_count(self.loaded.document),
                                         self.loaded.document.bad_bytes)
        super().changeEvent(event)

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About zhreader"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("zhreader: a calm reader for Chinese documents."))
        box.exec()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._after_shown)

    def _after_shown(self) -> None:
        """Warm the converters the reader is likely to want, off the GUI thread."""
        from reader.text.display import converter

        if getattr(self, "_warmed", False):
            return
        self._warmed = True
        for config in ("s2t", "t2s"):
            self.jobs.submit(converter, config, self.cache_dir)
        if self.settings.script != "original":
            self.jobs.submit(converter, self.settings.script, self.cache_dir,
                             on_done=lambda _c: self._update_list_script())
