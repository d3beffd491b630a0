"""Found by hand (session 65K): the keyword rows sat in the panel's own layout, so thirty keywords made the panel, and
the window with it, taller than the screen (a 900-pixel screen showed a 960-pixel window): the hit position, the
arrows, the suggestions and the status bar went below its edge. The rows now scroll inside the panel, the row just
typed brought into sight; a few keywords take no more room than before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from qtsupport import settle
from reader.ui.window_keywords import MAX_KEYWORD_CHARS

TEXT = "关于人大监督工作的报告\n\n国家机关依法接受人大监督，改革发展取得进展。國家、監督、人民。\n"
MANY = ("城市 首都 建设 服务 治理 创新 保障 北京 高质量 协同 经济 社会 文化 生态 教育 科技 人才 医疗 交通 住房 "
        "人大 监督 国家 改革 发展 人民 机关 依法 接受 取得 进展 报告 工作 关于 农业").split()
SIZE = (1100, 760)


def _open(make_window, qtbot, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)], size=SIZE)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window


def _in_sight(widget: QWidget) -> bool:
    """Shown whole, not cut by the scrolled list's edge."""
    return widget.isVisible() and widget.visibleRegion().boundingRect().height() == widget.height()


def _row(window, word: str) -> QWidget:
    rows = window.keyword_panel.findChildren(QWidget, "keywordRow")
    return next(r for r in rows if r.property("word") == word and not r.isHidden())  # not one removed, still there


def test_many_keywords_scroll_in_the_panel_instead_of_stretching_the_window(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    panel = window.keyword_panel
    for word in MANY:  # one at a time, as typed in the box
        panel.add_keyword(word)
    settle(window)
    qtbot.wait(50)
    assert len(panel.keywords()) == len(MANY)
    assert window.height() == SIZE[1] and window.minimumSizeHint().height() < SIZE[1]  # before: 1180 and more
    position = panel.findChild(QLabel, "hitPosition")
    assert position.text() and _in_sight(position)  # 'Total: 17' still shown under the rows
    assert position.mapTo(window, position.rect().bottomLeft()).y() < window.height()
    assert _in_sight(_row(window, MANY[-1]))  # the keyword just typed is in sight, the list scrolled to it
    assert _row(window, MANY[0]).visibleRegion().isEmpty()  # scrolled away


def test_a_few_keywords_take_the_room_they_took_before(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    panel = window.keyword_panel
    for word in ("人大", "监督", "改革"):
        panel.add_keyword(word)
    settle(window)
    qtbot.wait(50)
    rows = [_row(window, w) for w in ("人大", "监督", "改革")]
    assert all(_in_sight(r) for r in rows)
    position = panel.findChild(QLabel, "hitPosition")
    under = rows[-1].mapTo(panel, rows[-1].rect().bottomLeft()).y()
    top = position.mapTo(panel, position.rect().topLeft()).y()
    assert 0 <= top - under < 3 * position.height()  # the position sits right under the rows, no empty band


def test_removing_keywords_gives_the_room_back_and_restored_keywords_start_at_the_top(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path)
    panel = window.keyword_panel
    panel.add_keyword(" ".join(MANY))
    settle(window)
    for word in MANY[3:]:
        panel.remove_keyword(word)
    settle(window)
    qtbot.wait(50)
    assert panel.keywords() == MANY[:3]
    assert all(_in_sight(_row(window, w)) for w in MANY[:3])
    window.close()  # the session saved: the next window restores every keyword
    second = _open(make_window, qtbot, tmp_path)
    second.keyword_panel.set_keywords(MANY)
    settle(second)
    qtbot.wait(50)
    assert _in_sight(_row(second, MANY[0])) and second.height() == SIZE[1]


# --- Ctrl+K on a selection with a comma inside: one phrase, as selected ---------------------------------------------
# Found by hand: a double-click in Chinese text selects the whole run up to a Latin letter (Qt's word bounds), and
# Ctrl+K on '電腦的內存和U盤都很重要，人大監督發展。內存不足時，…' added three keywords cut at the commas; a
# selection longer than a phrase did nothing at all, without a word.

PHRASES = "关于人大监督的报告\n\n会议听取了人大，监督工作的汇报。人大监督发展、改革取得进展。人大，监督。\n"


def _select_and_ctrl_k(window, qtbot, at: int, end: int) -> None:
    view = window.reading
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(at))
    cursor.setPosition(view.to_qt(end), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=5000)
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(window)


def _open_text(make_window, qtbot, tmp_path, text: str):
    path = tmp_path / "phrases.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window([str(path)], size=SIZE)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    return window


@pytest.mark.parametrize("selected", ["人大，监督", "发展、改革", "人大监督发展、改革取得进展"])
def test_a_selection_with_a_comma_inside_is_one_keyword(make_window, qtbot, tmp_path, selected):
    window = _open_text(make_window, qtbot, tmp_path, PHRASES)
    text = window.reading.displayed_text()
    at = text.index(selected)
    _select_and_ctrl_k(window, qtbot, at, at + len(selected))
    panel = window.keyword_panel
    assert panel.keywords() == [selected]  # before: ['人大', '监督'] (and the like), two keywords never selected
    counts = window.hits._hits.counts()
    assert counts[selected] == text.count(selected)


def test_typed_words_with_commas_are_still_several_keywords(make_window, qtbot, tmp_path):
    window = _open_text(make_window, qtbot, tmp_path, PHRASES)
    window.keyword_panel.add_keyword("人大，监督、改革")  # typed in the box: a list, as before
    settle(window)
    assert window.keyword_panel.keywords() == ["人大", "监督", "改革"]


def test_a_passage_selected_is_refused_with_a_word(make_window, qtbot, tmp_path):
    long_text = "关于人大监督的报告\n\n" + "人大监督工作取得进展，" * 8 + "\n"
    window = _open_text(make_window, qtbot, tmp_path, long_text)
    text = window.reading.displayed_text()
    at = text.index("人大监督工作")
    _select_and_ctrl_k(window, qtbot, at, at + MAX_KEYWORD_CHARS + 5)
    assert window.keyword_panel.keywords() == []
    assert str(MAX_KEYWORD_CHARS) in QToolTip.text()  # before: nothing happened, nothing said


# --- a double-click in Chinese text selects within the clause clicked -------------------------------------------------

CLAUSES = "关于内存的说明\n\n电脑的内存和U盘都很重要，人大监督发展。内存不足时，信息无法保存到U盘里。\n\nabc def\n"


def _double_click(window, qtbot, offset: int) -> str:
    view = window.reading
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(offset))
    point = view.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return view.selected_text()


