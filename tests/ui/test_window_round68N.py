"""Found by hand (session 68N): a library search result labelled 第一章 › 第三条 opened with its hit selected under
第三条, a third of the way down, but the breadcrumb and the outline named 第二条, whose last lines were at the top.
A search result's hit is now the reader's place as an F3 step's is: its section is named while the hit is on screen,
and the top of the view is followed again once the reader scrolls the hit away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from qtsupport import settle
from reader.paths import Paths
from reader.storage import importer
from reader.storage.library import Library

WORD = "示范条款"
BODY = "全国人民代表大会和地方各级人民代表大会都由民主选举产生，对人民负责，受人民监督。国家机关都由人民代表大会产生。\n"


def _law(long: bool) -> str:
    """A law whose articles are long: the lines above 第三条's first paragraph are all 第二条's; `long`: past
    documents.TEXT_FIRST_CHARS, shown before its outline is found (which arrives after the hit is selected)."""
    parts = ["中华人民共和国示范法\n\n第一章　总则\n"]
    for n, name in enumerate(("一", "二", "三", "四", "五", "六"), start=1):
        parts.append(f"第{name}条　中华人民共和国的国家机构实行第{n}项原则。\n")
        if name == "三":
            parts.append(f"本{WORD}所称国家机构，依照宪法设立。\n")
        parts.append(BODY * 14)
    if long:
        parts.append("第七条　附则。\n" + BODY * 3200)
    return "".join(parts)


def _found(make_window, qtbot, tmp_path, long: bool = False):
    other = tmp_path / "other.txt"
    other.write_text("关于试行的通知\n\n一、总体要求\n\n依法行政。\n", encoding="utf-8")
    law = tmp_path / "law.txt"
    law.write_text(_law(long), encoding="utf-8")
    lib = Library(Paths.default().library_file)
    importer.import_paths(lib, [str(other), str(law)])
    importer.index_pending(lib)
    lib.close()
    window = make_window([str(other)])
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    field = window.findChild(QLineEdit, "librarySearch")
    status = window.findChild(QLabel, "librarySearchStatus")
    field.setFocus()
    field.insert(WORD)
    search = window.library_panel.search
    qtbot.waitUntil(lambda: search.model.rowCount() == 1 and status.text() != "Searching…", timeout=20000)
    return window, search, str(law)


def _open_result(window, search, qtbot, path: str) -> None:
    search.field.setFocus()
    qtbot.keyClick(search.field, Qt.Key.Key_Return)  # the first (only) result
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == path
                    and window.reading.textCursor().selectedText() == WORD, timeout=20000)
    settle(window)  # (a long text's outline too)
    assert [h.title for h in window.sections.outline.headings][2:5] == ["第二条", "第三条", "第四条"]


def _title(window, index: int) -> str:
    return window.sections.outline.headings[index].title if index >= 0 else ""


def _marked(window) -> tuple[str, str]:
    """(breadcrumb's last crumb, the outline's marked heading)."""
    crumbs = window.breadcrumb.path()
    return crumbs[-1] if crumbs else "", _title(window, window.outline.current_index())


def _top_title(window) -> str:
    """The heading of the section at the top of the view ('' at the title, above the first: round 72F)."""
    return _title(window, window.sections.outline.section_at(window.reading.top_offset(read=True)))


@pytest.mark.parametrize("long", [False, True])
def test_a_search_results_hit_names_its_own_section_until_scrolled_away(make_window, qtbot, tmp_path, long):
    window, search, law = _found(make_window, qtbot, tmp_path, long)
    _open_result(window, search, qtbot, law)
    assert _top_title(window).startswith("第二条")  # the hit is below the top, under 第二条's last lines
    crumb, marked = _marked(window)
    assert crumb.startswith("第三条") and marked.startswith("第三条")  # was 第二条 and 第二条
    window.reading.setFocus()
    for _ in range(3):  # read on: the hit scrolled off the top, into 第三条's body and past it
        qtbot.keyClick(window.reading, Qt.Key.Key_PageDown)
        settle(window)
    assert _top_title(window) != "第三条"
    qtbot.waitUntil(lambda: _marked(window) == (_top_title(window),) * 2, timeout=10000)  # (the place is debounced)
    # the top of the view is followed again
    window.close()


def test_a_result_in_the_document_on_screen_names_its_section_too(make_window, qtbot, tmp_path):
    window, search, law = _found(make_window, qtbot, tmp_path)
    _open_result(window, search, qtbot, law)
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # back to the start
    qtbot.waitUntil(lambda: _marked(window)[1] == _top_title(window) != "第三条", timeout=10000)
    _open_result(window, search, qtbot, law)  # on screen already: not opened again, the view goes to the hit
    assert _top_title(window).startswith("第二条")
    crumb, marked = _marked(window)
    assert crumb.startswith("第三条") and marked.startswith("第三条")
    window.close()
