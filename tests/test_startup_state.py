"""The window starts on every damaged state, and is handed what was moved aside to tell the user (issue 12)."""

from __future__ import annotations

import json

import pytest

from qtsupport import settle
from reader.app import create_app
from reader.paths import Paths


@pytest.mark.parametrize("raw", [
    json.dumps({"font_size": 1e308}),
    '{"font_size": NaN, "zoom": 99999999}',
    '{"font_size": Infinity}',
    json.dumps({"window_geometry": "ÄÖü" * 10, "window_state": "%%%", "splitter_state": "\u4e2d"}),
    '{"keywords": ' + "[" * 50_000 + "]" * 50_000 + "}",
    "\ufeff" + json.dumps({"zoom": 3, "last_document": "/no/such/file.txt", "last_position": -1}),  # no theme: the
    # palette is application-wide and would leak into later tests
])
def test_the_window_starts_on_damaged_settings(qtbot, raw):
    Paths.default().ensure().settings_file.write_text(raw, encoding="utf-8")
    _app, window = create_app([])
    qtbot.addWidget(window)
    window.show()
    settle(window)
    window.close()


def test_startup_notices_reach_the_window_once(qtbot, monkeypatch):
    from reader.ui.main_window import MainWindow

    told: list[list[str]] = []
    monkeypatch.setattr(MainWindow, "show_startup_notices", lambda self, notices: told.append(notices), raising=False)
    Paths.default().ensure().settings_file.write_bytes(b"[window]\ntheme=dark\n")
    _app, window = create_app([])
    qtbot.addWidget(window)
    assert len(told) == 1 and len(told[0]) == 1 and "settings.json.damaged-" in told[0][0]
    window.close()
    _app, again = create_app([])
    qtbot.addWidget(again)
    assert len(told) == 1
    again.close()


def test_an_unusable_home_folder_does_not_stop_the_window(qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "home"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ZHREADER_HOME", str(blocker))
    _app, window = create_app([])
    qtbot.addWidget(window)
    window.close()


def test_settings_the_window_cannot_start_with_are_kept_aside_and_defaults_used(qtbot, monkeypatch):
    from reader.ui.main_window import MainWindow

    real_init = MainWindow.__init__

    def init(self, paths, settings, files, jobs=None):
        if settings.theme == "sepia":
            raise OverflowError("a value no check foresaw")
        real_init(self, paths, settings, files, jobs)

    monkeypatch.setattr(MainWindow, "__init__", init)
    settings_file = Paths.default().ensure().settings_file
    settings_file.write_text('{"theme": "sepia"}', encoding="utf-8")
    _app, window = create_app([])
    qtbot.addWidget(window)
    assert window.settings.theme == "system"
    (kept,) = settings_file.parent.glob("settings.json.failed-*")
    assert kept.read_text(encoding="utf-8") == '{"theme": "sepia"}'
    window.close()
