"""Why a file cannot be shown, in one line of the UI language (the pure layer's exceptions carry prose for logs)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.text.model import WrongEncodingError, failure_kind
from reader.file_names import shown_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


# What a refused file is (decode.refusals() and the pure layer's kinds of non-files), in the UI language
_WHAT = {text: text for text in (
    QT_TRANSLATE_NOOP("Documents", "a PNG image"), QT_TRANSLATE_NOOP("Documents", "a JPEG image"),
    QT_TRANSLATE_NOOP("Documents", "a GIF image"), QT_TRANSLATE_NOOP("Documents", "a TIFF image"),
    QT_TRANSLATE_NOOP("Documents", "a PDF file; extract its text first"),
    QT_TRANSLATE_NOOP("Documents", "a ZIP archive or Office document; save it as text first"),
    QT_TRANSLATE_NOOP("Documents", "an old Office document; save it as text first"),
    QT_TRANSLATE_NOOP("Documents", "an RTF document; save it as plain text first"),
    QT_TRANSLATE_NOOP("Documents", "a gzip archive"), QT_TRANSLATE_NOOP("Documents", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("Documents", "a RAR archive"), QT_TRANSLATE_NOOP("Documents", "a program"),
    QT_TRANSLATE_NOOP("Documents", "a RIFF media file"), QT_TRANSLATE_NOOP("Documents", "an audio file"),
    QT_TRANSLATE_NOOP("Documents", "an MP3 file"), QT_TRANSLATE_NOOP("Documents", "an SQLite database"),
    QT_TRANSLATE_NOOP("Documents", "it contains NUL bytes, so it is binary data"),
    QT_TRANSLATE_NOOP("Documents", "a pipe (FIFO)"), QT_TRANSLATE_NOOP("Documents", "a device"),
    QT_TRANSLATE_NOOP("Documents", "a disk device"), QT_TRANSLATE_NOOP("Documents", "a socket"),
)}


def _what(text: str) -> str:
    """A known description in the UI language; one the table lacks stays as the pure layer wrote it."""
    return _tr(text) if text in _WHAT else text


def kind_message(name: str, kind: str) -> str:
    """The window's sentence for a failure_kind when a file cannot be opened ('' for a kind with none)."""
    kind, _, what = kind.partition(":")
    if kind == "binary":  # the status bar's line, short as it was; the import's report names what it is
        return _tr("{0} is not a text file, so the reader cannot show it.").format(name)
    if kind == "not_file":
        return _tr("{0} is not a file the reader can open ({1}).").format(name, _what(what))
    if kind == "too_large":
        return _tr("{0} is larger than the 50 MB the reader opens.").format(name)
    if kind == "text":
        return _tr("{0} cannot be read as text.").format(name)
    if kind == "permission":
        return _tr("{0}: permission denied").format(name)
    if kind == "folder":
        return _tr("{0} is a folder (File › Add Folder… adds its documents)").format(name)
    if kind == "loop":
        return _tr("{0} is a link that leads round in a loop to no file.").format(name)
    return ""


def failure_line(path: str, reason: str, kind: str) -> str:
    """A line of the import's report, 'name: why', the why in the UI language when the kind has words (an older
    import process sends none: its English reason, as before)."""
    name = shown_name(path)
    kind, _, what = kind.partition(":")
    if kind == "binary" and what:
        return _tr("{0}: not a text file ({1})").format(name, _what(what))
    lines = {"binary": _tr("{0}: not a text file"),
             "not_file": _tr("{0}: not a file the reader can open ({1})"),
             "too_large": _tr("{0}: larger than the 50 MB the reader opens"),
             "text": _tr("{0}: cannot be read as text"),
             "missing": _tr("{0}: no such file"),
             "permission": _tr("{0}: permission denied"),
             "folder": _tr("{0}: a folder"),
             "loop": _tr("{0}: a link that leads round in a loop to no file")}
    if kind in lines:
        return lines[kind].format(name, _what(what))
    return reason if reason.startswith(name) else f"{name}: {reason}"


def open_error_message(path: str, exc: BaseException) -> str:
    """One line in the UI language saying why a file cannot be shown (the pure layer's prose is for logs)."""
    name = shown_name(path)
    if isinstance(exc, WrongEncodingError):  # a text read with the wrong encoding chosen is not 'not a text file'
        return _tr("{0} cannot be read as {1}: choose another encoding.").format(name, exc.encoding)
    kind = failure_kind(exc)
    if kind == "missing":
        return _tr("{0} is no longer at {1} (Delete removes it from the list)").format(name, path)
    said = kind_message(name, kind)
    if said:
        return said
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"{name}: {detail}"
