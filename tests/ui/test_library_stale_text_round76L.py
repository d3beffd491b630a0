"""A library hit in a text an older cleaning stored opens on its own words, and that text is read again at start-up
(found by hand: 修憲 found in the stored text, 前幾 selected in the text opened)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qtsupport import search_library, settle, until_library_idle
from reader.paths import Paths
from reader.storage.importer import import_paths, index_pending
from reader.storage.index import index_document, unpack
from reader.storage.library import Library

TEXT = ("中華民國憲法增修條文\n前幾年立法院曾經討論過很多次。\n第一條 立法院提出修憲案，經公告半年，"
        "應於三個月內投票複決。\n第二條 總統、副總統由人民直接選舉之。\n")
OLDER = "本文已於網站公告，轉載請註明出處。\n發布時間：二〇二六年十二月八日\n"  # lines an older cleaning kept


def _stored_as_an_older_cleaning(path, older_version: bool) -> str:
    """The library as an older zhreader left it: the file's text stored with lines the cleaning now drops."""
    library = Library(Paths.default().library_file)
    import_paths(library, [str(path)])
    index_pending(library)
    db = library.connection
    doc_id, = db.execute("SELECT doc_id FROM locations WHERE path = ?", (str(path),)).fetchone()
    title, body = db.execute("SELECT title, body FROM texts WHERE doc_id = ?", (doc_id,)).fetchone()
    now = unpack(body)
    with library.transaction() as tx:  # stored and indexed as that zhreader did (the index keeps its words)
        index_document(tx, doc_id, title, OLDER + now, [])
    if older_version:
        db.execute("UPDATE texts SET cleaning = 0 WHERE doc_id = ?", (doc_id,))
    library.close()
    return now


def _open_result(qtbot, window, results, path) -> None:
    """The reader arrows onto the document's result and presses Enter."""
    model = results.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).path == path)
    results.setFocus()
    results.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(results, Qt.Key.Key_Return)
    settle(window)
    qtbot.waitUntil(lambda: window.loaded.path == path and window.reading.textCursor().hasSelection(), timeout=10000)


def test_a_hit_in_an_older_cleanings_text_selects_its_own_words(make_window, qtbot, tmp_path):
    path = tmp_path / "增修條文.txt"
    path.write_text(TEXT, encoding="utf-8")
    now = _stored_as_an_older_cleaning(path, older_version=False)  # stamped as this cleaning's: not read again
    window = make_window()
    results = search_library(qtbot, window, "修憲")
    hit = next(results.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
               for r in range(results.model().rowCount())
               if results.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 1).path == str(path))
    assert hit.offset == len(OLDER) + now.index("修憲")  # the stored text's offset: other words in the text shown
    _open_result(qtbot, window, results, str(path))
    cursor = window.reading.textCursor()
    assert cursor.selectedText() in ("修憲", "修宪")
    start = window.reading.display.to_source(window.reading.from_qt(cursor.selectionStart()))
    assert start == window.loaded.document.text.index("修憲")  # the one the stored text had, not another


def test_an_older_cleanings_text_is_read_again_after_start_up(make_window, qtbot, tmp_path):
    from reader.text.textversion import TEXT_VERSION

    path = tmp_path / "增修條文.txt"
    path.write_text(TEXT, encoding="utf-8")
    now = _stored_as_an_older_cleaning(path, older_version=True)
    window = make_window()  # shown before the text is read again: on the import process, after start-up
    until_library_idle(qtbot, window)
    library = Library(Paths.default().library_file)
    body, cleaning = library.connection.execute(
        "SELECT t.body, t.cleaning FROM texts t JOIN locations l ON l.doc_id = t.doc_id WHERE l.path = ?",
        (str(path),)).fetchone()
    library.close()
    assert (unpack(body), cleaning) == (now, TEXT_VERSION)
    assert path.read_text(encoding="utf-8") == TEXT  # the file is only read
