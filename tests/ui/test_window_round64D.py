"""Found by hand (session 64D): the View menu said 'What Cleaning Removed…' over a dialog titled 'What cleaning did';
in that dialog a garbled row had no line number and a double-click on a removed row did nothing (it now shows that
line, selected, in the original file, Ctrl+U's view); zooming said 'Text size 17.3 pt' (and 'Text size 13.0 pt'
back at the actual size): sizes are whole points; a list row whose source is an address began 'source: ' in
lower case, where the reading header says 'Source:'; after a jump from a filtered outline (Ctrl+L, a word, Enter)
the filter stayed on while the reader read on, the tree showing none of the sections read: reading into a section
the filter hides now ends it, and the whole outline follows the reader again; the list's Number column (文号) showed
'国办发〔1997…' and Recently read lost its minutes at Qt's default 100 px beside a wide title: each column is as wide
as a typical value; Delete on the open document showed its neighbour without a word (the row just went), and rows
not open went silently too: the status bar says what was removed (the file stays where it is)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from qtsupport import settle
from reader.ui.cleaned_dialog import CleanedDialog
from reader.ui.typography import ZOOM_RANGE, point_size
from support import seed

DIGITS = "零一二三四五六七八九"


def _cn(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else DIGITS[tens]) + "十" if tens else "") + (DIGITS[ones] if ones or not tens else "")


def _law() -> str:
    """Four chapters (国家机构 the second) of eight articles each, long enough to read on through."""
    parts, n = ["示范条例", ""], 1
    for c, name in enumerate(("总则", "国家机构", "公民的基本权利和义务", "附则"), 1):
        parts += [f"第{_cn(c)}章 {name}", ""]
        for _ in range(8):
            parts += [f"第{_cn(n)}条 " + "本条规定的各项工作依法进行，有关单位和全体人员应当共同遵守。" * 5, ""]
            n += 1
    return "\n".join(parts)


def _dialog(window, qtbot, prefix: str) -> CleanedDialog:
    window.open_path(str(seed(prefix)))
    settle(window)
    qtbot.mouseClick(window.status.findChild(QToolButton, "cleanedIndicator"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(CleanedDialog, "cleanedDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def _rows(dialog: CleanedDialog):
    stack = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if not item.childCount():
            yield item
        stack.extend(item.child(i) for i in range(item.childCount()))


def test_the_menu_item_and_the_dialog_have_one_name(make_window, qtbot):
    window = make_window()
    dialog = _dialog(window, qtbot, "000")
    menu_name = window.actions_.cleaned_report.text().replace("&", "").rstrip("…")
    assert dialog.windowTitle() == menu_name == "What Cleaning Did"
    dialog.close()


def test_a_garbled_row_gives_its_line_in_the_file(make_window, qtbot):
    window = make_window()
    dialog = _dialog(window, qtbot, "004")
    doc = window.loaded.document
    garbled = [row for row in _rows(dialog) if row.data(0, Qt.ItemDataRole.UserRole) is not None]
    assert len(garbled) == len(doc.garbled) >= 1
    for row, run in zip(sorted(garbled, key=lambda r: r.data(0, Qt.ItemDataRole.UserRole)), doc.garbled):
        (paragraph,) = [p for p in doc.paragraphs if p.start <= run.start < p.start + len(p.text)]
        assert row.text(1) == str(paragraph.line) != "0"  # the file line its paragraph starts on
    dialog.close()


@pytest.mark.parametrize("original_on", [False, True])  # from the cleaned text, and with the original already shown
def test_a_double_click_on_a_removed_row_shows_that_line_in_the_original(make_window, qtbot, original_on):
    window = make_window()
    dialog = _dialog(window, qtbot, "000")
    window.actions_.show_original.setChecked(original_on)
    settle(window)
    removed = window.loaded.document.removed[-1]
    row = next(r for r in _rows(dialog) if r.text(1) == str(removed.line) and r.text(2) == removed.text[:200])
    dialog.tree.itemActivated.emit(row, 0)
    settle(window)
    assert window.actions_.show_original.isChecked() and window.stack.currentWidget() is window.original
    cursor = window.original.textCursor()
    assert cursor.blockNumber() + 1 == removed.line and cursor.selectedText().strip() == removed.text.strip()
    assert window.original.viewport().rect().contains(window.original.cursorRect(cursor))  # in sight
    dialog.close()


def test_a_garbled_row_still_shows_its_place_in_the_cleaned_text(make_window, qtbot):
    window = make_window()
    dialog = _dialog(window, qtbot, "004")
    window.actions_.show_original.setChecked(True)
    run = window.loaded.document.garbled[-1]
    row = next(r for r in _rows(dialog) if r.data(0, Qt.ItemDataRole.UserRole) == run.start)
    dialog.tree.itemActivated.emit(row, 0)
    settle(window)
    assert not window.actions_.show_original.isChecked() and window.stack.currentWidget() is window.reading
    dialog.close()


def test_text_sizes_are_whole_points(make_window, qtbot):
    assert all(point_size(z) == int(point_size(z)) for z in range(ZOOM_RANGE[0], ZOOM_RANGE[1] + 1))
    sizes = [point_size(z) for z in range(ZOOM_RANGE[0], ZOOM_RANGE[1] + 1)]
    assert sizes == sorted(set(sizes))  # every step still a different size
    window = make_window()
    for action, shown in ((window.actions_.zoom_in, "Text size 14 pt"), (window.actions_.zoom_in, "Text size 16 pt"),
                          (window.actions_.zoom_reset, "Text size 13 pt")):
        action.trigger()
        assert window.status.currentMessage() == shown


def test_a_source_address_in_the_list_shows_its_site_unlabelled_as_other_sources(make_window):  # 68N
    from reader.storage.library import Entry

    window = make_window()
    entry = Entry(path="/x/a.txt", title="条例", source="https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001")
    assert window.document_list.who(entry) == "law.moj.gov.tw"


def _filtered(make_window, qtbot, tmp_path, word: str):
    path = tmp_path / "law.txt"
    path.write_text(_law(), encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    window.actions_.focus_outline.trigger()
    box = window.outline.filter_box
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    box.insert(word)  # typed (QTest cannot type CJK)
    settle(window)
    return window, box


def _shown_rows(tree) -> int:
    model, count, stack = tree.model(), 0, [tree.rootIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            count += 1
            stack.append(model.index(row, 0, parent))
    return count


def test_reading_on_from_a_heading_found_by_the_filter_ends_the_filter(make_window, qtbot, tmp_path):
    window, box = _filtered(make_window, qtbot, tmp_path, "国家机构")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # to 第二章 国家机构, the reader's eyes on the text
    settle(window)
    assert window.reading.hasFocus() and box.text() == "国家机构"  # the jump itself keeps it
    assert _shown_rows(window.outline.tree) == 1
    for _ in range(3):
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
        settle(window)
    qtbot.waitUntil(lambda: box.text() == "", timeout=5000)  # the place is reported after the scrolling settles
    settle(window)
    assert _shown_rows(window.outline.tree) == 36  # the whole outline again
    current = window.outline.tree.currentIndex()
    assert current.isValid() and current.data().startswith("第") and "条" in current.data()  # it follows the reader
    assert window.outline.tree.visualRect(current).intersects(window.outline.tree.viewport().rect())


def test_moving_between_the_filters_headings_keeps_it(make_window, qtbot, tmp_path):
    window, box = _filtered(make_window, qtbot, tmp_path, "章")
    tree = window.outline.tree
    assert _shown_rows(tree) == 4
    for row in (1, 2, 0):  # from one chapter to another, as a reader looks through what the filter found
        index = tree.model().index(row, 0)
        tree.activated.emit(index)
        settle(window)
        assert box.text() == "章" and _shown_rows(tree) == 4


def test_a_filter_with_no_jump_stays_while_the_text_moves(make_window, qtbot, tmp_path):
    window, box = _filtered(make_window, qtbot, tmp_path, "国家机构")
    bar = window.reading.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the reader scrolls, the filter typed but not used yet
    qtbot.waitUntil(lambda: window.outline.current_index() > 9, timeout=5000)  # the place is followed
    settle(window)
    assert box.text() == "国家机构" and _shown_rows(window.outline.tree) == 1


@pytest.mark.parametrize("key, value", [("number", "国办发〔1997〕11号"), ("opened", "2026-12-06 14:56"),
                                        ("date", "1997-04-08"), ("authority", "国务院办公厅")])
def test_a_list_column_shows_a_typical_value_whole(make_window, key, value):
    from reader.ui.document_model import COLUMN

    window = make_window()
    window.splitter.setSizes([900, 300, 200])  # a wide list: the columns are shown
    document_list = window.document_list
    document_list.restore_view("", False, [key])  # the reader chose the column (the header's menu)
    settle(window)
    header = document_list.horizontalHeader()
    width = header.sectionSize(COLUMN[key])
    assert width >= document_list.fontMetrics().horizontalAdvance(value) + 8  # the cell's margins
    assert width <= 2 * document_list.fontMetrics().horizontalAdvance(value) + 40  # not a wide empty stretch


GONE = "was removed from the list; the file stays where it is"


def _three(make_window, qtbot, tmp_path):
    paths = []
    for name, title in (("a.txt", "关于甲项工作的通知"), ("b.txt", "关于乙项工作的通知"), ("c.txt", "关于丙项工作的通知")):
        path = tmp_path / name
        path.write_text(f"{title}\n\n各单位：\n\n现将有关事项通知如下。\n", encoding="utf-8")
        paths.append(str(path.resolve()))
    window = make_window(paths)
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == paths[-1], timeout=20000)
    settle(window)
    return window, paths


def test_delete_on_the_open_document_says_so_beside_its_neighbour(make_window, qtbot, tmp_path):
    window, paths = _three(make_window, qtbot, tmp_path)
    assert window.document_list.current_path() == paths[-1]
    window.actions_.remove_document.trigger()
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path != paths[-1], timeout=20000)
    settle(window)
    message = window.status.currentMessage()
    assert GONE in message and "丙项" in message  # named by its title, as the list named it
    assert window.reading.displayed_text()


@pytest.mark.parametrize("gone, said", [(1, "“关于甲项工作的通知” " + GONE),
                                        (2, "2 documents removed from the list (files untouched)")])
def test_removing_rows_not_open_says_so(make_window, qtbot, tmp_path, gone, said):
    window, paths = _three(make_window, qtbot, tmp_path)
    window.documents.remove_all(paths[:gone], "", "关于甲项工作的通知")
    settle(window)
    assert window.status.currentMessage() == said
    assert window.loaded is not None and window.loaded.path == paths[-1]  # the open one stays
