"""Round 60B on the real window: a file that is one very long line is shown in several blocks, positions exact."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from qtsupport import settle
from reader.text.display import convert_paragraphs
from reader.ui.display_cuts import cuts
from reader.ui.tuning import CUT_ABOVE_CHARS, CUT_PIECE_CHARS

SENTENCE = "各级政府应当认真贯彻落实国务院关于进一步加强发展与改革工作的决定！"  # 32 characters, converted by s2t


def _one_line(tmp_path, repeat: int = 3000):
    """A report exported with no line breaks at all: about 100,000 characters on one line."""
    path = tmp_path / "one-line.txt"
    path.write_text("关于加强工作的报告" + "\n" + SENTENCE * repeat, encoding="utf-8")
    return path


def _body_blocks(view):
    """(position, length) of the blocks after the header."""
    qdoc, out = view.document(), []
    block = qdoc.findBlock(view._positions.origin)
    while block.isValid():
        out.append((block.position(), block.length() - 1))
        block = block.next()
    return out


@pytest.fixture
def one_line(make_window, tmp_path):
    window = make_window()
    window.open_path(str(_one_line(tmp_path)))
    settle(window)
    return window


def test_a_very_long_paragraph_is_shown_in_pieces_cut_at_sentence_ends(one_line):
    view = one_line.reading
    text = view.displayed_text()
    assert len(view.display.shown) == 1 and len(text) > CUT_ABOVE_CHARS
    blocks = _body_blocks(view)
    assert len(blocks) > 1 and max(length for _, length in blocks) <= CUT_PIECE_CHARS  # Qt lays out a piece at once
    for position, _ in blocks[1:]:
        inner = view.from_qt(position)
        assert text[inner - 1] == "！"  # every piece but the first starts after a sentence end


def test_positions_are_exact_across_the_cuts(one_line):
    view = one_line.reading
    text, qdoc = view.displayed_text(), view.document()
    assert len(_body_blocks(view)) > 1
    for index in list(range(0, len(text), 997)) + [len(text) - 1]:
        pos = view.to_qt(index)
        assert view.from_qt(pos) == index
        assert qdoc.characterAt(pos) == text[index]
    for position, _ in _body_blocks(view)[1:]:  # the separator before a piece maps where the piece begins
        assert view.from_qt(position - 1) == view.from_qt(position)


def test_a_selection_across_a_cut_copies_without_a_newline(one_line):
    view = one_line.reading
    text = view.displayed_text()
    cut = view.from_qt(_body_blocks(view)[1][0])
    view.select_qt(view.to_qt(cut - 10), view.to_qt(cut + 10))
    copied = view.createMimeDataFromSelection().text()  # what Ctrl+C puts on the clipboard
    assert copied == text[cut - 10:cut + 10] and "\u2029" not in view.selected_text()
    view.selectAll()
    copied = view.createMimeDataFromSelection().text()
    header_lines = len([h for h in view._header if h])
    assert copied.endswith("\n" + text) and copied.count("\n") == header_lines  # the header's lines, then one line


def test_a_script_toggle_converts_the_pieces_and_keeps_the_place(one_line, qtbot):
    view = one_line.reading
    target = view.display.source[0].index("改革", 60_000)
    view.scroll_to_offset(target)
    settle(one_line)
    before = view.top_offset()
    one_line.script_selector.choose("s2t")
    settle(one_line)
    expected = convert_paragraphs("s2t", one_line.cache_dir, view.display.source)[0].text
    assert view.displayed_text() == expected and "發展與改革" in expected
    assert abs(view.top_offset() - before) < 200
    blocks = _body_blocks(view)
    assert len(blocks) > 1 and max(length for _, length in blocks) <= CUT_PIECE_CHARS
    qdoc = view.document()
    for index in range(0, len(expected), 1499):
        assert qdoc.characterAt(view.to_qt(index)) == expected[index]


def test_a_toggle_leaves_a_very_long_visible_paragraph_to_the_worker(one_line, monkeypatch):
    view = one_line.reading
    edited: list[int] = []
    real = view.replace_paragraphs
    monkeypatch.setattr(view, "replace_paragraphs", lambda indices, conversions: (edited.extend(indices),
                                                                                  real(indices, conversions)))
    one_line.script_selector.choose("s2t")
    assert 0 not in edited  # converting 100,000 characters and re-inserting them in the call froze the window
    settle(one_line)
    assert "發展與改革" in view.displayed_text()


def test_find_selects_a_word_past_a_cut(one_line):
    view = one_line.reading
    text = view.displayed_text()
    cut = view.from_qt(_body_blocks(view)[3][0])
    start = text.index("改革", cut)
    view.select_qt(view.to_qt(start), view.to_qt(start + 2))
    cursor: QTextCursor = view.textCursor()
    assert cursor.selectedText() == "改革"


def test_an_ordinary_document_keeps_one_block_per_paragraph(make_window, tmp_path):
    path = tmp_path / "ordinary.txt"
    path.write_text("通知\n\n" + "\n\n".join([SENTENCE * 40] * 30), encoding="utf-8")
    window = make_window()
    window.open_path(str(path))
    settle(window)
    view = window.reading
    assert len(_body_blocks(view)) == len(view.display.shown)
    assert not view._positions.cuts


def test_an_edit_in_place_of_a_cut_paragraph_cuts_it_again(qtbot):
    from PySide6.QtCore import QObject

    from reader.text.display import DisplayText
    from reader.ui import in_place
    from reading_material import at, build, typography

    owner = QObject()
    long = "他们把U盘插进电脑。" * 500  # 5,000 characters: cut; 'U盘' -> '隨身碟' lengthens it
    display = DisplayText(["标题", long, "结尾一段。"])
    built, positions, marks = build(owner, display)
    assert positions.cuts.of(1)
    conversion = convert_paragraphs("s2twp", "", [long])
    in_place.replace_paragraphs(built.document, positions, marks, typography(), None, [1], conversion)
    text = display.text
    assert "隨身碟" in text and positions.cuts.of(1) == cuts(display.shown[1])
    for index in list(range(0, len(text), 61)) + [len(text)]:
        assert positions.from_qt(positions.to_qt(index)) == index
    assert at(built.document, positions.to_qt(0), positions.to_qt(len(text))).replace("\n", "") == \
        text.replace("\n", "")
    last = built.document.findBlockByNumber(built.header_blocks + positions.cuts.first_block(2))
    assert last.text() == "结尾一段。" and last.blockFormat().textIndent() > 0  # the next paragraph is itself
