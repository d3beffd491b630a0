"""Export: UTF-8 text round trip, never over the opened file, PDF and print output (offscreen, no font needed)."""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.ui.export import (
    ExportError,
    compose_text,
    export_pdf,
    export_pdf_dialog,
    export_text,
    print_document,
    save_text_dialog,
)

BODY = "第一条　𠮷野家的說明。\n第二条　国务院关于<b>印发</b>的通知\n"
META = [("来源", "新华社"), ("日期", "2024-03-05"), ("作者", "")]


@pytest.mark.parametrize(
    "title, metadata, text, expected",
    [
        ("标题", META, "正文\n", "标题\n\n来源：新华社\n日期：2024-03-05\n\n正文\n"),
        ("", [], "正文", "正文\n"),
        ("標題", [("作者", "")], "甲\n乙", "標題\n\n甲\n乙\n"),
    ],
)
def test_compose_text(title, metadata, text, expected):
    assert compose_text(title, metadata, text) == expected


def test_text_export_round_trips_as_utf8(tmp_path):
    target = tmp_path / "out.txt"
    export_text(target, BODY, title="关于𠮷的通知", metadata=META)
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8") == compose_text("关于𠮷的通知", META, BODY)
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary file left behind


def test_text_export_replaces_another_existing_file(tmp_path):
    target = tmp_path / "old.txt"
    target.write_text("旧内容", encoding="utf-8")
    export_text(target, "新内容")
    assert target.read_text(encoding="utf-8") == "新内容\n"


@pytest.mark.parametrize("how", ["same", "relative", "symlink", "hardlink"])
def test_export_refuses_to_overwrite_the_opened_document(tmp_path, monkeypatch, how):
    source = tmp_path / "doc.txt"
    source.write_bytes("原文件\r\n".encode("gb18030"))
    monkeypatch.chdir(tmp_path)
    target = {"same": source, "relative": tmp_path / "sub" / ".." / "doc.txt"}.get(how)
    if how == "relative":
        (tmp_path / "sub").mkdir()
    if how == "symlink":
        target = tmp_path / "link.txt"
        target.symlink_to(source)
    if how == "hardlink":
        target = tmp_path / "hard.txt"
        os.link(source, target)
    with pytest.raises(ExportError):
        export_text(target, "改写", source=source)
    with pytest.raises(ExportError):
        export_pdf(QTextDocument("改写"), target, source=source)
    assert source.read_bytes() == "原文件\r\n".encode("gb18030")


def test_unwritable_target_is_an_export_error(tmp_path):
    with pytest.raises(ExportError):
        export_text(tmp_path / "missing-folder" / "out.txt", "正文")
    with pytest.raises(ExportError):
        export_text(tmp_path, "正文")  # a folder


def _pdf_title(data: bytes) -> str:
    raw = re.search(rb"/Title \((.*?)(?<!\\)\)", data, re.S).group(1)
    raw = re.sub(rb"\\(.)", rb"\1", raw, flags=re.S)
    return raw.decode("utf-16")


def test_pdf_export_writes_a_pdf_with_the_title(qapp, tmp_path):
    document = QTextDocument()
    document.setPlainText("\n".join(f"第{i}段　𠮷野家與国务院（测试）" for i in range(400)))
    target = tmp_path / "out.pdf"
    export_pdf(document, target, title="国务院关于（某事）的通知")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert _pdf_title(data) == "国务院关于（某事）的通知"
    assert len(re.findall(rb"/Type\s*/Page\b", data)) > 1  # 400 paragraphs do not fit on one page
    assert document.toPlainText().startswith("第0段")  # the reading pane's document is left as it was


def test_print_document_renders_onto_a_printer(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(QTextDocument("打印测试"), printer)
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_save_dialog_writes_where_the_user_chose(qtbot, tmp_path, monkeypatch):
    chosen = tmp_path / "导出"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    written = save_text_dialog(None, "正文", title="标题", source=tmp_path / "doc.txt")
    assert written == tmp_path / "导出.txt"
    assert written.read_text(encoding="utf-8") == "标题\n\n正文\n"


def test_dialogs_tell_the_user_and_keep_the_source_when_it_is_chosen(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "doc.txt"
    source.write_text("原文", encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(source), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warnings.append(text)))
    assert save_text_dialog(None, "改写", source=source) is None
    assert len(warnings) == 1 and warnings[0]
    assert source.read_text(encoding="utf-8") == "原文"


def test_pdf_dialog_cancelled_writes_nothing(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert export_pdf_dialog(None, QTextDocument("正文"), source=tmp_path / "doc.txt") is None
    assert list(tmp_path.iterdir()) == []


def test_pdf_dialog_adds_the_extension_and_writes(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "报告"), "")))
    written = export_pdf_dialog(None, QTextDocument("正文"), source=tmp_path / "doc.txt", title="报告")
    assert written == tmp_path / "报告.pdf"
    assert written.read_bytes().startswith(b"%PDF")
