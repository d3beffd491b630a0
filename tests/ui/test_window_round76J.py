"""Session 76J: F3 to a keyword hit in the title or the metadata line under it (above the first heading) marked the
first section in the outline and the breadcrumb: the reader is above every section there, and nothing is marked.
The question before removing many rows wraps between its clauses (繁體 split 連 / 同 across two lines)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from qtsupport import add_keyword, line_breaks, open_text, settle

SETTLE = 60  # s: the machine may be loaded
WORD = "北京日报"
TEXT = ("北京日报关于加强人大监督工作的通知\n\n来源：北京日报   时间：2024-07-09\n\n一、总则\n\n"
        + "依法接受监督，各级机关依照法定权限和程序行使职权。\n\n" * 60
        + "二、附则\n\n北京日报记者报道，本通知自发布之日起施行。\n")


def _f3(qtbot, window) -> tuple[int, int, list[str]]:
    """Press F3 in the text: the hit it went to, then the outline's marked heading and the breadcrumb's path."""
    positions: list[int] = []
    window.hits.keyword_position.connect(lambda index, total: positions.append(index))
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    settle(window, SETTLE)
    assert positions
    return positions[-1], window.outline.current_index(), window.breadcrumb.path()


def test_f3_to_a_hit_above_the_first_heading_marks_no_section(make_window, qtbot, tmp_path):
    window = open_text(make_window, qtbot, tmp_path, TEXT, "notice.txt")
    add_keyword(qtbot, window, WORD, 3, SETTLE)  # title, line, text
    window.reading.setFocus()
    assert window.outline.current_index() == -1 and window.breadcrumb.path() == []  # opened at the title
    assert _f3(qtbot, window) == (0, -1, [])  # the title's hit (was: 一、总则 marked, in the breadcrumb too)
    assert _f3(qtbot, window) == (1, -1, [])  # the metadata line's
    hit, marked, crumbs = _f3(qtbot, window)  # the text's, in 二、附则, far below
    assert (hit, marked) == (2, 1) and crumbs and crumbs[-1].endswith("附则")
    assert _f3(qtbot, window) == (0, -1, [])  # round to the title again: the view back at the top, nothing marked
    assert window.reading.verticalScrollBar().value() == 0


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_the_removal_question_may_wrap_only_between_clauses(make_window, qtbot, language):
    """Found by hand in 繁體: the box asking before four or more rows go wrapped '…文檔連' / '同閱讀位置…'. Where Qt may
    end a line (its own line-break finder, whatever the font) is after a clause's mark or at a space only."""
    window = make_window()
    window.set_language(language)
    try:
        settle(window)
        document_list = window.document_list
        assert len(document_list.entries()) >= 4
        document_list.setFocus()
        qtbot.waitUntil(document_list.hasFocus)
        qtbot.keyClick(document_list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(document_list, Qt.Key.Key_Delete)
        settle(window)
        box = window.findChild(QMessageBox, "confirmRemoval")
        assert box is not None and box.isVisible()
        for text in (box.text(), box.informativeText()):
            ends = sorted(line_breaks(text) - {len(text)})
            assert ends, text
            for at in ends:  # was: between any two characters (連 / 同)
                assert text[at - 1] in "，。？ " or text[at] in "「“", (text, at)
        said = box.informativeText().replace("\u2060", "")
        assert ("連同" if language == "zh_TW" else "连同") in said  # the joiners are all that was added
        box.reject()
        settle(window)
    finally:
        window.set_language("en")
