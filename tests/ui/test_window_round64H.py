"""Found by hand (session 64H): a file mixing UTF-8 and GBK lines showed its title and half its lines as mojibake
('绗�0琛� 杩欐槸涓…') in the list and the reader: each line now reads in its own encoding; a web page holding only
scripts and styles was said to be 'empty' (it is not: it has no text to show), an empty or blank file still is; a
name with a line separator broke its row in two; a file changed on disk while shown stayed stale when its row was
chosen again: it is now read again there, at the reader's place."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from qtsupport import settle
from reader.ui.document_model import ENTRY_ROLE

TEXT = ["关于湖泊治理情况的报告"] + [f"第{i}段，全市各项工作稳步推进，群众满意度持续提高。" for i in range(120)]


def test_a_file_of_utf8_and_gbk_lines_reads_whole(make_window, qtbot, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\n\n".join(t.encode("utf-8" if i % 2 == 0 else "gbk") for i, t in enumerate(TEXT)))
    before = path.read_bytes(), path.stat().st_mtime_ns
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)
    shown = window.reading.document().toPlainText()
    assert "第1段，全市" in shown and "第2段，全市" in shown and "\ufffd" not in shown and "绗" not in shown
    qtbot.waitUntil(lambda: window.documents.library.get(str(path)).title == TEXT[0], timeout=15000)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before  # nothing written to the file


# --- a page with nothing but scripts and styles is not an empty file ----------------------------------------------

PAGE = "<html><head><style>body{color:red}</style><script>var a = 1;</script></head><body><script>go()</script></body></html>"


@pytest.mark.parametrize("name, content, said", [
    ("scripts.html", PAGE, "scripts.html has no text to show: the page holds only markup, scripts or styles."),
    ("empty.txt", "", "empty.txt is empty: there is no text to show."),  # left as it was
    ("blank.txt", "\n\n  \n", "blank.txt is empty: there is no text to show."),  # left as it was
])
def test_a_page_of_scripts_is_not_called_empty(make_window, qtbot, tmp_path, name, content, said):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    qtbot.waitUntil(lambda: window.status.currentMessage() == said, timeout=10000)


# --- a file name with a line separator in it stays on one line -----------------------------------------------------

@pytest.mark.parametrize("name, shown", [
    ("notes\u2028draft 🎉.txt", "notes draft 🎉.txt"),
    ("a\nb.txt", "a b.txt"),
    ("plain name 🎉.txt", "plain name 🎉.txt"),  # left as it was
])
def test_a_file_name_with_a_line_break_is_shown_on_one_line(make_window, qtbot, tmp_path, name, shown):
    path = tmp_path / name
    path.write_text("", encoding="utf-8")  # no text, so no title: the row and the window show the file's name
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)
    entry = window.documents.library.get(str(path))
    assert window.document_list.display_title(entry) == shown
    assert window.windowTitle() == f"{shown} — zhreader"
    qtbot.waitUntil(lambda: window.status.currentMessage() == f"{shown} is empty: there is no text to show.",
                    timeout=10000)


# --- a file changed on disk while it is shown is read again when its row is chosen again ---------------------------

def _choose_row(qtbot, window, path) -> None:
    document_list = window.document_list
    model = document_list.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ENTRY_ROLE).path == str(path))
    rect = document_list.visualRect(model.index(row, 0))
    qtbot.mouseClick(document_list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())


@pytest.mark.parametrize("changed", [True, False])  # unchanged: chosen again, nothing is read (left as it was)
def test_a_file_changed_on_disk_is_read_again_when_chosen(make_window, qtbot, tmp_path, changed):
    path = tmp_path / "draft.txt"
    path.write_text("第一章 原文\n\n原来的内容。\n", encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)
    first = window.loaded
    if changed:
        path.write_text("第一章 新版\n\n文件在打开时被改写了。\n", encoding="utf-8")
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    _choose_row(qtbot, window, path)
    if changed:
        qtbot.waitUntil(lambda: window.loaded is not first, timeout=20000)
        settle(window)
        assert "文件在打开时被改写了" in window.reading.document().toPlainText()
    else:
        qtbot.wait(500)
        settle(window)
        assert window.loaded is first and "原来的内容" in window.reading.document().toPlainText()
