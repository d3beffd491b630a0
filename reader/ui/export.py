"""Save the displayed document as UTF-8 text, export it to PDF, print it; never over the opened file.

Functions (no dialogs; raise ``ExportError`` with a one-line message the window can show as is)
- ``compose_text(title, metadata, text) -> str``: title, a blank line, 'label：value' lines, a blank line, the
  text, a final newline; empty parts are left out. ``metadata`` is a sequence of (label, value) pairs already
  in the displayed script and UI language (the window chooses them, e.g. [('来源', '新华社'), ('日期', ...)]).
- ``export_text(path, text, *, title='', metadata=(), source=None)``: write ``compose_text(...)`` as UTF-8
  (no BOM, '\\n' line ends) atomically: temporary file beside the target, then os.replace.
- ``export_pdf(document, path, *, source=None, font_family=None, title='')``: a PDF (A4, 20 mm margins) of a
  copy of ``document`` (the reading pane's QTextDocument) set in ``font_family`` with CJK fallbacks, in dark
  ink on white whatever the reading theme; written atomically.
- ``print_document(document, printer, font_family=None)``: the same rendering onto a QPrinter.
- ``cjk_font_families(traditional=False) -> list[str]``: installed families that cover Chinese, preferred
  (Song/Ming for print) first; ``default_cjk_family(traditional=False) -> str`` (may be '' when none is
  installed: Qt then falls back on its own).
Both writers refuse a target that is the ``source`` file (the opened document), by path or by identity
(links), or that ``library(path)`` names as a document of the library (the reader never writes over the user's
documents), and report unwritable targets as ExportError. ``library`` returns that document's name, or None.

Dialog wrappers (return the written path, or None when cancelled or refused after telling the user)
- ``save_text_dialog(parent, text, *, title='', metadata=(), source=None, suggested_name='', folder=None,
  library=None)``
- ``export_pdf_dialog(parent, document, *, source=None, suggested_name='', font_family=None, title='', folder=None,
  library=None)``
  start in ``folder`` (the window's: window_export.save_folder) or the reader's documents folder (a name no
  document has), add the suffix, refuse a document's file, then ask before replacing another existing file.
- ``print_dialog(parent, document, font_family=None) -> bool``
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from reader.atomic import write_through
from reader.file_names import export_name
from reader.ui import pdf_text

log = logging.getLogger(__name__)

_PRINT_FAMILIES_SIMPLIFIED = (
    "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", "NSimSun", "AR PL UMing CN",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
)
_PRINT_FAMILIES_TRADITIONAL = (
    "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "MingLiU", "AR PL UMing TW",
    "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei",
)
_MARGIN_MM = 20.0
_INK = QColor("#000000")


class ExportError(Exception):
    """An export that cannot be done, with a message for the user."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def _message(template: str, path: Path, exc: OSError) -> str:
    return _tr(template).replace("%1", str(path)).replace("%2", exc.strerror or str(exc))


def compose_text(title: str, metadata: Sequence[tuple[str, str]], text: str) -> str:
    """The exported file's content: what the reader sees, as plain text."""
    parts = []
    if title.strip():
        parts.append(title.strip())
    meta = "\n".join(f"{label}：{value}" for label, value in metadata if value)
    if meta:
        parts.append(meta)
    parts.append(text.rstrip("\n"))
    return "\n\n".join(p for p in parts if p) + "\n"


Library = Callable[[Path], str | None]  # the name of the library document at a path, None when there is none


def _check_target(path: Path, source: Path | None, library: Library | None = None) -> Path:
    """Refuse the opened document itself, and any other document of the library; a link to one counts as it."""
    path = Path(path).expanduser()
    if source is not None:
        source = Path(source).expanduser()
        same = path.resolve() == source.resolve()
        if not same and path.exists() and source.exists():
            try:
                same = os.path.samefile(path, source)
            except OSError:
                same = False
        if same:
            raise ExportError(_tr("Will not overwrite the opened document; choose another file name."))
    name = library(path) if library is not None else None
    if name is not None:
        raise ExportError(_tr("Will not overwrite “%1”, a document in the library; choose another file name.")
                          .replace("%1", name))
    if path.is_dir():
        raise ExportError(_tr("%1 is a folder.").replace("%1", str(path)))
    return path


