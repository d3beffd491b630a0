"""A contents list set after the text it lists (a blog page's '文章目录' sidebar: '1. 会议纪要', '1.1. 会议内容' …) repeats
headings the page has already shown: its entries are no sections of their own."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_NUMBER = lazy(r"[0-9]{1,3}(?:[.．][0-9]{1,3}){0,4}[.．、]?[ \t\u3000]*")  # '1.', '1.1.', '2、': the entry's number
_RUN_MIN = 3  # entries one under another, with no text between: a list, not two numbered lines that happen to repeat
_ENTRY_MAX = 60  # an entry is a title: no long line is keyed
_NOT_SHOWN = -2  # no line above shows the title (-1 stands for the page's title)
REASON = "an entry of a contents list set after the text (each entry repeats a line above it): no section"


def _key(text: str) -> str:
    return "".join(text.split())


def contents_copies(paragraphs: Sequence[Paragraph], title: str = "") -> set[int]:
    """The lines of each run of three or more numbered lines, one right under another, whose titles the document
    already showed, in the order shown (the page's `title` first): a contents list placed after the text. Two passes
    over the lines."""
    first: dict[str, int] = {_key(title): -1} if title else {}
    for i, p in enumerate(paragraphs):
        if len(p.text) <= _ENTRY_MAX:
            first.setdefault(_key(p.text), i)
    out: set[int] = set()
    run: list[int] = []
    last = _NOT_SHOWN  # where the run's last entry was shown above
    for i, p in enumerate(paragraphs):
        shown = _shown(p.text, first)
        if _NOT_SHOWN < shown < i and run and i == run[-1] + 1 and last < shown < run[0]:
            run.append(i)  # the next entry, right under the last, shown above in the same order
            last = shown
            continue
        if len(run) >= _RUN_MIN:
            out.update(run)
        run, last = ([i], shown) if _NOT_SHOWN < shown < i else ([], _NOT_SHOWN)
    if len(run) >= _RUN_MIN:
        out.update(run)
    return out


def _shown(text: str, first: dict[str, int]) -> int:
    """Where the document first showed this numbered line's title alone (-1: as its title), or _NOT_SHOWN."""
    text = text.lstrip()
    if not text[:1].isdigit() or len(text) > _ENTRY_MAX:
        return _NOT_SHOWN  # cheap: most lines open otherwise
    m = _NUMBER.match(text)
    title = _key(text[m.end():]) if m else ""
    return first.get(title, _NOT_SHOWN) if title else _NOT_SHOWN


def drop_contents_copies(candidates: list[Candidate], paragraphs: Sequence[Paragraph], title: str = "") -> None:
    """Set down each kept numbered heading that is an entry of a contents list placed after the text."""
    if not any(c.accepted and _in_a_run(paragraphs, c.index) for c in candidates):
        return  # no kept heading among three numbered lines in a row: the lines need no keys
    copies = contents_copies(paragraphs, title)
    for c in candidates:
        if c.accepted and c.index in copies:
            c.accepted = False
            c.reason = REASON


def _entry_like(paragraphs: Sequence[Paragraph], i: int) -> bool:
    return 0 <= i < len(paragraphs) and len(paragraphs[i].text) <= _ENTRY_MAX and paragraphs[i].text.lstrip()[:1].isdigit()


def _in_a_run(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """Whether the line and two next to it, one right under another, open with a number, as a list's entries do."""
    if not _entry_like(paragraphs, i):
        return False
    return any(all(_entry_like(paragraphs, k) for k in range(start, start + _RUN_MIN))
               for start in range(i - _RUN_MIN + 1, i + 1))
