"""Opening a document for the app: decode, clean, outline and detect its script; pure, so it runs on a worker."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from reader.storage.importer import text_hash
from reader.storage.library import Entry
from reader.text.decode import read_file
from reader.text.document import build_document
from reader.text.model import Decoded, Document, TextError
from reader.text.official import of_document
from reader.text.script import detect_script

log = logging.getLogger(__name__)

READING_SPEED = 400  # characters per minute, a common figure for attentive reading of Chinese prose


@dataclass(frozen=True)
class Loaded:
    """A document with what the window needs beside it: the raw text for 'Show original' and its script."""

    path: str
    decoded: Decoded
    document: Document
    script: str

    def entry(self) -> Entry:
        """The list's fields as the importer records them: opening a document must not blank its 文号 or 发文机关,
        and its content key joins a copy opened from elsewhere to the document the list already names."""
        doc = self.document
        official = of_document(self.decoded, doc)
        return Entry(path=self.path, title=doc.title, source=official.source, date=doc.date, script=self.script,
                     chars=len(doc.text), encoding=doc.encoding, authority=official.authority,
                     number=official.number, written=official.written, published=official.published,
                     kind=official.kind, hash=text_hash(self.decoded.text))


def load(path: str | bytes | os.PathLike, encoding: str | None = None) -> Loaded:
    """Decode, clean, outline and detect the script of a file; raises TextError / OSError for the UI to show.

    A name that is not valid in the file system's encoding (GBK bytes from a Chinese Windows archive) is kept as
    Python's escaped str form (os.fsdecode), which opens the same file.
    """
    file = Path(os.fsdecode(path))
    decoded = read_file(file, encoding)
    document = build_document(decoded)
    return Loaded(str(file), decoded, document, detect_script(document.text))


def load_entries(paths: list[str]) -> list[Entry]:
    """Library entries for several files (the seeds on first start); one bad file never stops the rest."""
    entries = []
    for path in paths:
        try:
            entries.append(load(path).entry())
        except (OSError, TextError, UnicodeError):
            continue
        except Exception:  # noqa: BLE001 - a bug on one odd file must not drop the files after it
            log.exception("skipping %r", path)
    return entries


DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FOLDER_LIMIT = 2000  # files taken from one folder; a reader adding a whole disk by mistake is not kept waiting


def find_documents(folder: Path | str | bytes, limit: int = FOLDER_LIMIT) -> list[Path]:
    """Readable documents below a folder, in name order, skipping hidden files and folders."""
    folder = Path(os.fsdecode(folder))
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        if len(found) >= limit:
            break
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.suffix.lower() in DOCUMENT_SUFFIXES and path.is_file():
            found.append(path)
    return found


def load_folder(folder: str | bytes) -> list[Entry]:
    """Library entries for the documents below a folder (Add Folder…); unreadable files are skipped."""
    return load_entries([str(p) for p in find_documents(folder)])


def minutes_left(chars_left: int) -> int:
    """Estimated reading time for the rest of the document."""
    return max(0, round(chars_left / READING_SPEED))
