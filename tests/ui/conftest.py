"""Fixtures for driving the real window (offscreen, isolated ZHREADER_HOME from the top-level conftest)."""

from __future__ import annotations

import pytest

from reader.app import create_app
from qtsupport import settle


@pytest.fixture
def make_window(qtbot):
    """Build a window the way the app does, its jobs on the real thread pool; it returns once the first document is shown and the window is idle."""

    def make(argv: list[str] | None = None, size: tuple[int, int] = (1100, 760)):
        _app, window = create_app(argv or [])
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        settle(window)
        return window

    return make
