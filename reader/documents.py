"""Opening a document for the app: decode, clean, outline and detect its script; pure, so it runs on a worker."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader import heap
from reader.storage.entries import text_hash
from reader.storage.library import Entry, Library, file_identity
from reader.text.metavalues import sortable_date
from reader.text.model import Decoded, Document, TextError

# The text pipeline (decoding, cleaning, outline, metadata: over a second of imports on a loaded machine) is
# imported by the functions below, which run on a worker: the window imports this module and shows without it.

log = logging.getLogger(__name__)

READING_SPEED = 400  # characters per minute, a common figure for attentive reading of Chinese prose


@dataclass(frozen=True)
class Loaded:
    """A document with what the window needs beside it: the raw text for 'Show original' and its script."""

    path: str
    decoded: Decoded
    document: Document
    script: str
    # Found on the worker (load, load_for_reading), as each is a pass over the whole text that would hold up
    # the window: the list's entry, and headings and garbled runs by paragraph (display.paragraph_marks).
    marks: tuple[dict, dict] | None = field(default=None, compare=False, repr=False)
    listing: Entry | None = field(default=None, compare=False, repr=False)
    # The reading view's DisplayText of the document, made beside its marks (its paragraph starts and joined text are
    # passes over the whole text); the view takes it once (DisplayText.take).
    display: object | None = field(default=None, compare=False, repr=False)
    # A long text shown before its outline (load_for_reading's `over`): what outline_of completes; None once outlined.
    cleaned: object | None = field(default=None, compare=False, repr=False)
    # The file's (size, mtime) taken before it was read: the catalogue keeps them, so opening it again unchanged
    # reads nothing more, and a change made since the read still differs (None: not known).
    stat: tuple[int, float] | None = field(default=None, compare=False, repr=False)

    def entry(self) -> Entry:
        """The list's fields as the importer records them: opening a document must not blank its 文号 or 发文机关,
        and its content key joins a copy opened from elsewhere to the document the list already names."""
        if self.listing is not None:
            return self.listing
        return make_entry(self.path, self.decoded, self.document, self.script)


def make_entry(path: str, decoded: Decoded, doc: Document, script: str) -> Entry:
    """A document's list entry: its metadata and content key (each a pass over the whole text)."""
    from reader.text.official import of_document

    official = of_document(decoded, doc)
    return Entry(path=path, title=doc.title, source=official.source, date=doc.date, script=script,
                 chars=len(doc.text), encoding=doc.encoding, authority=official.authority,
                 number=official.number, written=official.written, published=official.published,
                 kind=official.kind, hash=text_hash(decoded.text))


def listed_date(entry: Entry) -> str:
    """The date a document's row shows and sorts by: written (成文), else published, else the page's date."""
    return entry.written or entry.published or entry.date


def date_key(entry: Entry) -> str:
    """The list's date as yyyy-mm-dd for sorting ('' when it has none), in the window and `library list --sort date`:
    成文日期 and publication dates are stored so, a page's own date is read as written (sorted as text, 民國 111 年
    came after every 2026-…, and the CLI put every document dated only by its 成文日期 among the undated)."""
    return entry.written or entry.published or sortable_date(entry.date)


def shown_metadata(document: Document, entry: Entry) -> list[tuple[str, str]]:
    """(field, value) pairs of the line above the text: what cleaning moved there and the official metadata the
    list row shows (发文机关, 文号, its date), so a document names the same issuer, number and date in its row and
    in the reading pane (a notice whose 文号 and signature are in its text showed no line at all); the page's own
    date is kept beside a 成文日期 that differs from it."""
    listed = listed_date(entry)
    own = document.date or entry.published  # the date the page or document was published, as it wrote it
    same = bool(own) and sortable_date(own) == sortable_date(listed)
    source = "" if document.source == entry.authority else document.source
    adopted, last = _versions(document) if listed else ("", "")
    dates = (("date", own if same else listed), ("published", "" if same else own))
    if last and last == listed:  # an amended law: the version shown, and its first adoption when the text says it
        adopted = adopted if adopted <= last else ""  # adopted and amended the same day: both
        dates = (("adopted", adopted), ("amended", last), ("published", "" if own in (adopted, last) else own))
    values = (("authority", entry.authority), ("number", entry.number), ("source", source), *dates,
              ("author", document.author), ("editor", document.editor))
    return [(key, value) for key, value in values if value]


