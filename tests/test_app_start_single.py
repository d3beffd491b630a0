"""One window per library: a second `zhreader FILE` opens FILE in the running window and exits 0, a crashed window's
lock is taken over, and a holder that never answers costs one line on stderr, not the start."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from support import REPO, seed

LISTENING = "later starts on this library open their files in this window"  # logged once its loop runs

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="signals and process checks as on Unix")


@pytest.fixture(autouse=True)
def _socket_folder(monkeypatch):
    """The windows' sockets (in the temporary folder) in one of the test's own, short (a socket path is ~100 bytes
    at most), gone afterwards with those a killed window leaves."""
    folder = tempfile.mkdtemp(prefix="zhs", dir="/tmp")
    monkeypatch.setenv("TMPDIR", folder)
    yield
    shutil.rmtree(folder, ignore_errors=True)


def _env(home: Path) -> dict[str, str]:
    return dict(os.environ, ZHREADER_HOME=str(home), QT_QPA_PLATFORM="offscreen",
                PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))


def _start(home: Path, log: Path, *files: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-X", "faulthandler", "-m", "reader", *files], env=_env(home),
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=log.open("w", encoding="utf-8"))


def _wait(condition, what: str, process: subprocess.Popen | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the window ended ({process.returncode}) before {what}")
        time.sleep(0.1)
    raise AssertionError(f"never {what}")


def _listening(log: Path) -> bool:
    return LISTENING in log.read_text(encoding="utf-8", errors="replace")


def _last_document(home: Path) -> str:
    try:
        return json.loads((home / "config" / "settings.json").read_text(encoding="utf-8")).get("last_document", "")
    except (OSError, ValueError):
        return ""


def _stop(*processes: subprocess.Popen) -> None:
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(30)


def _document(tmp_path: Path) -> Path:
    doc = tmp_path / "work" / "第二次打开.txt"
    doc.parent.mkdir()
    shutil.copy(seed("001"), doc)
    return doc


def _second_start(home: Path, doc: Path) -> subprocess.CompletedProcess:
    """Started from the file's folder with a relative name: the running window gets the absolute path."""
    return subprocess.run([sys.executable, "-m", "reader", doc.name], env=_env(home), cwd=doc.parent,
                          capture_output=True, text=True, timeout=60)


def test_a_second_start_opens_its_file_in_the_running_window_and_exits(tmp_path):
    home, log, doc = tmp_path / "home", tmp_path / "first.log", _document(tmp_path)
    first = _start(home, log)
    try:
        _wait(lambda: _listening(log), "listened for later starts", first)
        second = _second_start(home, doc)
        assert second.returncode == 0, second.stderr
        assert "Traceback" not in second.stderr and LISTENING not in second.stderr  # no window of its own
        _wait(lambda: _last_document(home) == str(doc.resolve()), "showed the file handed over", first)
        assert first.poll() is None
    finally:
        _stop(first)
    assert "handed over 1 file" in log.read_text(encoding="utf-8")


def test_a_crashed_windows_lock_is_taken_over(tmp_path):
    home, doc = tmp_path / "home", _document(tmp_path)
    crashed_log, log = tmp_path / "crashed.log", tmp_path / "next.log"
    crashed = _start(home, crashed_log)
    try:
        _wait(lambda: _listening(crashed_log), "listened for later starts", crashed)
    finally:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait(30)
    lock = home / "data" / "zhreader.lock"
    assert lock.read_text(encoding="utf-8").split("\n")[0] == str(crashed.pid)  # left behind
    following = _start(home, log)
    try:
        _wait(lambda: _listening(log), "took the lock over", following)
        assert lock.read_text(encoding="utf-8").split("\n")[0] == str(following.pid)
        second = _second_start(home, doc)
        assert second.returncode == 0, second.stderr
        _wait(lambda: _last_document(home) == str(doc.resolve()), "showed the file handed over", following)
    finally:
        _stop(following)


_HOLDER = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("HELD", flush=True)
time.sleep(300)
"""


def test_a_holder_that_never_answers_costs_one_line_not_the_start(tmp_path):
    home, log, doc = tmp_path / "home", tmp_path / "start.log", _document(tmp_path)
    (home / "data").mkdir(parents=True)
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(home / "data" / "zhreader.lock")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "HELD"
        start = _start(home, log, str(doc))
        try:
            _wait(lambda: _last_document(home) == str(doc.resolve()), "opened a window of its own", start)
            said = [line for line in log.read_text(encoding="utf-8").splitlines() if line.startswith("zhreader:")]
            assert len(said) == 1 and "did not answer" in said[0]
        finally:
            _stop(start)
    finally:
        _stop(holder)


def test_two_starts_at_once_leave_one_window_showing_the_file(tmp_path):
    home, doc = tmp_path / "home", _document(tmp_path)
    plain, given = _start(home, tmp_path / "plain.log"), _start(home, tmp_path / "given.log", str(doc))
    try:
        _wait(lambda: (plain.poll() is None) != (given.poll() is None), "ended one of the two starts")
        assert 0 in (plain.returncode, given.returncode)
        _wait(lambda: _last_document(home) == str(doc.resolve()), "showed the file given")
        assert (plain.poll() is None) != (given.poll() is None)
    finally:
        _stop(plain, given)
