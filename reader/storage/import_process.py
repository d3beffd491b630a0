"""An import run as its own process (the window starts it with QProcess): paths as JSON on standard input,
one JSON message per line on standard output, ASCII only so any locale reads it. Cancelled when the stop file
exists (checked between batches).

    python -m reader.storage.import_process DB INDEX(0|1) STOP_FILE < paths.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from reader.storage.importer import ImportReport, run_import
from reader.storage.library import Entry


def encode(message: tuple) -> str:
    """('progress', phase, done, total) | ('listed', [Entry]) | ('finished', ImportReport) | ('failed', text)."""
    kind = message[0]
    if kind == "listed":
        payload: object = [dataclasses.asdict(e) for e in message[1]]
    elif kind == "finished":
        payload = dataclasses.asdict(message[1])
    elif kind == "progress":
        payload = list(message[1:])
    else:
        payload = message[1]
    return json.dumps({kind: payload}, ensure_ascii=True)


def decode(line: str) -> tuple:
    """The inverse of encode."""
    ((kind, payload),) = json.loads(line).items()
    if kind == "listed":
        return kind, [Entry(**e) for e in payload]
    if kind == "finished":
        payload["failed"] = [tuple(f) for f in payload["failed"]]
        return kind, ImportReport(**payload)
    if kind == "progress":
        return (kind, *payload)
    return kind, payload


def main(argv: list[str]) -> int:
    db, index, stop = Path(argv[0]), argv[1] == "1", Path(argv[2])
    paths = json.loads(sys.stdin.read())

    def post(message: tuple) -> None:
        sys.stdout.write(encode(message) + "\n")
        sys.stdout.flush()

    run_import(db, paths, index, post, stop.exists)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
