"""Keywords, F3 and find through the real window; Qt positions of text with astral characters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from reader.text.keywords import find_all
from qtsupport import settle
from support import seed


def _add_keyword(qtbot, window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)  # QTest can only type ASCII; the reader's input method would do this
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)


def _count_for(window, word: str) -> str:
    for row in window.keyword_panel.findChildren(QLabel, "keywordCount"):
        if row.parent().property("word") == word:
            return row.text()
    raise AssertionError(f"no row for {word}")


def _keyword_selections(window):
    return [s for s in window.reading.extraSelections() if s.cursor.hasSelection()]


def test_keyword_counts_and_f3_moves_to_the_next_hit(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    text = window.reading.displayed_text()
    word = "人大"
    expected = len(find_all(text, [word])[word]) + "\n".join(window.reading.shown_header()).count(word)  # 68D
    assert expected >= 3
    _add_keyword(qtbot, window, word)
    assert window.keyword_panel.keywords() == [word]
    assert _count_for(window, word) == str(expected)
    assert {s.cursor.selectedText() for s in _keyword_selections(window)} == {word}

    positions = []
    window.hits.keyword_position.connect(lambda index, _total: positions.append(index))
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    first = positions[-1]
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    second = positions[-1]
    assert first >= 0 and second == (first + 1) % expected
    qtbot.keyClick(window.reading, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert positions[-1] == first
    # the last hit is far down: F3 brings it into view
    window.reading.scroll_to_offset(0)
    for _ in range((expected - 1 - first) % expected):
        qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    settle(window)
    assert positions[-1] == expected - 1
    assert window.reading.verticalScrollBar().value() > 0


def test_keywords_match_across_scripts_and_survive_a_toggle(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    _add_keyword(qtbot, window, "監督")  # traditional keyword, simplified text
    simplified_count = _count_for(window, "監督")
    assert int(simplified_count) > 0
    window.script_selector.choose("s2t")
    settle(window)
    assert _count_for(window, "監督") == simplified_count
    assert {s.cursor.selectedText() for s in _keyword_selections(window)} == {"監督"}


def test_keywords_persist(make_window, qtbot):
    first = make_window()
    _add_keyword(qtbot, first, "改革")
    first.close()
    second = make_window()
    assert second.keyword_panel.keywords() == ["改革"]


def test_find_is_script_insensitive(make_window, qtbot):
    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    window.script_selector.choose("s2t")
    settle(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    box = window.find_bar.findChild(QLineEdit, "findInput")
    box.insert("监督")
    with qtbot.waitSignal(window.find_bar.find_requested):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)
    count = window.find_bar.findChild(QLabel, "findCount").text()
    total = len(find_all(window.reading.displayed_text(), ["监督"])["监督"])
    assert total > 0 and str(total) in count
    assert window.reading.textCursor().hasSelection() or any(
        s.cursor.selectedText() == "監督" for s in window.reading.extraSelections())


def test_astral_characters_keep_qt_positions_right(make_window, qtbot, tmp_path):
    """𠮷 is one Python character and two UTF-16 units: highlights after it must still cover the word."""
    doc = tmp_path / "astral.txt"
    body = "𠮷野家的𠮷字在前，关键词在后。\n\n又一段𠮷𠮷，关键词再现。"
    doc.write_text("标题\n\n" + body + "\n", encoding="utf-16")  # UTF-16 with BOM
    window = make_window()
    window.documents.open_files([doc])
    settle(window)
    assert window.loaded.decoded.encoding.lower().startswith("utf-16")
    _add_keyword(qtbot, window, "关键词")
    selections = _keyword_selections(window)
    assert len(selections) == 2
    assert {s.cursor.selectedText() for s in selections} == {"关键词"}
    window.script_selector.choose("s2t")
    settle(window)
    assert {s.cursor.selectedText() for s in _keyword_selections(window)} == {"關鍵詞"}



def _current_hit(window) -> tuple[int, str]:
    """The current keyword hit as the cleaned text knows it: its source offset, and the text shown there."""
    hits, index = window.hits._hits, window.hits._current
    assert index is not None
    display = window.reading.display
    return display.to_source(hits[index].start), window.reading.displayed_text()[hits[index].start:hits[index].end]


def test_a_script_change_keeps_the_current_keyword_hit(make_window, qtbot, tmp_path):
    """'2 of 3' stays '2 of 3' on the same occurrence through every script (it was reset to 'Total: 3')."""
    doc = tmp_path / "hits.txt"
    doc.write_text("标题\n\n第一段讲监督。\n\n第二段的后面，再讲监督。\n\n第三段也讲监督。\n", encoding="utf-8")
    window = make_window()
    window.documents.open_files([doc])
    settle(window)
    _add_keyword(qtbot, window, "监督")
    position = window.keyword_panel.findChild(QLabel, "hitPosition")
    window.hits.next_keyword()
    window.hits.next_keyword()
    assert position.text() == "2 of 3"
    before, shown = _current_hit(window)
    assert shown == "监督"
    for config, word in (("s2tw", "監督"), ("s2hk", "監督"), ("original", "监督")):
        window.script_selector.choose(config)
        settle(window)
        assert position.text() == "2 of 3", config
        assert _current_hit(window) == (before, word), config
    window.hits.next_keyword()
    assert position.text() == "3 of 3"


def test_another_document_starts_with_no_current_hit(make_window, qtbot, tmp_path):
    """Even one with the same text at the same places: the place belongs to the document it was taken in."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for doc in (first, second):
        doc.write_text("标题\n\n一讲监督。\n\n二讲监督。\n", encoding="utf-8")
    window = make_window()
    window.documents.open_files([first])
    settle(window)
    _add_keyword(qtbot, window, "监督")
    window.hits.next_keyword()
    position = window.keyword_panel.findChild(QLabel, "hitPosition")
    assert position.text() == "1 of 2"
    window.documents.open_files([second])
    settle(window)
    assert window.loaded.path.endswith("b.txt")
    assert position.text() == "Total: 2"

class _DeferredJobs:
    """Jobs that finish only when told to, in any order: how a busy thread pool can deliver them."""

    def __init__(self) -> None:
        self.pending = []

    def submit(self, fn, *args, on_done=None, on_error=None):
        self.pending.append((fn, args, on_done))

    def finish(self, index: int) -> None:
        fn, args, on_done = self.pending.pop(index)
        on_done(fn(*args))


def test_counts_of_an_outdated_keyword_list_never_replace_the_newest(make_window):
    from PySide6.QtGui import QColor

    from reader.ui.hits_controller import HitsController

    window = make_window()
    window.open_path(str(seed("000")))
    settle(window)
    jobs = _DeferredJobs()
    hits = HitsController(window.reading, jobs)
    counts = []
    hits.keyword_counts.connect(counts.append)
    colours = {"人大": QColor("#f5b700"), "监督": QColor("#3fa9f5")}
    hits.set_keywords(["人大"], colours)
    hits.set_keywords(["人大", "监督"], colours)
    jobs.finish(1)  # the newest list's job finishes first ...
    jobs.finish(0)  # ... and the older one last
    assert set(counts[-1]) == {"人大", "监督"} and counts[-1]["监督"] > 0
