"""What cleaning removed (and why) and where text was flagged as garbled, so the reader can trust the result."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMainWindow, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from reader.text.model import Document, Removed
from reader.ui.help_dialogs import window_keys


def reason_label(reason: str) -> str:
    """A reader's words for the engine's reason keys (unknown keys are shown as they are)."""
    translate = QCoreApplication.translate
    labels = {
        "chrome": translate("Cleaned", "web page navigation or tools"),
        "site-junk": translate("Cleaned", "document-site clutter"),
        "promo": translate("Cleaned", "advertising"),
        "pinyin": translate("Cleaned", "pinyin annotation"),
        "duplicate": translate("Cleaned", "repeated text"),
        "caption": translate("Cleaned", "photo caption"),
        "meta": translate("Cleaned", "moved to the header"),
    }
    return labels.get(reason, reason)


class CleanedDialog(QDialog):
    """A list of removed lines with reasons and line numbers, then the garbled runs; a garbled run can be shown in
    the text, a removed line in the original file."""

    garbled_activated = Signal(int)  # offset in the cleaned text
    removed_activated = Signal(int)  # 1-based line in the original file

    @classmethod
    def open_for(cls, doc: Document, parent: QWidget, show_offset: Callable[[int], None],
                 closed_by: SignalInstance | None = None,
                 show_line: Callable[[int], None] | None = None,
                 quit_action: QAction | None = None) -> "CleanedDialog | None":
        """Non-modal: the reader can keep reading while it is open; it is freed when closed, and when `closed_by`
        fires (another document shown: its rows and offsets belong to the one it was opened for). Its keys are the
        Keyboard Shortcuts dialog's: Escape or Ctrl+W close it, the window's Quit quits. With nothing
        removed or flagged the window's status bar says so, rather than an empty list opening."""
        if not (doc.removed or doc.garbled):
            if isinstance(parent, QMainWindow):
                said = QCoreApplication.translate("CleanedDialog", "Nothing was removed or flagged")
                parent.statusBar().showMessage(said)
            return None
        dialog = cls(doc, parent)
        window_keys(dialog, quit_action)
        dialog.garbled_activated.connect(show_offset)
        if show_line is not None:
            dialog.removed_activated.connect(show_line)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if closed_by is not None:
            closed_by.connect(dialog.close)
        dialog.show()
        return dialog

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cleanedDialog")
        self.setWindowTitle(self.tr("What Cleaning Did"))
        self.resize(720, 460)
        dropped, moved = doc.dropped, doc.moved  # lines moved to the header are not counted as removed
        intro = QLabel(self.tr("Removed: {0} · Moved to the header: {1} · Flagged as garbled: {2}. The original file "
                               "is unchanged; View › Show Original File shows it as it is.")
                       .format(len(dropped), len(moved), len(doc.garbled)))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Why"), self.tr("Line"), self.tr("Text")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        removed = QTreeWidgetItem([self.tr("Removed ({0})").format(len(dropped))])
        by_reason: dict[str, list] = {}
        for r in dropped:
            by_reason.setdefault(r.reason, []).append(r)
        groups = []
        for reason, items in by_reason.items():
            group = QTreeWidgetItem(removed, [f"{reason_label(reason)} ({len(items)})"])
            self._add_lines(group, items)  # the group names the reason once
            groups.append((group, len(items)))
        header = QTreeWidgetItem([self.tr("Moved to the header ({0})").format(len(moved))])
        self._add_lines(header, moved)
        garbled = QTreeWidgetItem([self.tr("Garbled, kept ({0})").format(len(doc.garbled))])
        for g in doc.garbled:
            item = QTreeWidgetItem(garbled, [self.tr("encoding damage"), _line_of(doc, g.start), g.text[:200]])
            item.setData(0, Qt.ItemDataRole.UserRole, g.start)
            item.setToolTip(2, self.tr("Double-click to show it in the text"))
        shown = [group for group in (garbled, removed, header) if group.childCount()]  # an empty '(0)' tells nothing
        self.tree.addTopLevelItems(shown)
        for group in shown:
            group.setExpanded(True)
        for group, count in groups:
            group.setExpanded(count <= 12)  # long runs (pinyin notes) stay folded
        self.tree.resizeColumnToContents(0)
        self.tree.itemActivated.connect(self._on_activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter on a row acts on the row (as a double-click), it does not close the list
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def _add_lines(self, group: QTreeWidgetItem, lines: Sequence[Removed]) -> None:
        """Rows of file lines under the group that says what befell them; a double-click shows one in the file."""
        for r in lines:
            item = QTreeWidgetItem(group, ["", str(r.line), r.text[:200]])
            item.setData(1, Qt.ItemDataRole.UserRole, r.line)
            item.setToolTip(2, self.tr("Double-click to show it in the original file"))

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        offset, line = item.data(0, Qt.ItemDataRole.UserRole), item.data(1, Qt.ItemDataRole.UserRole)
        if offset is not None:
            self.garbled_activated.emit(int(offset))
        elif line is not None:
            self.removed_activated.emit(int(line))


def _line_of(doc: Document, offset: int) -> str:
    """The file line of the paragraph holding a cleaned-text offset, as the removed rows give theirs ("": none)."""
    index = doc.paragraph_at(offset)
    line = doc.paragraphs[index].line if index >= 0 and offset >= doc.paragraphs[0].start else 0
    return str(line) if line > 0 else ""
