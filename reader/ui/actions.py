"""Every action of the window in one place: translated text, standard shortcuts, theme icons with fallbacks."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from reader.text import choices
from reader.ui.field_keys import FieldKeys
from reader.ui.full_screen import FULL_SCREEN_KEY, FullScreen

ZOOM_IN_KEYS = ("Ctrl+=", "Ctrl++")

_Std = QKeySequence.StandardKey
_Pix = QStyle.StandardPixmap


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def _icon(name: str, fallback: _Pix | str | None = None) -> QIcon:
    """The desktop theme's icon, else the style's own, else a drawn glyph (mid-grey: legible on any theme)."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    style = QApplication.style()
    if isinstance(fallback, str):
        return _glyph(fallback)
    return style.standardIcon(fallback) if fallback is not None and style is not None else QIcon()


def _glyph(text: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(int(size * (0.62 if len(text) > 1 else 0.78)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#7a7a7a"))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def plain_text(text: str) -> str:
    """A menu text as a tooltip: no mnemonic, neither 'Zoom &Out' nor the Chinese '缩小(&O)', no ellipsis."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def with_shortcut(tip: str, action: QAction) -> str:
    """A tooltip that teaches the key as a menu does: 'Find (Ctrl+F)', in the platform's own key names."""
    key = action.shortcut()
    return f"{tip} ({key.toString(QKeySequence.SequenceFormat.NativeText)})" if not key.isEmpty() else tip


class Actions(QObject):
    """The window's QActions as attributes; `retranslate()` renames them when the UI language changes."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        a = self._make
        self.open_file = a(_Std.Open, icon=("document-open", _Pix.SP_DialogOpenButton))
        self.open_folder = a("Ctrl+Shift+O", icon=("folder-open", _Pix.SP_DirOpenIcon))
        self.remove_document = a()
        self.undo_removal = a(_Std.Undo)
        self.add_files = a(icon=("document-new", _Pix.SP_FileIcon))
        self.locate_document = a()
        self.check_library = a()
        self.cancel_import = a()
        self.reopen_encoding = a()
        self.export_text = a(_Std.SaveAs, icon=("document-save-as", _Pix.SP_DialogSaveButton))
        self.export_pdf = a("Ctrl+Shift+E", icon=("application-pdf", None))
        self.print = a(_Std.Print, icon=("document-print", None))
        self.quit = a(_Std.Quit, icon=("application-exit", _Pix.SP_DialogCloseButton))
        if not self.quit.shortcuts():  # a desktop without a platform theme (a bare X session) binds no Quit key
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.copy = a(_Std.Copy, icon=("edit-copy", None))
        self.select_all = a(_Std.SelectAll, icon=("edit-select-all", None))
        self.find = a(_Std.Find, icon=("edit-find", _Pix.SP_FileDialogContentsView))
        self.next_hit = a(_Std.FindNext, icon=("go-down", _Pix.SP_ArrowDown))
        self.previous_hit = a(_Std.FindPrevious, icon=("go-up", _Pix.SP_ArrowUp))
        self.add_keyword = a("Ctrl+K", icon=("format-text-highlight", None))
        self.zoom_in = a(_Std.ZoomIn, icon=("zoom-in", "A+"))
        self.zoom_in.setShortcuts([QKeySequence(k) for k in ZOOM_IN_KEYS])
        self.zoom_out = a(_Std.ZoomOut, icon=("zoom-out", "A−"))
        self.zoom_reset = a("Ctrl+0", icon=("zoom-original", None))
        self.show_original = a("Ctrl+U", icon=("text-x-generic", "¶"), checkable=True)
        self.cleaned_report = a()
        self.toggle_script = a("Ctrl+T", icon=("format-text-direction-ltr", None))
        self.full_screen = a(_Std.FullScreen, icon=("view-fullscreen", None), checkable=True)
        if not self.full_screen.shortcuts():  # nor a Full Screen key: F11, as on Windows and KDE
            self.full_screen.setShortcut(QKeySequence(FULL_SCREEN_KEY))
        self.focus_outline = a("Ctrl+L")
        self.go_back = a(_Std.Back, icon=("go-previous", _Pix.SP_ArrowBack))
        self.go_forward = a(_Std.Forward, icon=("go-next", _Pix.SP_ArrowForward))
        self.show_sidebar = a("F9", checkable=True)
        self.show_keywords = a("Shift+F9", checkable=True)
        self.shortcuts = a(icon=("help-keyboard-shortcuts", None))
        self.about = a(icon=("help-about", _Pix.SP_MessageBoxInformation))

        self.script_group = QActionGroup(self)
        self.scripts: dict[str, QAction] = {}
        for n, choice in enumerate(choices.script_keys(), 1):
            action = a(f"Ctrl+Alt+{n}", checkable=True)
            action.setData(choice)
            self.script_group.addAction(action)
            self.scripts[choice] = action
        self.theme_group = QActionGroup(self)
        self.themes: dict[str, QAction] = {}
        for name in choices.theme_keys():
            action = a(checkable=True)
            action.setData(name)
            self.theme_group.addAction(action)
            self.themes[name] = action
        self.language_group = QActionGroup(self)
        self.languages: dict[str, QAction] = {}
        for code in choices.language_codes():
            action = a(checkable=True)
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action
        self.retranslate()

    def install(self, window: QWidget) -> None:
        """Every action on the window, its keys working with the menu bar hidden and from its text fields."""
        window.addActions(self.all())
        FullScreen(window, self.full_screen)  # F11 where the platform binds none, Escape leaves
        FieldKeys([self.show_original, self.add_keyword], self).watch(window)  # X11 fields' Ctrl+U, Ctrl+K

    def all(self) -> list[QAction]:
        """Every action, for adding to the window so shortcuts work even with the menu bar hidden."""
        return [a for a in self.parent().findChildren(QAction) if a.parent() is self.parent()]

    def panel_shown(self, index: int, shown: bool) -> None:
        """A side panel shown or hidden (by its toggle, the splitter or the session): its toggle follows."""
        (self.show_sidebar if index == 0 else self.show_keywords).setChecked(shown)

    def _make(self, shortcut: str | _Std | None = None, icon: tuple[str, _Pix | str | None] | None = None,
              checkable: bool = False) -> QAction:
        action = QAction(self.parent())
        if isinstance(shortcut, str):
            action.setShortcut(QKeySequence(shortcut))
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        if icon is not None:
            action.setIcon(_icon(*icon))
        action.setCheckable(checkable)
        return action

    def retranslate(self) -> None:
        """Texts in the current UI language."""
        texts = {
            self.open_file: _tr("&Open…"),
            self.open_folder: _tr("Add &Folder…"),
            self.remove_document: _tr("&Remove from List"),
            self.undo_removal: _tr("&Undo Removal"),
            self.add_files: _tr("Add F&iles…"),
            self.locate_document: _tr("&Locate…"),
            self.check_library: _tr("&Check for Missing and Changed Files"),
            self.cancel_import: _tr("Stop &Adding"),
            self.reopen_encoding: _tr("Reopen with &Encoding…"),
            self.export_text: _tr("Export as &Text…"),
            self.export_pdf: _tr("Export as P&DF…"),
            self.print: _tr("&Print…"),
            self.quit: _tr("&Quit"),
            self.copy: _tr("&Copy"),
            self.select_all: _tr("Select &All"),
            self.find: _tr("&Find…"),
            self.next_hit: _tr("&Next Occurrence"),
            self.previous_hit: _tr("Pre&vious Occurrence"),
            self.add_keyword: _tr("&Highlight Selection as Keyword"),
            self.zoom_in: _tr("Zoom &In"),
            self.zoom_out: _tr("Zoom &Out"),
            self.zoom_reset: _tr("&Actual Size"),
            self.show_original: _tr("Show Ori&ginal File"),
            self.cleaned_report: _tr("What &Cleaning Did…"),
            self.toggle_script: _tr("&Toggle Simplified / Traditional"),
            self.full_screen: _tr("&Full Screen"),
            self.focus_outline: _tr("Filter the O&utline"),
            self.go_back: _tr("Go &Back"),
            self.go_forward: _tr("Go For&ward"),
            self.show_sidebar: _tr("Show &Documents and Outline"),
            self.show_keywords: _tr("Show &Keywords"),
            self.shortcuts: _tr("&Keyboard Shortcuts"),
            self.about: _tr("&About zhreader"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(with_shortcut(plain_text(text), action))
            action.setStatusTip(action.toolTip())
        script_names = script_labels()
        for choice, action in self.scripts.items():
            action.setText(script_names[choice])
        for row in choices.THEME_CHOICES:
            self.themes[row.key].setText(_tr(row.label))
        for row in choices.LANGUAGE_CHOICES:
            self.languages[row.code].setText(_tr(row.label) if row.translated else row.label)


def script_labels() -> dict[str, str]:
    """Names of the display scripts from the choices table (only Original's is translated)."""
    return {row.key: _tr(row.label) if row.key == choices.ORIGINAL else row.label
            for row in choices.DISPLAY_CHOICES}
