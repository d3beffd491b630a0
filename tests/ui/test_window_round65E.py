"""Round 65E on the real window: a file the reader gave or dropped is listed even when a quick click passes over its
load; a long outline being made says so in its pane; a new document shows the keyword rows from the top."""

from __future__ import annotations

import threading

from qtsupport import settle

from reader import documents
from reader.ui.given_paths import open_given

BODY = "这是一段正文，说明有关工作的具体情况和要求。"


def _write(folder, name: str, body: str):
    path = folder / name
    path.write_text(f"关于{body}的报告\n\n一、总体情况\n正文{body}。\n", encoding="utf-8")
    return path


def _listed(window, path) -> bool:
    return str(path) in {e.path for e in window.document_list.entries()}


def _catalogued(window, path) -> bool:
    return window.documents.library.get(str(path)) is not None


def _passed_over(make_window, qtbot, tmp_path, monkeypatch, after_read: bool):
    """A dropped file still being read (before or after its build) when the reader clicks another document."""
    given, other = _write(tmp_path, "given.txt", "甲"), _write(tmp_path, "other.txt", "乙")
    window = make_window([])
    window.documents.open_files([other])
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(other), timeout=20000)
    settle(window)
    gate, read_done = threading.Event(), threading.Event()
    real_read, real_load = documents.load_for_reading, documents.load
    steps: list[tuple[str, str]] = []

    def read(file, *args):
        if str(file) == str(given) and not after_read:
            gate.wait(20)
        loaded = real_read(file, *args)
        if str(file) == str(given) and after_read:
            read_done.set()
            gate.wait(20)  # read and built, the click comes before it is handed back
        return loaded

    def load(file, *args):
        steps.append(("catalogue", str(file)))
        return real_load(file, *args)

    monkeypatch.setattr(documents, "load_for_reading", read)
    monkeypatch.setattr(documents, "load", load)
    window.document_shown.connect(lambda path: steps.append(("shown", path)))
    open_given(window, [given])  # dropped on the window: opened and listed
    if after_read:
        assert read_done.wait(20)
    window.open_path(str(_write(tmp_path, "third.txt", "丙")))  # clicked at once
    gate.set()
    qtbot.waitUntil(lambda: _listed(window, given), timeout=20000)
    settle(window)
    return window, given, steps


def test_a_dropped_file_passed_over_while_read_is_still_listed(make_window, qtbot, tmp_path, monkeypatch) -> None:
    window, given, steps = _passed_over(make_window, qtbot, tmp_path, monkeypatch, after_read=False)
    assert _catalogued(window, given) and window.loaded.path.endswith("third.txt")  # listed, never shown
    assert "正文甲" not in window.reading.toPlainText()
    shown = steps.index(("shown", window.loaded.path))
    assert steps.index(("catalogue", str(given))) > shown  # read for the list only once the clicked one was shown


def test_a_dropped_file_read_when_passed_over_is_listed_from_that_read(make_window, qtbot, tmp_path,
                                                                       monkeypatch) -> None:
    window, given, steps = _passed_over(make_window, qtbot, tmp_path, monkeypatch, after_read=True)
    assert _catalogued(window, given) and window.loaded.path.endswith("third.txt")
    assert "正文甲" not in window.reading.toPlainText()
    assert ("catalogue", str(given)) not in steps  # its own read made the row: not read a second time


def test_a_clicked_document_passed_over_is_not_listed(make_window, qtbot, tmp_path, monkeypatch) -> None:
    """Only files given or dropped: a file merely opened by path and passed over is not added (as before)."""
    first, second = _write(tmp_path, "a.txt", "甲"), _write(tmp_path, "b.txt", "乙")
    window = make_window([])
    gate, real = threading.Event(), documents.load_for_reading

    def read(file, *args):
        if str(file) == str(first):
            gate.wait(20)
        return real(file, *args)

    monkeypatch.setattr(documents, "load_for_reading", read)
    window.open_path(str(first))
    window.open_path(str(second))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path == str(second), timeout=20000)
    gate.set()
    window.jobs.wait(20000)
    settle(window)
    assert not _listed(window, first) and _listed(window, second)


