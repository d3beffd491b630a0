"""An import run as its own process (the window starts it with QProcess): the request as JSON on standard input,
one JSON message per line on standard output, ASCII only so any locale reads it. Cancelled when the stop file
exists (checked between batches).

    python -m reader.storage.import_process DB INDEX(0|1) STOP_FILE < request.json

A request is a list of paths (add them), {"check": true} (missing and changed files, watched folders rescanned) or
{"relink": [old, new]} (Locate…). Whatever it changed in the list is reported as ('gone', [path]) and
('listed', [Entry]) messages, so the window's list follows without reading the catalogue again.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from reader.storage import handoff
from reader.storage.folders import directories, watched
from reader.storage.importer import (
    ImportReport, RelinkError, check, failure_reason, import_paths, index_pending, relink,
)
from reader.storage.library import Entry, Library, LibraryError
from reader.storage.schema import from_db_path
from reader.text.model import TextError


LONG_FILE = 512 * 1024  # bytes: a file whose full pass takes about a second or more is named while it is read


def encode(message: tuple) -> str:
    """('progress', phase, done, total) | ('reading', path, size) | ('listed', [Entry]) | ('updated', [Entry])
    | ('gone', [path])
    | ('watch', [directory])
    | ('finished', ImportReport) | ('failed', text)."""
    kind = message[0]
    if kind in ("listed", "updated"):
        payload: object = [dataclasses.asdict(e) for e in message[1]]
    elif kind == "finished":
        payload = dataclasses.asdict(message[1])
    elif kind in ("progress", "reading"):
        payload = list(message[1:])
    else:
        payload = message[1]
    return json.dumps({kind: payload}, ensure_ascii=True)


def decode(line: str) -> tuple:
    """The inverse of encode."""
    ((kind, payload),) = json.loads(line).items()
    if kind in ("listed", "updated"):
        return kind, [Entry(**e) for e in payload]
    if kind == "finished":
        payload["failed"] = [tuple(f) for f in payload["failed"]]
        return kind, ImportReport(**payload)
    if kind in ("progress", "reading"):
        return (kind, *payload)
    return kind, payload


def _primary(library: Library, others: list[str] | None = None) -> dict[int, tuple[str, bool]]:
    """Each document's shown location (its first present one) and whether it is missing: what a list row is.
    The other locations are appended to `others`: rows the list must not show."""
    first: dict[int, tuple[str, bool]] = {}
    for doc_id, path, missing in library.connection.execute(
            "SELECT doc_id, path, missing FROM locations ORDER BY doc_id, missing, added, rowid"):
        if doc_id not in first:
            first[doc_id] = (from_db_path(path), bool(missing))
        elif others is not None:
            others.append(from_db_path(path))
    return first


def _post_changes(library: Library, before: dict[int, tuple[str, bool]], known: int, refreshed: list[str],
                  post) -> dict[int, tuple[str, bool]]:
    """Tell the list which rows went (a document relinked or merged) and which changed; returns the new state.
    Documents above `known` were listed batch by batch already. Every second location of a document is posted as
    gone too: the window may have listed a copy it opened as a document of its own, merged since by any pass."""
    others: list[str] = []
    after = _primary(library, others)
    shown = {path for path, _ in after.values()}
    gone = [path for doc_id, (path, _) in before.items()
            if (doc_id not in after or after[doc_id][0] != path) and path not in shown]
    listed_gone = set(gone)
    gone += [path for path in others if path not in shown and path not in listed_gone]
    changed = {doc_id for doc_id, row in after.items() if doc_id <= known and before.get(doc_id) != row}
    changed.update(e.doc_id for e in (library.get(p) for p in refreshed) if e is not None)
    if gone:
        post(("gone", gone))
    entries = [e for e in (library.get_document(d) for d in sorted(changed)) if e is not None]
    if entries:
        post(("listed", entries))
    return after


def _indexing(library: Library, post, every: int = 50):
    """The full pass's progress, with its rows every `every` documents: it reads each whole file, so a row's count,
    title and date change from the light pass's estimate (a web page's count was its mark-up's)."""
    pending = [row[0] for row in library.connection.execute("SELECT id FROM documents WHERE indexed = 0 ORDER BY id")]
    posted = [0]
    if pending:  # the bar leaves 'Adding 23 of 23' before the first document is read whole
        post(("progress", "indexing", 0, len(pending)))

    def progress(done: int, total: int) -> None:
        post(("progress", "indexing", done, total))
        if done - posted[0] >= every or done == total:
            ids, posted[0] = pending[posted[0]:done], done
            entries = [e for e in (library.get_document(d) for d in ids) if e is not None]
            if entries:
                post(("updated", entries))

    return progress


