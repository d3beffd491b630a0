"""A document opened while another is shown is marked in the list once its row is listed (written off the GUI thread).

Since the window's catalogue writes moved to the library writer's thread (E), a newly opened file's row is listed a
moment after the file is shown; the list then kept the document shown before marked, so Delete removed that one.
"""

from __future__ import annotations

from library_steps import open_shown
from qtsupport import settle

TEXT = "关于湖泊治理情况的报告\n\n一、总体情况\n\n湖泊治理取得进展。\n\n"
OTHER = "关于河道整治的通知\n\n一、目标\n\n河道整治按期完成。\n\n"


def test_a_file_opened_while_another_is_shown_is_the_row_marked(make_window, qtbot, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    window = make_window([str(first)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    assert window.document_list.current_path() == str(first)
    open_shown(window, qtbot, second)  # as File › Open does: not chosen in the list
    settle(window)
    assert window.loaded.path == str(second)
    assert window.document_list.current_path() == str(second)
