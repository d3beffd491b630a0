"""Help › Keyboard Shortcuts, made from the actions module (no second list to fall behind), and Help › About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QMessageBox, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from reader.text import choices
from reader.text.fold import fold
from reader.ui.actions import Actions, plain_text
from reader.ui.fields import ClearingField

LICENCE = "Apache-2.0"  # pyproject.toml's licence


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def shortcut_rows(actions: Actions) -> list[tuple[str, str, str]]:
    """(what it does, its keys, words the filter finds it by where the name alone does not say what it is: 台灣正體 is
    a View › Script choice for Traditional Chinese, and 'script' or 'trad' typed in the filter found none of them) for
    every action with a key, in the platform's key names, in the order made."""
    rows = []
    script = plain_text(_tr("&Script"))
    words = {actions.toggle_script: script} | {actions.scripts[row.key]: f"{script} {row.words}"
                                               for row in choices.DISPLAY_CHOICES if row.key in actions.scripts}
    for action in actions.all():
        native = QKeySequence.SequenceFormat.NativeText
        keys = ", ".join(k.toString(native) for k in action.shortcuts() if _on_keyboard(k))
        if keys and action.text():
            rows.append((plain_text(action.text()), keys, words.get(action, "")))
    return rows


def _on_keyboard(key: QKeySequence) -> bool:
    """A key every keyboard has: the platform's bindings add media keys (Open, Copy, Back) and F13-F35."""
    return not key.isEmpty() and key[0].key().value < Qt.Key.Key_F13.value


def window_keys(dialog: QDialog, quit_action: QAction | None) -> None:
    """A non-modal dialog beside the window closes on the platform's Close key (Ctrl+W) and quits on the window's
    Quit (Ctrl+Q did nothing with one in front; the window's close saves the session and closes the dialog)."""
    close = QAction(dialog)
    close.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Close) or [QKeySequence("Ctrl+W")])
    close.triggered.connect(dialog.reject)
    dialog.addActions([close] if quit_action is None else [close, quit_action])


class ShortcutsDialog(QDialog):
    """Owns the list of keys and its filter. Escape empties the filter, then closes (as the app's other filters);
    non-modal beside the window, it shares the window's Quit (Ctrl+Q did nothing with it in front) and closes on the
    platform's Close key (Ctrl+W), as a desktop app's own help windows do."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.filter_box = ClearingField(self, objectName="shortcutsFilter", clearButtonEnabled=True)
        self.filter_box.setPlaceholderText(_tr("Filter"))
        self.table = QTreeWidget(self, objectName="shortcutsTable", rootIsDecorated=False)
        self.table.setHeaderLabels([_tr("Action"), _tr("Keys")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for name, keys, words in shortcut_rows(actions):
            QTreeWidgetItem(self.table, [name, keys]).setData(0, Qt.ItemDataRole.UserRole, words)
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.filter_box, self.table, buttons):
            layout.addWidget(widget)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.down_pressed.connect(self.table.setFocus)
        window_keys(self, actions.quit)
        self.resize(520, 560)

    def _filter(self, text: str) -> None:
        """Rows whose name, keys or words (shortcut_rows) hold what is typed, folded as every other filter is (case,
        width and script aside: 繁体 typed found no 繁體 row, nor 简体 a 簡體 one in a Traditional UI)."""
        needle = fold(text.casefold().strip())
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            words = item.data(0, Qt.ItemDataRole.UserRole) or ""
            item.setHidden(bool(needle) and needle not in fold(f"{item.text(0)} {item.text(1)} {words}".casefold()))

    @classmethod
    def open_for(cls, actions: Actions, parent: QWidget) -> "ShortcutsDialog":
        """One non-modal dialog per window: asked again, the open one comes to the front."""
        dialog = next((d for d in parent.findChildren(cls) if d.isVisible()), None)  # a closed one is being deleted
        if dialog is None:
            dialog = cls(actions, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog


def about_text(version: str, data_dir: str) -> str:
    """What About says: the version, where the reader keeps its data, and the licence."""
    return "\n\n".join([_tr("zhreader {0}: a calm reader for Chinese documents.").format(version),
                        _tr("Data folder: {0}").format(data_dir), _tr("Licence: {0}").format(LICENCE)])


def show_about(parent: QWidget, data_dir: str) -> None:
    """Help › About, as plain text (its folder selectable, to copy)."""
    import reader

    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(_tr("About zhreader"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text(reader.__version__, data_dir))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setIcon(QIcon())  # a plain OK: some styles drew a back arrow on it
    box.exec()
