"""Found by hand (session 65F): with many keywords the panel's rows scroll, and F3 stepped to a hit of a keyword
whose row was scrolled away: the reader saw neither which keyword the hit was of nor its count. The current hit's
row is now marked and, on a step, scrolled into sight when it is out of it; a row in sight is not moved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from qtsupport import settle

TEXT = "关于人大监督工作的报告\n\n国家机关依法接受人大监督，改革发展取得进展。國家、監督、人民。\n"
MANY = ("城市 首都 建设 服务 治理 创新 保障 北京 高质量 协同 经济 社会 文化 生态 教育 科技 人才 医疗 交通 住房 "
        "人大 监督 国家 改革 发展 人民 机关 依法 接受 取得 进展 报告 工作 关于 农业").split()
SIZE = (1100, 760)


def _open(make_window, qtbot, tmp_path, words: list[str]):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([str(path)], size=SIZE)
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    settle(window)
    for word in words:  # one at a time, as typed in the box: the last one typed is in sight
        window.keyword_panel.add_keyword(word)
    settle(window)
    qtbot.wait(50)
    return window


def _row(window, word: str) -> QWidget:
    rows = window.keyword_panel.findChildren(QWidget, "keywordRow")
    return next(r for r in rows if r.property("word") == word and not r.isHidden())


def _in_sight(row: QWidget) -> bool:
    return row.isVisible() and row.visibleRegion().boundingRect().height() == row.height()


def _marked(window) -> list[str]:
    rows = window.keyword_panel.findChildren(QWidget, "keywordRow")
    return [r.property("word") for r in rows if not r.isHidden() and r.property("current")]


def _current_word(window) -> str:
    hits = window.hits
    return hits._hits[hits._current].word


def _press(window, qtbot, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, modifier)
    settle(window)


def test_f3_scrolls_the_hits_keyword_row_into_sight_and_marks_it(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, MANY)
    bar = window.keyword_panel.rows_area.verticalScrollBar()
    bar.setValue(0)  # the reader scrolls the rows back to the first keywords
    qtbot.wait(20)
    assert bar.maximum() > 0 and not _in_sight(_row(window, "关于"))  # the first hit's keyword is scrolled away
    assert _marked(window) == []  # no hit is current yet ('Total: …')
    scrolled = kept = 0
    for step in range(12):  # on through the hits: 关于, 人大, 监督, 工作, 报告, 国家, …
        before = {w: _in_sight(_row(window, w)) for w in MANY}
        value = bar.value()
        _press(window, qtbot, shift=step == 11)
        word = _current_word(window)
        assert _marked(window) == [word]  # the row of the hit's keyword, and only it
        row = _row(window, word)
        assert _in_sight(row), word  # before: 人大's hit left its row scrolled away
        assert all(label.font().bold() for label in row.findChildren(QLabel))  # word and count in bold
        if before[word]:
            assert bar.value() == value, word  # a row already in sight: the rows stay where they are
            kept += 1
        else:
            scrolled += 1
    assert scrolled >= 1 and kept >= 1
    position = window.keyword_panel.findChild(QLabel, "hitPosition")
    assert " " in position.text()  # 'n of N' still shown beside the marked row
    word = _current_word(window)
    bar.setValue(0)  # the reader scrolls the rows away from it: hits matched again (no step) leave them there
    qtbot.wait(20)
    away = not _in_sight(_row(window, word))
    window.hits.refresh()
    settle(window)
    assert bar.value() == 0 and _marked(window) == [word] and away == (not _in_sight(_row(window, word)))


def test_a_row_in_sight_is_not_moved_and_the_mark_goes_with_its_keyword(make_window, qtbot, tmp_path):
    window = _open(make_window, qtbot, tmp_path, ["人大", "监督", "改革"])
    bar = window.keyword_panel.rows_area.verticalScrollBar()
    _press(window, qtbot)
    assert _marked(window) == [_current_word(window)] == ["人大"]
    assert bar.value() == 0
    _press(window, qtbot)
    assert _marked(window) == ["监督"]
    assert not _row(window, "人大").property("current")
    assert not any(label.font().bold() for label in _row(window, "人大").findChildren(QLabel))  # unmarked again
    window.keyword_panel.remove_keyword("监督")  # the current hit's keyword removed: no row is marked
    settle(window)
    assert _marked(window) == []
