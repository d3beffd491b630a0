"""Work around PySide6 6.12 on Python 3.11 dropping references to None, True and False.

With that build, every void method call (`QTextCursor.setPosition()`, `QWidget.resize()`, ...) returns None
without taking a reference, and every bool argument delivered to a Python slot (`toggled(bool)`,
`clicked(bool)`) drops one from True or False; after a few thousand such calls CPython aborts with
'deallocating None' (or True/False). Python 3.12+ makes these objects immortal, which is why the bug is
invisible there. We detect the leaks with small probes and, only when present, give the three objects a
reference count they cannot exhaust (what 3.12 does by design).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_PINNED = 1 << 40


def _pin(obj: object) -> None:
    refcount = ctypes.c_ssize_t.from_address(id(obj))
    if refcount.value < _PINNED:
        refcount.value += _PINNED


def _leaks_none() -> bool:
    from PySide6.QtCore import QPoint

    probe = QPoint()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setX(1)
    return sys.getrefcount(None) < before


def _leaks_bools() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal(bool)

    probe = _Probe()
    seen: list[bool] = []
    probe.fired.connect(lambda value: seen.append(value))
    seen.clear()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit(True)
    seen.clear()
    return sys.getrefcount(True) < before


def guard_none_refcount() -> bool:
    """Make None, True and False effectively immortal if this PySide6 build leaks them; True when applied."""
    if sys.version_info >= (3, 12):
        return False
    applied = False
    if _leaks_none():
        _pin(None)
        applied = True
    if _leaks_bools():
        _pin(True)
        _pin(False)
        applied = True
    if applied:
        log.debug("PySide6 leaks references to None/True/False on this Python; pinned their reference counts")
    return applied
