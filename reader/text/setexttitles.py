"""Underlined headings left in a text file: a reStructuredText or Markdown page copied as text keeps its titles over a
rule as wide as they are ('Additional references' over '---------------------'), the way a reader sees a heading; a
rule under a banner's line with a rule above it too, a worksheet's answer lines one under another, a table's border
or a lone underline under the file's first line are no such headings. One walk over the lines."""

from __future__ import annotations

from reader.text.codeblocks import code_edge, code_like
from reader.text.lazyre import lazy
from reader.text.textlines import split_lines

SETEXT_RULE = lazy(r" {0,3}(?:=+|-+)[ \t]*")  # a whole line of '=' or '-': Markdown's underline
_MIN_HEADINGS = 2  # one underlined line is a title or a diagram's label; two or more, the text's own headings
_RULE_MIN = 3
_TITLE_MAX = 64  # columns: a Chinese title of 32 characters, a Latin one of 64
_NOT_OPENING = "|<>[#`*-=+~_"  # a table's row, a merge's conflict marker, a list's item, code or a rule
_FIT = 2  # columns a hand-drawn rule may miss its line's width by
_STOPS = "。！？；;!?，,"  # a sentence ends or runs on: text over a rule, no title


def _width(text: str) -> int:
    """The columns a line takes: a Chinese character two, as an editor lines up the rule under it."""
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def _rule(line: str) -> str:
    """The rule a line is ('=====', '-----'), or ''."""
    return line.strip() if SETEXT_RULE.fullmatch(line) is not None and len(line.strip()) >= _RULE_MIN else ""


def _underlined(lines: list[str], n: int, after_title: bool = False) -> str:
    """The title on line n when the next line underlines it: a blank line (or the file's start) above, or the rule
    under a title just over it (`after_title`: 'Title' '=====' then 'Sub' '-----', a part with its first section), a
    rule at least half its width under, no second rule nor a table's row under that, a short line shaped as a title,
    not code."""
    title = lines[n].strip()
    under = _rule(lines[n + 1])
    if not under or not title or _width(title) > _TITLE_MAX or title[0] in _NOT_OPENING or title[-1] in _STOPS:
        return ""
    below = lines[n + 2].strip() if n + 2 < len(lines) else ""
    if n > 0 and lines[n - 1].strip() and not after_title and not _drawn_for(title, under, lines[n - 1]) \
            or _rule(below) or below[:1] == "|":  # a table's top border, its row under
        return ""
    if 2 * len(under) < _width(title) or code_like(title) or code_edge(lines[n]):
        return ""
    return title


def _drawn_for(title: str, under: str, above: str) -> bool:
    """A rule as wide as the line over it, to a column or two, under text with no blank line between (a page whose
    blank lines were lost): the writer drew it for that line; not a bare '---' (a break between parts, under whatever
    line ends the part) nor a rule with a rule over the line too (a banner)."""
    if len(under) <= _RULE_MIN or _rule(above):
        return False
    return min(abs(len(under) - _width(title)), abs(len(under) - len(title))) <= _FIT


def setext_headings(lines: list[str]) -> dict[int, int]:
    """The 0-based lines of a text file that are underlined headings, with their level ('=' over '-', as Markdown
    ranks them): two or more, or none."""
    heads: dict[int, int] = {}
    for n in range(len(lines) - 1):
        if lines[n + 1].lstrip(" ")[:1] not in ("=", "-"):
            continue
        title = _underlined(lines, n, n - 2 in heads)
        if title:
            heads[n] = 1 if lines[n + 1].strip()[0] == "=" else 2
    return heads if len(heads) >= _MIN_HEADINGS else {}


def text_titles(text: str, anchored: list[int]) -> dict[int, int]:
    """The 1-based lines a text file marks as its headings, with their level: its underlined titles, and the lines a
    documentation page's scrape left with their permalink sign ('Information object specification¶', `anchored`),
    two or more after the first: a documentation page opens with its own title, the one heading over all the rest."""
    sections = sorted(set(anchored))[1:]
    marked = dict.fromkeys(sections, 1) if len(sections) >= _MIN_HEADINGS else {}
    return {**marked, **{n + 1: level for n, level in setext_headings(split_lines(text)).items()}}
