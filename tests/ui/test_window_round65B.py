"""Round 65B on the real window: what was left on the GUI thread when a very large file opens is done in slices.

A long outline's filter is attached to its model while the model is still empty, so each slice's top-level rows are
judged as they are made (handed a filled model at once, it judged them all in one event-loop turn: 0.8 s on a
30 MB law collection); unfiltered, the filter answers 'has children' from the model instead of mapping every row's
children; the reading pane's build looks for paragraphs to cut CUTS_SCAN_STEP paragraphs per step, not all at once.
"""

from __future__ import annotations

import json
import threading
import time

import pytest
from PySide6.QtCore import Qt

from qtsupport import settle
from reader.text.display import DisplayText
from reader.ui import display_cuts
from reader.ui.display_cuts import all_cuts, sliced_cuts
from reader.ui.outline_filter import HeadingFilter
from reader.ui.outline_view import FILL_SLICE

BODY = "各单位应当按照要求认真落实有关工作。"


def _report(tmp_path, parts: int = 10, sections: int = 10, items: int = 30):
    """A report of numbered headings at three levels (3,210 with the defaults), a line of text under each."""
    lines = ["年度工作报告"]
    for a in range(1, parts + 1):
        lines += [f"{a}. 第{a}部分工作情况", BODY]
        for b in range(1, sections + 1):
            lines += [f"{a}.{b} 分项工作{a}.{b}", BODY]
            for c in range(1, items + 1):
                lines += [f"{a}.{b}.{c} 具体事项{c}", BODY]
    path = tmp_path / "long-report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cn(n: int) -> str:
    """1..9999 in Chinese numerals, as a law numbers its articles ('第一千二百零三条')."""
    digits, out, zero = "零一二三四五六七八九", "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            out += ("零" if zero and out else "") + digits[d] + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def _law(tmp_path, chapters: int = 2, articles: int = 800):
    """A law of `chapters` chapters of `articles` articles each: a long outline whose top rows stay shut."""
    lines, n = ["某某管理条例"], 0
    for c in range(1, chapters + 1):
        lines.append(f"第{_cn(c)}章　第{c}章的规定")
        for _ in range(articles):
            n += 1
            lines.append(f"第{_cn(n)}条　{BODY}")
    path = tmp_path / "law.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def judged(monkeypatch):
    """Each row the outline's filter judges, as (parent row or -1, row, judged while the tree was being made: its
    filter not yet the window's)."""
    calls: list[tuple[int, int, bool]] = []
    accepts = HeadingFilter.filterAcceptsRow

    def counted(self, row, parent):
        calls.append((parent.row() if parent.isValid() else -1, row, self.parent() is None))
        return accepts(self, row, parent)

    monkeypatch.setattr(HeadingFilter, "filterAcceptsRow", counted)
    return calls


def _open_long(make_window, qtbot, tmp_path, judged=None, law: bool = False):
    window = make_window()
    if judged is not None:
        judged.clear()  # (the document shown at start)
    window.open_path(str(_law(tmp_path) if law else _report(tmp_path)))
    settle(window)
    outline = window.outline
    top = 2 if law else 10
    qtbot.waitUntil(lambda: outline.tree.model().rowCount() == top and outline._filling is None, timeout=20000)
    assert len(outline.outline.headings) > FILL_SLICE
    return window


def test_a_long_outline_is_judged_while_it_is_made_not_when_it_is_shown(make_window, qtbot, tmp_path, judged):
    window = _open_long(make_window, qtbot, tmp_path, judged)
    top = [(row, made) for parent, row, made in judged if parent == -1]
    assert top == [(row, True) for row in range(10)]  # each top-level row judged once, in the slices that made it
    assert not [c for c in judged if c[2] and c[0] != -1]  # and no part's sections as the rows are made
    tree = window.outline.tree
    assert window.outline._proxy.sourceModel() is window.outline._model  # (round 73E: the unfiltered tree shows the
    assert tree.model() is window.outline._model  # model itself, the filter's proxy only while a filter is on)


def test_the_unfiltered_tree_does_not_judge_every_rows_children(make_window, qtbot, tmp_path, judged):
    window = _open_long(make_window, qtbot, tmp_path, judged, law=True)  # 1,600 articles: the chapters stay shut
    settle(window)
    tree = window.outline.tree
    model = tree.model()
    second = model.index(1, 0)  # (the first may be open: the reader's section is in it)
    assert not tree.isExpanded(second) and all(model.hasChildren(model.index(r, 0)) for r in range(2))
    assert not [c for c in judged if c[0] == 1]  # the shut chapter shows it has articles without them judged
    tree.expand(second)
    assert model.rowCount(second) == 800  # opened: its articles are there, as before
    article = model.index(0, 0, second)
    assert model.data(article) == "第八百零一条" and not model.hasChildren(article)


def test_a_filtered_tree_still_says_which_rows_have_children(make_window, qtbot, tmp_path):
    window = _open_long(make_window, qtbot, tmp_path)
    outline = window.outline
    outline.filter_box.setText("分项工作2.3")
    qtbot.waitUntil(lambda: outline._matching is None and outline._unfolding is None, timeout=10000)
    model = outline.tree.model()
    assert model.rowCount() == 1 and model.hasChildren(model.index(0, 0))
    section = model.index(0, 0, model.index(0, 0))
    assert model.rowCount(model.index(0, 0)) == 1 and not model.hasChildren(section)  # its items do not match