_HEAD_CHARS, _HEAD_LINES = 8000, 48  # a law's note sits under its title: its first lines only are read


def _versions(document: Document) -> tuple[str, str]:
    """(adopted, last amended) from the note under the title in the document's own text, as its row's date is."""
    from reader.text.amended import versions

    lines = [line.strip(" \t\u3000") for line in _head(document).split("\n", _HEAD_LINES)[:_HEAD_LINES]]
    labels = [r.text.strip() for r in document.removed[:_HEAD_LINES] if r.reason == "meta"]  # '修正日期：…', moved out
    return versions([document.title, *(line for line in lines if line), *labels])


def _head(document: Document) -> str:
    """document.text[:_HEAD_CHARS] from the first paragraphs (the whole text joined, on the first script change of a
    long text shown, held the window 40-90 ms per million characters)."""
    parts, size = [], 0
    for paragraph in document.paragraphs:
        if size > _HEAD_CHARS:
            break
        parts.append(paragraph.text)
        size += len(paragraph.text) + 1
    return "\n".join(parts)[:_HEAD_CHARS]


def load(path: str | bytes | os.PathLike, encoding: str | None = None) -> Loaded:
    """Decode, clean, outline and detect the script of a file; raises TextError / OSError for the UI to show.

    Its list entry is made here too (on the worker, not by the window as it shows the document).

    A name that is not valid in the file system's encoding (GBK bytes from a Chinese Windows archive) is kept as
    Python's escaped str form (os.fsdecode), which opens the same file.
    """
    from reader.text.decode import read_file

    file = Path(os.fsdecode(path))
    stat = file_stat(file)
    return _complete(file, read_file(file, encoding), stat)


def file_stat(file: Path) -> tuple[int, float] | None:
    """(size, mtime) as the catalogue compares them, taken before the read so a later change is never hidden."""
    try:
        info = file.stat()
    except (OSError, ValueError):
        return None
    return info.st_size, info.st_mtime


def _complete(file: Path, decoded: Decoded, stat: tuple[int, float] | None = None) -> Loaded:
    """A decoded file cleaned and outlined, its script detected and its list entry made."""
    from reader.text.document import build_document

    return _loaded(file, decoded, build_document(decoded), stat=stat)


def _loaded(file: Path, decoded: Decoded, document: Document, cleaned: object | None = None,
            stat: tuple[int, float] | None = None) -> Loaded:
    """A built (or, with `cleaned`, only cleaned) document with its script detected and its list entry made."""
    from reader.text.script import detect_script

    script = detect_script(document.text)
    entry = make_entry(str(file), decoded, document, script)
    if stat is not None:  # the file's size, as the importer records it
        entry = replace(entry, size=stat[0])
    return Loaded(str(file), decoded, document, script, listing=entry, cleaned=cleaned, stat=stat)


TEXT_FIRST_CHARS = 150_000  # a longer text is shown before its outline is found (about half of its build)


class Superseded(Exception):
    """The reader asked for another document while this one was being read: the rest of its work is dropped."""


