"""Files a reader has on disk that are no documents: the window says why each was not added or shown, in the
interface's language (the import's report gave the pure layer's English under a Chinese interface)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from qtsupport import settle

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
NOTICE = "关于开展安全检查的通知\n\n一、检查范围\n全市各单位。\n\n二、检查时间\n十月底前完成。\n"


def _idle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.library_panel.importer.busy, timeout=60000)
    settle(window)


def _add_folder(window, qtbot, monkeypatch, folder) -> str:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(folder)))
    window.actions_.open_folder.trigger()
    _idle(window, qtbot)
    note = window.info_bar.findChild(QLabel, "infoText")
    assert window.info_bar.isVisible()
    return note.text()


def _downloads(tmp_path):
    folder = tmp_path / "下载"
    folder.mkdir()
    (folder / "报告.txt").write_bytes(PDF)
    (folder / "截图.txt").write_bytes(PNG)
    (folder / "通知.txt").write_text(NOTICE, encoding="utf-8")
    os.mkfifo(folder / "管道.txt")
    return folder


def test_the_import_report_says_why_in_chinese(make_window, qtbot, tmp_path, monkeypatch):
    folder = _downloads(tmp_path)
    window = make_window()
    _idle(window, qtbot)
    window.set_language("zh_CN")
    try:
        note = _add_folder(window, qtbot, monkeypatch, folder)
    finally:
        window.set_language("en")
    lines = note.split("\n")
    assert "报告.txt：不是文本文件（PDF 文件，请先提取其中的文字）" in lines, note
    assert "截图.txt：不是文本文件（PNG 图片）" in lines, note
    assert "管道.txt：不是阅读器能打开的文件（管道（FIFO））" in lines, note
    assert "not a text file" not in note and "regular file" not in note  # was the pure layer's English
    window.close()


def test_the_import_report_in_english_words_a_pipe_for_a_reader(make_window, qtbot, tmp_path, monkeypatch):
    folder = _downloads(tmp_path)
    window = make_window()
    _idle(window, qtbot)
    note = _add_folder(window, qtbot, monkeypatch, folder)
    assert "报告.txt: not a text file (a PDF file; extract its text first)" in note.split("\n"), note  # as before
    assert "管道.txt: not a file the reader can open (a pipe (FIFO))" in note.split("\n"), note  # 'not a regular
    # file (a pipe (FIFO)); the reader opens only files' before
    window.close()


@pytest.mark.parametrize("language, folder_words, pipe_words", [
    ("en", "x.txt is a folder (File › Add Folder… adds its documents)",
     "管道.txt is not a file the reader can open (a pipe (FIFO))."),
    ("zh_CN", "x.txt 是一个文件夹（“文件 › 添加文件夹…”可添加其中的文档）", "管道.txt 不是阅读器能打开的文件（管道（FIFO））。"),
])
def test_opening_a_folder_or_a_pipe_says_what_it_is(make_window, qtbot, tmp_path, language, folder_words,
                                                    pipe_words):
    (tmp_path / "x.txt").mkdir()  # a folder named like a document: was 'x.txt cannot be read as text.'
    os.mkfifo(tmp_path / "管道.txt")
    window = make_window()
    settle(window)
    shown = window.loaded
    window.set_language(language)
    try:
        said = []
        for name in ("x.txt", "管道.txt"):
            with qtbot.waitSignal(window.documents.open_failed, timeout=10000) as failed:
                window.open_path(str(tmp_path / name))
            said.append(failed.args[1])
            settle(window)
    finally:
        window.set_language("en")
    assert said == [folder_words, pipe_words]
    assert window.loaded is shown  # the text shown stays
    window.close()


def test_every_refusal_has_words_in_chinese():
    from reader.text.decode import refusals
    from reader.ui.open_errors import _WHAT
    from reader.ui.translations_zh import ZH_HANS

    assert set(refusals()) <= set(_WHAT)
    assert all(ZH_HANS.get(what) for what in _WHAT)
