"""Why a file cannot be shown, in one line of the UI language (the pure layer's exceptions carry prose for logs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.text.model import BinaryFileError, FileTooLargeError, TextError, WrongEncodingError
from reader.file_names import shown_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def open_error_message(path: str, exc: BaseException) -> str:
    """One line in the UI language saying why a file cannot be shown (the pure layer's prose is for logs)."""
    name = shown_name(path)
    if isinstance(exc, WrongEncodingError):  # a text read with the wrong encoding chosen is not 'not a text file'
        return _tr("{0} cannot be read as {1}: choose another encoding.").format(name, exc.encoding)
    if isinstance(exc, BinaryFileError):
        return _tr("{0} is not a text file, so the reader cannot show it.").format(name)
    if isinstance(exc, FileTooLargeError):
        return _tr("{0} is larger than the 50 MB the reader opens.").format(name)
    if isinstance(exc, TextError):
        return _tr("{0} cannot be read as text.").format(name)
    if isinstance(exc, FileNotFoundError):
        return _tr("{0} is no longer at {1} (Delete removes it from the list)").format(name, path)
    if isinstance(exc, PermissionError):
        return _tr("{0}: permission denied").format(name)
    if isinstance(exc, IsADirectoryError):
        return _tr("{0} is a folder (File › Add Folder… adds its documents)").format(name)
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"{name}: {detail}"
