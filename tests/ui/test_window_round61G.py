"""Found by hand under Xvfb (session 61G): the library search says it is still indexing rather than 'Nothing found'
on a first start; File › Open and Library › Add start in the reader's home or the folder last chosen from (kept
across runs), not the bundled seeds; a narrow outline keeps a long article's number whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from reader.app import create_app
from reader.paths import seeds_dir
from reader.ui import library_upkeep, open_dialogs
from reader.ui.outline_rows import NARROW_INDENT, keep_marker
from qtsupport import settle, until_library_idle

INDEXING = "Nothing found yet: indexing the library…"


# --- (a) the library search while documents are still being indexed ---------------------------------------------

def test_an_empty_result_before_the_first_indexing_ends_says_indexing_then_nothing_found(qtbot):
    _app, window = create_app([])  # a fresh home: the seeds are indexed a moment after the window shows
    qtbot.addWidget(window)
    window.show()
    search = window.library_panel.search
    search.search("湖泊治理")
    qtbot.waitUntil(lambda: search.status.text() not in ("Searching…", ""), timeout=10000)
    assert window.library_panel.importer.busy or not window.library_panel._checked  # still indexing
    assert search.status.text() == INDEXING
    until_library_idle(qtbot, window)
    qtbot.waitUntil(lambda: search.status.text() == "Nothing found", timeout=10000)


def test_hits_found_while_indexing_are_counted_as_ever(qtbot, make_window):
    window = make_window([])
    until_library_idle(qtbot, window)
    panel = window.library_panel
    panel.search.set_indexing(True)  # as while a folder is being added
    panel.search.search("人大")
    qtbot.waitUntil(lambda: panel.search.model.rowCount() > 0, timeout=10000)
    assert panel.search.status.text().endswith("documents")


def test_an_added_folder_says_indexing_while_its_files_are_indexed(qtbot, make_window, tmp_path):
    window = make_window([])
    until_library_idle(qtbot, window)
    search = window.library_panel.search
    search.search("湖泊治理")
    qtbot.waitUntil(lambda: search.status.text() == "Nothing found", timeout=10000)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "lakes.txt").write_text("关于湖泊治理情况的报告\n\n一、基本情况\n全市湖泊治理取得进展。\n", encoding="utf-8")
    window.library_panel.importer.start([str(folder)])
    assert search.status.text() == INDEXING
    until_library_idle(qtbot, window)
    qtbot.waitUntil(lambda: search.model.rowCount() == 1, timeout=10000)


# --- (b) where the Open and Add dialogs start --------------------------------------------------------------------

class _Dialog:
    """Stands in for QFileDialog: records the folder each dialog started in and answers with `answer`."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.answer: list[str] = []

    def files(self, _parent, _caption, folder, *_args, **_kwargs):
        self.started.append(folder)
        return list(self.answer), ""

    def folder(self, _parent, _caption, folder, *_args, **_kwargs):
        self.started.append(folder)
        return self.answer[0] if self.answer else ""


@pytest.fixture
def dialog(monkeypatch):
    fake = _Dialog()
    monkeypatch.setattr(open_dialogs.QFileDialog, "getOpenFileNames", fake.files)
    monkeypatch.setattr(library_upkeep.QFileDialog, "getExistingDirectory", fake.folder)
    return fake


@pytest.mark.parametrize("action", ["open_file", "add_files", "open_folder"])
def test_the_first_dialog_starts_in_the_home_folder_not_the_seeds(make_window, dialog, action):
    window = make_window([])
    assert Path(window.loaded.path).parent == Path(seeds_dir())  # a first start shows a seed
    getattr(window.actions_, action).trigger()
    assert dialog.started == [str(Path.home())]


def test_the_folder_opened_from_is_where_the_next_dialog_starts_after_a_relaunch(make_window, dialog, tmp_path):
    folder = tmp_path / "文件"
    folder.mkdir()
    notice = folder / "notice.txt"
    notice.write_text("国务院关于加强监督管理的通知\n\n一、总体要求\n加强监督管理。\n", encoding="utf-8")
    window = make_window([])
    dialog.answer = [str(notice)]
    window.actions_.open_file.trigger()
    settle(window)
    window.close()
    window.jobs.wait(5000)
    dialog.answer = []
    again = make_window([])
    assert again.loaded.path == str(notice)  # the session came back
    seed = next(e.path for e in again.documents.entries() if Path(e.path).parent == Path(seeds_dir()))
    again.open_path(seed)  # another document on screen: the dialog stays where the reader chose from
    settle(again)
    again.actions_.open_file.trigger()
    again.actions_.add_files.trigger()
    assert dialog.started[-2:] == [str(folder), str(folder)]