def _reading(post):
    """The full pass names each long file as it starts reading it: seconds with no progress look like a hang."""

    def reading(path: str, size: int) -> None:
        if size >= LONG_FILE:
            post(("reading", path, size))

    return reading


def run(db_path: Path, request: object, index: bool, post, cancelled) -> None:
    """One request for a worker process: its messages, then ('finished', ImportReport) or ('failed', message).
    Its own connection; batches commit as they go, so a kill loses only the batch in hand."""
    try:
        library = Library(db_path)
    except LibraryError as exc:
        post(("failed", str(exc)))
        return
    try:
        before = _primary(library)
        known = library.max_doc_id()
        since = [known]

        def listed(done: int, total: int) -> None:
            post(("progress", "listing", done, total))
            fresh = library.entries_since(since[0])
            if fresh:
                since[0] = max(e.doc_id for e in fresh)
                post(("listed", fresh))

        folders = False
        shown: list[str] = []
        if isinstance(request, dict) and request.get("check"):
            checked = check(library, rescan=True, progress=listed, cancelled=cancelled)
            report = checked.rescan or ImportReport()
            report.missing = checked.missing
            report.changed = sorted(set(report.changed) | set(checked.changed))
            folders = True
        elif isinstance(request, dict) and "relink" in request:
            old, new = request["relink"]
            report = ImportReport()
            try:
                if relink(library, old, new) is None:
                    report.failed.append((new, "the document is no longer in the library"))
                else:
                    report.relinked.append(new)
            except (OSError, TextError, UnicodeError, ValueError) as exc:
                report.failed.append((new, str(exc) if isinstance(exc, RelinkError) else failure_reason(exc)))
        elif isinstance(request, dict) and "refresh" in request:  # an opened file changed on disk
            report = import_paths(library, list(request["refresh"]), progress=listed, cancelled=cancelled,
                                  listed_only=True)
        else:
            paths = list(request) if isinstance(request, list) else []
            report = import_paths(library, paths, progress=listed, cancelled=cancelled)
            shown = report.unchanged + report.duplicates  # catalogued before (the command line, another window):
            # listed too, or 'already in the library' stands over a list without them
            folders = any(Path(p).is_dir() for p in paths)
        state = _post_changes(library, before, known, report.changed + report.relinked + shown, post)
        if folders:
            post(("watch", directories(watched(library.connection))))
        if index and not cancelled():
            index_pending(library, progress=_indexing(library, post), cancelled=cancelled, reading=_reading(post),
                          handoffs=handoff.folder_of(db_path))  # rows the window prepared as it opened a file
            handoff.clear_stale(handoff.folder_of(db_path))
            _post_changes(library, state, library.max_doc_id(), [], post)  # the full pass may merge duplicates
        post(("finished", report))
    except (LibraryError, OSError) as exc:
        post(("failed", str(exc)))
    finally:
        library.close()


def main(argv: list[str]) -> int:
    db, index, stop = Path(argv[0]), argv[1] == "1", Path(argv[2])
    request = json.loads(sys.stdin.read())

    def post(message: tuple) -> None:
        sys.stdout.write(encode(message) + "\n")
        sys.stdout.flush()

    run(db, request, index, post, stop.exists)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
