"""Found by hand (session 64J): `zhreader FOLDER` was refused ('not a regular file (a folder)') and left a blank
window; the folder's documents are now added to the library as Library › Add Folder… adds them, and the first of them
(or the last one read there) is shown; several files given at once are all added and the last shown (as Open… shows
them; round 61V). A file changed on disk while shown was read again when its row was chosen again, without a word:
the status bar now says so, and the window being active again reads it again too, at the reader's place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from qtsupport import click_document, settle
from reader.ui.start_folders import walk_order

NOTICE = "国务院关于加强监督管理的通知\n\n一、总体要求\n加强监督管理，推进依法行政。\n"
REPORT = "关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n"
LAW = "中华人民共和国测试法\n\n第一条 为了测试，制定本法。\n\n第二条 本法自公布之日起施行。\n"


def _folder(tmp_path) -> Path:
    folder = tmp_path / "资料"
    (folder / "older").mkdir(parents=True)
    (folder / "b-report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "a-notice.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "older" / "0-law.txt").write_text(LAW, encoding="utf-8")
    return folder


def _listed(window) -> set[str]:
    return {e.path for e in window.document_list.entries()}


def _wait_shown(qtbot, window, path) -> None:
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(path), timeout=20000)
    settle(window)


def test_walk_order_puts_a_folders_own_files_before_its_subfolders():
    names = ["/d/sub/0.txt", "/d/b.txt", "/d/a.txt", "/d/sub/deeper/x.txt", "/d/sub/1.txt"]
    assert sorted(names, key=walk_order) == ["/d/a.txt", "/d/b.txt", "/d/sub/0.txt", "/d/sub/1.txt",
                                             "/d/sub/deeper/x.txt"]


def test_a_folder_on_the_command_line_is_added_and_its_first_document_shown(make_window, qtbot, tmp_path):
    folder = _folder(tmp_path)
    window = make_window([str(folder)])
    _wait_shown(qtbot, window, folder / "a-notice.txt")  # its own first file, before its subfolder's
    assert "加强监督管理" in window.reading.document().toPlainText()
    want = {str(folder / "a-notice.txt"), str(folder / "b-report.txt"), str(folder / "older" / "0-law.txt")}
    qtbot.waitUntil(lambda: want <= _listed(window), timeout=20000)
    assert "regular file" not in window.status.currentMessage()
    assert str(folder) in window.library_panel.upkeep.watcher.directories()  # watched, as Add Folder… does


def test_a_folder_already_added_shows_its_first_document_with_the_report(make_window, qtbot, tmp_path):
    folder = _folder(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(LAW, encoding="utf-8")
    window = make_window([str(folder)])
    _wait_shown(qtbot, window, folder / "a-notice.txt")
    window.open_path(str(other))  # the last document read is outside the folder
    _wait_shown(qtbot, window, other)
    window.close()
    window.jobs.wait(5000)
    again = make_window([str(folder)])  # nothing new is listed: the folder's first document from the report
    _wait_shown(qtbot, again, folder / "a-notice.txt")
    qtbot.waitUntil(lambda: again.status.currentMessage() == "All 3 documents are already in the library",
                    timeout=10000)


def test_the_last_document_read_in_the_folder_is_shown_again(make_window, qtbot, tmp_path):
    folder = _folder(tmp_path)
    window = make_window([str(folder)])
    _wait_shown(qtbot, window, folder / "a-notice.txt")
    window.open_path(str(folder / "b-report.txt"))
    _wait_shown(qtbot, window, folder / "b-report.txt")
    window.close()
    window.jobs.wait(5000)
    again = make_window([str(folder)])
    _wait_shown(qtbot, again, folder / "b-report.txt")


def test_an_empty_folder_leaves_the_last_document_shown_not_a_blank_window(make_window, qtbot, tmp_path):
    empty = tmp_path / "空"
    empty.mkdir()
    window = make_window([str(empty)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)  # a seed: the first start's first document
    settle(window)
    assert window.reading.document().toPlainText().strip()


def test_several_files_are_all_added_and_the_last_shown(make_window, qtbot, tmp_path):
    first, second, third = (tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.txt")
    for path, text in ((first, NOTICE), (second, REPORT), (third, LAW)):
        path.write_text(text, encoding="utf-8")
    window = make_window([str(first), str(second), str(third)])
    _wait_shown(qtbot, window, third)  # as Open… shows a selection (round 61V): the last one
    qtbot.waitUntil(lambda: {str(first), str(second), str(third)} <= _listed(window), timeout=20000)


def test_several_given_the_last_refused_the_one_before_is_shown(make_window, qtbot, tmp_path):
    first, shown, binary = tmp_path / "report.txt", tmp_path / "law.txt", tmp_path / "program.txt"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    first.write_text(REPORT, encoding="utf-8")
    shown.write_text(LAW, encoding="utf-8")
    window = make_window([str(first), str(shown), str(binary)])
    _wait_shown(qtbot, window, shown)


def test_a_folder_and_a_file_given_together_show_the_file_and_add_the_folder(make_window, qtbot, tmp_path):
    folder = _folder(tmp_path)
    single = tmp_path / "single.txt"
    single.write_text(LAW, encoding="utf-8")
    window = make_window([str(folder), str(single)])
    _wait_shown(qtbot, window, single)
    qtbot.waitUntil(lambda: str(folder / "b-report.txt") in _listed(window), timeout=20000)
    settle(window)
    assert window.loaded.path == str(single)  # the folder's listing did not take the reader elsewhere


# --- a file changed on disk while shown: read again, and the reader is told ---------------------------------------

def _draft(tmp_path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("第一章 原文\n\n" + "原来的内容。\n\n" * 400, encoding="utf-8")
    return path


def _rewrite(path: Path) -> None:
    path.write_text("第一章 新版\n\n" + "文件在打开时被改写了。\n\n" * 400, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def _activate(window) -> None:
    """The window becomes the active one again (the reader comes back from the editor)."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


