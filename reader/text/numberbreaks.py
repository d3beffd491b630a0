"""'1', '2', '3', '4' each alone and flush left between blank lines, counting up over prose: a talk's slide numbers or a
feature's numbered breaks, the text's own parts; a PDF's page numbers stand centred (set in), a table's cells packed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Block, Paragraph, line_gap
from reader.text.openings import opens_no_digit

_NUMBER = re.compile(r"[1-9][0-9]{0,2}")  # '7', '23': no '01' (a list's or a date's figure), no year
_RUN_MIN = 4  # numbers one after another that show the count; three are too few against a list's stray figures
# '01 · SLsec 网络安全实验室', '3 - Awesome Open Source': a slide's number, a spaced dot or dash, its short title
_TITLED = re.compile(r"([0-9]{1,2})[ \t]+[·•\-–—][ \t]+([^\s·•\-–—][^。！？!?；;]{0,39})")


def _runs(numbers: list[tuple[int, int]]) -> set[int]:
    """The positions of the runs of `_RUN_MIN` or more numbers, each one more than the one before (position, number)."""
    out: set[int] = set()
    run: list[int] = []
    last = 0
    for at, n in numbers:
        if not run or n != last + 1:
            if len(run) >= _RUN_MIN:
                out.update(run)
            run = []
        run.append(at)
        last = n
    if len(run) >= _RUN_MIN:
        out.update(run)
    return out


def _counted(text: str) -> int | None:
    """The number of a numbered break ('4') or of a titled slide ('3 - Awesome Open Source'), else None."""
    found = _NUMBER.fullmatch(text) or _TITLED.fullmatch(text)
    return int(found.group(1) if found.re is _TITLED else found.group()) if found else None


def break_blocks(blocks: Sequence[Block], text: str) -> set[int]:
    """The blocks (by position) that are the numbered breaks of a text file (`text` its source): cleaning keeps them."""
    alone = [(k, n) for k in range(1, len(blocks) - 1) if blocks[k].text[:1].isdigit()
             and (n := _counted(blocks[k].text)) is not None
             and blocks[k].line - blocks[k - 1].line >= 2 and blocks[k + 1].line - blocks[k].line >= 2
             and not _NUMBER.fullmatch(blocks[k + 1].text)]
    if len(alone) < _RUN_MIN:
        return set()
    lines = text.split("\n")  # (split only when the numbers are there)
    return _runs([(k, n) for k, n in alone if blocks[k].line <= len(lines)
                  and lines[blocks[k].line - 1][:1] == blocks[k].text[:1]])  # flush left


def break_marks(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                opening: frozenset[str] | None = None) -> dict[int, HeadingMatch]:
    """The paragraphs that are numbered breaks, each marked a part numbered by its figure alone (`opening`: what the
    lines open with, when known: a break opens with a digit)."""
    numbers: list[tuple[int, int]] = []
    marks: dict[int, HeadingMatch] = {}
    if opens_no_digit(opening):
        return marks
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if p.indent or not 0 < i < len(paragraphs) - 1 or not text[:1].isdigit() or matches[i] is not None \
                or line_gap(paragraphs[i - 1], p) < 2 or line_gap(p, paragraphs[i + 1]) < 2 \
                or _NUMBER.fullmatch(paragraphs[i + 1].text.strip()):
            continue
        if _NUMBER.fullmatch(text):
            marks[i] = HeadingMatch("lone-cn", text, "", "", int(text), 1, len(p.text.rstrip()))
        elif titled := _TITLED.fullmatch(text):
            number, title = titled.group(1), titled.group(2).strip()
            marks[i] = HeadingMatch("lone-cn", text[:titled.start(2)].strip(), title, "", int(number), 1,
                                    len(p.text.rstrip()))
        else:
            continue
        numbers.append((i, marks[i].number))
    if len(numbers) < _RUN_MIN:
        return {}
    return {i: marks[i] for i in sorted(_runs(numbers))}
