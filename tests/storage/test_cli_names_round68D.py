"""Session 68D: the CLI's text output (not only its JSON) names a file called in GBK bytes as GB18030 reads it, as
the window shows it; before, `find`/`info`/`outline` named it in escapes ('\\udcb6\\udcfe…Ժ.txt: not a text file')
and `library list` wrote its raw bytes, or stopped with 'surrogates not allowed' when stdout was strict UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAME = "公文样本_国务院.txt"
TEXT = "关于加强监督的意见\n\n一、总体要求\n推进依法行政。\n"


def _gbk(folder: Path, name: str) -> str:
    """A path whose last part is `name` in GBK bytes, as a Chinese Windows archive unpacks it."""
    return os.fsdecode(os.fsencode(str(folder)) + b"/" + name.encode("gb18030"))


def _run(home: Path, io: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, ZHREADER_HOME=str(home), PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8", PYTHONIOENCODING=io)
    return subprocess.run([sys.executable, "-m", "reader", *args], env=env, capture_output=True, timeout=120)


@pytest.mark.parametrize("io", ["ascii", "utf-8"])
@pytest.mark.parametrize("command", [["info"], ["outline"], ["find", "监督"]])
def test_a_gbk_named_file_that_cannot_be_read_is_named_as_it_reads(tmp_path, io, command):
    binary, folder = _gbk(tmp_path, "二进制_国务院.txt"), _gbk(tmp_path, "目录_国务院.txt")
    Path(binary).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    os.mkdir(folder)
    for path, shown in ((binary, "二进制_国务院.txt: not a text file"),
                        (folder, f"{tmp_path}/目录_国务院.txt: is a folder"),
                        (_gbk(tmp_path, "缺_国务院.txt"), f"{tmp_path}/缺_国务院.txt: no such file")):
        done = _run(tmp_path / "home", io, command[0], path, *command[1:])
        assert done.returncode == 1
        assert shown in done.stderr.decode("utf-8")  # was: \udcb6\udcfe… escapes


@pytest.mark.parametrize("io", ["ascii", "utf-8"])
def test_the_library_text_output_names_a_gbk_file_as_it_reads(tmp_path, io):
    home, gbk_file = tmp_path / "home", _gbk(tmp_path, NAME)
    Path(gbk_file).write_text(TEXT, encoding="utf-8")
    Path(_gbk(tmp_path, "二进制_国务院.txt")).write_bytes(bytes(range(256)) * 4)
    added = _run(home, io, "library", "add", str(tmp_path))
    assert added.returncode == 0, added.stderr
    assert f"not added: {tmp_path}/二进制_国务院.txt: not a text file" in added.stdout.decode("utf-8")
    listed = _run(home, io, "library", "list")  # was: exit 1, 'surrogates not allowed' on strict UTF-8
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.decode("utf-8").rstrip("\n").endswith(f"\t{tmp_path}/{NAME}")  # was: its GBK bytes
    found = _run(home, io, "library", "search", "监督")
    assert found.stdout.decode("utf-8").rstrip("\n").endswith(f"\t{tmp_path}/{NAME}")
    os.rename(gbk_file, gbk_file + ".moved")
    checked = _run(home, io, "library", "check", "--no-rescan")
    assert checked.stdout.decode("utf-8") == f"missing\t{tmp_path}/{NAME}\n"


def test_a_name_the_console_cannot_encode_is_escaped_not_a_crash(tmp_path):
    home, odd = tmp_path / "home", tmp_path / "𠮷野家.txt"  # 𠮷 is not in GBK
    odd.write_text(TEXT, encoding="utf-8")
    assert _run(home, "gbk", "library", "add", str(odd)).returncode == 0
    listed = _run(home, "gbk", "library", "list")
    assert listed.returncode == 0, listed.stderr  # was: 'gbk' codec can't encode character
    assert listed.stdout.decode("gbk").rstrip("\n").endswith("\\U00020bb7野家.txt")
