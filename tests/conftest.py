"""Test configuration: offscreen Qt, an isolated ZHREADER_HOME, and paths to real material."""

from __future__ import annotations

import os
import sys
import tempfile

import pytest

from qtsupport import sweep_frozen
from reader.ui.compat import guard_none_refcount

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12.0 drops a reference to None on every void C++ call; on Python < 3.12 a long test run would
# abort with "deallocating None" (see reader/ui/compat.py).
guard_none_refcount()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's settings or library, or another test's temporary folders."""
    made = []  # the folders this test makes (its home, tmp_path...; not a module's, made before it)
    mktemp = tmp_path_factory.mktemp

    def made_here(*args, **kwargs):
        made.append(mktemp(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(tmp_path_factory, "mktemp", made_here)
    monkeypatch.setenv("ZHREADER_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("tmp")))
    yield
    convert = sys.modules.get("reader.text.convert")  # not imported here: a test may check who imports it
    for folder in made if convert is not None else ():  # the converters built for this test's own folders (its
        convert.forget_under(folder)  # home's cache) go with them: kept, ~16 MB a window test, GBs a full run
    sweep_frozen()  # and the closed windows the reader's gc.freeze kept from the collector (~0.3 MB each)
