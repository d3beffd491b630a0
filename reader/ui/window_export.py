"""Export and print commands: what the displayed document is called, where it goes, in which typeface."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from reader.ui import export


@dataclass(frozen=True)
class ExportRequest:
    """The open document as the reader sees it (title and metadata in the displayed script)."""

    source: Path
    title: str
    metadata: list[tuple[str, str]]
    traditional: bool  # the page shows Traditional characters (a Ming typeface for print)


class ExportCommands(QObject):
    """Owns the folder last exported to this session (the next dialog starts there)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None

    def _common(self, request: ExportRequest) -> dict:
        return dict(source=request.source, title=request.title, folder=self.folder,
                    suggested_name=export.file_name_for(request.title, request.source))

    def _done(self, path: Path | None) -> Path | None:
        if path is not None:
            self.folder = path.parent
        return path

    def export_text(self, parent: QWidget, request: ExportRequest, text: str) -> Path | None:
        return self._done(export.save_text_dialog(parent, text, metadata=request.metadata, **self._common(request)))

    def export_pdf(self, parent: QWidget, request: ExportRequest, document: QTextDocument) -> Path | None:
        family = export.default_cjk_family(request.traditional) or None
        return self._done(export.export_pdf_dialog(parent, document, font_family=family, **self._common(request)))

    def print_document(self, parent: QWidget, request: ExportRequest, document: QTextDocument) -> bool:
        return export.print_dialog(parent, document, font_family=export.default_cjk_family(request.traditional) or None)
