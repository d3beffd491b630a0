"""The window's collaborators, each through its own public interface."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QSplitter

from qtsupport import late_jobs
from reader.text.model import Heading
from reader.text.sections import Outline
from reader.ui.breadcrumb import Breadcrumb
from reader.ui.outline_view import FILL_SLICE, OutlineView
from reader.ui.panels import USEFUL_WIDTH, PanelLayout
from reader.ui.open_errors import open_error_message
from reader.ui.window_documents import DocumentController
from reader.ui.window_script import DisplayScript
from reader.ui.window_sections import SectionFollower
from support import seed


def _wait_idle(qtbot, jobs) -> None:
    qtbot.waitUntil(lambda: not jobs.busy, timeout=15000)
    qtbot.wait(20)


def test_the_newest_open_request_wins_even_when_results_come_late_and_out_of_order(qtbot, tmp_path):
    jobs = late_jobs(seed=3, max_delay_ms=120)
    docs = DocumentController(jobs, tmp_path / "library.sqlite")
    shown = []
    docs.document_loaded.connect(lambda loaded, _pos: shown.append(loaded.path))
    for prefix in ("000", "001", "002", "003", "000", "004"):
        docs.open_path(str(seed(prefix)))
    _wait_idle(qtbot, jobs)
    assert shown == [str(seed("004"))]
    assert docs.loaded.path == str(seed("004"))


def test_removing_the_open_document_closes_it_and_drops_its_pending_load(qtbot, tmp_path):
    jobs = late_jobs(seed=5, max_delay_ms=60)
    docs = DocumentController(jobs, tmp_path / "library.sqlite")
    events = []
    docs.closed.connect(lambda: events.append("closed"))
    docs.entry_removed.connect(lambda path: events.append(("removed", path)))
    docs.open_path(str(seed("001")))
    _wait_idle(qtbot, jobs)
    docs.open_path(str(seed("002")), encoding="utf-8")
    docs.remove(str(seed("001")))
    _wait_idle(qtbot, jobs)
    assert events == [("removed", str(seed("001"))), "closed"]
    assert docs.loaded is None  # the reopen under way was for a document no longer asked for


def test_a_broken_library_is_logged_and_the_controller_carries_on(qtbot, tmp_path):
    jobs = late_jobs()
    docs = DocumentController(jobs, tmp_path / "library.sqlite")
    docs.library._db.close()
    loaded = []
    docs.document_loaded.connect(lambda doc, _pos: loaded.append(doc.path))
    docs.open_path(str(seed("000")))
    _wait_idle(qtbot, jobs)
    docs.save_position(10)
    docs.close()
    assert loaded == [str(seed("000"))] and docs.entries() == []


def test_error_messages_name_the_file_and_not_the_engines_prose(tmp_path):
    from reader.text.model import BinaryFileError

    message = open_error_message("/a/图片.txt", BinaryFileError("图片.txt: not a text file (PNG image)"))
    assert message.startswith("图片.txt ") and "PNG" not in message
    assert "no longer" in open_error_message("/a/b.txt", FileNotFoundError(2, "No such file"))


def test_panels_fold_keywords_first_and_come_back_with_room(qtbot):
    splitter = QSplitter()
    for _ in range(3):
        splitter.addWidget(QLabel("x"))
    qtbot.addWidget(splitter)
    panels = PanelLayout(splitter, lambda: 500)
    splitter.resize(700, 300)
    splitter.show()
    panels.fit()
    assert splitter.sizes()[2] == 0 and splitter.sizes()[0] >= USEFUL_WIDTH and splitter.sizes()[1] >= 500
    splitter.resize(1300, 300)
    panels.fit()
    assert splitter.sizes()[2] > 0
    splitter.resize(700, 300)
    panels.fit()
    assert splitter.sizes()[2] == 0
    panels.set_shown(2, False)
    panels.set_shown(2, True)  # asked for on a narrow window: shown, the other panel folds instead
    assert splitter.sizes()[2] >= USEFUL_WIDTH and splitter.sizes()[0] == 0
    splitter.resize(1300, 300)
    panels.fit()
    panels.set_shown(0, False)
    assert splitter.sizes()[0] == 0
    state = panels.save()
    other = QSplitter()
    for _ in range(3):
        other.addWidget(QLabel("y"))
    qtbot.addWidget(other)
    restored = PanelLayout(other, lambda: 500)
    restored.restore(state)
    assert not restored.is_shown(0) and restored.is_shown(2)


HEADINGS = tuple(Heading(1, f"{n}.", f"标题{n}", n, n * 10) for n in range(1, 6))


def test_the_picked_heading_stays_current_only_while_the_end_is_on_screen(qtbot):
    tree, crumbs = OutlineView(), Breadcrumb()
    qtbot.addWidget(tree)
    qtbot.addWidget(crumbs)
    follower = SectionFollower(tree, crumbs)
    follower.set_outline(Outline(HEADINGS))
    follower.pick(50)
    assert follower.section_at(30, end_on_screen=True) == 4
    assert follower.section_at(30, end_on_screen=False) == 2
    follower.follow(30, end_on_screen=True)
    assert tree.current_index() == 4 and crumbs.path() == ["5.标题5"]


def test_a_long_outline_is_filled_later_and_only_if_still_current(qtbot):
    tree, crumbs = OutlineView(), Breadcrumb()
    qtbot.addWidget(tree)
    follower = SectionFollower(tree, crumbs)
    long = tuple(Heading(1, "", f"第{n}段", n, n) for n in range(FILL_SLICE + 5))
    follower.set_outline(Outline(long))
    follower.set_outline(Outline(HEADINGS))  # another document before the tree was filled
    qtbot.wait(50)
    assert tree.tree.model().rowCount() == len(HEADINGS)
    follower.set_outline(Outline(long))
    assert tree.tree.model().rowCount() == 0
    qtbot.waitUntil(lambda: tree.tree.model().rowCount() == len(long), timeout=3000)


def test_display_script_converts_metadata_and_labels_exports_in_chinese(qtbot, tmp_path):
    from reader.text.document import load_document

    script = DisplayScript(str(tmp_path))
    doc = load_document(seed("000"))
    assert script.choose("s2t", "simplified") == "s2t"
    exported = dict(script.metadata(doc, exported=True))
    assert exported["來源"] == script.convert(doc.source)
    shown = dict(script.metadata(doc))
    assert "Source" in shown and "來源" not in shown  # on screen: labels in the UI language (English in tests)
    title, meta = script.header(doc)
    assert title == script.convert(doc.title) != doc.title and script.convert(doc.source) in meta
    assert script.choose("original", "simplified") is None and script.convert("来源") == "来源"


def test_the_follower_moves_the_view_to_a_heading_and_shows_its_section_and_progress(qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from reader.documents import load
    from reader.ui.reading_pane import ReadingView
    from reader.ui.status_bar import StatusBar
    from support import corpus_path

    doc = load(corpus_path("law01_prc_constitution.txt")).document
    reading, status = ReadingView(late_jobs(), str(tmp_path)), StatusBar()
    tree, crumbs = OutlineView(), Breadcrumb()
    for widget in (reading, status, tree, crumbs):
        qtbot.addWidget(widget)
    reading.resize(600, 400)
    with qtbot.waitExposed(reading):
        reading.show()
    follower = SectionFollower(tree, crumbs)
    follower.attach(reading, status)
    follower.show_place(0)
    assert status.progress.text() == ""  # nothing shown yet: the place is not reported
    with qtbot.waitSignal(reading.text_shown, timeout=30_000):
        reading.show_document(doc, (doc.title, ""), None, 0)
    follower.set_outline(Outline(doc.headings), len(doc.text))
    target = len(doc.headings) * 2 // 3
    follower.go_to(doc.headings[target].offset)
    qtbot.waitUntil(lambda: not reading.busy, timeout=30_000)
    QCoreApplication.processEvents()
    follower.show_place()
    assert reading.top_offset() == doc.headings[target].offset
    assert tree.current_index() == target
    assert doc.headings[target].marker in crumbs.path()[-1]
    percent = int(status.progress.text().rstrip("%"))
    assert abs(percent - round(100 * doc.headings[target].offset / len(doc.text))) <= 1


def _chapters(count: int, sections: int, articles: int) -> tuple[Heading, ...]:
    out, n = [], 0
    for c in range(count):
        for depth, title, inner in [(1, f"第{c}章", 1)] + [(2, f"第{s}节", articles) for s in range(sections)]:
            out.append(Heading(depth, "", title, n, n))
            n += 1
            if depth == 2:
                out.extend(Heading(3, "", f"第{n + k}条", n + k, n + k) for k in range(inner))
                n += inner
    return tuple(out)


@pytest.mark.parametrize(("count", "sections", "articles", "opened"), [
    (100, 5, 3, True),  # 2,100 headings; the top level opened shows 500 sections
    (20, 80, 0, False),  # 1,620 headings; the top level opened would show 1,600 rows at once
])
def test_a_long_outline_opens_its_top_level_only_when_that_shows_few_rows(qtbot, count, sections, articles, opened):
    tree = OutlineView()
    qtbot.addWidget(tree)
    tree.set_outline(Outline(_chapters(count, sections, articles)))
    view = tree.tree
    qtbot.waitUntil(lambda: view.model().rowCount() == count, timeout=5000)
    first = view.model().index(0, 0)
    assert view.isExpanded(first) is opened
    assert not view.isExpanded(view.model().index(0, 0, first))  # a chapter's sections stay closed
