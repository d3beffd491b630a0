"""The README's library session, replayed on the seeds: a reader who types it gets what the README shows.

The example had gone out of date (its search's first hit was no longer the one shown); replaying it keeps it true.
"""

from __future__ import annotations

import re
import shutil
import struct
import zlib

import pytest
from support import REPO, seed_paths

from reader.cli import main

README = REPO / "README.md"
_SESSION = re.compile(r"```\n(\$ zhreader library add .*?)```", re.S)


def _session() -> list[tuple[str, list[str]]]:
    """The README's example as (command line, expected output lines) pairs."""
    block = _SESSION.search(README.read_text(encoding="utf-8"))
    assert block, "the README's library example is gone"
    steps: list[tuple[str, list[str]]] = []
    for line in block.group(1).splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def _png() -> bytes:
    """A one-pixel PNG, the README's 图片.txt."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0")) + chunk(b"IEND", b"")


@pytest.mark.parametrize("step", range(len(_session())))
def test_readme_library_example_step_is_what_the_reader_gets(step, capsys, tmp_path):
    home = tmp_path / "me"
    folder = home / "文件"
    folder.mkdir(parents=True)
    for path in seed_paths():
        shutil.copy(path, folder / path.name)
    seeds = seed_paths()
    shutil.copy(seeds[1], folder / "副本.txt")  # the same text under another name
    (folder / "副本gbk.txt").write_bytes(seeds[2].read_text("utf-8").encode("gb18030"))  # and another encoding
    (folder / "图片.txt").write_bytes(_png())
    steps = _session()
    for n, (command, expected) in enumerate(steps[:step + 1]):
        command = command.replace("~", str(home))
        if " && " in command:  # 'mv A B && zhreader …'
            move, command = command.split(" && ")
            _mv, source, target = move.split()
            shutil.move(source, target)
        argv = command.split()
        assert argv[0] == "zhreader"
        capsys.readouterr()
        assert main(argv[1:]) == 0
        out, err = capsys.readouterr()
        if n == step:
            got = (out + err).replace(str(home), "/home/me").splitlines()
            assert got == expected, f"README: $ {command}"