def load_for_reading(path: str | bytes | os.PathLike, encoding: str | None = None,
                     over: int | None = None, wanted: Callable[[], bool] | None = None,
                     refused: frozenset[tuple[int, int]] = frozenset()) -> Loaded:
    """`load`, with the paragraph marks the reading view draws, found on the same worker; a text over `over`
    characters comes back cleaned, not yet outlined (`cleaned` set: outline_of completes it), so the reader reads
    its first screen while the outline is found. No full collection runs meanwhile (heap.building).

    `wanted` (called on the worker) false between two steps raises Superseded: a document the reader passed over
    no longer shares the interpreter with the one chosen after it (right after start, the document shown at start
    was built beside the one clicked and held it back by the whole of its build).

    `refused`: the (device, inode) of files never opened (the catalogue this process holds: storage.library)."""
    with heap.building():
        return _load_for_reading(path, encoding, over, wanted, refused)


def _load_for_reading(path: str | bytes | os.PathLike, encoding: str | None, over: int | None,
                      wanted: Callable[[], bool] | None, refused: frozenset[tuple[int, int]]) -> Loaded:
    from reader.text.decode import read_file
    from reader.text.document import build_document, clean_document
    from reader.text.model import SQLITE, BinaryFileError

    file = Path(os.fsdecode(path))
    if refused and file_identity(file) in refused:
        raise BinaryFileError(f"{file.name}: not a text file (the reader's own library)", SQLITE)
    stat = file_stat(file)
    decoded = read_file(file, encoding)
    _still(wanted)
    if over is None or len(decoded.text) <= over:
        document = build_document(decoded)
        _still(wanted)
        return _marked(_loaded(file, decoded, document, stat=stat))
    cleaned = clean_document(decoded)
    _still(wanted)
    return _marked(_loaded(file, decoded, cleaned.document, cleaned, stat))


def _still(wanted: Callable[[], bool] | None) -> None:
    if wanted is not None and not wanted():
        raise Superseded


def _marked(loaded: Loaded) -> Loaded:
    """The document with its paragraph marks (headings and garbled runs), found here on the worker."""
    from reader.text.display import DisplayText, paragraph_marks

    # joined here: the window's first look at it (the status bar's count after a long text's outline, a new Document)
    # joined 1 M characters on the GUI thread, 40-190 ms; the view's displayed text is the same string
    display = DisplayText([p.text for p in loaded.document.paragraphs], text=loaded.document.text)
    return replace(loaded, marks=paragraph_marks(loaded.document, display), display=display)


def outline_of(loaded: Loaded) -> Loaded:
    """A document shown before its outline (load_for_reading's `over`), complete: its headings and their marks."""
    from reader.text.document import outline_document

    if loaded.cleaned is None:
        return loaded
    with heap.building():
        outlined = _marked(replace(loaded, document=outline_document(loaded.cleaned), cleaned=None))
    return replace(outlined, display=None)  # the view shows the text through its own already: this one goes here


def hand_off(library: Library, loaded: Loaded) -> None:
    """A complete document new to the catalogue: its rows left for the full pass, which need not build it again
    (storage.handoff); on the library writer's thread, after the write that listed it."""
    from reader.storage import handoff

    if library.read_only or loaded.cleaned is not None:
        return
    try:
        if handoff.wanted(library.connection, loaded.path):
            rows = handoff.prepare(loaded.decoded, loaded.document)
            handoff.leave(handoff.folder_of(library.path), loaded.path, rows)
    except Exception:  # noqa: BLE001 - never the writer's failure (its thread and the writes after it): the full
        log.exception("no hand-off for %s", loaded.path)  # pass builds the document as before


def load_entries(paths: list[str]) -> list[Entry]:
    """Library entries for several files; one bad file never stops the rest."""
    return [entry for entry, _stat in load_listings(paths)]


def load_listings(paths: list[str]) -> list[tuple[Entry, tuple[int, float] | None]]:
    """Library entries for several files (the seeds on first start), each with the file's size and time as read:
    catalogued without them, a seed opened first was read again as changed; one bad file never stops the rest."""
    entries = []
    for path in paths:
        try:
            loaded = load(path)
            entries.append((loaded.entry(), loaded.stat))
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
