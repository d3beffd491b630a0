"""A document's catalogue rows, prepared where its text was built, so the full pass need not build it again.

The window builds every document it opens (cleaned, outlined) on a worker; a file new to the catalogue was then
read, cleaned and outlined once more by the import process's full pass (half of that process's time per
document). The window's library writer leaves what the full pass would store (`Prepared`) in a file beside the
catalogue; the full pass takes it only when its own reading of the file gives the same decoded text (text,
encoding, kind, page metadata), which the build is a function of, so the rows are the same as a fresh build's.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.storage.entries import text_hash
from reader.text.model import Decoded, Document
from reader.text.script import SCRIPT_SAMPLE, detect_script

log = logging.getLogger(__name__)

STALE_S = 24 * 3600  # a hand-off never taken (its file changed, the catalogue was never indexed) is deleted after


@dataclass(frozen=True)
class Prepared:
    """What the full pass stores for one document, apart from its file's size and time."""

    key: str  # the decoded text's key (decoded_key): a hand-off is taken only for the same decoded text
    hash: str
    title: str
    source: str
    date: str
    script: str
    chars: int
    encoding: str
    authority: str
    number: str
    written: str
    published: str
    kind: str
    author: str
    editor: str
    header: str
    text: str
    headings: list  # (offset, depth, label)


def decoded_key(decoded: Decoded) -> str:
    """Everything of a decoded file the build reads, as one key."""
    key = hashlib.blake2b(decoded.text.encode("utf-8", "surrogatepass"), digest_size=16)
    key.update(json.dumps([decoded.encoding, decoded.kind, list(decoded.bad_positions),
                           sorted(decoded.meta.items())], ensure_ascii=True).encode("ascii"))
    return key.hexdigest()


def prepare(decoded: Decoded, document: Document) -> Prepared:
    """The full pass's rows for a built document (the one computation, wherever the document was built)."""
    from reader.storage.header import header_text
    from reader.text.official import of_document
    from reader.text.sections import heading_label

    official = of_document(decoded, document)
    text = document.text
    fields = (official.number, official.authority, official.source, document.author, document.editor)
    return Prepared(decoded_key(decoded), text_hash(decoded.text), document.title, official.source, document.date,
                    detect_script(text[:SCRIPT_SAMPLE]), len(text), decoded.encoding, official.authority,
                    official.number, official.written, official.published, official.kind, document.author,
                    document.editor, header_text(fields), text,
                    [(h.offset, h.depth, heading_label(h)) for h in document.headings])


def folder_of(db_path: Path) -> Path:
    """Where a catalogue's hand-offs wait: beside it."""
    return Path(db_path).with_name(Path(db_path).name + ".handoff")


def _file(folder: Path, path: str) -> Path:
    return folder / (hashlib.blake2b(os.fsencode(path), digest_size=16).hexdigest() + ".json")


def leave(folder: Path, path: str, prepared: Prepared) -> None:
    """Leave the rows of the document read from `path` for the full pass (written whole or not at all)."""
    from reader.atomic import write_atomically

    data = json.dumps({"path": path, **asdict(prepared)}, ensure_ascii=False)
    write_atomically(_file(folder, path), data.encode("utf-8", "surrogatepass"))


def take(folder: Path, path: str, decoded: Decoded) -> Prepared | None:
    """The rows left for `path`, if they were built from this decoded text; the hand-off is used up either way."""
    file = _file(folder, path)
    try:
        data = json.loads(file.read_bytes().decode("utf-8", "surrogatepass"))
        file.unlink()
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.info("hand-off for %s not read: %s", path, exc)
        return None
    if data.pop("path", None) != path or data.get("key") != decoded_key(decoded):
        return None  # another file's (a hash collision of names) or the file changed since the window read it
    try:
        return Prepared(**{**data, "headings": [tuple(h) for h in data["headings"]]})
    except (KeyError, TypeError):  # another version's fields
        return None


def wanted(db, path: str) -> bool:
    """Whether the document listed at `path` waits for the full pass (a hand-off for any other is never taken)."""
    from reader.storage.schema import to_db_path

    row = db.execute("SELECT d.indexed FROM locations l JOIN documents d ON d.id = l.doc_id WHERE l.path = ?",
                     (to_db_path(path),)).fetchone()
    return row is not None and row[0] == 0


def clear_stale(folder: Path, now: float | None = None) -> None:
    """Delete hand-offs older than STALE_S (their files changed, or were never indexed)."""
    now = time.time() if now is None else now
    try:
        files = list(folder.glob("*.json"))
    except OSError:
        return
    for file in files:
        try:
            if now - file.stat().st_mtime > STALE_S:
                file.unlink()
        except OSError:
            pass
