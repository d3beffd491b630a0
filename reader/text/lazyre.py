"""Module-level regular expressions compiled on first use, so importing the text pipeline compiles none of them."""

from __future__ import annotations

import re
from typing import Any, cast


class LazyPattern:
    """Stands for `re.compile(pattern, flags)` and compiles it when a method or attribute is first asked for.

    Importing reader.text compiled some 500 patterns (most of its import time) of which a short article uses under
    half, and the first document opened waited for all of them. Each attribute, once fetched, is kept on the instance
    (a bound method of the compiled pattern), so later calls cost what they cost on the pattern itself. It is not an
    `re.Pattern` for isinstance or for the module functions (`re.sub(p, ...)`): call its methods."""

    def __init__(self, pattern: str | bytes, flags: int = 0) -> None:
        self.pattern = pattern  # as re.Pattern.pattern: patterns built from this one need not compile it
        self._flags = flags
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and the like probe for dunders: not the pattern's business
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str | bytes, flags: int = 0) -> re.Pattern[Any]:
    """`re.compile(pattern, flags)` deferred to its first use; typed as the pattern it is used as."""
    return cast("re.Pattern[Any]", LazyPattern(pattern, flags))
