"""Why a file was not added travels with the import's report as a kind the window has words for in each language."""

from __future__ import annotations

import os

import pytest

from reader.storage.import_process import decode, encode
from reader.storage.importer import import_paths
from reader.storage.library import Library
from reader.text import decode as decoding, model

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _kind(path) -> str:
    with pytest.raises(Exception) as caught:
        decoding.read_file(path)
    return model.failure_kind(caught.value)


def test_each_refusal_has_its_kind(tmp_path):
    (tmp_path / "renamed.txt").write_bytes(PDF)
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "data.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "x.txt").mkdir()
    os.mkfifo(tmp_path / "fifo.txt")
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    assert _kind(tmp_path / "renamed.txt") == "binary:a PDF file; extract its text first"
    assert _kind(tmp_path / "image.txt") == "binary:a PNG image"
    assert _kind(tmp_path / "data.txt") == "binary:it contains NUL bytes, so it is binary data"
    assert _kind(tmp_path / "x.txt") == "folder"  # was a TextError like any other: 'cannot be read as text'
    assert _kind(tmp_path / "fifo.txt") == "not_file:a pipe (FIFO)"
    assert _kind(tmp_path / "a.txt") == "loop"
    assert _kind(tmp_path / "gone.txt") == "missing"


def test_every_refusal_is_named():
    assert "a PNG image" in decoding.refusals() and "it contains NUL bytes, so it is binary data" in decoding.refusals()
    assert "" not in decoding.refusals() and None not in decoding.refusals()


def test_the_report_carries_each_failures_kind_across_the_process_boundary(tmp_path):
    folder = tmp_path / "下载"
    folder.mkdir()
    (folder / "renamed.txt").write_bytes(PDF)
    (folder / "good.txt").write_text("关于开展检查的通知\n\n一、检查范围\n全市各单位。\n", encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    library = Library(tmp_path / "library.sqlite3")
    report = import_paths(library, [str(folder)])
    assert report.kinds == {str(folder / "renamed.txt"): "binary:a PDF file; extract its text first",
                            str(folder / "fifo.txt"): "not_file:a pipe (FIFO)"}
    kind, back = decode(encode(("finished", report)))
    assert back.kinds == report.kinds and back.failed == report.failed  # the English reasons stay for the CLI
