"""Test configuration: offscreen Qt, an isolated ZHREADER_HOME, and paths to real material."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's settings or library."""
    monkeypatch.setenv("ZHREADER_HOME", str(tmp_path_factory.mktemp("home")))
