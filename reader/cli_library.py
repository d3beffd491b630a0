"""`zhreader library …`: the window's catalogue from the command line (add, list, search, remove, check); no Qt."""

from __future__ import annotations

import argparse
import sys
from operator import attrgetter
from datetime import datetime
from pathlib import Path

from reader.file_names import json_text, readable, shown_name

SORT_KEYS = {"added": "added", "title": "title", "date": "date", "kind": "kind", "authority": "authority",
             "number": "number", "written": "written", "opened": "opened", "script": "script"}


class LibraryCliError(ValueError):
    """A problem to report in one line (the CLI's main reports ValueError as one line, exit status 1)."""


def _open():
    from reader.paths import Paths
    from reader.storage.library import Library, LibraryError

    try:
        library = Library(Paths.default().library_file)
    except LibraryError as exc:
        raise LibraryCliError(str(exc)) from None
    if library.message:
        sys.stderr.write(f"zhreader library: {library.message}\n")
    if library.salvaged:
        from reader.storage.importer import index_pending

        index_pending(library)
    return library


def _dump(obj: object) -> None:
    sys.stdout.write(json_text(obj) + "\n")


def _progress(label: str):
    """A progress line on a terminal; nothing when stderr is a file or pipe."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        sys.stderr.write(f"\r{label} {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
    return report


def _entry_dict(entry) -> dict:
    """`path` is the file system's name (a name that is not UTF-8 escaped losslessly, see json_text); `shown_path`
    is how the window shows it (GB18030 read). `date` is the date the window's list shows and sorts by, as yyyy-mm-dd
    ('' when none): it was the page's own words ('2024年7月9日 10:20'), and '' for a notice dated by its
    成文日期, which a script had to parse; those words stay in `date_as_written`."""
    from reader.documents import date_key

    return {"id": entry.doc_id, "title": entry.title, "path": entry.path, "shown_path": readable(entry.path),
            "missing": entry.missing, "script": entry.script, "chars": entry.chars, "encoding": entry.encoding,
            "date": date_key(entry), "date_as_written": entry.date, "source": entry.source,
            "authority": entry.authority, "number": entry.number, "written": entry.written,
            "published": entry.published, "kind": entry.kind,
            "opened": datetime.fromtimestamp(entry.opened).isoformat(timespec="seconds") if entry.opened else ""}


def _title_order(entry) -> tuple:
    """The row's title in 拼音 order, as the window's list sorts it (code points put 关 before 安 before 某)."""
    from reader.text.collation import title_key

    return title_key(entry.title or shown_name(entry.path))  # an untitled row by its file name, as the window shows it


def cmd_add(args: argparse.Namespace) -> None:
    from reader.storage.importer import import_paths, index_pending

    library = _open()
    report = import_paths(library, args.paths, progress=_progress("listed"))
    indexed = 0 if args.no_index else index_pending(library, progress=_progress("indexed"))
    summary = {"added": report.added, "duplicates": report.duplicates, "relinked": report.relinked,
               "changed": report.changed, "unchanged": len(report.unchanged), "indexed": indexed,
               "failed": [{"path": p, "shown_path": readable(p), "reason": r} for p, r in report.failed]}
    if args.json:
        _dump(summary)
    else:
        sys.stdout.write(f"added {len(report.added)}, duplicates {len(report.duplicates)}, relinked "
                         f"{len(report.relinked)}, changed {len(report.changed)}, unchanged {len(report.unchanged)}, "
                         f"indexed {indexed}\n")
        for path, reason in report.failed:
            reason = reason.removeprefix(f"{Path(path).name}: ")  # a decoding error names the file itself
            sys.stdout.write(f"not added: {readable(path)}: {reason}\n")
    if report.failed and not (report.added or report.duplicates or report.relinked or report.changed
                              or report.unchanged):
        raise LibraryCliError("no readable document among the paths given")


def cmd_list(args: argparse.Namespace) -> None:
    from reader.documents import date_key, listed_date
    from reader.text.hosts import shown_source
    from reader.text.collation import number_key, title_key

    library = _open()
    entries = library.entries()
    as_window = {"date": date_key, "number": lambda e: number_key(e.number), "title": _title_order,
                 "authority": lambda e: title_key(e.authority) if e.authority else ()}
    value = as_window.get(args.sort) or attrgetter(SORT_KEYS[args.sort])  # the window's order: 3号 before 12号, 拼音
    reverse = (args.sort == "opened") != args.reverse  # recently read: newest first
    entries.sort(key=value, reverse=reverse)
    entries.sort(key=lambda e: not value(e))  # documents without the value last, either way
    if args.missing:
        entries = [e for e in entries if e.missing]
    if args.json:
        _dump([_entry_dict(e) for e in entries])
        return
    for e in entries:
        who = e.authority or shown_source(e.source)  # as the window's row: the issuer, else where it was taken from
        meta = " ".join(x for x in (e.number, who, listed_date(e), e.kind) if x)  # the window's row date
        flag = " [missing]" if e.missing else ""
        sys.stdout.write(f"{e.doc_id}\t{e.title or shown_name(e.path)}\t{meta}\t{readable(e.path)}{flag}\n")


def cmd_search(args: argparse.Namespace) -> None:
    from reader.storage.importer import index_pending
    from reader.storage.search import search

    library = _open()
    if library.connection.execute("SELECT 1 FROM documents WHERE indexed = 0 LIMIT 1").fetchone():
        index_pending(library, progress=_progress("indexing"))  # catch up on what the window left pending
    hits = search(library.connection, " ".join(args.query), limit=args.n)
    if args.json:
        _dump([{**h.as_dict(), "shown_path": readable(h.path)} for h in hits])
        return
    for h in hits:
        where = f" · {h.section}" if h.section else ""
        snippet = f"{h.field}: {h.snippet}" if h.field else h.snippet  # found in its header: which field
        if h.found:  # words found in different places: each with its place, after the text's snippet if any
            found = " · ".join(f"{place}: {word}" for place, word in h.found)
            snippet = f"{h.snippet}\n\t{found}" if h.offset >= 0 else found
        sys.stdout.write(f"{h.doc_id}\t{h.title}{where}\n\t{snippet}\n\t{readable(h.path)}\n")


def cmd_remove(args: argparse.Namespace) -> None:
    library = _open()
    for doc_id in args.ids:
        entry = library.get_document(doc_id)
        if entry is None:
            raise LibraryCliError(f"no document with id {doc_id} (see zhreader library list)")
        files = "the files are" if len(library.locations(doc_id)) > 1 else "the file is"  # each copy's location went
        library.remove_document(doc_id)
        sys.stdout.write(f"removed {doc_id}\t{entry.title or readable(entry.path)} ({files} untouched)\n")


def cmd_check(args: argparse.Namespace) -> None:
    from reader.storage.importer import check, index_pending

    library = _open()
    report = check(library, rescan=not args.no_rescan, progress=_progress("checked"))
    index_pending(library)
    relinked = report.rescan.relinked if report.rescan else []
    if args.json:
        _dump({"missing": report.missing, "changed": report.changed, "found": report.found, "relinked": relinked})
        return
    for label, paths in (("missing", report.missing), ("changed", report.changed), ("found", report.found),
                         ("relinked", relinked)):
        for path in paths:
            sys.stdout.write(f"{label}\t{readable(path)}\n")
    if not (report.missing or report.changed or report.found or relinked):
        sys.stdout.write("all documents are where they were\n")


def _need_action(args: argparse.Namespace) -> None:
    raise LibraryCliError("choose an action: add, list, search, remove or check (see zhreader library --help)")


def add_parser(sub, parser_class) -> None:
    """Register `library` and its subcommands on the main CLI's subparsers."""
    lib = sub.add_parser("library", help="the document library shared with the window",
                         description="the document library shared with the window (in the data folder)")
    commands = lib.add_subparsers(dest="library_command", metavar="ACTION", parser_class=parser_class)
    lib.set_defaults(func=_need_action)

    p = commands.add_parser("add", help="add files and folders (recursive)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--no-index", action="store_true", help="list only; the text index is built later")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)
    p = commands.add_parser("list", help="the documents, one per line (id, title, metadata, path)")
    p.add_argument("--sort", choices=sorted(SORT_KEYS), default="added")
    p.add_argument("--reverse", action="store_true")
    p.add_argument("--missing", action="store_true", help="only documents whose file is missing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = commands.add_parser("search", help="search every document in either script; 文号:… 机关:… 种类:… filter")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("-n", type=int, default=50, help="at most this many results (default 50)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)
    p = commands.add_parser("remove", help="forget documents by id; no file is deleted")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.set_defaults(func=cmd_remove)
    p = commands.add_parser("check", help="report missing and changed files; re-read changed ones")
    p.add_argument("--no-rescan", action="store_true", help="do not look for moved files in the added folders")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)