@pytest.mark.parametrize("how", ["chosen", "activated"])
def test_a_file_changed_on_disk_is_read_again_and_the_reader_told(make_window, qtbot, tmp_path, how):
    path = _draft(tmp_path)
    window = make_window([str(path)])
    _wait_shown(qtbot, window, path)
    window.go_to_offset(len(window.loaded.document.text) // 2)
    settle(window)
    place = window.reading.place()
    first, before = window.loaded, path.read_bytes()
    _rewrite(path)
    after = path.read_bytes(), path.stat().st_mtime_ns
    if how == "chosen":
        click_document(qtbot, window, str(path), shown=False)
    else:
        _activate(window)
    qtbot.waitUntil(lambda: window.loaded is not first, timeout=20000)
    settle(window)
    assert "文件在打开时被改写了" in window.reading.document().toPlainText()
    assert window.status.currentMessage() == "draft.txt changed on disk and was read again"
    assert abs(window.reading.place() - place) < len(window.loaded.document.text) // 10  # the reader's place kept
    assert (path.read_bytes(), path.stat().st_mtime_ns) == after and before != after[0]  # nothing written


def test_activated_again_an_unchanged_file_is_not_read_again(make_window, qtbot, tmp_path):
    path = _draft(tmp_path)
    window = make_window([str(path)])
    _wait_shown(qtbot, window, path)
    first = window.loaded
    _activate(window)
    qtbot.wait(300)
    settle(window)
    assert window.loaded is first and "changed on disk" not in window.status.currentMessage()


def test_activated_while_another_document_opens_the_shown_one_is_not_read_again(make_window, qtbot, tmp_path):
    path, other = _draft(tmp_path), tmp_path / "other.txt"
    other.write_text(REPORT, encoding="utf-8")
    window = make_window([str(path)])
    _wait_shown(qtbot, window, path)
    _rewrite(path)
    window.open_path(str(other))  # the reader's newer request must win
    _activate(window)
    _wait_shown(qtbot, window, other)
    qtbot.wait(300)
    settle(window)
    assert window.loaded.path == str(other)
