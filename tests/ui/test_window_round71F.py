"""Found by hand (session 71F): a folder the command line (or another window) had added, added again in the window,
said 'All 3 documents are already in the library' while the list showed none of them; they are listed now. The
original (Ctrl+U) shown at the top of a document opened at its first paragraph's line, the file's title lines hidden
above it as if the file had none; it opens at the file's top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog

from qtsupport import click_heading, open_text, settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _folder(tmp_path, count: int):
    folder = tmp_path / "文件"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i}.txt").write_text(f"关于第{i}项工作的报告\n\n正文第{i}段。\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("before, count, said", [
    (3, 3, "All 3 documents are already in the library"),   # before: said so over a list without them
    (2, 3, "Added 1 document; 2 were already added"),        # before: only the new one listed
    (0, 2, "Added 2 documents"),                             # left alone
])
def test_a_folder_the_command_line_added_is_listed_when_added_in_the_window(make_window, qtbot, tmp_path,
                                                                           monkeypatch, before, count, said):
    folder = _folder(tmp_path, count)
    window = make_window()
    _idle(window, qtbot)
    if before:  # the command line adds the folder's first files while the window is open
        lib = Library(Paths.default().library_file)
        importer.import_paths(lib, [str(p) for p in sorted(folder.iterdir())[:before]])
        lib.close()
    listed = {e.path for e in window.document_list.entries()}
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
    window.actions_.open_folder.trigger()
    _idle(window, qtbot)
    assert window.status.currentMessage() == said
    paths = {str(p) for p in folder.iterdir()}
    qtbot.waitUntil(lambda: paths <= {e.path for e in window.document_list.entries()}, timeout=20000)
    assert {e.path for e in window.document_list.entries()} - listed == paths   # each once, nothing else


def test_a_copy_of_a_catalogued_text_lists_the_catalogued_row(make_window, qtbot, tmp_path, monkeypatch):
    folder = _folder(tmp_path, 1)
    other = tmp_path / "别处"
    other.mkdir()
    (other / "副本.txt").write_bytes((folder / "0.txt").read_text(encoding="utf-8").encode("gbk"))
    window = make_window()
    _idle(window, qtbot)
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(folder / "0.txt")])
    lib.close()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(other)))
    window.actions_.open_folder.trigger()
    _idle(window, qtbot)
    qtbot.waitUntil(lambda: str(folder / "0.txt") in {e.path for e in window.document_list.entries()},
                    timeout=20000)
    assert str(other / "副本.txt") not in {e.path for e in window.document_list.entries()}


# --- Ctrl+U at the top of a document --------------------------------------------------------------------------------

NOTICE = ("国务院办公厅转发民政部关于\n清理整顿社会团体意见的通知\n国办发〔1997〕11号\n"
          "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
          + "".join(f"{n}、第{n}项工作\n" + "民政部门要认真做好社会团体的清理整顿工作，加强管理。" * 6 + "\n"
                    for n in "一二三四五六七八九十"))


def _original_top(window) -> int:
    return window.original.cursorForPosition(QPoint(1, 1)).blockNumber() + 1


def test_the_original_opened_at_the_top_shows_the_files_title_lines(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, NOTICE, "notice.txt")
    assert window.reading.verticalScrollBar().value() == 0  # the title shown above the text
    window.actions_.show_original.trigger()
    settle(window)
    assert _original_top(window) == 1  # before: line 3, the 文号, the title's two lines hidden above it
    window.actions_.show_original.trigger()
    settle(window)
    click_heading(qtbot, window, 5)  # left alone: further down, the original opens at the reader's place
    window.actions_.show_original.trigger()
    settle(window)
    assert _original_top(window) > 3


def test_a_document_opened_while_the_original_is_shown_shows_its_top(make_window, qtbot, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(NOTICE.replace("民政部门", "各地民政部门"), encoding="utf-8")
    window = open_text(make_window, qtbot, tmp_path, "关于加强监督管理的报告\n\n" + "全市加强监督管理。\n" * 5)
    window.actions_.show_original.trigger()
    settle(window)
    window.open_path(str(other))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path.endswith("other.txt"), timeout=20000)
    settle(window)
    assert window.stack.currentWidget() is window.original
    assert _original_top(window) == 1  # before: line 3
