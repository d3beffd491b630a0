"""Minimal main window: the document list and the cleaned text (the window issue builds the real one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow, QPlainTextEdit, QSplitter

from reader.paths import Paths, seeds_dir
from reader.settings import Settings
from reader.text.document import load_document
from reader.text.model import TextError


class MainWindow(QMainWindow):
    def __init__(self, paths: Paths, settings: Settings, files: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.setWindowTitle("zhreader")
        self.document_list = QListWidget(objectName="documentList")
        self.reading_pane = QPlainTextEdit(objectName="readingPane", readOnly=True)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.document_list)
        splitter.addWidget(self.reading_pane)
        splitter.setSizes([260, 740])
        self.setCentralWidget(splitter)
        self.resize(1100, 760)
        for path in sorted(seeds_dir().glob("*.txt")) + files:
            self._add_path(path)
        self._connect_signals()
        if self.document_list.count():
            self.document_list.setCurrentRow(0)

    def _connect_signals(self) -> None:
        self.document_list.currentItemChanged.connect(self._on_document_selected)

    def _add_path(self, path: Path) -> None:
        try:
            doc = load_document(path)
        except (OSError, TextError) as exc:
            self.statusBar().showMessage(str(exc))
            return
        item = QListWidgetItem(doc.title or path.name)
        item.setData(Qt.UserRole, str(path))
        self.document_list.addItem(item)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_document_selected(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None:
            return
        doc = load_document(Path(item.data(Qt.UserRole)))
        self.reading_pane.setPlainText(doc.title + "\n\n" + doc.text)
