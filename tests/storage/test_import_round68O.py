"""Session 68O: the full pass reads a document's file outside its write (a long text takes a while to clean and
outline), and the window may remove the document meanwhile. Its write then failed with 'FOREIGN KEY constraint
failed' (the text stored for a document that was gone), ending the whole import; and when a file added meanwhile
got the removed document's id back, the old file's title, hash and text were written over the new document, so a
search for the new file's words missed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.storage import importer
from reader.storage.library import Library
from reader.storage.search import search
from reader.text import document as text_document

TEXTS = {"a.txt": "关于甲项工作的通知\n\n一、总体要求\n加强监督管理，鹦鹉。\n",
         "b.txt": "关于乙项工作的通知\n\n一、总体要求\n加强监督管理，孔雀。\n",
         "c.txt": "关于丙项工作的通知\n\n一、总体要求\n加强监督管理，麒麟。\n"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    return docs


def _while_reading(monkeypatch, name: str, act) -> None:
    """Run `act` once, while the full pass builds the document read from the file called `name`."""
    real = text_document.build_document

    def build(decoded, *args, **kwargs):
        if decoded.text == TEXTS[name] and not getattr(build, "done", False):
            build.done = True
            act()
        return real(decoded, *args, **kwargs)

    monkeypatch.setattr(text_document, "build_document", build)


def test_a_document_removed_while_its_file_is_read_ends_nothing(tmp_path, folder, monkeypatch):
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(folder / "a.txt"), str(folder / "b.txt")])
    window = Library.joined(lib.path)  # the window's own connection
    _while_reading(monkeypatch, "b.txt", lambda: window.remove_paths([str(folder / "b.txt")]))
    assert importer.index_pending(lib) == 1  # before: LibraryError, FOREIGN KEY constraint failed
    assert [h.path for h in search(lib.connection, "鹦鹉")] == [str(folder / "a.txt")]
    assert lib.connection.execute("SELECT count(*) FROM texts").fetchone()[0] == 1


def test_a_file_added_meanwhile_is_not_given_the_removed_documents_text(tmp_path, folder, monkeypatch):
    lib = Library(tmp_path / "data" / "library.sqlite3")
    importer.import_paths(lib, [str(folder / "a.txt"), str(folder / "b.txt")])
    window = Library.joined(lib.path)

    def remove_b_add_c() -> None:
        window.remove_paths([str(folder / "b.txt")])
        importer.import_paths(window, [str(folder / "c.txt")])

    _while_reading(monkeypatch, "b.txt", remove_b_add_c)
    importer.index_pending(lib)
    importer.index_pending(lib)  # the next pass reads c.txt (queued while the first ran)
    while lib.finish_unindexing(5):
        pass
    c = lib.get(str(folder / "c.txt"))
    assert c.title == "关于丙项工作的通知"  # before: b.txt's title, hash and text, under c.txt's row
    assert [h.path for h in search(lib.connection, "麒麟")] == [str(folder / "c.txt")]
    assert search(lib.connection, "孔雀") == []
