"""Found by hand (session 67K): a file named in GBK (公文样本_国务院.txt from a Chinese Windows archive) was found by
the library search only through its title, never its name, as the name was searched in its raw bytes; and
`zhreader library list --json` wrote those bytes raw, so the output was not UTF-8 and `json.load` failed on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search

ROOT = Path(__file__).resolve().parents[2]
NAME = "公文样本_国务院.txt"
TEXT = "关于加强管理的意见\n\n一、总体要求\n推进依法行政。\n"  # the title and text have none of the name's words


@pytest.fixture
def gbk_file(tmp_path) -> str:
    folder = tmp_path / "docs"
    folder.mkdir()
    path = os.fsdecode(os.fsencode(str(folder)) + b"/" + NAME.encode("gb18030"))
    Path(path).write_text(TEXT, encoding="utf-8")
    return path


def test_a_word_of_a_gbk_file_name_finds_it_as_the_name_is_shown(tmp_path, gbk_file):
    library = Library(tmp_path / "library.sqlite3")
    importer.import_paths(library, [gbk_file])
    importer.index_pending(library)
    found = search(library.connection, "公文样本")
    assert [hit.path for hit in found] == [gbk_file]  # was: nothing found
    assert found[0].name == NAME  # the name as the list shows it, not its bytes
    assert [hit.path for hit in search(library.connection, "國務院")] == [gbk_file]  # either script, as other names
    library.close()


def _cli(home: Path, *args: str) -> bytes:
    env = dict(os.environ, ZHREADER_HOME=str(home), PYTHONPATH=str(ROOT), LC_ALL="C.UTF-8")
    done = subprocess.run([sys.executable, "-m", "reader", *args], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_cli_json_of_a_gbk_file_name_is_valid_and_lossless(tmp_path, gbk_file):
    home = tmp_path / "home"
    bad = os.path.dirname(gbk_file) + "/binary.txt"
    Path(bad).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    added = json.loads(_cli(home, "library", "add", "--json", os.path.dirname(gbk_file)).decode("utf-8"))
    assert added["added"] == [gbk_file]  # json.loads gives back the file system's own name: it opens the file
    assert [f["path"] for f in added["failed"]] == [bad]
    listed = json.loads(_cli(home, "library", "list", "--json").decode("utf-8"))  # was: UnicodeDecodeError
    assert [(e["path"], e["shown_path"]) for e in listed] == [(gbk_file, os.path.dirname(gbk_file) + "/" + NAME)]
    assert open(listed[0]["path"], encoding="utf-8").read() == TEXT
    found = json.loads(_cli(home, "library", "search", "--json", "公文样本").decode("utf-8"))
    assert [(h["path"], h["shown_path"]) for h in found] == [(gbk_file, listed[0]["shown_path"])]
    checked = json.loads(_cli(home, "library", "check", "--json").decode("utf-8"))
    assert checked["missing"] == []
    os.rename(gbk_file, gbk_file + ".moved")
    checked = json.loads(_cli(home, "library", "check", "--json", "--no-rescan").decode("utf-8"))
    assert checked["missing"] == [gbk_file]
