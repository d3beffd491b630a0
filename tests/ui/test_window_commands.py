"""KeywordCommands, SelectionLayers and ViewOptions, each through its own public interface."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QTextEdit, QToolButton

from qtsupport import late_jobs
from reader.settings import Settings
from reader.text import choices
from reader.text.document import load_document
from reader.ui.find_bar import FindBar
from reader.ui.hits_controller import HitsController
from reader.ui.keyword_panel import KeywordPanel
from reader.ui.original_surface import OriginalSurface
from reader.ui.layers import SelectionLayers
from reader.ui.reading_pane import ReadingView
from reader.ui.typography import ZOOM_RANGE
from reader.ui.window_keywords import MAX_KEYWORD_CHARS, KeywordCommands
from reader.ui.window_view import ViewOptions
from support import seed


class _Requests:
    """Stands in for the jieba child process: records what was asked, answers when the test says so."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str, int]] = []

    def request(self, key: str, text: str, count: int) -> None:
        self.asked.append((key, text, count))


def _wait(qtbot, view: ReadingView, jobs) -> None:
    qtbot.waitUntil(lambda: not view.busy and not jobs.busy, timeout=15000)


@pytest.fixture
def parts(qtbot, tmp_path):
    jobs = late_jobs()
    view = ReadingView(jobs, str(tmp_path))
    panel, find_bar = KeywordPanel(), FindBar()
    find_bar.hide()
    for widget in (view, panel, find_bar):
        qtbot.addWidget(widget)
    view.resize(700, 500)
    view.show()
    panel.show()
    hits = HitsController(view, jobs)
    requests = _Requests()
    convert = {"fn": lambda text: text}
    settings = Settings()
    commands = KeywordCommands(settings, panel, hits, view, find_bar, requests, lambda t: convert["fn"](t))
    doc = load_document(seed("000"))
    view.show_document(doc, (doc.title, ""), None)
    _wait(qtbot, view, jobs)
    return dict(jobs=jobs, view=view, panel=panel, hits=hits, requests=requests, convert=convert,
                settings=settings, commands=commands, doc=doc, find_bar=find_bar)


def _chips(panel: KeywordPanel) -> list[str]:
    return [c.text() for c in panel.findChildren(QToolButton, "suggestionChip") if c.isVisible()]


def test_suggestions_are_asked_once_per_document_and_only_the_awaited_answer_is_shown(parts, qtbot):
    commands, requests, panel, view = parts["commands"], parts["requests"], parts["panel"], parts["view"]
    commands.document_shown(parts["doc"].text)
    assert requests.asked == []  # asked on the next turn, once the text is up
    qtbot.waitUntil(lambda: bool(requests.asked), timeout=5000)
    ((key, text, count),) = requests.asked
    assert key == str(view.version) and text == parts["doc"].text and count > 0
    commands.on_suggestions("stale", ["旧词"])  # an answer for another request
    assert _chips(panel) == []
    commands.on_suggestions(key, ["人大", "监督"])
    assert _chips(panel) == ["人大", "监督"]
    parts["convert"]["fn"] = lambda t: t.replace("监督", "監督")
    commands.script_changed()  # no new request: the same words, converted
    assert _chips(panel) == ["人大", "監督"] and len(requests.asked) == 1
    commands.document_closed()
    commands.on_suggestions(key, ["人大"])  # late answer for the closed document
    assert _chips(panel) == []


def test_set_keywords_updates_the_settings_and_asks_for_a_save(parts, qtbot):
    commands = parts["commands"]
    with qtbot.waitSignal(commands.changed):
        commands.set_keywords(["人大", "监督"])
    assert parts["settings"].keywords == ["人大", "监督"]
    counts = []
    parts["hits"].keyword_counts.connect(counts.append)
    qtbot.waitUntil(lambda: bool(counts), timeout=15000)
    text = parts["view"].displayed_text() + "\n" + "\n".join(parts["view"].shown_header())  # 68P, 75P
    assert counts[-1]["人大"] == text.count("人大") > 0


