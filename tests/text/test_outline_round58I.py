"""A text with no blank lines (one paragraph a line, as copied from a page or a Word export): its numbered breaks
('1', '2', '3' … alone on their lines, a feature's parts or a talk's slides) stand after a finished sentence, while an
extract's page numbers cut a sentence short; a text that does set blank lines keeps asking for them."""

from __future__ import annotations

import pytest

from support import parse_document

PROSE = ["二〇一六年一月，记者从远处的一场演习说起，讲到了后来的种种经过。", "这件事情前后拖了两年，许多人都记得当时的报道和争论。",
         "后来发生的事情，只有回头看时才能看得更清楚。"]
CUT = ["二〇一六年一月，记者从远处的一场演习说起，讲到了后来的种种", "经过，这件事情前后拖了两年，许多人都记得当时的报道和",
       "争论，后来发生的事情，只有回头看时才能看得更清楚，而且"]


def _text(numbers: list[str], body: list[str], blank: bool) -> str:
    lines = ["甘柴劣火", *body]
    for n in numbers:
        lines += [n, *body]
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _headings(text: str) -> list[tuple[str, str]]:
    return [(h.marker, h.title) for h in parse_document(text.encode(), "feature.txt").headings]


@pytest.mark.parametrize("numbers, body, blank, want", [
    # packed: each number after a finished sentence heads a part (failed before: no blank line around it)
    (["1", "2", "3", "4", "5"], PROSE, False, [(n, n) for n in "12345"]),
    (["1 - 起因", "2 - 经过", "3 - 转折", "4 - 结果"], PROSE, False,
     [("1 -", "起因"), ("2 -", "经过"), ("3 -", "转折"), ("4 -", "结果")]),
    # left alone: set apart by blank lines, as before
    (["1", "2", "3", "4", "5"], PROSE, True, [(n, n) for n in "12345"]),
    # left alone: a packed extract's page numbers, each cutting a sentence short
    (["1", "2", "3", "4", "5"], CUT, False, []),
    # left alone: too few to show a count
    (["1", "2", "3"], PROSE, False, []),
])
def test_a_packed_texts_numbered_breaks(numbers, body, blank, want):
    assert _headings(_text(numbers, body, blank)) == want


def test_numbers_packed_into_a_text_that_sets_blank_lines_stay_no_parts():
    """Blank lines between the paragraphs, none around the numbers: their absence there still says something."""
    lines = ["甘柴劣火", ""]
    for n in "12345":
        lines += [PROSE[0], "", PROSE[1], n, PROSE[2], ""]
    assert _headings("\n".join(lines)) == []


BODY = "这一部分写的是本文要解决的问题，以及前人的工作和它们的不足之处，读者由此知道本文的贡献。"
NAMES = ["Introduction", "Related Work", "Experiment", "Conclusion"]


@pytest.mark.parametrize("lines, want", [
    # packed: a name in English between Chinese paragraphs titles its section, as it does spaced (failed before)
    ([x for n in NAMES for x in (n, BODY, BODY)], NAMES),
    # left alone: a command in lower case, an English line over English lines
    ([x for n in ("pip install ujson", "git log --oneline", "npm run build", "make test") for x in (n, BODY, BODY)], []),
    ([x for n in NAMES for x in (n, "This part states the problem and the work before it.", BODY)], []),
    # left alone: a packed glossary, each term over its one sentence; a book's 'Tip' over its note
    ([x for n in ("P2P Network", "Consensus rules", "State Machine", "Data structures") for x in (n, BODY)], []),
    ([x for n in NAMES for x in (n, BODY, "Tip", BODY, BODY)], NAMES),
])
def test_a_packed_texts_english_titles(lines, want):
    text = "\n".join(["论文结构", BODY, *lines, BODY]) + "\n"
    assert [t for _, t in _headings(text)] == want


def test_the_same_english_titles_spaced_are_found_as_before():
    lines = ["论文结构", BODY, *[x for n in NAMES for x in (n, BODY, BODY)], BODY]
    assert [t for _, t in _headings("\n\n".join(lines) + "\n")] == NAMES
