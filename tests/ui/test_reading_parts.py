"""The reading view's stand-alone parts through their own interfaces: positions, the document builder, in-place edits.

Material: the seeds and the corpus with astral characters spliced in (see reading_material), so Python indices and
Qt positions differ.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from reader.documents import load
from reader.text.display import DisplayText, convert_paragraphs, paragraph_marks
from reader.ui import in_place
from reader.ui.body_positions import BodyPositions
from reader.ui.text_build import DocumentBuilder
from reading_material import SPLICE, at, build, plain, spliced_lines, typography, units
from support import corpus_path, seed

pytestmark = pytest.mark.usefixtures("qapp")  # fonts and documents need the application


def filled(header: list[str], lines: list[str]) -> QTextDocument:
    """A QTextDocument arranged as the reading view arranges one: header blocks, then one block per paragraph."""
    qdoc = QTextDocument()
    cursor = QTextCursor(qdoc)
    cursor.insertText("\n".join(header + lines))
    return qdoc


def positions_over(qdoc: QTextDocument, display: DisplayText, header_blocks: int) -> BodyPositions:
    """Positions told where the body starts the way the view tells them: after the header blocks."""
    positions = BodyPositions(lambda: qdoc)
    positions.reset(display)
    positions.placed(qdoc.findBlockByNumber(header_blocks).position(), header_blocks)
    return positions


@pytest.fixture
def owner(qapp):
    """The QObject the builders and their documents belong to (they go with it)."""
    parent = QObject()
    yield parent
    parent.deleteLater()


def check_every_index(qdoc: QTextDocument, positions: BodyPositions) -> None:
    """Every displayed character is found at its Qt position in the document, and maps back to its index."""
    text, raw = positions.display.text, units(qdoc)
    for i, char in enumerate(text):
        qt = positions.to_qt(i)
        assert at(raw, qt, positions.to_qt(i + 1)) == char, i
        assert positions.from_qt(qt) == i
        if len(char.encode("utf-16-le")) == 4:
            assert positions.from_qt(qt + 1) == i  # the low surrogate belongs to the same character


# --- BodyPositions --------------------------------------------------------------------------------------------


def test_positions_land_on_the_same_character_in_qt_and_back():
    lines = spliced_lines()
    header = ["𠮷標題", "來源"]
    qdoc = filled(header, lines)
    positions = positions_over(qdoc, DisplayText(lines), len(header))
    assert positions.origin == len("𠮷標題\n來源\n") + 1 and positions.header_blocks == 2
    check_every_index(qdoc, positions)
    assert positions.to_qt(len(positions.display.text)) == qdoc.characterCount() - 1  # the end of the body
    assert [positions.from_qt(p) for p in range(positions.origin)] == [0] * positions.origin  # the header


def test_positions_follow_a_paragraph_whose_astral_characters_moved():
    lines = spliced_lines()
    display = DisplayText(lines)
    qdoc = filled([], lines)
    positions = positions_over(qdoc, display, 0)
    check_every_index(qdoc, positions)  # every paragraph's map is made now
    i = next(n for n, line in enumerate(lines) if SPLICE in line)
    (conversion,) = convert_paragraphs("s2t", "", [lines[i]])
    assert "𠗣" in conversion.text and "顗" in conversion.text
    assert display.set_converted(i, conversion)
    block = qdoc.findBlockByNumber(i)
    cursor = QTextCursor(qdoc)
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(conversion.text)
    positions.changed(i)
    check_every_index(qdoc, positions)
    for n, conv in enumerate(convert_paragraphs("s2t", "", lines)):  # every paragraph, then changed() for all
        display.set_converted(n, conv)
    qdoc = filled([], display.shown)
    positions.changed()
    check_every_index(qdoc, positions)


def test_source_offsets_find_their_characters_after_a_length_changing_conversion():
    lines = ["内存里的𠮷字，" + line for line in spliced_lines()[:12]]  # s2twp: 内存 -> 記憶體 (one longer)
    display = DisplayText(lines)
    for i, conv in enumerate(convert_paragraphs("s2twp", "", lines)):
        display.set_converted(i, conv)
    assert display.shown[0].startswith("記憶體裡的𠮷字，")
    qdoc = filled(["標題"], display.shown)
    positions = positions_over(qdoc, display, 1)
    source = "\n".join(lines)
    keep = {"𠮷", "，", "甲", "乙"}  # characters no conversion touches
    checked, raw = 0, units(qdoc)
    for offset, char in enumerate(source):
        if char in keep:
            qt = positions.qt_for_source(offset)
            assert at(raw, qt, qt + len(char.encode("utf-16-le")) // 2) == char, offset
            checked += 1
    assert checked > 20
    longer = filled(["一個更長的標題，位置都往後移"], display.shown)  # another document with the same blocks
    offset = source.index("𠮷", 20)
    qt = positions.qt_for_source(offset, longer)
    assert at(longer, qt, qt + 2) == "𠮷"


def test_an_empty_text_maps_everything_to_the_body_start():
    qdoc = filled(["標題"], [""])
    positions = positions_over(qdoc, DisplayText([]), 1)
    assert positions.to_qt(0) == positions.to_qt(5) == positions.origin == 3
    assert positions.from_qt(4) == 0 and positions.qt_for_source(9) == 3


# --- DocumentBuilder -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", [("𠮷標題", "來源　2024"), ("標題", ""), ("", "來源"), ("", "")])
def test_a_text_is_built_header_first(owner, header):
    lines = spliced_lines()[:40]
    display = DisplayText(lines)
    built = build(owner, display, header)[0]
    head = [h for h in header if h]
    assert plain(built.document) == "\n".join(head + [display.text])
    assert built.header_blocks == len(head)
    assert built.origin == built.document.findBlockByNumber(len(head)).position()
    assert built.document.documentMargin() == 28
    check_every_index(built.document, positions_over(built.document, display, len(head)))


def test_headings_and_garbled_runs_get_their_formats_and_the_next_paragraph_is_body(owner):
    typo = typography()
    doc = load(corpus_path("law01_prc_constitution.txt")).document
    display = DisplayText([p.text for p in doc.paragraphs])
    built, positions, _marks = build(owner, display, (doc.title, ""), doc, typo)
    qdoc = built.document
    heading_paragraphs = paragraph_marks(doc, display)[1]
    whole = [h for h in doc.headings if h.end < 0 or h.end == doc.paragraphs[doc.paragraph_at(h.offset)].start
             + len(doc.paragraphs[doc.paragraph_at(h.offset)].text)]
    run_in = [h for h in doc.headings if h not in whole]
    assert whole and run_in
    followed = 0
    for h in whole[:20] + run_in[:20]:
        block = qdoc.findBlock(positions.qt_for_source(h.offset))
        assert block.blockFormat().textIndent() == 0 and block.blockFormat().topMargin() > typo.body_block.topMargin()
        after = block.next()
        if h in whole and after.isValid() and doc.paragraph_at(h.offset) + 1 not in heading_paragraphs:
            followed += 1
            assert after.blockFormat().textIndent() == typo.body_block.textIndent()  # body again, not a heading
            assert after.blockFormat().topMargin() == typo.body_block.topMargin()
            assert after.charFormat().fontWeight() != QFont.Weight.Bold
    assert followed
    for h in run_in[:20]:
        cursor = QTextCursor(qdoc)
        cursor.setPosition(positions.qt_for_source(h.end - 1) + 1)
        assert cursor.charFormat().fontWeight() == QFont.Weight.Bold  # the last character of the heading
        cursor.setPosition(positions.qt_for_source(h.end) + 1)
        assert cursor.charFormat().fontWeight() != QFont.Weight.Bold  # the body running on after it
    garbled_doc = load(seed("004")).document
    display = DisplayText([p.text for p in garbled_doc.paragraphs])
    built, positions, _marks = build(owner, display, ("", ""), garbled_doc, typo)
    for g in garbled_doc.garbled:
        cursor = QTextCursor(built.document)
        for offset in (g.start, g.end - 1):
            cursor.setPosition(positions.qt_for_source(offset) + 1)
            assert cursor.charFormat().background() == typo.garbled_char.background()
        cursor.setPosition(positions.qt_for_source(g.end) + 1)
        assert cursor.charFormat().background() != typo.garbled_char.background()


def long_display() -> DisplayText:
    return DisplayText(spliced_lines(repeat=60))  # about 900,000 characters


def test_a_long_text_is_built_over_several_turns_and_a_new_start_drops_it(qtbot, owner):
    builder = DocumentBuilder(owner, 28)
    got = []
    builder.built.connect(got.append)
    display = long_display()
    builder.start(("長", ""), display, {}, {}, typography())
    assert builder.building and not got  # the rest comes in later event-loop turns
    with qtbot.waitSignal(builder.built, timeout=30_000):
        pass
    assert not builder.building
    assert plain(got[0].document) == "長\n" + display.text
    got.clear()
    short = DisplayText(spliced_lines()[:5])
    builder.start(("長", ""), display, {}, {}, typography())
    builder.start(("短", ""), short, {}, {}, typography())  # replaces the long one under way
    for _ in range(200):  # far more turns than the long build took
        QCoreApplication.processEvents()
    assert [plain(b.document) for b in got] == ["短\n" + short.text]
    assert not builder.building


def test_a_cancelled_build_never_arrives(owner):
    builder = DocumentBuilder(owner, 28)
    got = []
    builder.built.connect(got.append)
    builder.start(("長", ""), long_display(), {}, {}, typography())
    assert builder.building
    builder.cancel()
    assert not builder.building
    for _ in range(200):
        QCoreApplication.processEvents()
    assert got == []


# --- in_place ------------------------------------------------------------------------------------------------


def test_replaced_paragraphs_show_their_conversion_with_their_marks(owner):
    typo = typography()
    doc = load(corpus_path("law01_prc_constitution.txt")).document
    display = DisplayText([p.text for p in doc.paragraphs])
    built, positions, marks = build(owner, display, (doc.title, ""), doc, typo)
    qdoc = built.document
    indices = list(range(0, 60))
    conversions = convert_paragraphs("s2t", "", display.source[:60])
    expected = [i for i in indices if conversions[i].text != display.source[i]]
    assert 0 < len(expected) < len(indices)  # some paragraphs have nothing to convert
    changed = in_place.replace_paragraphs(qdoc, positions, marks, typo, None, indices, conversions)
    assert changed == expected
    blocks = plain(qdoc).split("\n")[built.header_blocks:]
    assert blocks[:60] == [c.text for c in conversions]
    assert blocks[60:] == display.source[60:]
    assert display.shown[:60] == [c.text for c in conversions]
    run_in = [h for h in doc.headings if doc.paragraph_at(h.offset) in changed and h.end > h.offset
              and h.end < len(doc.text) and doc.text[h.end] != "\n"]
    assert run_in
    cursor = QTextCursor(qdoc)
    for h in run_in:
        cursor.setPosition(positions.qt_for_source(h.end - 1) + 1)
        assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
        cursor.setPosition(positions.qt_for_source(h.end) + 1)
        assert cursor.charFormat().fontWeight() != QFont.Weight.Bold


def test_marks_after_astral_characters_land_on_their_characters(owner, tmp_path):
    """A garbled run after characters that become astral (or stop being so) is marked on the same characters."""
    typo = typography()
    text = seed("004").read_text(encoding="utf-8")
    doc = load(seed("004")).document
    spliced = "\n".join(p.text if n not in (5, 8) else SPLICE + p.text for n, p in enumerate(doc.paragraphs))
    (tmp_path / "spliced.txt").write_text(text.splitlines()[0] + "\n" + spliced, encoding="utf-8")
    doc = load(tmp_path / "spliced.txt").document
    assert doc.garbled and all(SPLICE in doc.paragraphs[doc.paragraph_at(g.start)].text for g in doc.garbled)
    display = DisplayText([p.text for p in doc.paragraphs])
    built, positions, marks = build(owner, display, (doc.title, ""), doc, typo)
    indices = sorted({doc.paragraph_at(g.start) for g in doc.garbled})
    conversions = convert_paragraphs("s2t", "", [display.source[i] for i in indices])
    assert all("𠗣" in c.text for c in conversions)
    assert in_place.replace_paragraphs(built.document, positions, marks, typo, None, indices, conversions) == indices
    qdoc, raw = built.document, units(built.document)
    cursor = QTextCursor(qdoc)
    for i in indices:  # the characters drawn as garbled, read from the document, are the runs' converted text
        block = qdoc.findBlock(positions.to_qt(display.starts[i]))
        marked = bytearray()
        for pos in range(block.position(), block.position() + block.length() - 1):
            cursor.setPosition(pos + 1)
            if cursor.charFormat().background() == typo.garbled_char.background():
                marked += raw[2 * pos:2 * pos + 2]
        runs = [display.text[display.to_display(g.start):display.to_display(g.end)] for g in doc.garbled
                if doc.paragraph_at(g.start) == i]
        assert marked.decode("utf-16-le") == "".join(runs) != ""


def test_a_new_header_keeps_its_formats_and_the_body(owner):
    typo = typography()
    display = DisplayText(spliced_lines()[:20])
    built, _positions, _marks = build(owner, display, ("标题", "来源"), None, typo)
    qdoc = built.document
    in_place.replace_header(qdoc, ["標題𠮷更長", "來源"])
    assert plain(qdoc) == "標題𠮷更長\n來源\n" + display.text
    assert qdoc.begin().charFormat().fontWeight() == QFont.Weight.Bold
    assert qdoc.begin().blockFormat().topMargin() == typo.title_block.topMargin()
    assert qdoc.begin().next().blockFormat().bottomMargin() == typo.meta_block.bottomMargin()