def test_an_outline_dropped_half_made_leaves_the_new_one_whole(make_window, qtbot, tmp_path):
    window = make_window()
    outline = window.outline
    window.open_path(str(_report(tmp_path)))
    qtbot.waitUntil(lambda: outline._filling is not None, timeout=20000)
    short = tmp_path / "short.txt"
    short.write_text("短报告\n一、总体情况\n正文。\n二、下一步\n正文。\n", encoding="utf-8")
    window.open_path(str(short))
    settle(window)
    qtbot.waitUntil(lambda: outline._filling is None and outline.tree.model().rowCount() == 2, timeout=20000)
    assert [outline.label(i) for i in range(2)] == ["一、总体情况", "二、下一步"]


def test_laying_the_tree_out_asks_python_only_for_the_rows_it_shows(make_window, qtbot, tmp_path, monkeypatch):
    from reader.ui.outline_fill import HeadingModel

    asked: list[int] = []
    data = HeadingModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.append(int(role))
        return data(self, index, role)

    monkeypatch.setattr(HeadingModel, "data", counted)
    window = _open_long(make_window, qtbot, tmp_path)
    outline = window.outline
    asked.clear()
    outline.tree.collapseAll()
    outline.tree.expandAll()  # 3,210 rows laid out
    outline.tree.scrollToBottom()
    settle(window)
    assert 0 < len(asked) < 1000  # the rows painted, not every row's flags (Qt's UserRole - 1), as items answered
    model = outline._model
    last = outline.row(len(outline._items) - 1)  # (round 73E: the tree shows the model itself, unfiltered)
    assert last.data() == outline.label(len(outline._items) - 1) == "10.10.30 具体事项30"
    assert last.data(Qt.ItemDataRole.ToolTipRole) == "<p>10.10.30 具体事项30</p>"
    assert model.flags(outline._items[0].index()) & Qt.ItemFlag.ItemIsEnabled


@pytest.mark.parametrize("count, step, steps", [(10, 4, 3), (8, 4, 2), (1, 4, 1), (0, 4, 0)])
def test_cuts_are_looked_for_a_step_of_paragraphs_at_a_time(count, step, steps):
    long = "这是一个很长的段落。" * 400  # 4,000 characters: cut
    texts = [long if i % 3 == 0 else "短段落。" for i in range(count)]
    found: dict[int, list[int]] = {}
    made = list(sliced_cuts(texts, {3}, found, step))
    assert len(made) == steps
    assert found == all_cuts(texts, {3}) and 3 not in found and (count == 0 or 0 in found)


def test_the_reading_pane_build_does_not_scan_every_paragraph_in_one_step(make_window, monkeypatch):
    window = make_window()
    spans: list[tuple[int, int]] = []
    scan = display_cuts.all_cuts_from

    def counted(texts, skip, first, end):
        spans.append((first, end))
        return scan(texts, skip, first, end)

    monkeypatch.setattr(display_cuts, "all_cuts_from", counted)
    monkeypatch.setattr(display_cuts.sliced_cuts, "__defaults__", (100,))
    long = "这是一个很长的段落。" * 400
    display = DisplayText([long if i == 950 else f"第{i}段正文。" for i in range(1000)])
    view = window.reading
    steps = view._builder._build(("标题", ""), display, {}, {}, view.typography)
    next(steps)
    assert spans == [(0, 100)]  # one step of paragraphs looked through, then the event loop's turn
    built = None
    try:
        while True:
            next(steps)
    except StopIteration as done:
        built = done.value
    assert spans == [(k, k + 100) for k in range(0, 1000, 100)]
    assert list(built.cuts._cuts) == [950]  # the long paragraph is cut, as before


# --- the session written off the GUI thread -------------------------------------------------------------------------

@pytest.fixture
def writes(monkeypatch):
    """(thread name, theme written) of each settings write, the writing thread's made slow (0.3 s)."""
    from reader.ui import session

    done: list[tuple[str, str]] = []
    write = session.write_atomically

    def slow(path, payload):
        name = threading.current_thread().name
        if name != "MainThread":
            time.sleep(0.3)
        write(path, payload)
        done.append((name, json.loads(payload)["theme"]))

    monkeypatch.setattr(session, "write_atomically", slow)
    return done


def test_a_scheduled_save_is_written_off_the_gui_thread(make_window, qtbot, writes):
    window = make_window()
    window.session.save_now()  # (whatever the start-up scheduled)
    writes.clear()
    window.view.set_theme("dark")
    qtbot.waitUntil(lambda: ("dark" in [theme for _name, theme in writes]), timeout=10000)
    assert [(name.startswith("session-writer"), theme) for name, theme in writes] == [(True, "dark")]
    assert json.loads(window.paths.settings_file.read_text(encoding="utf-8"))["theme"] == "dark"


def test_closing_right_after_a_scheduled_save_leaves_the_last_state(make_window, qtbot, writes):
    window = make_window()
    window.session.save_now()  # (whatever the start-up scheduled)
    writes.clear()
    window.view.set_theme("dark")
    window.session.save_soon()  # the timer's save: its write under way (slow) when the reader changes and quits
    window.view.set_theme("sepia")
    window.close()  # Ctrl+Q: waits for the write under way, then writes the newer state itself
    assert [theme for _name, theme in writes] == ["dark", "sepia"] and writes[-1][0] == "MainThread"
    assert json.loads(window.paths.settings_file.read_text(encoding="utf-8"))["theme"] == "sepia"


def test_a_scheduled_write_the_disk_refuses_is_logged_not_raised(qtbot, tmp_path, caplog):
    from reader.settings import Settings
    from reader.ui.session import SessionKeeper

    blocker = tmp_path / "file"
    blocker.write_text("x")
    keeper = SessionKeeper(Settings(), blocker / "settings.json", lambda s: None)
    keeper.save_soon()
    assert keeper.saves == 0 and "cannot save settings" in caplog.text
    assert keeper.save_now() is False
