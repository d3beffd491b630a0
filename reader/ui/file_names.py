"""A file's name as the window shows it: on one line, whatever characters the file system let into it."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

_BREAKS = frozenset(("Cc", "Zl", "Zp"))  # a newline, tab or line separator in a name would break the row in two


def shown_name(path: str) -> str:
    """The last part of `path`, each control character or line/paragraph separator shown as a space."""
    name = PurePath(path).name or path
    if name.isprintable():
        return name
    return "".join(" " if unicodedata.category(c) in _BREAKS else c for c in name)
