"""The session survives a kill: settings are written shortly after each change, atomically."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qtsupport import settle
from reader.settings import Settings
from reader.ui.session import SAVE_DELAY_MS, SessionKeeper
from support import REPO, seed

CHILD = Path(__file__).with_name("session_child.py")


def _spawn(home: Path, mode: str, *files: str) -> subprocess.Popen:
    env = dict(os.environ, ZHREADER_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    return subprocess.Popen([sys.executable, "-X", "faulthandler", str(CHILD), mode, *files], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(process: subprocess.Popen, word: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip() == word:
            return
        if not line and process.poll() is not None:
            raise AssertionError(f"child ended ({process.returncode}): {process.stderr.read()[-2000:]}")
    raise AssertionError(f"child never said {word}")


def _settings_of(home: Path) -> dict:
    (path,) = home.rglob("settings.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_killed_window_keeps_the_changes_made_a_moment_before(tmp_path):
    home = tmp_path / "home"
    child = _spawn(home, "change", str(seed("000")))
    try:
        _wait_for(child, "CHANGED")
        time.sleep(SAVE_DELAY_MS / 1000 + 1.0)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
    saved = _settings_of(home)
    assert saved["script"] == "s2t" and saved["theme"] == "dark" and saved["zoom"] == 2
    assert "监督" in saved["keywords"]
    assert saved["last_document"] == str(seed("000"))


def test_a_kill_at_any_moment_leaves_a_whole_settings_file(tmp_path):
    rng = random.Random(7)
    home = tmp_path / "home"
    child = _spawn(home, "churn", str(seed("001")))
    try:
        _wait_for(child, "CHURNING")
        for _ in range(5):
            time.sleep(rng.uniform(0.01, 0.2))
            text = next(home.rglob("settings.json")).read_text(encoding="utf-8")
            assert json.loads(text)["theme"] in ("light", "sepia", "dark")
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        child.kill()
    (settings_file,) = home.rglob("settings.json")
    assert json.loads(settings_file.read_text(encoding="utf-8"))["theme"] in ("light", "sepia", "dark")
    assert not [p for p in settings_file.parent.iterdir() if p.name.startswith(".settings-")]


def test_closing_the_window_ends_the_process_even_with_a_dialog_open(tmp_path):
    child = _spawn(tmp_path / "home", "dialog", str(seed("000")))
    try:
        _wait_for(child, "SHOWN")
        code = child.wait(15)
        assert code == 0, child.stderr.read()[-3000:]  # faulthandler's traceback, should the process crash
    finally:
        child.kill()


def test_changes_are_written_once_per_delay(qtbot, tmp_path):
    captured = []
    path = tmp_path / "settings.json"
    keeper = SessionKeeper(Settings(), path, lambda s: captured.append(s.theme))
    keeper.settings.theme = "sepia"
    for _ in range(20):
        keeper.changed()
    assert keeper.pending and not path.exists()
    qtbot.waitUntil(lambda: path.exists(), timeout=SAVE_DELAY_MS * 3)
    assert keeper.saves == 1 and captured == ["sepia"]
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == "sepia"


def test_a_failing_capture_still_saves_the_settings(qtbot, tmp_path):
    def broken(_settings):
        raise RuntimeError("a part of the window failed")

    path = tmp_path / "settings.json"
    keeper = SessionKeeper(Settings(theme="dark"), path, broken)
    assert keeper.save_now()
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == "dark"


def test_an_unwritable_settings_folder_is_reported_not_raised(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    keeper = SessionKeeper(Settings(), blocker / "settings.json", lambda s: None)
    assert keeper.save_now() is False


def test_database_errors_on_close_do_not_stop_settings_being_saved(make_window, qtbot):
    window = make_window([str(seed("000"))])
    settle(window)
    window.view.set_theme("sepia")
    window.documents.library._db.close()  # the database goes away under the window (disk gone, file locked)
    window.close()
    saved = json.loads(window.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["theme"] == "sepia" and saved["last_document"] == str(seed("000"))


@pytest.mark.parametrize("step", ["theme", "keyword", "script", "zoom"])
def test_each_change_schedules_a_save(make_window, qtbot, step):
    window = make_window([str(seed("000"))])
    settle(window)
    window.session.save_now()
    before = window.session.saves
    {"theme": lambda: window.view.set_theme("dark"), "keyword": lambda: window.keyword_panel.add_keyword("人大"),
     "script": lambda: window.script_selector.choose("s2t"), "zoom": lambda: window.view.zoom(1)}[step]()
    settle(window)
    qtbot.waitUntil(lambda: window.session.saves > before, timeout=SAVE_DELAY_MS * 4)