def _select(view: ReadingView, start: int, end: int) -> None:
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(start))
    cursor.setPosition(view.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_a_selection_becomes_a_keyword_only_within_one_paragraph_and_short(parts, qtbot):
    commands, view, panel = parts["commands"], parts["view"], parts["panel"]
    text = view.displayed_text()
    at = text.index("人大")
    _select(view, at, at + 2)
    commands.add_selection()
    assert panel.keywords() == ["人大"]
    first_break = text.index("\n")
    _select(view, first_break - 2, first_break + 3)  # across two paragraphs
    commands.add_selection()
    long_start = next(i for i, p in enumerate(text.split("\n")) if len(p) > MAX_KEYWORD_CHARS + 5)
    start = sum(len(p) + 1 for p in text.split("\n")[:long_start])
    _select(view, start, start + MAX_KEYWORD_CHARS + 1)
    commands.add_selection()
    assert panel.keywords() == ["人大"]


def test_ctrl_k_with_nothing_selected_puts_the_typing_in_the_keyword_box(parts, qtbot):
    commands, view, panel = parts["commands"], parts["view"], parts["panel"]
    box = panel.findChild(QLineEdit, "keywordInput")
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    box.clearFocus()
    qtbot.waitUntil(lambda: not box.hasFocus(), timeout=5000)
    commands.add_selection()
    qtbot.waitUntil(box.hasFocus, timeout=5000)
    assert panel.keywords() == []


def test_f3_steps_through_find_results_only_while_the_find_bar_is_open(parts, qtbot):
    commands, hits, bar = parts["commands"], parts["hits"], parts["find_bar"]
    keyword_moves, find_moves = [], []
    hits.keyword_position.connect(lambda current, total: keyword_moves.append(current))
    hits.find_result.connect(lambda current, total: find_moves.append(current))
    commands.set_keywords(["人大"])
    hits.find("监督")
    qtbot.waitUntil(lambda: bool(keyword_moves) and bool(find_moves), timeout=15000)
    keyword_moves.clear(), find_moves.clear()
    assert not commands.finding()  # the bar is hidden: F3 belongs to the keywords
    commands.next_hit()
    assert len(keyword_moves) == 1 and keyword_moves[0] >= 0 and find_moves == []
    bar.show()
    assert commands.finding()
    commands.next_hit()
    commands.previous_hit()
    assert len(keyword_moves) == 1 and len(find_moves) == 2 and find_moves[0] != find_moves[1]


def test_selection_layers_keep_only_selections_into_the_current_document():
    layers = SelectionLayers()
    first, second = QTextDocument("甲乙丙丁"), QTextDocument("戊己庚辛")

    def selection(doc: QTextDocument, start: int) -> QTextEdit.ExtraSelection:
        s = QTextEdit.ExtraSelection()
        s.cursor = QTextCursor(doc)
        s.cursor.setPosition(start)
        s.cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
        return s

    drawn = layers.set("keywords", [selection(first, 0), selection(second, 1)], first)
    assert [s.cursor.selectedText() for s in drawn] == ["甲"]
    drawn = layers.set("find", [selection(first, 2)], first)
    assert [s.cursor.selectedText() for s in drawn] == ["甲", "丙"]  # layers in the order first set
    layers.set("keywords", [selection(first, 3)], first)
    assert [s.cursor.selectedText() for s in layers.merged(first)] == ["丁", "丙"]
    assert layers.merged(second) == []  # the document was replaced: nothing drawn into the new one
    layers.clear()
    assert layers.merged(first) == []


@pytest.fixture
def app_palette(qapp):
    """Themes change the application's palette: later tests get the one they started with."""
    saved = qapp.palette()
    yield
    qapp.setPalette(saved)


def test_view_options_fall_back_to_the_default_theme_and_clamp_the_zoom(qtbot, tmp_path, app_palette):
    settings = Settings()
    view = ReadingView(late_jobs(), str(tmp_path))
    original = OriginalSurface()
    qtbot.addWidget(view)
    qtbot.addWidget(original)
    options = ViewOptions(settings, view, original)
    assert options.set_theme("no-such-theme") == choices.DEFAULT_THEME == settings.theme
    other = next(k for k in choices.theme_keys() if k != choices.DEFAULT_THEME)
    assert options.set_theme(other) == other == settings.theme
    lo, hi = ZOOM_RANGE
    base = options.points()
    for _ in range(hi - lo + 5):
        options.zoom(+1)
    assert settings.zoom == hi and options.points() > base
    assert original.font().pointSizeF() == pytest.approx(options.points())
    assert view.typography.font.pointSizeF() == pytest.approx(options.points())
    for _ in range(2 * (hi - lo) + 5):
        options.zoom(-1)
    assert settings.zoom == lo
    assert options.zoom(0) == pytest.approx(base) and settings.zoom == 0


def test_view_options_switch_to_the_original_filling_it_once_and_report_changes(qtbot, tmp_path, app_palette):
    from PySide6.QtWidgets import QStackedWidget

    from reader.ui.breadcrumb import Breadcrumb

    settings = Settings()
    view, original = ReadingView(late_jobs(), str(tmp_path)), OriginalSurface()
    stack, crumbs = QStackedWidget(), Breadcrumb()
    stack.addWidget(view)
    stack.addWidget(original)
    for widget in (stack, crumbs):
        qtbot.addWidget(widget)
    options = ViewOptions(settings, view, original)
    options.attach(stack, crumbs)
    changes, themes, sizes = [], [], []
    options.changed.connect(lambda: changes.append(1))
    options.theme_set.connect(themes.append)
    options.zoomed.connect(sizes.append)
    options.show_original(True, "原始文本")
    assert stack.currentWidget() is original and original.toPlainText() == "原始文本" and settings.show_original
    assert crumbs.isHidden()
    options.show_original(False, "")
    options.show_original(True, "另一个文本")  # filled once: what the window cleared stays its business
    assert original.toPlainText() == "原始文本"
    options.show_original(False, "")
    assert stack.currentWidget() is view and not settings.show_original and not crumbs.isHidden()
    options.set_theme("no-such-theme")
    options.zoom(+1)
    assert themes == [choices.DEFAULT_THEME] and sizes == [pytest.approx(options.points())] and len(changes) == 6
