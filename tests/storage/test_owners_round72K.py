"""Found by hand (session 72, helper E): export refused only the opened document's file; another document of the
library (a file of an added folder, a second copy of a document) was one 'Replace?' away from being overwritten.
`document_at` names the library document a path is, however the path spells it."""

from __future__ import annotations

import os

import pytest

from reader.storage import owners
from reader.storage.owners import document_at
from storage_steps import folder_library

TEXTS = {"通知.txt": "国务院关于印发的通知\n\n第一条　正文。\n",
         "讲话.txt": "在会议上的讲话\n\n同志们：正文。\n"}


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "文库"
    folder.mkdir()
    lib = folder_library(folder, TEXTS)
    yield lib, folder
    lib.close()


def test_a_file_of_an_added_folder_is_a_library_document(library):
    lib, folder = library
    entry = document_at(lib, folder / "讲话.txt")
    assert entry is not None and entry.title == "在会议上的讲话"
    assert document_at(lib, folder / "导出.txt") is None


def test_any_spelling_of_the_path_names_the_document(library, tmp_path):
    lib, folder = library
    (tmp_path / "sub").mkdir()
    assert document_at(lib, tmp_path / "sub" / ".." / "文库" / "通知.txt").title == "国务院关于印发的通知"
    link = tmp_path / "链接.txt"
    link.symlink_to(folder / "通知.txt")
    assert document_at(lib, link).title == "国务院关于印发的通知"  # a link to the document's file
    linked_folder = tmp_path / "快捷"
    linked_folder.symlink_to(folder, target_is_directory=True)
    assert document_at(lib, linked_folder / "讲话.txt").title == "在会议上的讲话"
    os.link(folder / "讲话.txt", tmp_path / "硬链接.txt")
    assert document_at(lib, tmp_path / "硬链接.txt").title == "在会议上的讲话"


def test_a_second_copy_of_a_document_is_one_of_its_locations(library, tmp_path):
    lib, folder = library
    copy = tmp_path / "副本.txt"
    copy.write_text(TEXTS["通知.txt"], encoding="utf-8")
    from reader.storage.importer import import_paths

    import_paths(lib, [str(copy)])
    assert len(lib.locations(document_at(lib, copy).doc_id)) == 2


def test_a_missing_documents_place_is_still_its_place(library, monkeypatch):
    lib, folder = library
    (folder / "通知.txt").unlink()  # listed, its file gone: writing there would put another text in its place
    assert document_at(lib, folder / "通知.txt").title == "国务院关于印发的通知"
    assert document_at(lib, folder / "通知.TXT") is None  # this file system tells the cases apart
    monkeypatch.setattr(owners, "_IGNORES_CASE", True)  # as Windows and macOS compare names
    assert document_at(lib, folder / "通知.TXT").title == "国务院关于印发的通知"


def test_a_file_the_library_does_not_list_is_no_document(library, tmp_path):
    lib, folder = library
    other = tmp_path / "通知.txt"  # the same name in another folder
    other.write_text("别的内容\n", encoding="utf-8")
    assert document_at(lib, other) is None
    assert document_at(lib, tmp_path / "无此文件.txt") is None


def test_the_command_line_writes_no_file_at_all(library, capsys):  # left alone: passed before too
    """Its subcommands print to standard output and take no output path: none can name a document's file."""
    from reader.cli import build_parser, main

    subcommands = build_parser()._subparsers._group_actions[0].choices
    options = {o for p in subcommands.values() for a in p._actions for o in a.option_strings}
    assert not options & {"-o", "--output", "--out"}
    lib, folder = library
    before = (folder / "讲话.txt").read_bytes()
    for command in ("clean", "convert --config s2t"):
        assert main([*command.split(), str(folder / "通知.txt"), "-o", str(folder / "讲话.txt")]) == 2
    assert (folder / "讲话.txt").read_bytes() == before
    assert "unrecognized arguments: -o" in capsys.readouterr().err
