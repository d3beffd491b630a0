"""A document retitled by another program (a second window's full pass, `zhreader library add` of a file changed
on disk) was not listed anew: the catalogue's signature held counts and largest ids only (session 73H)."""

from __future__ import annotations

import sqlite3

from reader.storage import importer, schema
from reader.storage.catalogue import listing
from reader.storage.library import Library


def _doc(tmp_path, title: str):
    doc = tmp_path / "a.txt"
    doc.write_text(f"{title}\n\n正文第一段，治理工作。\n", encoding="utf-8")
    return doc


def test_a_title_changed_elsewhere_changes_the_signature_and_a_reading_position_does_not(tmp_path):
    db = tmp_path / "library.sqlite3"
    doc = _doc(tmp_path, "关于治理工作的报告")
    library = Library(db)
    importer.import_paths(library, [str(doc)])
    signature, entries = listing(db, None)
    assert [e.title for e in entries] == ["关于治理工作的报告"]
    library.set_position(str(doc), 7)  # read on: nothing listed changed
    assert listing(db, signature) == (signature, None)
    _doc(tmp_path, "关于节能工作的通知")  # the same file with a new title, added again from a shell
    importer.import_paths(Library.joined(db), [str(doc)])
    changed, entries = listing(db, signature)
    assert changed != signature and [e.title for e in entries] == ["关于节能工作的通知"]  # before: (signature, None)
    assert listing(db, changed) == (changed, None)
    library.close()


def test_a_catalogue_made_before_the_trigger_gets_it_and_keeps_its_rows(tmp_path):
    db = tmp_path / "library.sqlite3"
    doc = _doc(tmp_path, "关于治理工作的报告")
    library = Library(db)
    importer.import_paths(library, [str(doc)])
    library.close()
    old = sqlite3.connect(db)  # as an older zhreader left it: same version, no trigger, no count
    old.execute("DROP TRIGGER documents_listed")
    old.execute("DELETE FROM meta WHERE key = 'listed'")
    old.commit()
    old.close()
    signature, entries = listing(db, None)
    assert [e.path for e in entries] == [str(doc)]
    library = Library(db)  # opened by this one
    assert schema.version(library.connection) == schema.VERSION
    library.connection.execute("UPDATE documents SET title = '新标题'")
    changed, entries = listing(db, signature)
    assert changed != signature and [e.title for e in entries] == ["新标题"]
    library.close()
