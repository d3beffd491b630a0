"""Found by hand (session 72, helper E): File › Export as Text refused the opened document's file, but onto another
document of the library (a bundled seed, a file added earlier) it only asked 'Replace?'. Export now refuses any
library document's file, whatever the path's spelling, and says which document it is."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from qtsupport import settle
from reader.paths import seeds_dir
from support import seed


@pytest.fixture
def answers(monkeypatch):
    """The path the save dialog returns, and what the message boxes were asked ('Replace?' is answered Yes)."""
    said = {"warnings": [], "questions": []}

    def question(parent, title, text, *a, **k):
        said["questions"].append(text)
        return QMessageBox.StandardButton.Yes if said.get("replace", True) else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a, **k: said["warnings"].append(text)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    def ask(parent, caption, suggested, *a, **k):
        said["suggested"] = suggested
        return str(said["path"]), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return said


def _opened(window, path) -> None:
    window.open_path(str(path))
    settle(window)
    assert window.loaded is not None and window.loaded.path == str(path)


def test_export_refuses_another_library_documents_file(make_window, tmp_path, answers):
    first, second = tmp_path / "第一篇.txt", tmp_path / "第二篇.txt"
    shutil.copy(seed("004"), first)
    shutil.copy(seed("001"), second)
    window = make_window()
    _opened(window, first)  # now in the library
    title = window.loaded.document.title
    _opened(window, second)
    before = first.read_bytes()
    window.statusBar().clearMessage()
    link = tmp_path / "链接.txt"
    link.symlink_to(first)
    for chosen in (first, link, tmp_path / "." / "第一篇"):  # the file, a link to it, its name without '.txt'
        answers["path"] = chosen
        window.actions_.export_text.trigger()
        assert answers["warnings"][-1] == (f"Will not overwrite “{title}”, a document in the library; "
                                           "choose another file name.")
    assert len(answers["warnings"]) == 3 and answers["questions"] == []
    assert first.read_bytes() == before and link.is_symlink()
    assert window.statusBar().currentMessage() == ""  # nothing was exported


def test_export_refuses_a_bundled_seed_and_still_writes_elsewhere(make_window, tmp_path, answers):
    window = make_window()
    settle(window)
    listed = {e.path for e in window.documents.entries()}
    seeds = [p for p in sorted(seeds_dir().glob("*.txt")) if str(p) in listed]  # the installed package's copies
    # (in CI the seeds listed are those under site-packages, not the checkout's)
    assert len(seeds) >= 2, "the first start lists the bundled seeds"
    _opened(window, seeds[0])
    answers["replace"] = False  # were it asked, the seed stays as it is
    answers["path"] = seeds[1]
    window.actions_.export_text.trigger()
    assert answers["questions"] == [] and len(answers["warnings"]) == 1
    assert "a document in the library" in answers["warnings"][0]
    answers["path"] = tmp_path / "导出.txt"
    window.actions_.export_text.trigger()
    assert (tmp_path / "导出.txt").exists() and len(answers["warnings"]) == 1


@pytest.fixture
def chinese(qapp):
    from reader.ui.i18n import install_translator

    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en_US")


def test_the_refusal_names_the_document_in_chinese_too(qtbot, tmp_path, answers, chinese):
    from reader.ui.export import save_text_dialog

    listed = tmp_path / "讲话.txt"
    listed.write_text("原文\n", encoding="utf-8")
    answers["path"] = listed
    library = {listed: "在会议上的讲话"}.get
    assert save_text_dialog(None, "改写", source=tmp_path / "打开的.txt", library=library, suggested_name="讲话",
                            folder=tmp_path) is None
    assert answers["suggested"] == str(tmp_path / "讲话 (zhreader).txt")  # the dialog offers a name no document has
    assert answers["warnings"] == ["不会覆盖文库中的文档“在会议上的讲话”，请换一个文件名。"]
    assert listed.read_text(encoding="utf-8") == "原文\n" and answers["questions"] == []
