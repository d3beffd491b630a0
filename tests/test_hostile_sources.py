"""Sources that never end, names that are not UTF-8 and a C locale: bounded, handled, never a hang (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from support import REPO, seed

from reader import documents
from reader.text.decode import read_bounded, read_file
from reader.text.model import FileTooLargeError, TextError

GBK_NAME = "监督报告.txt".encode("gbk")  # what an archive made on Chinese Windows unpacks to
BODY = "第一章 总则\n监督工作。\n".encode("utf-8")


def _zhreader(*args: str, env: dict | None = None, stdin=None, timeout: float = 60) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=REPO, env=full_env, stdin=stdin,
                          capture_output=True, timeout=timeout)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_before_it_is_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(TextError, match="not a regular file"):
        read_file(fifo)  # open() would block here until a writer came
    result = _zhreader("info", str(fifo), timeout=30)
    assert result.returncode == 1 and b"not a regular file" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a Unix device")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused(device):
    with pytest.raises(TextError, match="device"):
        read_file(device)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a Unix device")
def test_standard_input_that_never_ends_stops_at_the_cap():
    with open("/dev/zero", "rb") as zero:
        result = _zhreader("info", "-", stdin=zero, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count(b"\n") == 1 and b"MB" in result.stderr


def test_read_bounded_reads_at_most_one_byte_past_the_cap():
    class Endless:
        served = 0

        def read(self, n: int) -> bytes:
            self.served += n
            return b"a" * n

    stream = Endless()
    with pytest.raises(FileTooLargeError):
        read_bounded(stream, "endless", limit=1000)
    assert stream.served == 1001
    assert read_bounded(iter_stream(b"abc"), "short", limit=3) == b"abc"


def iter_stream(data: bytes):
    import io

    return io.BytesIO(data)


@pytest.mark.skipif(sys.platform == "win32", reason="byte file names are a POSIX matter")
def test_a_gbk_named_file_opens_from_the_command_line(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), GBK_NAME)
    with open(path, "wb") as f:
        f.write(BODY)
    result = subprocess.run([sys.executable, "-m", "reader", "outline", path], cwd=REPO, capture_output=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "第一章 总则" in result.stdout.decode("utf-8")
    loaded = documents.load(path)  # bytes, as os.listdir(bytes) gives them
    assert "监督工作" in loaded.document.text
    assert documents.load(os.fsdecode(path)).document.text == loaded.document.text


@pytest.mark.skipif(sys.platform == "win32", reason="byte file names are a POSIX matter")
def test_a_gbk_named_file_in_a_folder_does_not_stop_the_files_after_it(tmp_path):
    folder = os.fsencode(tmp_path / "archive")
    os.mkdir(folder)
    for name in (b"a.txt", GBK_NAME, b"z.txt"):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(BODY)
    entries = documents.load_folder(folder)
    assert len(entries) == 3
    assert sorted(os.path.basename(os.fsencode(e.path)) for e in entries) == sorted([b"a.txt", GBK_NAME, b"z.txt"])
    assert len(documents.load_folder(os.fsdecode(folder))) == 3


def test_one_file_that_breaks_the_engine_does_not_drop_the_rest(tmp_path, monkeypatch):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_bytes(BODY)
    real_load = documents.load

    def load(path, encoding=None):
        if path.endswith("b.txt"):
            raise RecursionError("a bug on one odd file")
        return real_load(path, encoding)

    monkeypatch.setattr(documents, "load", load)
    assert [os.path.basename(e.path) for e in documents.load_folder(str(tmp_path))] == ["a.txt", "c.txt"]


def test_find_in_a_c_locale_finds_what_a_utf8_locale_finds():
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    path = str(seed("000"))
    result = _zhreader("find", path, "监督", env=env)
    assert result.returncode == 0, result.stderr
    word, count, _ = result.stdout.decode("utf-8").split("\t")
    assert (word, count) == ("监督", "24")
    cleaned = _zhreader("clean", path, env=env)
    assert cleaned.returncode == 0 and "监督" in cleaned.stdout.decode("utf-8")
