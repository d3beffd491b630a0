"""Adding files and folders to the catalogue: a light pass for the list, then the full pass for the index.

The light pass decodes a file, hashes its text and cleans only its head (title, source, date, official metadata),
so a folder of thousands of documents is listed in seconds; batches commit one transaction each, so a crash
loses at most the batch in hand. The full pass (clean, outline, index) runs afterwards, document by document.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.storage import handoff
from reader.storage.index import index_document, unindex
from reader.storage.entries import text_hash
from reader.storage.library import Entry, Library, catalogue_files
from reader.storage.schema import from_db_path, to_db_path
from reader.text.decode import read_file
from reader.text.model import SQLITE, BinaryFileError, TextError, failure_kind
from reader.text.official import extract, source_text as official_source
from reader.text.script import detect_script

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
FOLDER_LIMIT = 100_000  # files taken from one add; a reader adding a whole disk by mistake is not kept waiting
BATCH = 200  # files per transaction
HEAD_CHARS = 4000  # what the light pass cleans: enough for the title block and header labels
TAIL_CHARS = 800  # the closing signature and 成文日期

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class ImportReport:
    """What an import did, for a status line or the CLI."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # same text as a document already catalogued
    relinked: list[str] = field(default_factory=list)  # a missing document found again at this path
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # path, reason
    kinds: dict[str, str] = field(default_factory=dict)  # a failed path's model.failure_kind: the UI's words for it
    missing: list[str] = field(default_factory=list)  # a check: locations whose file is gone
    cancelled: bool = False


def find_documents(paths: list[str], limit: int = FOLDER_LIMIT) -> tuple[list[Path], list[str]]:
    """Files named and documents below folders (recursive, name order, hidden skipped); and the folders."""
    found: list[Path] = []
    folders: list[str] = []
    for name in paths:
        path = Path(os.path.abspath(name))  # absolute and without '..', as the list shows it
        if path.is_dir():
            folders.append(str(path))
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    if not file.startswith(".") and os.path.splitext(file)[1].lower() in DOCUMENT_SUFFIXES:
                        found.append(Path(root) / file)
                if len(found) >= limit:
                    break
        else:
            found.append(path)
    return found[:limit], folders


def light_entry(path: Path) -> tuple[Entry, float]:
    """The list fields of a file from its decoded text and cleaned head; and its mtime. Raises OSError/TextError."""
    from reader.text.clean import clean

    stat = path.stat()
    decoded = read_file(path)
    text = decoded.text
    head = text if len(text) <= HEAD_CHARS else text[: text.rfind("\n", 0, HEAD_CHARS) + 1 or HEAD_CHARS]
    doc = clean(replace(decoded, text=head, bad_positions=()))
    raw = official_source(replace(decoded, text=head), doc)
    if decoded.kind != "html" and len(text) > len(head):
        raw += "\n" + text[max(len(head), len(text) - TAIL_CHARS):]
    official = extract(raw, doc.title, doc.source, doc.date)
    entry = Entry(path=str(path), title=doc.title, source=official.source, date=doc.date,
                  script=detect_script(doc.text), chars=_cleaned_length(decoded.kind, len(text), len(head), len(doc.text)),
                  encoding=decoded.encoding,
                  hash=text_hash(text), size=stat.st_size, authority=official.authority, number=official.number,
                  written=official.written, published=official.published, kind=official.kind)
    return entry, stat.st_mtime


def _cleaned_length(kind: str, whole: int, head: int, cleaned_head: int) -> int:
    """The list's count is of the cleaned text, as the full pass records it: of a long file, estimated from its head
    (not of a long web page, whose head is mostly markup: its count waits for the full pass)."""
    if whole <= head:
        return cleaned_head
    return whole if kind == "html" else round(whole * cleaned_head / max(1, head))