@pytest.mark.parametrize("inside, clause", [
    ("人大", "人大监督发展"),            # before: the whole paragraph, through '，' and '。'
    ("不足", "内存不足时"),
    ("信息", "信息无法保存到U盘里"),
])
def test_a_double_click_selects_within_the_clause(make_window, qtbot, tmp_path, inside, clause):
    window = _open_text(make_window, qtbot, tmp_path, CLAUSES)
    text = window.reading.displayed_text()
    assert _double_click(window, qtbot, text.index(inside) + 1) == clause


ASTRAL = "关于𠮷字的说明\n\n𠮷𠮷野家的𠮷字和U盘都很重要，𠮷𠮷人大监督发展。𠮷字不足时，信息无法保存。\n"


@pytest.mark.parametrize("inside, clause", [
    ("人大", "𠮷𠮷人大监督发展"),  # characters past U+FFFF count twice in Qt: the clause is found in Python indices
    ("不足", "𠮷字不足时"),
    ("野家", "𠮷𠮷野家的𠮷字和U盘都很重要"),
])
def test_a_double_click_selects_the_clause_past_characters_qt_counts_twice(make_window, qtbot, tmp_path, inside,
                                                                           clause):
    window = _open_text(make_window, qtbot, tmp_path, ASTRAL)
    text = window.reading.displayed_text()
    assert _double_click(window, qtbot, text.index(inside) + 1) == clause


def test_a_double_click_on_latin_words_is_left_as_qt_does_it(make_window, qtbot, tmp_path):
    window = _open_text(make_window, qtbot, tmp_path, CLAUSES)
    text = window.reading.displayed_text()
    assert _double_click(window, qtbot, text.index("def") + 1) == "def"
