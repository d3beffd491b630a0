"""Found by hand (session 72F): documents `zhreader library add` (or a second window) put in the catalogue while the
window was open were not listed until a restart or an Add in the window, and documents removed there stayed listed:
the window did not learn that its catalogue changed. The list follows now, the row selected, the document shown and
a search typed staying as they were."""

from __future__ import annotations

import subprocess
import sys

from qtsupport import settle
from reader.paths import Paths
from reader.storage.library import Library


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _listed(window) -> set[str]:
    return {entry.path for entry in window.document_list.entries()}


def _folder(tmp_path, count: int):
    folder = tmp_path / "文件"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i}.txt").write_text(f"关于第{i}项工作的报告\n\n正文第{i}段，治理工作。\n", encoding="utf-8")
    return folder


def test_documents_the_command_line_adds_and_removes_follow_in_the_open_window(make_window, qtbot, tmp_path):
    folder = _folder(tmp_path, 3)
    window = make_window()
    _idle(window, qtbot)
    shown, before = window.loaded.path, _listed(window)
    assert window.document_list.current_path() == shown
    subprocess.run([sys.executable, "-m", "reader", "library", "add", str(folder)], check=True, capture_output=True)
    paths = {str(p) for p in folder.iterdir()}
    qtbot.waitUntil(lambda: paths <= _listed(window), timeout=20000)  # before: listed only after a restart
    assert _listed(window) == before | paths  # each once
    assert window.loaded.path == shown and window.document_list.current_path() == shown  # where the reader was
    gone = sorted(paths)[0]
    library = Library(Paths.default().library_file)  # a second window (or `zhreader library remove`) removes one
    assert library.remove_document(library.get(gone).doc_id)
    library.close()
    qtbot.waitUntil(lambda: gone not in _listed(window), timeout=20000)  # before: listed still
    assert _listed(window) == before | paths - {gone}
    assert window.loaded.path == shown and window.document_list.current_path() == shown


def test_the_document_shown_and_a_search_typed_stay_when_another_program_removes_and_adds(make_window, qtbot,
                                                                                         tmp_path):
    folder = _folder(tmp_path, 2)
    window = make_window([str(folder / "0.txt")])
    qtbot.waitUntil(lambda: window.loaded is not None and str(folder / "0.txt") in _listed(window), timeout=20000)
    _idle(window, qtbot)
    window.library_panel.search.field.setText("治理")
    settle(window)
    library = Library(Paths.default().library_file)
    assert library.remove_document(library.get(str(folder / "0.txt")).doc_id)  # the document on screen
    library.close()
    qtbot.waitUntil(lambda: str(folder / "0.txt") not in _listed(window), timeout=20000)
    assert window.loaded.path == str(folder / "0.txt") and "正文第0段" in window.loaded.document.text  # still read
    subprocess.run([sys.executable, "-m", "reader", "library", "add", str(folder / "1.txt")], check=True,
                   capture_output=True)
    qtbot.waitUntil(lambda: str(folder / "1.txt") in _listed(window), timeout=20000)
    settle(window)
    assert window.library_panel.search.field.text() == "治理"  # the search typed is still there, and finds it
    qtbot.waitUntil(lambda: str(folder / "1.txt") in {hit.path for hit in window.library_panel.search.model.hits},
                    timeout=20000)
    assert str(folder / "0.txt") not in {hit.path for hit in window.library_panel.search.model.hits}
    assert window.loaded.path == str(folder / "0.txt")
