"""Sections numbered with two digits ('01 搬运任务', '02 抛弃幻想，直接上手'): a slide deck's or a WeChat article's
own count ('02 · …' with a middle dot is a slide's title: numberbreaks reads those). A list never pads its numbers
with a nought, and a quantity is no title, so a run of such lines counted from 00 or 01, each set apart by a blank
line, numbers the document's parts even with no 1.1 under them. One pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Paragraph, line_gap
from reader.text.openings import opens_no_digit

# '01 搬运任务', '10 Misc & OSINT': two digits, a space, a title that opens with no dot (numberbreaks' '01 · …')
_PADDED = lazy(r"([0-9]{2})[ \t\u3000]+([^\s0-9·•・].{0,29})")
_NOT_TITLE = lazy(r"[。；;！!？?]|[0-9][,，][0-9]{3}")  # a sentence, or an amount ('52,254') in a table row
_LINE_MAX = 40


def padded_sections(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                    opening: frozenset[str] | None = None) -> dict[int, HeadingMatch]:
    """The lines of a run '01 …', '02 …', '03 …' (or from '00'), each standing apart under a blank line, that no other
    pass made a heading: line → its marker. A run must open with a nought ('01', not '1'); '10' may carry it on
    (`opening`: what the lines open with, when known: no line opens with a digit, no run)."""
    found: dict[int, HeadingMatch] = {}
    if opens_no_digit(opening):
        return found
    expected = -1  # the next number of the run, once it has opened
    for i in range(len(paragraphs)):
        text = paragraphs[i].text
        if len(text) > _LINE_MAX or not text[:2].isdigit():
            continue  # cheap: most lines open with a word
        hit = _PADDED.fullmatch(text.strip())
        if hit is None or _NOT_TITLE.search(hit.group(2)):
            continue
        number = int(hit.group(1))
        if expected < 0 and not (hit.group(1).startswith("0") and number <= 1) or expected >= 0 and number != expected:
            continue  # no run yet from 00 or 01, or not its next number
        if i and line_gap(paragraphs[i - 1], paragraphs[i]) < 2 or (
                i + 1 < len(paragraphs) and line_gap(paragraphs[i], paragraphs[i + 1]) < 2
                and _PADDED.fullmatch(paragraphs[i + 1].text.strip())):
            continue  # '01 夯实基础：…' right under another line, or over '02 …' on the next: a list's items
        expected = number + 1
        if matches[i] is None:
            m = match_heading(text)
            if m is not None and not (m.family == "decimal" and m.level == 1):
                continue  # another marker reads the line ('01. 拜登…' is arabic): its own family judges it
            marker = text.strip()[:hit.start(2)].rstrip()
            found[i] = m or HeadingMatch("decimal", marker, hit.group(2).rstrip(), "", number, 1,
                                         len(text.rstrip()), "")
    return found
