"""Found by hand (session 65K): the keyword rows sat in the panel's own layout, so thirty keywords made the panel, and
the window with it, taller than the screen (a 900-pixel screen showed a 960-pixel window): the hit position, the
arrows, the suggestions and the status bar went below its edge. The rows now scroll inside the panel, the row just
typed brought into sight; a few keywords take no more room than before."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from qtsupport import settle

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
