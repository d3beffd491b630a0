"""A saved page that shows its article twice (the page and its print view, '打印本页' over a second copy of the reply):
the second copy of a long run of paragraphs is the same text again, so it is shown once. A copy is the article: from its
start, with only chrome between the two; a quoted sentence, a chorus between verses or a law's
repeated phrasing is no such run, and stays."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from reader.text.meta import date_line, parse_meta_line

_MIN_PARAS = 3  # distinct paragraphs repeated in order: fewer is a quotation, not a copy
_MIN_CHARS = 200  # and this much text: a page's copy of its article, not a chorus
_SKIP = 2  # paragraphs one copy has that the other has not (a line the print view leaves out)
_TITLE_MIN = 8  # a title's first words that long are its copy ('…的复函' of '…的复函- 某某网站')


def _key(text: str) -> str:
    return "".join(text.split())


def _run(keys: Sequence[str], first: int, start: int) -> tuple[int, int, int, int, set[str]]:
    """(end, first copy's end, characters and paragraphs matched, keys matched) of the copy at `start` of the run
    at `first`."""
    a, b, chars, matched, seen = first, start, 0, 0, set()
    while a < start and b < len(keys):
        if keys[a] == keys[b]:
            chars, matched, a, b = chars + len(keys[b]), matched + 1, a + 1, b + 1
            seen.add(keys[b - 1])
            continue
        ahead = next((s for s in range(1, _SKIP + 1) if a + s < start and keys[a + s] == keys[b]), 0)
        if ahead:
            a += ahead  # the first copy has a paragraph more
            continue
        behind = next((s for s in range(1, _SKIP + 1) if b + s < len(keys) and keys[b + s] == keys[a]), 0)
        if not behind:
            break
        b += behind  # the second copy has a paragraph more
    return b, a, chars, matched, seen


def _header(text: str, title: str) -> bool:
    """The print view's own header over its copy: the title again, its date, its '来源：' line."""
    key = _key(text)
    return bool(key) and (key == title or len(key) >= _TITLE_MIN and title.startswith(key)) or bool(
        len(text) <= 80 and (date_line(text, weekday=True) or parse_meta_line(text)))


def second_copies(texts: Sequence[str], title: str = "") -> set[int]:
    """Indices of the paragraphs that repeat an earlier long run of paragraphs, with the copy's own header lines
    (its title, date and source) right above it; in linear time."""
    keys, title = [_key(t) for t in texts], _key(title)
    acc = list(accumulate((len(k) for k in keys), initial=0))  # the text before each paragraph
    firsts: dict[str, int] = {}
    drop: set[int] = set()
    j = floor = 0
    while j < len(keys):
        first = firsts.get(keys[j]) if keys[j] else None
        if first is None:
            firsts.setdefault(keys[j], j)
            j += 1
            continue
        end, first_end, chars, matched, seen = _run(keys, first, j)
        lead, between = acc[first], acc[j] - acc[first_end]  # the copied run starts the article, chrome between
        if len(seen) >= _MIN_PARAS and 4 * len(seen) >= 3 * matched and chars >= _MIN_CHARS and 4 * lead <= chars \
                and 2 * between <= chars:  # (an article's paragraphs differ: sections that say the same are no copy)
            top = j
            while top > max(first_end, floor) and _header(texts[top - 1], title):
                top -= 1
            drop.update(range(top, end))
            floor = end
        for n in range(j, max(end, j + 1)):
            firsts.setdefault(keys[n], n)
        j = max(end, j + 1)
    return drop
