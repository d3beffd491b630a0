"""Found by hand (session 71F): `zhreader library list` named an untitled document (a chapter that opens on its
numbered heading) by its whole path and sorted it by that path with `--sort title`, where the window shows and sorts
it by its file name: the README's 'one order in the window and `zhreader library list --sort`' did not hold."""

from __future__ import annotations

from reader.cli import main

CHAPTER = "5. 流和多路复用\n\n在一个连接中，流是服务器与客户端之间用于帧交换的一个独立双向序列。\n"


def _rows(capsys, *args: str) -> list[list[str]]:
    assert main(["library", "list", *args]) == 0
    return [line.split("\t") for line in capsys.readouterr().out.splitlines()]


def test_an_untitled_document_is_listed_and_sorted_by_its_file_name(capsys, tmp_path):
    for folder, name, text in (("a_dir", "乙.txt", CHAPTER), ("z_dir", "甲.txt", CHAPTER.replace("5.", "6."))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_text(text, encoding="utf-8")
    assert main(["library", "add", str(tmp_path / "a_dir"), str(tmp_path / "z_dir")]) == 0
    capsys.readouterr()
    rows = _rows(capsys, "--sort", "title")
    assert [r[1] for r in rows] == ["甲.txt", "乙.txt"]  # before: the paths, …/a_dir/乙.txt first
    assert [r[-1] for r in rows] == [str(tmp_path / "z_dir" / "甲.txt"), str(tmp_path / "a_dir" / "乙.txt")]
