"""Found by hand (session 66W): with the outline filtered to its chapters ('章'), reading on in a chapter marked no row
at all: the reader's section (an article, 第七条) is hidden by the filter, so the tree's selection was cleared and it
scrolled to its top, though the chapter the reader is in is listed. The nearest enclosing heading the filter keeps
is marked now."""

from __future__ import annotations

from PySide6.QtCore import Qt

from qtsupport import settle

ARTICLE = "国家依照法律规定保护公民的私有财产权和继承权，国家为了公共利益的需要，可以依照法律规定实行征收或者征用。"



def _text() -> str:
    lines = ["中华人民共和国某某法", ""]
    number = 0
    for c, title in enumerate(("总则", "公民的基本权利和义务", "国家机构", "国旗、国歌、国徽、首都")):
        lines += [f"第{'一二三四'[c]}章 {title}", ""]
        for _ in range(4):
            number += 1
            lines += [f"第{'一二三四五六七八九十'[number - 1] if number <= 10 else '十' + '一二三四五六'[number - 11]}条 {ARTICLE}",
                      ARTICLE, ""]
    return "\n".join(lines) + "\n"


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "law.txt"
    path.write_text(_text(), encoding="utf-8")
    window = make_window([str(path)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window


def _heading(window, label: str) -> int:
    headings = window.loaded.document.headings
    return next(i for i, h in enumerate(headings) if window.outline.label(i).startswith(label))


def _marked(window) -> str:
    tree = window.outline.tree
    rows = tree.selectionModel().selectedIndexes()
    return rows[0].data(Qt.ItemDataRole.DisplayRole) if rows else ""


def test_reading_in_a_chapter_with_the_outline_filtered_to_chapters_marks_the_chapter(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    outline = window.outline
    article = _heading(window, "第七条")
    window.go_to_offset(window.loaded.document.headings[article].offset)
    settle(window)
    assert outline.current_index() == article and _marked(window).startswith("第七条")
    outline.filter_box.setFocus()
    outline.filter_box.setText("章")  # as typed
    settle(window)
    assert outline.tree.model().rowCount() == 4  # the chapters alone
    assert _marked(window).startswith("第二章")  # before: nothing marked
    # read on into 第三章 (scrolled, not jumped: a jump to a heading the filter hides ends the filter, 68-round rule;
    # with go_to_offset the test raced the filter's own textChanged and failed 2 runs in 4 under load)
    window.reading.scroll_to_offset(window.loaded.document.headings[_heading(window, "第十条")].offset)
    settle(window)
    assert outline.current_index() == _heading(window, "第十条")
    assert _marked(window).startswith("第三章")