def failure_reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def import_paths(library: Library, paths: list[str], progress: Progress | None = None,
                 cancelled: Cancelled | None = None, batch: int = BATCH, listed_only: bool = False,
                 rescan: bool = False) -> ImportReport:
    """Add files and folders (recursive); unreadable files are reported with a reason and the rest go on.

    `listed_only` re-reads only files still in the library when the batch is written: a refresh of an opened file
    must not bring back one the reader removed from the list meanwhile. A `rescan` (of the watched folders) leaves
    out the files the reader removed from the list; an add (the reader's own) lists them again."""
    files, folders = find_documents(paths)
    report = ImportReport()
    db = library.connection
    own = catalogue_files(library.path)  # (a folder holding the catalogue: its files are not read as documents)
    if folders:
        with library.transaction() as tx:
            tx.executemany("INSERT OR IGNORE INTO folders (path, added) VALUES (?, ?)",
                           [(to_db_path(f), time.time()) for f in folders])
    for start in range(0, len(files), batch):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        items: list[tuple[Entry, float]] = []
        seen: list[str] = []
        for path in files[start: start + batch]:
            try:
                stat = path.stat()
                if (stat.st_dev, stat.st_ino) in own:
                    raise BinaryFileError(f"{path.name}: not a text file (the reader's own library)", SQLITE)
                known = db.execute("SELECT size, mtime FROM locations WHERE path = ?",
                                   (to_db_path(str(path)),)).fetchone()
                if rescan and not known and _removed(db, str(path)):
                    continue
                if known and known[0] == stat.st_size and known[1] == stat.st_mtime:
                    seen.append(str(path))
                    continue
                items.append(light_entry(path))
            except (OSError, TextError, UnicodeError, ValueError) as exc:
                report.failed.append((str(path), failure_reason(exc)))
                report.kinds[str(path)] = failure_kind(exc)
        now = time.time()
        with library.transaction() as tx:
            if not rescan and not listed_only:
                tx.executemany("DELETE FROM removed WHERE path = ?", [(to_db_path(e.path),) for e, _ in items])
            for entry, mtime in items:
                if not listed_only or tx.execute("SELECT 1 FROM locations WHERE path = ?",
                                                 (to_db_path(entry.path),)).fetchone():
                    _apply(tx, entry, mtime, now, report)
            tx.executemany("UPDATE locations SET missing = 0 WHERE path = ?", [(to_db_path(p),) for p in seen])
        report.unchanged.extend(seen)
        if progress is not None:
            progress(min(start + batch, len(files)), len(files))
    return report


def _removed(db: sqlite3.Connection, path: str) -> bool:
    return db.execute("SELECT 1 FROM removed WHERE path = ?", (to_db_path(path),)).fetchone() is not None