def _long_report(tmp_path):
    """A report of 3,210 numbered headings at three levels: its tree is made over several event-loop turns."""
    lines = ["年度工作报告"]
    for a in range(1, 11):
        lines += [f"{a}. 第{a}部分工作情况", BODY]
        for b in range(1, 11):
            lines += [f"{a}.{b} 分项工作{a}.{b}", BODY]
            lines += [line for c in range(1, 31) for line in (f"{a}.{b}.{c} 具体事项{c}", BODY)]
    path = tmp_path / "long-report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_long_outline_being_made_says_so_in_its_pane(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    outline = window.outline
    window.open_path(str(_long_report(tmp_path)))
    qtbot.waitUntil(lambda: outline._filling is not None, timeout=20000)
    assert outline.empty_reason() == "Reading the outline…"  # a note while the rows are made, not a blank pane
    assert outline._empty.isVisibleTo(outline) and not outline.tree.isVisibleTo(outline)
    qtbot.waitUntil(lambda: outline._filling is None, timeout=20000)
    assert outline.empty_reason() == "" and outline.tree.isVisibleTo(outline)  # the rows came: the note goes
    assert not outline._empty.isVisibleTo(outline) and outline.tree.model().rowCount() == 10


def test_a_short_outline_is_shown_without_the_note(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    window.open_path(str(_write(tmp_path, "short.txt", "丁")))
    qtbot.waitUntil(lambda: window.loaded is not None and window.loaded.path.endswith("short.txt"), timeout=20000)
    assert window.outline._filling is None and window.outline.empty_reason() == ""
    assert window.outline.tree.isVisibleTo(window.outline)


MANY = ("城市 首都 建设 服务 治理 创新 保障 北京 高质量 协同 经济 社会 文化 生态 教育 科技 人才 医疗 交通 住房 "
        "人大 监督 国家 改革 发展 人民 机关 依法 接受 取得 进展 报告 工作 关于 农业").split()


def _many_keywords(make_window, qtbot, tmp_path):
    """A window whose keyword rows were scrolled to the last one typed."""
    first = _write(tmp_path, "a.txt", "人大监督")
    window = make_window([str(first)], size=(1100, 760))
    qtbot.waitUntil(lambda: window.loaded is not None, timeout=20000)
    for word in MANY:
        window.keyword_panel.add_keyword(word)
    settle(window)
    qtbot.waitUntil(lambda: window.keyword_panel.rows_area.verticalScrollBar().value() > 0, timeout=5000)
    return window


def test_another_document_shows_the_keyword_rows_from_the_top(make_window, qtbot, tmp_path) -> None:
    window = _many_keywords(make_window, qtbot, tmp_path)
    bar = window.keyword_panel.rows_area.verticalScrollBar()
    window.open_path(str(_write(tmp_path, "b.txt", "改革发展")))
    qtbot.waitUntil(lambda: window.loaded.path.endswith("b.txt"), timeout=20000)
    settle(window)
    qtbot.wait(50)  # the counts of the new document laid out: the rows are not scrolled back to the last typed
    assert bar.maximum() > 0 and bar.value() == 0  # the first keywords in view


def test_a_keyword_typed_after_the_switch_is_still_brought_into_sight(make_window, qtbot, tmp_path) -> None:
    window = _many_keywords(make_window, qtbot, tmp_path)
    bar = window.keyword_panel.rows_area.verticalScrollBar()
    window.open_path(str(_write(tmp_path, "b.txt", "改革发展")))
    qtbot.waitUntil(lambda: window.loaded.path.endswith("b.txt"), timeout=20000)
    settle(window)
    window.keyword_panel.add_keyword("新词")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() and bar.value() > 0, timeout=5000)
