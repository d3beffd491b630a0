"""The Qt user interface: the only package that imports PySide6."""

from reader.ui.compat import guard_none_refcount as _guard_none_refcount

_guard_none_refcount()  # before any widget code runs; see reader/ui/compat.py