def _apply(db: sqlite3.Connection, entry: Entry, mtime: float, now: float, report: ImportReport) -> None:
    """Record one light-read file: a new document, another location of a known one, or a changed file."""
    key = to_db_path(entry.path)
    fields = (entry.title, entry.source, entry.date, entry.script, entry.chars, entry.encoding, entry.size,
              entry.authority, entry.number, entry.written, entry.published, entry.kind)
    same = db.execute("SELECT id FROM documents WHERE hash = ?", (entry.hash,)).fetchone() if entry.hash else None
    loc = db.execute("SELECT doc_id FROM locations WHERE path = ?", (key,)).fetchone()
    if same is not None:
        doc_id = same[0]
        if loc is not None and loc[0] == doc_id:
            report.unchanged.append(entry.path)
        elif loc is not None:
            report.changed.append(entry.path)
            _drop_if_orphan(db, loc[0], moving=key)
        else:
            gone = db.execute("DELETE FROM locations WHERE doc_id = ? AND missing = 1", (doc_id,)).rowcount
            (report.relinked if gone else report.duplicates).append(entry.path)
        db.execute("INSERT INTO locations (path, doc_id, size, mtime, added) VALUES (?, ?, ?, ?, ?) ON CONFLICT(path)"
                   " DO UPDATE SET doc_id=excluded.doc_id, size=excluded.size, mtime=excluded.mtime, missing=0",
                   (key, doc_id, entry.size, mtime, now))
        return
    if loc is not None and db.execute("SELECT count(*) FROM locations WHERE doc_id = ?", (loc[0],)).fetchone()[0] == 1:
        doc_id = loc[0]  # the file changed: the same document with new text (position and choices kept)
        unindex(db, doc_id)
        db.execute("UPDATE documents SET title=?, source=?, date=?, script=?, chars=?, encoding=?, size=?, authority=?,"
                   " number=?, written=?, published=?, kind=?, hash=?, indexed=0 WHERE id=?",
                   (*fields, entry.hash or None, doc_id))
        report.changed.append(entry.path)
    else:
        doc_id = db.execute(
            "INSERT INTO documents (title, source, date, script, chars, encoding, size, authority, number, written,"
            " published, kind, hash, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*fields, entry.hash or None, now)).lastrowid
        (report.changed if loc is not None else report.added).append(entry.path)
    db.execute("INSERT INTO locations (path, doc_id, size, mtime, added) VALUES (?, ?, ?, ?, ?) ON CONFLICT(path)"
               " DO UPDATE SET doc_id=excluded.doc_id, size=excluded.size, mtime=excluded.mtime, missing=0",
               (key, doc_id, entry.size, mtime, now))


def _drop_if_orphan(db: sqlite3.Connection, doc_id: int, moving: object) -> None:
    """A location moving to another document leaves its old document behind only if it has other locations."""
    others = db.execute("SELECT count(*) FROM locations WHERE doc_id = ? AND path != ?", (doc_id, moving)).fetchone()[0]
    if not others:
        unindex(db, doc_id)
        db.execute("DELETE FROM locations WHERE path = ?", (moving,))
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def index_pending(library: Library, progress: Progress | None = None, cancelled: Cancelled | None = None,
                  limit: int | None = None, reading: Callable[[str, int], None] | None = None,
                  handoffs: Path | None = None) -> int:
    """The full pass for documents not in the text index yet: clean, outline, index. Returns how many were done.
    `reading(path, size)` is told before each file is read whole (a long one takes seconds: the window says so);
    `handoffs`: rows the window prepared for a file it built, taken for the same decoded text (storage.handoff)."""
    from reader.text.document import build_document

    db = library.connection
    pending = [row[0] for row in db.execute("SELECT id FROM documents WHERE indexed = 0 ORDER BY id")]
    if limit is not None:
        pending = pending[:limit]
    done = 0
    for n, doc_id in enumerate(pending):
        if cancelled is not None and cancelled():
            break
        paths = [(from_db_path(p), m) for p, m in
                 db.execute("SELECT path, missing FROM locations WHERE doc_id = ? ORDER BY missing, added", (doc_id,))]
        result = None
        for path, _missing in paths:
            try:
                stat = os.stat(path)
                if reading is not None:
                    reading(path, stat.st_size)
                decoded = read_file(Path(path))
                prepared = handoff.take(handoffs, path, decoded) if handoffs is not None else None
                result = (path, stat, prepared or handoff.prepare(decoded, build_document(decoded)))
                break
            except FileNotFoundError:
                with library.transaction() as tx:
                    tx.execute("UPDATE locations SET missing = 1 WHERE path = ?", (to_db_path(path),))
            except (OSError, TextError, UnicodeError, ValueError) as exc:
                log.info("cannot index %s: %s", path, exc)
        with library.transaction() as tx:
            if not _still_at(tx, doc_id, [result[0]] if result else [p for p, _ in paths]):
                continue  # removed while its file was read (its id perhaps another document's since)
            if result is None:
                if not any(Path(p).exists() for p, _ in paths):
                    continue  # missing: indexed when found again
                tx.execute("UPDATE documents SET indexed = -1 WHERE id = ?", (doc_id,))
                continue
            _store_full(tx, doc_id, *result)
        done += 1
        if progress is not None:
            progress(n + 1, len(pending))
    return done


def _still_at(db: sqlite3.Connection, doc_id: int, paths: list[str]) -> bool:
    """Whether the document is still in the library at one of these paths: the window may remove it while the full
    pass reads its file, and a file added since may have been given its id."""
    query = "SELECT 1 FROM locations WHERE doc_id = ? AND path = ?"
    return any(db.execute(query, (doc_id, to_db_path(path))).fetchone() for path in paths)


def _store_full(db: sqlite3.Connection, doc_id: int, path: str, stat: os.stat_result, rows: handoff.Prepared) -> None:
    digest = rows.hash
    other = digest and db.execute("SELECT id FROM documents WHERE hash = ? AND id != ?", (digest, doc_id)).fetchone()
    if other:  # a migrated or re-read document turned out to be a duplicate: merge into the older one
        db.execute("UPDATE OR IGNORE locations SET doc_id = ? WHERE doc_id = ?", (other[0], doc_id))
        db.execute("UPDATE documents SET position = max(position, (SELECT position FROM documents WHERE id = ?)),"
                   " opened = max(opened, (SELECT opened FROM documents WHERE id = ?)) WHERE id = ?",
                   (doc_id, doc_id, other[0]))
        unindex(db, doc_id)
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return
    db.execute("UPDATE documents SET hash=?, title=?, source=?, date=?, script=?, chars=?, encoding=?, size=?,"
               " authority=?, number=?, written=?, published=?, kind=?, indexed=1 WHERE id=?",
               (digest or None, rows.title, rows.source, rows.date, rows.script, rows.chars, rows.encoding,
                stat.st_size, rows.authority, rows.number, rows.written, rows.published, rows.kind, doc_id))
    db.execute("UPDATE locations SET size = ?, mtime = ?, missing = 0 WHERE path = ?",
               (stat.st_size, stat.st_mtime, to_db_path(path)))
    db.execute("INSERT OR REPLACE INTO bylines (doc_id, author, editor, header) VALUES (?, ?, ?, ?)",
               (doc_id, rows.author, rows.editor, rows.header))
    index_document(db, doc_id, rows.title, rows.text, rows.headings,
                   (rows.number, rows.authority, rows.source, rows.author, rows.editor))


@dataclass
class CheckReport:
    """Files that are gone, came back or changed since they were catalogued."""

    missing: list[str] = field(default_factory=list)
    found: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    rescan: ImportReport | None = None


def check(library: Library, rescan: bool = True, progress: Progress | None = None,
          cancelled: Cancelled | None = None) -> CheckReport:
    """Mark missing files (never dropped), re-read changed ones, and rescan the added folders so a moved file whose
    text reappears there is linked again."""
    db = library.connection
    report = CheckReport()
    rows = [(from_db_path(p), size, mtime, bool(missing))
            for p, size, mtime, missing in db.execute("SELECT path, size, mtime, missing FROM locations")]
    marks: list[tuple[int, object]] = []
    for path, size, mtime, missing in rows:
        try:
            stat = os.stat(path)
        except OSError:
            if not missing:
                marks.append((1, to_db_path(path)))
            report.missing.append(path)
            continue
        if missing:
            marks.append((0, to_db_path(path)))
            report.found.append(path)
        if stat.st_size != size or stat.st_mtime != mtime:
            report.changed.append(path)
    with library.transaction() as tx:
        tx.executemany("UPDATE locations SET missing = ? WHERE path = ?", marks)
    folders = [from_db_path(p) for (p,) in db.execute("SELECT path FROM folders")] if rescan else []
    again = report.changed + [f for f in folders if Path(f).is_dir()]
    if again:
        report.rescan = import_paths(library, again, progress, cancelled, rescan=True)
        relinked = set(report.rescan.relinked)
        report.missing = [p for p in report.missing if not _is_relinked(db, p)] if relinked else report.missing
    report.missing = _unreadable(db, report.missing)
    return report


def _unreadable(db: sqlite3.Connection, missing: list[str]) -> list[str]:
    """Of the missing files, one per document that no other location still holds: a deleted copy of a text still
    at hand (the same text in another encoding or folder) loses nothing, and Locate… has nothing to re-link."""
    held: set[int] = set()
    kept = []
    for path in missing:
        row = db.execute("SELECT l.doc_id, EXISTS(SELECT 1 FROM locations o WHERE o.doc_id = l.doc_id"
                         " AND o.missing = 0) FROM locations l WHERE l.path = ?", (to_db_path(path),)).fetchone()
        if row is None or (not row[1] and row[0] not in held):
            kept.append(path)
        if row is not None:
            held.add(row[0])
    return kept


def _is_relinked(db: sqlite3.Connection, path: str) -> bool:
    return db.execute("SELECT 1 FROM locations WHERE path = ?", (to_db_path(path),)).fetchone() is None


class RelinkError(ValueError):
    """Locate… was given a file whose text is not the missing document's."""


def relink(library: Library, old_path: str, new_path: str) -> Entry | None:
    """Locate…: the document at a missing location now lives at `new_path`. The file must hold the same text
    (same content hash): another text is refused with RelinkError (Add Files… adds it as a document of its own),
    so a reading position never lands in a different document. A document never read (migrated, no hash yet) is
    taken on trust."""
    db = library.connection
    row = db.execute("SELECT l.doc_id, d.hash FROM locations l JOIN documents d ON d.id = l.doc_id WHERE l.path = ?",
                     (to_db_path(old_path),)).fetchone()
    if row is None:
        return None
    entry, mtime = light_entry(Path(new_path).absolute())
    if row[1] and row[1] != entry.hash:
        raise RelinkError(f"{new_path} does not hold the text of the missing document")
    with library.transaction() as tx:
        tx.execute("UPDATE OR REPLACE locations SET path = ?, size = -1, mtime = -1, missing = 0 WHERE path = ?",
                   (to_db_path(entry.path), to_db_path(old_path)))
        _apply(tx, entry, mtime, time.time(), ImportReport())
    return library.get(entry.path)