def _atomic_write(path: Path, write) -> None:
    """Call write(tmp_path) then move the result into place, so a failure never leaves half a file."""
    if not path.parent.is_dir():
        raise ExportError(_message("Cannot write to %1: %2", path.parent, FileNotFoundError("no such folder")))
    try:
        write_through(path, write, suffix=path.suffix, shared=True)
    except OSError as exc:
        raise ExportError(_message("Cannot write %1: %2", path, exc)) from exc


def export_text(
    path: Path, text: str, *, title: str = "", metadata: Sequence[tuple[str, str]] = (), source: Path | None = None,
    library: Library | None = None,
) -> None:
    """Write the displayed document as UTF-8 text."""
    path = _check_target(path, source, library)
    data = compose_text(title, metadata, text).encode("utf-8")

    _atomic_write(path, lambda tmp: tmp.write_bytes(data))
    log.info("exported text to %s", path)


def cjk_font_families(traditional: bool = False) -> list[str]:
    """Installed families that can set Chinese, the ones best for print first."""
    systems = QFontDatabase.WritingSystem
    installed = QFontDatabase.families(systems.TraditionalChinese if traditional else systems.SimplifiedChinese)
    preferred = _PRINT_FAMILIES_TRADITIONAL if traditional else _PRINT_FAMILIES_SIMPLIFIED
    present = set(installed)
    return [f for f in preferred if f in present] + [f for f in installed if f not in preferred]


def default_cjk_family(traditional: bool = False) -> str:
    """The family export uses unless told otherwise ('' when no Chinese font is installed)."""
    families = cjk_font_families(traditional)
    return families[0] if families else ""


def _print_copy(document: QTextDocument, font_family: str | None) -> QTextDocument:
    """A copy of the document in dark ink on no background, set in a Chinese-capable font."""
    copy = document.clone()
    copy.setPageSize(QSizeF())  # not the screen's width: print_ paginates to the printer's page
    base = QFont(copy.defaultFont())
    families = [f for f in (font_family or default_cjk_family(), default_cjk_family(True)) if f]
    if families:
        base.setFamilies(list(dict.fromkeys(families + base.families())))
    copy.setDefaultFont(base)
    cursor = QTextCursor(copy)
    cursor.select(QTextCursor.SelectionType.Document)
    ink = QTextCharFormat()
    ink.setForeground(_INK)
    ink.setBackground(QColor(0, 0, 0, 0))
    cursor.mergeCharFormat(ink)
    paper = QTextBlockFormat()
    paper.setBackground(QColor(0, 0, 0, 0))
    cursor.mergeBlockFormat(paper)
    frame = copy.rootFrame().frameFormat()
    frame.setBackground(QColor(0, 0, 0, 0))
    copy.rootFrame().setFrameFormat(frame)
    return copy


def _render(document: QTextDocument, device: QPagedPaintDevice, font_family: str | None) -> None:
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM), QPageLayout.Unit.Millimeter)
    )
    _print_copy(document, font_family).print_(device)


def export_pdf(
    document: QTextDocument,
    path: Path,
    *,
    source: Path | None = None,
    font_family: str | None = None,
    title: str = "",
    library: Library | None = None,
) -> None:
    """Write the document as a PDF."""
    path = _check_target(path, source, library)

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        writer.setCreator("zhreader")
        writer.setResolution(300)
        _render(document, writer, font_family)
        del writer  # QPdfWriter finishes the file when it is destroyed
        families = [f for f in (font_family or default_cjk_family(), default_cjk_family(True)) if f]
        fixes = pdf_text.radical_fixes(document.toPlainText(), families)
        if fixes:
            tmp.write_bytes(pdf_text.fix_text_layer(tmp.read_bytes(), fixes))

    _atomic_write(path, write)
    log.info("exported PDF to %s", path)


def print_document(document: QTextDocument, printer, font_family: str | None = None) -> None:
    """Print the document on a configured QPrinter (margins and page size come from the printer)."""
    _print_copy(document, font_family).print_(printer)


