"""Test configuration: offscreen Qt, an isolated ZHREADER_HOME, and paths to real material."""

from __future__ import annotations

import os
import tempfile

import pytest

from reader.ui.compat import guard_none_refcount

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12.0 drops a reference to None on every void C++ call; on Python < 3.12 a long test run would
# abort with "deallocating None" (see reader/ui/compat.py).
guard_none_refcount()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's settings or library, or another test's temporary folders."""
    monkeypatch.setenv("ZHREADER_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("tmp")))
