"""Session 74F: a file the window opened, new to the catalogue, was read, cleaned and outlined once more by the
import process's full pass. The window now leaves the rows it would store beside the catalogue (storage.handoff),
and the full pass takes them for the same decoded text: the catalogue holds the same rows as after a fresh build."""

from __future__ import annotations

import pytest
from support import CORPUS, seed_paths

from reader import documents
from reader.storage import handoff, importer
from reader.storage.library import Library
import reader.text.document as text_document

LONG_BODY = "第{n}章　总则\n\n为了规范行政行为，保护公民、法人和其他组织的合法权益，根据宪法制定本法。各级人民政府应当依法行政。\n\n"
PAGE = ("<html><head><title>关于试行的通知</title><meta name=\"PubDate\" content=\"2024-03-05\"></head><body>"
        "<nav>首页 | 政策</nav><h1>关于试行的通知</h1><p>各省、自治区、直辖市人民政府：</p><h2>一、总体要求</h2>"
        "<p>依法行政，建设法治政府。</p><footer>版权所有</footer></body></html>")


def _files(tmp_path) -> list:
    long = tmp_path / "long.txt"
    long.write_text("示范法汇编\n\n" + "".join(LONG_BODY.format(n=n) for n in range(1, 3001)), encoding="utf-8")
    assert len(long.read_text(encoding="utf-8")) > documents.TEXT_FIRST_CHARS  # shown before its outline
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(sorted(CORPUS.glob("*.txt"))[0].read_text(encoding="utf-8").encode("gb18030"))
    return [*seed_paths()[:3], long, page, gbk]


def _opened(library: Library, path) -> documents.Loaded:
    """What the window does on opening a file: read (a long one cleaned first, outlined after), list, hand off."""
    shown = documents.load_for_reading(str(path), None, documents.TEXT_FIRST_CHARS)
    library.add(shown.entry(), shown.stat)
    full = documents.outline_of(shown)
    documents.hand_off(library, full)
    return full


def _rows(library: Library) -> dict:
    """Every table of the catalogue, its rows in order; the time a row was added left out."""
    db = library.connection
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {}
    for table in tables:
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] != "added"]
        if columns:
            rows[table] = sorted(map(repr, db.execute(f"SELECT {', '.join(columns)} FROM {table}")))
    return rows


def _no_build(monkeypatch) -> None:
    def build(_decoded):
        raise AssertionError("built again")

    monkeypatch.setattr(text_document, "build_document", build)


def test_the_full_pass_takes_the_windows_rows_and_stores_what_a_fresh_build_does(tmp_path, monkeypatch):
    files = _files(tmp_path)
    fresh = Library(tmp_path / "fresh.db")
    for path in files:
        shown = documents.load_for_reading(str(path), None, documents.TEXT_FIRST_CHARS)
        fresh.add(shown.entry(), shown.stat)
    assert importer.index_pending(fresh) == len(files)  # built by the full pass, as before
    handed = Library(tmp_path / "handed.db")
    for path in files:
        _opened(handed, path)
    folder = handoff.folder_of(handed.path)
    assert len(list(folder.glob("*.json"))) == len(files)
    _no_build(monkeypatch)
    assert importer.index_pending(handed, handoffs=folder) == len(files)  # none built again
    assert not list(folder.glob("*.json"))  # used up
    assert _rows(handed) == _rows(fresh)
    assert handed.connection.execute("SELECT count(*) FROM texts").fetchone()[0] == len(files)


@pytest.mark.parametrize("change", ["edited", "another encoding"])
def test_a_file_changed_since_the_window_read_it_is_built_again(tmp_path, change):
    path = tmp_path / "report.txt"
    text = sorted(CORPUS.glob("*.txt"))[1].read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    handed, fresh = Library(tmp_path / "handed.db"), Library(tmp_path / "fresh.db")
    _opened(handed, path)
    shown = documents.load_for_reading(str(path))
    fresh.add(shown.entry(), shown.stat)  # listed from the same reading, without a hand-off
    if change == "edited":
        path.write_text(text.replace("。", "；", 3), encoding="utf-8")
    else:
        path.write_bytes(text.encode("utf-16"))  # the same text, decoded from other bytes
    folder = handoff.folder_of(handed.path)
    assert importer.index_pending(handed, handoffs=folder) == 1
    assert not list(folder.glob("*.json"))  # read, not taken
    importer.index_pending(fresh)
    assert _rows(handed) == _rows(fresh)
    assert handed.connection.execute("SELECT encoding FROM documents").fetchone()[0].startswith(
        "utf-8" if change == "edited" else "utf-16")  # the rows of the file as it is now


def test_a_document_already_indexed_is_not_handed_off(tmp_path):
    path = seed_paths()[0]
    library = Library(tmp_path / "lib.db")
    _opened(library, path)
    importer.index_pending(library, handoffs=handoff.folder_of(library.path))
    _opened(library, path)  # opened again: nothing left for a pass that will not come
    assert not list(handoff.folder_of(library.path).glob("*.json"))