@contextmanager
def _busy():
    """A wait cursor while a long document is paginated (about 2 s per million characters)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def documents_folder() -> Path:
    """Where a save dialog starts when the reader has not saved anything yet: their documents folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def file_name_for(title: str, source: str | Path) -> str:
    """A file name from the displayed title (characters file systems refuse replaced)."""
    return export_name(title or Path(source).stem) or "document"


def _ask_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> Path | None:
    """The file dialog; replacing is asked about afterwards, once the suffix is known."""
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters,
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    return Path(name) if name else None


def _confirm_replace(parent: QWidget | None, caption: str, path: Path) -> bool:
    answer = QMessageBox.question(parent, caption, _tr("%1 already exists. Replace it?").replace("%1", path.name),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _target(parent: QWidget | None, caption: str, path: Path, suffix: str, source: Path | None,
            library: Library | None) -> Path | None:
    """The typed name with its suffix, once the reader agreed to replace an existing file (never a document)."""
    if path.suffix.lower() != suffix and not (source is not None and path == Path(source)):
        path = path.with_name(path.name + suffix)
    try:
        path = _check_target(path, source, library)
    except ExportError as exc:
        QMessageBox.warning(parent, caption, str(exc))
        return None
    if path.exists() and not _confirm_replace(parent, caption, path):
        return None
    return path


def _suggest(folder: Path | None, source: Path | None, suggested_name: str, suffix: str,
             library: Library | None) -> str:
    stem = suggested_name or (source.stem if source else "document")
    folder = folder or documents_folder()
    candidate = folder / f"{stem}{suffix}"
    if (source is not None and candidate.resolve() == Path(source).resolve()) or (
            library is not None and library(candidate) is not None):
        candidate = folder / f"{stem} (zhreader){suffix}"
    return str(candidate)


def save_text_dialog(
    parent: QWidget | None,
    text: str,
    *,
    title: str = "",
    metadata: Sequence[tuple[str, str]] = (),
    source: Path | None = None,
    suggested_name: str = "",
    folder: Path | None = None,
    library: Library | None = None,
) -> Path | None:
    """Ask where to save the displayed text and save it; errors are shown, not raised."""
    caption = _tr("Export as Text")
    suggested = _suggest(folder, source, suggested_name, ".txt", library)
    path = _ask_path(parent, caption, suggested, _tr("Text files (*.txt)"))
    path = path and _target(parent, caption, path, ".txt", source, library)
    if path is None:
        return None
    try:
        export_text(path, text, title=title, metadata=metadata, source=source, library=library)
    except ExportError as exc:
        QMessageBox.warning(parent, _tr("Export as Text"), str(exc))
        return None
    return path


def export_pdf_dialog(
    parent: QWidget | None,
    document: QTextDocument,
    *,
    source: Path | None = None,
    suggested_name: str = "",
    font_family: str | None = None,
    title: str = "",
    folder: Path | None = None,
    library: Library | None = None,
) -> Path | None:
    """Ask where to write the PDF and write it; errors are shown, not raised."""
    caption = _tr("Export as PDF")
    suggested = _suggest(folder, source, suggested_name, ".pdf", library)
    path = _ask_path(parent, caption, suggested, _tr("PDF files (*.pdf)"))
    path = path and _target(parent, caption, path, ".pdf", source, library)
    if path is None:
        return None
    try:
        with _busy():
            export_pdf(document, path, source=source, font_family=font_family, title=title, library=library)
    except ExportError as exc:
        QMessageBox.warning(parent, _tr("Export as PDF"), str(exc))
        return None
    return path


def print_dialog(parent: QWidget | None, document: QTextDocument, font_family: str | None = None,
                 name: str = "") -> bool:
    """Show the print dialog and print when accepted (QtPrintSupport is loaded only here); the job is named after
    the document (a printer's queue showed none, and printing to a file offered ~/print.pdf for every document)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:  # with its suffix: the dialog drops what follows a name's last dot ('1.0版本说明' gave '1.pdf')
        printer.setDocName(f"{name}.pdf")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    with _busy():
        print_document(document, printer, font_family)
    return True
