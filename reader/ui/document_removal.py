"""Removing many rows from the document list at once: asked first. Edit › Undo Removal brings the last removal back
(reader.ui.removal_undo), but a run such as Ctrl+A then Delete is more often a slip than a wish, and bringing back
thousands of rows reads all their texts again for the search index: one question is cheaper.

A removed document's reading place, script choice and index entry are deleted from the catalogue, with every path
it was known at, so no pass over the added folders lists it again (the files stay); the box says that Undo
Removal brings them back, as it does until the next removal or the reader closes (adding the file or its folder
again afterwards reads it afresh). One row or a few gathered with Ctrl/Shift go at once, as before; a run such
as Shift+End or Ctrl+A then Delete asks, with Cancel the default button (Enter or Escape keeps every row).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.text.hintwrap import hint_lines
from reader.ui.actions import plain_text

FEW = 3  # rows removed at once without asking


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DocumentList", text, None, n)


def _undo_path() -> str:
    """'Edit › Undo Removal' as the menus name it, joined so that no line of the box ends inside it (Chinese text
    breaks between any two characters: '编辑 › 撤销' above '移除')."""
    path = f"{plain_text(_tr('&Edit'))} › {plain_text(_tr('&Undo Removal'))}".replace(" ", "\u00a0")
    return "\u2060".join(path)


def confirm_removal(parent: QWidget, removal: tuple[list[str], str, str],
                    remove: Callable[[list[str], str, str], None]) -> None:
    """remove(paths, then, title) now for a few rows; for more, once the reader confirms in a window-modal box
    (objectName confirmRemoval; open(), not exec(): workers' results still arrive meanwhile)."""
    paths, then, title = removal
    if len(paths) <= FEW:
        if paths:
            remove(paths, then, title)
        return
    count = len(paths)
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Remove from List"),
                      hint_lines(_tr("Remove %n documents from the list?", count).replace(str(count), f"{count:,}", 1)),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmRemoval")
    box.setInformativeText(hint_lines(_tr("The files stay where they are. {0} brings the documents back with their "
                                          "reading places, until the next removal or until the reader is closed."))
                           .format(_undo_path()))  # lines end between clauses: 繁體 split 連 / 同
    confirm = box.addButton(_tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: remove(paths, then, title) if box.clickedButton() is confirm else None)
    box.open()
