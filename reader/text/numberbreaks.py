"""'1', '2', '3', '4' each alone and flush left between blank lines, counting up over prose: a talk's slide numbers or a
feature's numbered breaks, the text's own parts; a PDF's page numbers stand centred (set in), a table's cells packed.
A text that sets no blank lines at all (one paragraph a line, as copied from a page) sets its breaks apart by the
sentence the line before them ends; a page number of an extract cuts a sentence short."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Block, Paragraph, line_gap, packed_paragraphs
from reader.text.openings import opens_no_digit
from reader.text.textlines import split_lines

_NUMBER = lazy(r"[1-9][0-9]{0,2}")  # '7', '23': no '01' (a list's or a date's figure), no year
_RUN_MIN = 4  # numbers one after another that show the count; three are too few against a list's stray figures
# '01 · SLsec 网络安全实验室', '3 - Awesome Open Source': a slide's number, a spaced dot or dash, its short title
_TITLED = lazy(r"([0-9]{1,2})[ \t]+[·•\-–—][ \t]+([^\s·•\-–—][^。！？!?；;]{0,39})")
_SENTENCE_END = frozenset("。！？!?…”」』")  # a packed text's paragraph ends here: what follows it may open a part
_PACKED_SHARE = 0.1  # blank lines between hardly any two lines: their absence says nothing


def _packed(lines: list[int]) -> bool:
    """The lines (first source line of each unit, in order) stand with a blank line between hardly any two."""
    return sum(b - a > 1 for a, b in zip(lines, lines[1:])) <= _PACKED_SHARE * len(lines)


def _apart(before: str, gap_before: int, gap_after: int, packed: bool) -> bool:
    """The number stands apart: blank lines on both sides, or, in a packed text, after a finished sentence."""
    return gap_before >= 2 and gap_after >= 2 or packed and before.rstrip()[-1:] in _SENTENCE_END


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
    if (found := _NUMBER.fullmatch(text)) is not None:
        return int(found.group())
    found = _TITLED.fullmatch(text)
    return int(found.group(1)) if found else None


def break_blocks(blocks: Sequence[Block], text: str) -> set[int]:
    """The blocks (by position) that are the numbered breaks of a text file (`text` its source): cleaning keeps them."""
    counted = [(k, n) for k in range(1, len(blocks) - 1) if blocks[k].text[:1].isdigit()
               and (n := _counted(blocks[k].text)) is not None and not _NUMBER.fullmatch(blocks[k + 1].text)]
    if len(counted) < _RUN_MIN:
        return set()
    packed = _packed([b.line for b in blocks])  # (worked out only when the numbers are there)
    alone = [(k, n) for k, n in counted if _apart(blocks[k - 1].text, blocks[k].line - blocks[k - 1].line,
                                                  blocks[k + 1].line - blocks[k].line, packed)]
    if len(alone) < _RUN_MIN:
        return set()
    lines = split_lines(text)  # (split only when the numbers are there)
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
    packed: bool | None = None  # worked out at the first number
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if p.indent or not 0 < i < len(paragraphs) - 1 or not text[:1].isdigit() or matches[i] is not None \
                or _NUMBER.fullmatch(paragraphs[i + 1].text.strip()):
            continue
        if packed is None:
            packed = packed_paragraphs(paragraphs)  # type: ignore[arg-type]  # (read, not changed)
        if not _apart(paragraphs[i - 1].text, line_gap(paragraphs[i - 1], p), line_gap(p, paragraphs[i + 1]),
                      packed):
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
