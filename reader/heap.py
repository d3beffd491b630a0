"""The collector and a reader's heap: a long document's objects live until the next one is opened.

A full collection walks every tracked object, and at 5 M characters (about 200,000 paragraphs, headings, outline
rows and conversions) that takes 80–180 ms on whichever thread triggers it; a worker's collection holds the
interpreter lock and so blocks the window just the same. Objects still alive once a document is shown are moved out
of the collector's reach (`gc.freeze`): most of them are acyclic and are freed by reference counting when the next
document replaces them, so nothing is lost but the rare cycle made before the freeze.

While a document is being built on a worker (`building`) no full collection starts at all: a 30 MB text made two
or three of them over half a million young objects that were all meant to live, each 0.3–0.5 s of the window
waiting for the lock on a loaded machine, and the window's own next full one walked them all again. The younger
generations are still collected, so short-lived cycles go; a build that ends well is frozen at once.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_FULL_AFTER = 100  # second-generation collections before a full one is considered (Python's default: 10)
_HELD_FULL_AFTER = 1 << 30  # while building: never reached, so no full collection starts on its own

_lock = threading.Lock()
_builds = 0  # documents being built now (two workers may build at once)
_saved: list[int] = []  # the full-collection threshold in force before the builds running now began


def configure() -> None:
    """Fewer full collections while a document is being built: its objects are meant to live."""
    first, second, _ = gc.get_threshold()
    gc.set_threshold(first, second, _FULL_AFTER)


def settle() -> None:
    """What is alive now (a document just shown, its outline, a conversion) is kept out of later collections."""
    gc.freeze()


@contextmanager
def building() -> Iterator[None]:
    """No full collection while a document is built, and what it made kept out of later ones once it is made (its
    objects live on, and the window's next turns must not walk them); the threshold is put back when the last build
    running ends, however it ends (a failed build's objects are left to the collector: a traceback makes cycles)."""
    global _builds
    with _lock:
        if _builds == 0:
            first, second, full = gc.get_threshold()
            _saved.append(full)
            gc.set_threshold(first, second, _HELD_FULL_AFTER)
        _builds += 1
    built = False
    try:
        yield
        built = True
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0:
                if built:
                    gc.freeze()
                first, second, _ = gc.get_threshold()
                gc.set_threshold(first, second, _saved.pop())
