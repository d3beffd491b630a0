"""Session 74H: a library search result's snippet showed a run of encoding damage (UTF-8 read as GBK, or as Latin-1)
as plain text, as if it were the document's words, where the reading pane marks the same run. The snippet now marks
it as the pane does (class 'garbled': the damage background, underlined); a snippet of real text is drawn as before."""

from __future__ import annotations

import html

import pytest

from qtsupport import settle
from reader.storage.found import Hit
from reader.ui.found_words import snippet_line

AROUND = ("会议强调，要", "，有效维护和发展最广大人民群众的根本利益。")


def _gbk(text: str) -> str:
    """UTF-8 bytes read as GBK and saved so, as a mis-decoded file is: what GBK lacks became '?'."""
    return text.encode("utf-8").decode("gbk", errors="replace").encode("gbk", errors="replace").decode("gbk")


def _hit(snippet: str, at: int, length: int) -> Hit:
    return Hit(1, "/d.txt", "题", "simplified", 0, length, snippet, "", snippet_hit=(at, length))


def _same(text: str, _script: str) -> str:
    return text


@pytest.mark.parametrize("bad", [
    _gbk("人民代表大会制度"),
    _gbk("要加强党对人大工作的领导"),
    "人民代表大会".encode("utf-8").decode("latin-1"),  # 'äººæ°' …: UTF-8 read as Latin-1
], ids=["gbk", "gbk longer", "latin-1"])
def test_a_snippets_run_of_damage_is_marked_and_its_hit_stays_bold(bad):
    snippet = AROUND[0] + bad + AROUND[1]
    line = snippet_line(_hit(snippet, 0, 4), _same)
    assert line.startswith("<b><u>会议强调</u></b>")  # the words searched for, as before
    assert line.count("<span class='garbled'>") == 1
    marked = html.unescape(line.split("<span class='garbled'>")[1].split("</span>")[0])
    assert marked in bad and len(marked) >= len(bad) - 2, (marked, bad)  # the run, as the reading pane flags it
    assert "有效维护" in line.split("</span>")[-1]  # the real words after it are not marked


@pytest.mark.parametrize("snippet", [
    "…鄱阳湖畔的婺源、歙县、黟县，龚琛、濮阳燚、缪骞、阚泽、亓官、闫岿。",  # names in rare characters: real text
    "…会议强调，要全面深化改革，推进社会主义现代化建设。",
])
def test_a_snippet_of_real_text_is_drawn_as_before(snippet):
    at = snippet.index("、") if "、" in snippet else snippet.index("改革")
    assert snippet_line(_hit(snippet, at, 1), _same) == snippet[:at] + f"<b><u>{snippet[at]}</u></b>" + snippet[at + 1:]


def test_the_result_list_marks_the_damage_in_a_found_documents_snippet(make_window, qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel, QLineEdit, QStyleOptionViewItem

    from reader.paths import Paths
    from reader.storage import importer
    from reader.storage.library import Library
    from reader.ui.themes import damage_background

    bad = _gbk("人民代表大会制度")
    other, damaged = tmp_path / "other.txt", tmp_path / "damaged.txt"
    other.write_text("关于做好防汛工作的通知\n\n各地要做好防汛准备。\n", encoding="utf-8")
    damaged.write_text(f"关于加强人大工作的意见\n\n{AROUND[0]}{bad}{AROUND[1]}\n", encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(other), str(damaged)])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(other)])
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert("会议强调")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    search = window.library_panel.search
    qtbot.waitUntil(lambda: search.model.rowCount() == 1 and status.text() != "Searching…", timeout=10000)
    settle(window)
    row = search.model.index(0, 0)
    assert row.data(Qt.ItemDataRole.UserRole + 1).path == str(damaged)
    assert "<span class='garbled'>" in row.data(Qt.ItemDataRole.DisplayRole)
    option = QStyleOptionViewItem()
    option.initFrom(search.results)
    option.rect = search.results.visualRect(row)
    doc = search.results.itemDelegate().row_document(option, row)  # the row as the list draws it
    text = doc.toPlainText()
    block, marked = doc.begin(), ""
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.charFormat().background().color() == QColor(damage_background(option.palette)):
                marked += frag.text()
            it += 1
        block = block.next()
    assert marked and marked in bad and len(marked) >= len(bad) - 2, (marked, bad, text)
    assert "有效维护" in text and "有效维护" not in marked
    window.close()