def test_a_folder_added_is_where_the_next_dialog_starts(make_window, dialog, tmp_path):
    window = make_window([])
    dialog.answer = [str(tmp_path)]
    window.actions_.open_folder.trigger()
    dialog.answer = []
    window.actions_.open_file.trigger()
    assert dialog.started[-1] == str(tmp_path)


def test_a_remembered_folder_since_removed_gives_the_home_folder(make_window, dialog, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    window = make_window([])
    window.settings.open_folder = str(gone)
    gone.rmdir()
    window.actions_.open_file.trigger()
    assert dialog.started == [str(Path.home())]


# --- (c) a long article number in a narrow outline ---------------------------------------------------------------

def _numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    text = digits[hundreds] + "百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    return text + (digits[ones] if ones else "")


def _constitution(tmp_path) -> Path:
    """Chapters, sections and 130 bare articles, as the PRC constitution is laid out."""
    lines = ["中华人民共和国宪法", "", "（1982年12月4日第五届全国人民代表大会第五次会议通过）", ""]
    for n in range(1, 131):
        if n in (1, 60):
            lines += ["第{}章 {}".format("一" if n == 1 else "二", "总纲" if n == 1 else "国家机构"), ""]
        if n in (60, 100):
            lines += ["第{}节 {}".format("一" if n == 60 else "二", "全国人民代表大会" if n == 60 else "人民法院和人民检察院"), ""]
        lines += [f"第{_numeral(n)}条", "", "国家依法保障公民的各项权利，各级人民政府应当依照本法的规定履行职责。", ""]
    path = tmp_path / "constitution.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _row_text(window, label: str) -> tuple[str, int, int]:
    """The text a row is drawn with, the room for it and what the whole label needs, in pixels."""
    tree = window.outline.tree
    index = next(i for i in range(len(window.outline.outline.headings)) if window.outline.label(i) == label)
    row = window.outline.row(index)
    tree.scrollTo(row)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(row)
    tree.itemDelegate().initStyleOption(option, row)
    margin = 2 * (tree.style().pixelMetric(tree.style().PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    return option.text, option.rect.width() - margin, option.fontMetrics.horizontalAdvance(label)


def _narrow_sidebar(qtbot, window) -> None:
    sizes = window.splitter.sizes()
    window.splitter.setSizes([150, sizes[0] + sizes[1] - 150, sizes[2]])
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.outline.tree.viewport().width() < 150, timeout=5000)
    settle(window)


def test_a_narrow_outline_has_room_for_a_deep_articles_whole_number(make_window, qtbot, tmp_path):
    window = make_window([str(_constitution(tmp_path))])
    _narrow_sidebar(qtbot, window)
    assert window.outline.tree.indentation() == NARROW_INDENT
    text, room, needed = _row_text(window, "第一百二十三条")
    assert needed <= room and text == "第一百二十三条"


def test_a_wide_outline_keeps_the_styles_indentation(make_window, qtbot, tmp_path):
    window = make_window([str(_constitution(tmp_path))])
    assert window.outline.tree.viewport().width() >= 220
    assert window.outline.tree.indentation() > NARROW_INDENT


def test_a_long_section_title_loses_its_end_never_its_number(make_window, qtbot, tmp_path):
    window = make_window([str(_constitution(tmp_path))])
    _narrow_sidebar(qtbot, window)
    text, room, needed = _row_text(window, "第二节 人民法院和人民检察院")
    assert needed > room  # too long for a narrow panel
    assert text.startswith("第二节 ") and text.endswith("…") and len(text) < len("第二节 人民法院和人民检察院")


@pytest.mark.parametrize("text, marker, room, expected", [
    ("第八节 人民法院和人民检察院", "第八节", 8, "第八节 人民法…"),  # the title elided after the marker kept whole
    ("第八节 人民法院和人民检察院", "第八节", 40, "第八节 人民法院和人民检察院"),  # fits: left alone
    ("第一百二十三条", "第一百二十三条", 5, "第一百二十三条"),  # nothing but the number: the style's own elision
    ("序言", "", 1, "序言"),  # no marker: the style's own elision
    ("一、总体要求", "一、", 4, "一、总…"),
])
def test_keep_marker(text, marker, room, expected):
    """Widths in characters: each character is one unit wide, an ellipsis too."""
    def elide(rest: str, width: int) -> str:
        return rest if len(rest) <= width else rest[:max(0, width - 1)] + "…"
    assert keep_marker(text, marker, room, len, elide) == expected
