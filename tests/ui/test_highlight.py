"""Keyword highlights at the Qt boundary: UTF-16 positions, the current hit, visible-range building, scroll marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from reader.text.hits import Hits
from reader.text.keywords import find_all
from reader.ui import themes
from reader.ui.highlight import (
    PALETTE_SIZE,
    HitHighlighter,
    HitMarks,
    build_selections,
    keyword_colour,
    layout_fractions,
    selection_formats,
)
from reader.ui.utf16 import Utf16Map
from qtsupport import contrast

ASTRAL_TEXT = "𠮷野家在国务院旁边。\n𠮷𠮷再说国务院与改革，改革！\n"


def _editor(qtbot, text: str, cls=QTextEdit):
    editor = cls()
    editor.setReadOnly(True)
    editor.setPlainText(text)
    editor.resize(400, 300)
    qtbot.addWidget(editor)
    return editor


def _hits(text: str, words: list[str]) -> Hits:
    return Hits.from_spans(find_all(text, words))


def _colours(words):
    return {w: keyword_colour(i) for i, w in enumerate(words)}


@pytest.mark.parametrize("cls", [QTextEdit, QPlainTextEdit])
def test_selections_cover_the_words_after_astral_characters(qtbot, cls):
    editor = _editor(qtbot, ASTRAL_TEXT, cls)
    words = ["国务院", "改革"]
    hits = _hits(ASTRAL_TEXT, words)
    selections = build_selections(editor.document(), hits, _colours(words), Utf16Map(ASTRAL_TEXT).to_utf16)
    assert sorted(s.cursor.selectedText() for s in selections) == ["国务院", "国务院", "改革", "改革"]


def test_selections_honour_an_origin_for_a_header_above_the_body(qtbot):
    header = "标题𠮷\n来源：某报\n"
    editor = _editor(qtbot, header + ASTRAL_TEXT)
    origin = len(header.encode("utf-16-le")) // 2
    umap = Utf16Map(ASTRAL_TEXT)
    hits = _hits(ASTRAL_TEXT, ["改革"])
    selections = build_selections(editor.document(), hits, _colours(["改革"]), lambda i: origin + umap.to_utf16(i))
    assert [s.cursor.selectedText() for s in selections] == ["改革", "改革"]


def test_current_hit_is_distinct_and_on_top(qtbot):
    editor = _editor(qtbot, ASTRAL_TEXT)
    hits = _hits(ASTRAL_TEXT, ["国务院"])
    to_qt = Utf16Map(ASTRAL_TEXT).to_utf16
    selections = build_selections(editor.document(), hits, _colours(["国务院"]), to_qt, current=0)
    normal, current = selections
    assert current.cursor.selectionStart() < normal.cursor.selectionStart()  # the current one is drawn last
    assert current.format.background().color().alpha() == 255
    assert normal.format.background().color().alpha() < 255
    assert current.format.fontUnderline() and not normal.format.fontUnderline()


def test_palette_colours_are_distinct():
    names = {keyword_colour(i).name() for i in range(PALETTE_SIZE)}
    assert len(names) == PALETTE_SIZE
    assert keyword_colour(PALETTE_SIZE).name() == keyword_colour(0).name()


def _distance(a: QColor, b: QColor) -> float:
    """Largest channel difference: hue tells a highlight apart even where luminance does not (amber on paper)."""
    return max(abs(x - y) for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3]))


def _over(top: QColor, paper: QColor) -> QColor:
    a = top.alphaF()
    return QColor.fromRgbF(*(t * a + p * (1 - a) for t, p in zip(top.getRgbF()[:3], paper.getRgbF()[:3])))


@pytest.mark.parametrize("theme_name", ["light", "sepia", "dark"])
def test_every_keyword_colour_keeps_the_text_readable_on_each_theme(qapp, theme_name):
    theme = themes.resolve(theme_name)
    paper, ink = QColor(theme.paper), QColor(theme.ink)
    for i in range(PALETTE_SIZE):
        normal, current = selection_formats(keyword_colour(i), dark=theme.dark)
        background = _over(normal.background().color(), paper)
        assert contrast(background, ink) >= 4.5, (theme_name, keyword_colour(i).name())
        assert _distance(background, paper) >= 0.2  # and the highlight is still plainly visible
        assert contrast(current.background().color(), current.foreground().color()) >= 4.5


def _long_text() -> str:
    para = "𠮷" + "某某工作取得进展，" * 6 + "国务院部署改革任务。"
    return "\n".join(f"{i}．{para}" for i in range(3000))


def test_many_hits_build_only_near_the_view_and_follow_scrolling(qtbot):
    text = _long_text()
    editor = _editor(qtbot, text)
    editor.show()
    qtbot.waitExposed(editor)
    umap = Utf16Map(text)
    words = ["国务院", "改革"]
    hits = _hits(text, words)
    applied = []
    highlighter = HitHighlighter(editor, apply=applied.append)
    highlighter.set_hits(hits, _colours(words), umap.to_utf16, umap.from_utf16)
    first = applied[-1]
    assert 0 < len(first) < len(hits) / 10
    assert all(s.cursor.selectedText() in words for s in first)
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: applied[-1] is not first)
    bottom = editor.cursorForPosition(QPoint(0, editor.viewport().height() - 1)).position()
    assert any(abs(s.cursor.selectionStart() - bottom) < 2000 for s in applied[-1])
    assert all(s.cursor.selectedText() in words for s in applied[-1])


def test_current_hit_far_from_the_view_is_still_selected(qtbot):
    text = _long_text()
    editor = _editor(qtbot, text)
    umap = Utf16Map(text)
    hits = _hits(text, ["改革"])
    highlighter = HitHighlighter(editor)
    highlighter.set_hits(hits, _colours(["改革"]), umap.to_utf16, umap.from_utf16)
    highlighter.set_current(len(hits) - 1)
    opaque = [s for s in editor.extraSelections() if s.format.background().color().alpha() == 255]
    assert len(opaque) == 1
    assert opaque[0].cursor.selectionStart() == umap.to_utf16(hits[len(hits) - 1].start)
    highlighter.clear()
    assert editor.extraSelections() == []


def test_highlighter_follows_a_dark_palette(qtbot):
    editor = _editor(qtbot, ASTRAL_TEXT)
    umap = Utf16Map(ASTRAL_TEXT)
    highlighter = HitHighlighter(editor)
    highlighter.set_hits(_hits(ASTRAL_TEXT, ["改革"]), _colours(["改革"]), umap.to_utf16, umap.from_utf16)
    selections = editor.extraSelections()
    light_alpha = selections[0].format.background().color().alpha()
    palette = editor.palette()
    palette.setColor(palette.ColorRole.Base, QColor("#1d1e21"))
    editor.setPalette(palette)
    assert highlighter.is_dark()
    selections = editor.extraSelections()
    assert selections[0].format.background().color().alpha() < light_alpha


def _tall_header_editor(qtbot, text: str) -> QTextEdit:
    """A long text under a very tall header, so character fractions and layout fractions differ."""
    editor = _editor(qtbot, "")
    cursor = editor.textCursor()
    big = QTextCharFormat()
    big.setFontPointSize(120)
    cursor.insertText("标题\n标题\n标题\n", big)
    cursor.insertText(text, QTextCharFormat())
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _laid_out(editor) -> bool:
    return editor.document().lastBlock().layout().lineCount() > 0


def _settled(editor) -> bool:
    """Laid out, and the scroll bar has caught up with the final height."""
    bar = editor.verticalScrollBar()
    height = editor.document().documentLayout().documentSize().height()
    return _laid_out(editor) and abs(bar.maximum() + bar.pageStep() - height) <= 2


def test_layout_fractions_point_the_scroll_bar_at_the_hit(qtbot):
    text = _long_text()
    editor = _tall_header_editor(qtbot, text)
    qtbot.waitUntil(lambda: _settled(editor), timeout=10000)
    origin = editor.document().characterCount() - 1 - len(text.encode("utf-16-le")) // 2
    umap = Utf16Map(text)
    hits = _hits(text, ["改革"])
    positions = [origin + umap.to_utf16(h.start) for h in hits]
    fractions = layout_fractions(editor.document(), positions)
    assert fractions == sorted(fractions) and 0 < fractions[0] and fractions[-1] <= 1
    bar = editor.verticalScrollBar()
    for i in (0, len(hits) // 3, len(hits) // 2):
        bar.setValue(round(fractions[i] * (bar.maximum() + bar.pageStep())))
        top = editor.cursorForPosition(QPoint(0, 0)).position()
        bottom = editor.cursorForPosition(QPoint(0, editor.viewport().height() - 1)).position()
        assert top <= positions[i] <= bottom, i


def test_tracked_marks_are_placed_again_when_the_layout_settles(qtbot):
    text = _long_text() * 3
    editor = _tall_header_editor(qtbot, text)
    document = editor.document()
    umap = Utf16Map(text)
    origin = document.characterCount() - 1 - len(text.encode("utf-16-le")) // 2
    hits = _hits(text, ["改革"])
    positions = [origin + umap.to_utf16(h.start) for h in hits]
    marks = HitMarks(editor.verticalScrollBar())
    marks.track(document, positions, [QColor("#4cc45a")] * len(positions), current=0)
    qtbot.waitUntil(lambda: _laid_out(editor), timeout=10000)
    expected = layout_fractions(document, positions)
    qtbot.waitUntil(lambda: [f for f, _ in marks.marks()] == expected, timeout=3000)
    editor.resize(250, 300)  # narrower: more lines, the layout changes height again
    qtbot.waitUntil(
        lambda: _laid_out(editor) and [f for f, _ in marks.marks()] == layout_fractions(document, positions),
        timeout=10000,
    )


def test_hit_marks_paint_in_the_keyword_colour_where_the_hit_is(qtbot):
    editor = _editor(qtbot, _long_text())
    editor.resize(400, 600)
    editor.show()
    qtbot.waitExposed(editor)
    marks = HitMarks(editor.verticalScrollBar())
    colour = QColor("#3fa9f5")
    marks.set_marks([(0.5, colour)])
    image = marks.grab().toImage()
    column = image.width() * 3 // 4
    rows = [y for y in range(image.height()) if QColor(image.pixel(column, y)).name() == colour.name()]
    assert rows, "the mark was not painted"
    assert abs(sum(rows) / len(rows) - image.height() / 2) < 6
    assert marks.geometry().height() > editor.verticalScrollBar().height() / 2
    marks.set_marks([])
    image = marks.grab().toImage()
    assert not any(QColor(image.pixel(column, y)).name() == colour.name() for y in range(image.height()))
