"""Session 66P: an empty or blank file has no content key, so Add Folder lists each one as a document of its own
(every empty file was a copy of the first one added, listed once, the others opening its row)."""

from __future__ import annotations

from reader.storage.entries import text_hash
from reader.storage.importer import import_paths, index_pending
from reader.storage.library import Library


def test_empty_files_are_not_copies_of_each_other(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    (folder / "b.md").write_bytes(b"")
    (folder / "c.txt").write_text(" \n\n", encoding="utf-8")
    (folder / "d.txt").write_text("报告\n\n正文。\n", encoding="utf-8")
    (folder / "e.txt").write_text("报告\n\n正文。\n", encoding="utf-8")  # a real copy is still one
    library = Library(tmp_path / "library.db")
    report = import_paths(library, [str(folder)])
    assert sorted(report.added) == [str(folder / n) for n in ("a.txt", "b.md", "c.txt", "d.txt")]
    assert report.duplicates == [str(folder / "e.txt")]
    index_pending(library)  # the full pass merges no blank document into another either
    rows = {e.path: e for e in library.entries()}
    assert {p for p in rows if p.endswith((".txt", ".md"))} >= {str(folder / n) for n in ("a.txt", "b.md", "c.txt")}
    assert len({library.listed(str(folder / n)).path for n in ("a.txt", "b.md", "c.txt")}) == 3
    assert all(rows[str(folder / n)].chars == 0 for n in ("a.txt", "b.md", "c.txt"))
    assert (folder / "a.txt").read_bytes() == b""
    library.close()


def test_a_blank_text_has_no_content_key():
    assert text_hash("") == text_hash(" \n\u3000\n") == ""
    assert text_hash("正文") != ""
