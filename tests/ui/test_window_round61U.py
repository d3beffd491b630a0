"""Found by hand (session 61U): an empty file gets no verdict on its headings ('no numbered headings') and no
reading time ('less than a minute left'), the outline pane says it is empty; a folder already in the library (added
by another instance, or before) is said to be there ('All 3 documents are already in the library'), not 'Added 0
documents'; the 'Document Missing' dialog names the document in the script the reader chose, as the list
does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qtsupport import open_text, settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

REPORT = "关于湖泊治理情况的报告\n\n全市湖泊治理取得进展。\n"
NUMBERED = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _open(make_window, qtbot, tmp_path, text: str):
    return open_text(make_window, qtbot, tmp_path, text)


# --- (a) an empty file ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reason, time_left", [
    ("", "The document is empty.", ""),                                # before: no numbered headings, < a minute
    ("\n\n  \n", "The document is empty.", ""),                        # blank lines only: nothing to read either
    (REPORT, "No headings were found in this document.", "less than a minute left"),   # left alone
    (NUMBERED, "", "less than a minute left"),                         # left alone: headings listed
])
def test_an_empty_file_gets_no_verdict_on_headings_and_no_reading_time(make_window, qtbot, tmp_path,
                                                                         text, reason, time_left):
    window = _open(make_window, qtbot, tmp_path, text)
    assert window.outline.empty_reason() == reason
    assert window.status.time_left.text() == time_left
    assert bool(window.status.progress.text()) == bool(time_left)


# --- (e) a folder already in the library ---------------------------------------------------------------------------

def _folder(tmp_path, count: int):
    folder = tmp_path / "文件"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i}.txt").write_text(f"关于第{i}项工作的报告\n\n正文第{i}段。\n", encoding="utf-8")
    return folder


def _add_folder(window, qtbot, monkeypatch, folder) -> str:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
    window.actions_.open_folder.trigger()
    _idle(window, qtbot)
    return window.status.currentMessage()


@pytest.mark.parametrize("before, count, said", [
    (3, 3, "All 3 documents are already in the library"),   # another instance added it all: not 'Added 0'
    (1, 1, "The 1 document is already in the library"),
    (2, 3, "Added 1 document; 2 were already added"),        # some new: both counts
    (0, 2, "Added 2 documents"),                             # left alone: all new
])
def test_a_folder_already_in_the_library_is_said_to_be_there(make_window, qtbot, tmp_path, monkeypatch,
                                                             before, count, said):
    folder = _folder(tmp_path, count)
    window = make_window()
    _idle(window, qtbot)
    if before:  # another instance (or the command line) adds the folder's first files meanwhile
        first = [str(p) for p in sorted(folder.iterdir())[:before]]
        importer.import_paths(Library(Paths.default().library_file), first)
    message = _add_folder(window, qtbot, monkeypatch, folder)
    assert message == said
    assert "Added 0" not in message


# --- (d) the 'Document Missing' dialog ------------------------------------------------------------------------------

NOTICE = "国务院关于加强监督管理的通知\n\n国发〔2019〕3号\n\n一、总体要求\n加强监督管理，推进依法行政。\n"


@pytest.mark.parametrize("script, title", [
    ("s2t", "“國務院關於加強監督管理的通知”"),   # before: the file's own script under a 繁體 list
    (None, "“国务院关于加强监督管理的通知”"),    # left alone: the script as written
])
def test_the_missing_document_dialog_names_it_in_the_chosen_script(make_window, qtbot, tmp_path, script, title):
    doc = tmp_path / "notice.txt"
    doc.write_text(NOTICE, encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(doc)])
    importer.index_pending(lib)
    lib.close()
    doc.unlink()
    window = make_window()
    _idle(window, qtbot)
    for box in window.findChildren(QMessageBox, "missingDocument"):  # the start's own try at the last document
        box.close()
        box.deleteLater()
    settle(window)
    if script:
        window.script_selector.choose(script)
        settle(window)
    window.open_path(str(doc))
    settle(window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "missingDocument") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "missingDocument")
    assert box.text().startswith(title)
