"""The window as users run it: results from workers arriving late, after the document or script changed.

These are the paths the first release never tested (its window tests ran jobs inline): the segfault of a
keyword highlighted while switching documents, theme changes followed by F3, far moves in long documents.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QLineEdit

from qtsupport import late_jobs, long_text_file, settle
from reader.app import create_app
from reader.text.choices import config_for
from reader.text.display import converter
from reader.text.keywords import find_all
from support import seed


def _window(qtbot, jobs=None, size=(1100, 760)):
    _app, window = create_app([], jobs=jobs)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    settle(window)
    return window


def _type_keyword(qtbot, window, word: str) -> None:
    box = window.keyword_panel.findChild(QLineEdit, "keywordInput")
    box.setFocus()
    box.insert(word)  # what an input method commits
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _selections_are_sound(window) -> list[str]:
    """Every extra selection points into the document shown now; returns the selected texts."""
    doc = window.reading.document()
    selections = window.reading.extraSelections()
    assert all(s.cursor.document() is doc for s in selections)
    return [s.cursor.selectedText() for s in selections if s.cursor.hasSelection()]


def _expected_count(window, word: str, title: bool = True) -> int:
    """Keywords (68D) and finds (70H) are counted in the title shown above the text too."""
    shown = window.reading.displayed_text() + ("\n" + "\n".join(window.reading.shown_header())) * title
    return len(find_all(shown, [word])[word])


def test_switching_documents_with_a_keyword_highlighted_never_crashes(qtbot):
    """The reported crash: 人大 typed and entered, then the documents of the list clicked one after another."""
    window = _window(qtbot)
    _type_keyword(qtbot, window, "人大")
    settle(window)
    counts = []
    window.hits.keyword_counts.connect(counts.append)
    listing = window.document_list
    for _round in range(2):
        for row in range(listing.count()):
            item = listing.item(row)
            qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
            qtbot.wait(15)  # the event loop runs between clicks, as for a reader
        settle(window)
        texts = _selections_are_sound(window)
        expected = _expected_count(window, "人大")
        assert counts[-1]["人大"] == expected
        assert texts and set(texts) <= {"人大"} if expected else True


def test_theme_changes_keep_highlights_and_marks_and_f3_still_moves(qtbot):
    window = _window(qtbot)
    window.open_path(str(seed("000")))
    settle(window)
    _type_keyword(qtbot, window, "人大")
    settle(window)
    positions = []
    window.hits.keyword_position.connect(lambda index, _total: positions.append(index))
    marks_before = window.hits.marks.marks()
    assert marks_before
    for theme in ("dark", "sepia", "light", "dark"):
        window.view.set_theme(theme)
        settle(window)
        assert set(_selections_are_sound(window)) == {"人大"}, theme
        qtbot.waitUntil(lambda: len(window.hits.marks.marks()) == len(marks_before), timeout=3000)
        window.reading.setFocus()
        qtbot.keyClick(window.reading, Qt.Key.Key_F3)
        settle(window)
    assert positions == sorted(positions) and len(set(positions)) == 4  # each F3 went on to the next hit


def test_late_and_out_of_order_results_are_applied_only_to_what_they_were_computed_for(qtbot):
    window = _window(qtbot, jobs=late_jobs(seed=3))
    _type_keyword(qtbot, window, "监督")
    for prefix, script in (("000", "s2t"), ("002", "t2s"), ("001", "s2t"), ("003", "original")):
        window.open_path(str(seed(prefix)))
        qtbot.wait(5)
        window.script_selector.choose(script)  # the conversion lands after the next document was asked for
        qtbot.wait(5)
    settle(window)
    loaded = window.loaded
    assert loaded.path.split("/")[-1].startswith("003")
    config = config_for(window.settings.script, loaded.script)
    expected = [p.text for p in loaded.document.paragraphs]
    if config:
        expected = [converter(config, window.cache_dir).convert(t) for t in expected]
    assert window.reading.displayed_text() == "\n".join(expected)
    texts = _selections_are_sound(window)
    assert len(texts) == _expected_count(window, "监督")


def test_a_long_document_is_laid_out_everywhere_after_a_script_change(qtbot, tmp_path):
    """Runs of paragraphs in 2 M-character documents used to stay blank for good after in-place edits."""
    path = long_text_file(tmp_path, 2_000_000)
    window = _window(qtbot)
    window.open_path(str(path))
    settle(window, timeout=120)
    doc = window.loaded.document
    window.go_to_offset(doc.paragraphs[len(doc.paragraphs) * 3 // 10].start)
    settle(window, timeout=60)
    window.script_selector.choose("s2t")
    settle(window, timeout=120)
    view = window.reading
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # lays out everything above the end
    settle(window, timeout=120)
    qdoc = view.document()
    shown = view.display.shown
    first_body = qdoc.findBlock(view.to_qt(0)).blockNumber()
    unlaid = []
    for i, text in enumerate(shown):
        block = qdoc.findBlockByNumber(first_body + i)
        assert block.text() == text
        if text and (block.layout() is None or block.layout().lineCount() == 0):
            unlaid.append(i)
    assert not unlaid, f"{len(unlaid)} paragraphs never laid out, first {unlaid[:5]}"


def test_ctrl_end_shows_the_last_paragraph_of_a_long_document(qtbot, tmp_path):
    path = long_text_file(tmp_path, 1_000_000)
    window = _window(qtbot)
    window.open_path(str(path))
    settle(window, timeout=60)
    view = window.reading
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(window, timeout=60)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    last = view.document().lastBlock()
    bottom = view.visible_display_range()[1]
    assert bottom >= view.from_qt(last.position())  # the last paragraph is on screen
    assert window.status is not None and view.top_offset() > len(window.loaded.document.text) * 0.9


def test_far_jumps_and_headings_formatted_throughout_a_long_document(qtbot, tmp_path):
    path = long_text_file(tmp_path, 1_000_000)
    window = _window(qtbot)
    window.open_path(str(path))
    settle(window, timeout=60)
    doc = window.loaded.document
    target = doc.headings[int(len(doc.headings) * 0.9)]
    window.outline.heading_activated.emit(target.offset)
    settle(window, timeout=60)
    view = window.reading
    assert abs(view.top_offset() - target.offset) < 80
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.qt_for_source(target.offset) + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # formatted although far from the first screen


def test_f3_in_find_mode_steps_through_the_find_results(qtbot):
    window = _window(qtbot)
    window.open_path(str(seed("000")))
    settle(window)
    results = []
    window.hits.find_result.connect(lambda index, total: results.append((index, total)))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    box = window.find_bar.findChild(QLineEdit, "findInput")
    box.insert("人大")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window)
    total = _expected_count(window, "人大")  # the title's too, as a keyword's (round 70H)
    assert results[-1][1] == total > 2
    start = results[-1][0]
    window.reading.setFocus()
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    qtbot.keyClick(window.reading, Qt.Key.Key_F3)
    settle(window)
    assert results[-1] == ((start + 2) % total, total)
    selected = window.reading.textCursor().selectedText()
    assert selected == "" or selected == "人大"
    assert "人大" in _selections_are_sound(window)


def test_suggestions_arrive_for_a_document_opened_in_another_script_and_survive_a_toggle(qtbot):
    """The view's version moves on while the document is converted; jieba's answer is still for this document."""
    from PySide6.QtWidgets import QToolButton

    def chips():
        return [c.text() for c in window.keyword_panel.findChildren(QToolButton, "suggestionChip") if c.isVisible()]

    window = _window(qtbot)
    window.script_selector.choose("s2t")
    settle(window)
    window.open_path(str(seed("001")))
    settle(window)
    qtbot.waitUntil(lambda: bool(chips()), timeout=60000)
    converted = chips()
    asked = []
    window.suggestions.ready.connect(lambda key, words: asked.append(key))
    window.script_selector.choose("t2s")
    settle(window)
    qtbot.wait(300)
    assert not asked  # the same document: nothing to ask jieba again, the chips are converted
    assert chips() == [converter("t2s", window.cache_dir).convert(w) for w in converted]


def test_a_shown_document_is_kept_out_of_full_collections_yet_freed_when_replaced(qtbot, tmp_path):
    """A full collection walking a long document's objects blocks the window for 100 ms and more (reader.heap)."""
    import gc
    import weakref

    from reader import heap

    gc.unfreeze()
    try:
        window = _window(qtbot)
        assert gc.get_threshold()[2] == heap._FULL_AFTER
        window.open_path(str(long_text_file(tmp_path, 300_000)))
        settle(window)
        frozen = gc.get_freeze_count()
        document = weakref.ref(window.loaded.document)
        assert frozen > len(document().paragraphs)  # the document shown, its outline and its rows
        window.open_path(str(seed("000")))
        settle(window)
        assert document() is None  # out of the collector's reach, and still freed once nothing holds it
    finally:
        gc.unfreeze()
