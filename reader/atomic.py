"""Files the reader owns (settings, keyword lists): written atomically, moved aside when damaged, never wiped."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_PREFIX = ".zhreader-tmp-"  # every temporary file write_atomically makes starts with this


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write a temporary file beside `path`, flush it to disk, then rename it over `path`: a kill leaves old or new."""
    payload = data.encode("utf-8") if isinstance(data, str) else data

    write_through(Path(path), lambda tmp: tmp.write_bytes(payload))


def write_through(path: Path, write: Callable[[Path], None], *, suffix: str = "", shared: bool = False) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it over `path`: a failure or a kill leaves the
    old file or the new one, never half of one, and a failure leaves no temporary file behind.

    `suffix` ends the temporary name (writers that choose a format by it); `shared` gives the result the usual
    permissions of a user's file instead of mkstemp's private 0600 (an exported document, not the reader's own).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=suffix, dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())  # on disk before the rename: a power cut leaves old or new, not an empty file
        if shared:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temps(folder: Path, prefixes: tuple[str, ...] = (TEMP_PREFIX, ".settings-"),
                       min_age: float = 60.0) -> list[Path]:
    """Temporary files left by a process killed mid-write (the old `.settings-*` ones too); returns what went.

    Files younger than `min_age` seconds are left alone: another running instance may be writing them now.
    """
    removed = []
    try:
        candidates = [p for p in Path(folder).iterdir() if p.name.startswith(prefixes)]
    except OSError:
        return removed
    for p in candidates:
        try:
            if p.is_file() and not p.is_symlink() and time.time() - p.stat().st_mtime >= min_age:
                p.unlink()
                removed.append(p)
        except OSError as exc:
            log.info("cannot remove leftover %s: %s", p, exc)
    return removed


def move_aside(path: Path, label: str = "damaged") -> Path:
    """Rename a damaged file to '<name>.<label>-<timestamp>' beside it, so the user keeps it; returns the new path."""
    target = aside_name(path, label)
    os.replace(path, target)
    return target


def aside_name(path: Path, label: str) -> Path:
    """A free name '<name>.<label>-<YYYYmmdd-HHMMSS>' beside `path`."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    return target
