"""Headless subcommands over the text engine; never imports Qt."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from reader import __version__
from reader.file_names import json_text, readable
from reader.text.model import Decoded, Document, TextError

SUBCOMMANDS = ("info", "clean", "outline", "convert", "keywords", "find", "library")

log = logging.getLogger("reader.cli")


class CliError(Exception):
    """A problem to report in one line with a non-zero exit."""


class UsageError(Exception):
    """A malformed command line, reported in one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line instead of printing usage and exiting."""

    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _decode(name: str) -> Decoded:
    """FILE, or standard input for '-', decoded; file-system errors become one-line messages."""
    from reader.text.decode import decode_bytes, read_bounded, read_file

    if name == "-":
        return decode_bytes(read_bounded(sys.stdin.buffer, "<stdin>"), name="<stdin>")
    path, shown = Path(name), readable(name)  # a GBK name as GB18030 reads it, as the window and the JSON show it
    if path.is_dir():
        raise CliError(f"{shown}: is a folder, not a file")
    try:
        return read_file(path)
    except TextError as exc:  # the pure layer names the file by its raw name
        message = str(exc)
        raise CliError(readable(path.name) + message.removeprefix(path.name) if message.startswith(path.name)
                       else message) from None
    except FileNotFoundError:
        raise CliError(f"{shown}: no such file") from None
    except PermissionError:
        raise CliError(f"{shown}: permission denied") from None
    except OSError as exc:
        raise CliError(f"{shown}: cannot read ({exc.strerror or exc})") from None


def _load(name: str) -> Document:
    from reader.text.document import build_document

    return build_document(_decode(name))


def _dump(obj: object) -> None:
    sys.stdout.write(json_text(obj) + "\n")


def cmd_info(args: argparse.Namespace) -> None:
    from reader.text.document import build_document
    from reader.text.official import of_document
    from reader.text.script import detect_script

    from reader.documents import listed_date, make_entry, shown_metadata

    decoded = _decode(args.file)
    doc = build_document(decoded)
    script = detect_script(doc.text)
    entry = make_entry(str(args.file), decoded, doc, script)
    counts = doc.cleaning_counts  # as the status bar and What Cleaning Did: a line moved to the header is not removed
    info = {
        "encoding": doc.encoding,
        "script": script,
        "title": doc.title,
        "source": doc.source,
        "date": doc.date,
        "author": doc.author,
        "editor": doc.editor,
        "chars": len(doc.text),
        "headings": len(doc.headings),
        "removed": counts.removed,
        "moved_to_header": counts.moved,
        "garbled": counts.garbled,
        "official": of_document(decoded, doc).as_dict(),  # 发文机关, 文号, 成文日期, 发布日期, 来源, 文种
        # the dates the reading pane shows and the list sorts by ('adopted', 'amended' for an amended law)
        "shown": dict(shown_metadata(doc, entry)),
        "listed": listed_date(entry),
    }
    if args.json:
        _dump(info)
    else:
        for key, value in info.items():
            sys.stdout.write(f"{key}: {value}\n")


def cmd_clean(args: argparse.Namespace) -> None:
    doc = _load(args.file)
    if not args.json:
        sys.stdout.write(doc.text + "\n")
        return
    _dump({
        "title": doc.title,
        "encoding": doc.encoding,
        "source": doc.source,
        "date": doc.date,
        "author": doc.author,
        "editor": doc.editor,
        "paragraphs": [p.text for p in doc.paragraphs],
        "removed": [{"reason": r.reason, "line": r.line, "text": r.text} for r in doc.removed],
        "garbled": [{"start": g.start, "end": g.end, "text": g.text} for g in doc.garbled],
    })


def cmd_outline(args: argparse.Namespace) -> None:
    doc = _load(args.file)
    if args.explain:
        from reader.text.explain import explain_outline

        sys.stdout.write("".join(line + "\n" for line in explain_outline(doc.paragraphs, doc.title, doc.kind)))
        return
    if args.json:
        _dump({
            "title": doc.title,
            "headings": [
                {"depth": h.depth, "marker": h.marker, "title": h.title, "line": h.line, "offset": h.offset}
                for h in doc.headings
            ],
        })
        return
    if doc.title:
        sys.stdout.write(doc.title + "\n")
    from reader.text.sections import heading_label

    for h in doc.headings:
        sys.stdout.write(f"{'  ' * h.depth}{heading_label(h)}\n")


def cmd_convert(args: argparse.Namespace) -> None:
    from reader.text.convert import CONFIGS, get_converter

    if args.config not in CONFIGS:
        raise CliError(f"unknown configuration {args.config!r}; choose one of {', '.join(CONFIGS)}")
    from reader.paths import Paths

    converter = get_converter(args.config, Paths.default().cache_dir)
    text = _decode(args.file).text if args.raw else _load(args.file).text
    sys.stdout.write(converter.convert(text))
    if not text.endswith("\n"):
        sys.stdout.write("\n")


def cmd_keywords(args: argparse.Namespace) -> None:
    from reader.paths import Paths
    from reader.text.keywords import auto_keywords

    if args.n < 1:
        raise CliError("-n must be at least 1")
    doc = _load(args.file)
    words = auto_keywords(doc.text, n=args.n, cache_dir=Paths.default().cache_dir)
    if args.json:
        _dump(words)
    else:
        sys.stdout.write("\n".join(words) + ("\n" if words else ""))


def cmd_find(args: argparse.Namespace) -> None:
    from reader.text.keywords import find_all

    doc = _load(args.file)
    words = [_argument_text(w) for w in args.words]
    found = find_all(doc.text, words)
    result = {w: [list(span) for span in found.get(w, [])] for w in words}
    if args.json:
        _dump(result)
    else:
        for word, spans in result.items():
            sys.stdout.write(f"{word}\t{len(spans)}\t{' '.join(f'{s}-{e}' for s, e in spans)}\n")


def _argument_text(arg: str) -> str:
    """A word typed as UTF-8 in a C locale arrives as escaped bytes (surrogates): read them as the UTF-8 they are."""
    try:
        return os.fsencode(arg).decode("utf-8") if any("\udc80" <= c <= "\udcff" for c in arg) else arg
    except UnicodeError:
        return arg


def _utf8_output() -> None:
    """In a C/POSIX locale stdout is ASCII: write UTF-8 instead of failing on the first Chinese character; a character
    the output's encoding lacks (𠮷 on a GBK console, a name's undecodable byte) is escaped, never a crash."""
    for stream in (sys.stdout, sys.stderr):
        if not hasattr(stream, "reconfigure"):
            continue
        try:
            "中".encode(stream.encoding or "ascii")
        except (LookupError, UnicodeError):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
        else:
            if stream.errors == "strict":
                stream.reconfigure(errors="backslashreplace")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="zhreader",
        description="A reader for Chinese documents. With no subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"zhreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = add("info", cmd_info, "encoding, script, title, metadata and counts of a document")
    p.add_argument("file", metavar="FILE", help="a file, or - for standard input")
    p.add_argument("--json", action="store_true")
    p = add("clean", cmd_clean, "the cleaned text (with --json: title, metadata, paragraphs, removed items)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = add("outline", cmd_outline, "the outline of numbered and standalone headings")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--explain", action="store_true", help="each numbering family: headings kept, and why others were not")
    p = add("convert", cmd_convert, "the cleaned text converted between scripts")
    p.add_argument("--config", required=True, metavar="CFG", help="s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, t2tw, t2hk, s2hkp, hk2sp")
    p.add_argument("--raw", action="store_true", help="convert the input as it is, line for line, without cleaning")
    p.add_argument("file", metavar="FILE")
    p = add("keywords", cmd_keywords, "automatic keywords (jieba TF-IDF)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-n", type=int, default=20, help="how many (default 20)")
    p.add_argument("--json", action="store_true")
    p = add("find", cmd_find, "spans of words in the cleaned text, in either script")
    p.add_argument("file", metavar="FILE")
    p.add_argument("words", nargs="+", metavar="WORD")
    p.add_argument("--json", action="store_true")
    from reader.cli_library import add_parser as add_library

    add_library(sub, _Parser)
    return parser


def main(argv: list[str]) -> int:
    """Run a subcommand; errors become one line on stderr and exit status 1 (2 for usage)."""
    logging.basicConfig(level=logging.WARNING, format="zhreader: %(message)s")
    _utf8_output()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    except SystemExit as exc:  # --help and --version print and stop
        return exc.code if isinstance(exc.code, int) else 0
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        args.func(args)
    except (CliError, TextError, ValueError) as exc:
        sys.stderr.write(f"zhreader {args.command}: {exc}\n")
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI promises one line, never a traceback
        if os.environ.get("ZHREADER_DEBUG"):
            raise
        sys.stderr.write(f"zhreader {args.command}: unexpected error: {exc!r} (set ZHREADER_DEBUG=1 for details)\n")
        return 1
    return 0
