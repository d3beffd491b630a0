"""Articles run into one paragraph ('第十条　…。第十一条　…。第十二条　…'), as a page or an extract that lost its line
breaks prints a chapter: each article is given its own paragraph again, so the reader can go to it as to any
第X条. Only a run that goes on from the article opening the paragraph, one number after another, each label followed
by a space (as the law sets it; '。第十一条规定的…' cites) or by the end of a wrapped line: one pass over the paragraph.
"""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.numerals import to_int

_NUMBER = "([零〇一二两三四五六七八九十百千]{1,8}|[0-9０-９]{1,4})"
_SPACE = "[ \\t\\u3000\\u2002\\u2003\\xa0]"  # an export's en space after 第一条 too
_OPENING = lazy(f"{_SPACE}*第{_NUMBER}[条條]{_SPACE}")
_RUN_IN = lazy(f"(?<=[。；;]){_SPACE}*第{_NUMBER}[条條]({_SPACE})?")


_CHAPTER_FIRST = lazy(f"{_SPACE}*第{_NUMBER}[编編章节節]{_SPACE}*[^\\s。；;，,：:]{{1,20}}{_SPACE}+"
                      f"(?=第{_NUMBER}[条條]{_SPACE})")  # '第一章　总则　　第一条 　为规范…'


def article_breaks(text: str, starts: tuple[tuple[int, int], ...] = (), after: int = 0) -> tuple[list[int], int]:
    """Where the articles after the one opening `text` start; [] when it opens with none or none runs on. A chapter
    line that runs on into its first article (an export that joined them) is cut before the article too. A label
    that ended an extract's line lost its space there: with a line starting right after it (`starts`: the offsets
    of the text's joined lines, with their lines) it needs none ('…竞争。第六条' / '国家鼓励…'). An article's second
    paragraph goes on from the article before it (`after`, its number). Returns the breaks and the number of the
    last article seen."""
    breaks = []
    m = _OPENING.match(text)
    if m is None and (chapter := _CHAPTER_FIRST.match(text)) is not None:
        breaks.append(chapter.end())
        m = _OPENING.match(text, chapter.end())
    if m is not None:
        number, start = to_int(m.group(1)), m.end()
    elif after and "第" in text:
        number, start = after, 0
    else:
        return [], after  # (the '第' test: most paragraphs of an article say no other)
    cuts: frozenset[int] | None = None  # the joined lines' offsets, gathered once a label with no space asks (a
    # set made for every paragraph of a law, whose articles open with '第', took 3% of cleaning a long text)
    for run in _RUN_IN.finditer(text, start):
        if not number or to_int(run.group(1)) != number + 1:
            continue
        if not run.group(2):
            cuts = frozenset(off for off, _ in starts) if cuts is None else cuts
            if run.end() not in cuts:
                continue
        breaks.append(run.start())
        number += 1
    return breaks, number


def split_articles(text: str, starts: tuple[tuple[int, int], ...],
                   after: int = 0) -> tuple[list[tuple[str, tuple[tuple[int, int], ...]]], int]:
    """The paragraph cut before each article that runs on in it, each piece with its (offset, original line) pairs,
    and the number of the last article (`after`: the article the paragraph before ended in); `starts` maps offsets in
    `text` to the original lines they come from."""
    breaks, last = article_breaks(text, starts, after)
    if not breaks:
        return [(text, starts)], last
    pieces = []
    for a, b in zip([0, *breaks], [*breaks, len(text)]):
        a += len(text[a:b]) - len(text[a:b].lstrip())
        line = max((ln for off, ln in starts if off <= a), default=starts[0][1])
        pieces.append((text[a:b].rstrip(), ((0, line), *((off - a, ln) for off, ln in starts if a < off < b))))
    return pieces, last
