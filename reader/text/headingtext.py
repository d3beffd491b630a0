"""How a kept candidate is shown as a heading: its title as a reader names it (a bullet, a frame or a label aside, a
unit's title from the next line) and the span of the text it covers."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.lineshape import BULLETS, display_title
from reader.text.markers import STRUCTURAL_RANK as STRUCTURAL, HeadingMatch, match_heading
from reader.text.model import Heading, Paragraph
from reader.text.candidate import Candidate
from reader.text.plainlines import (DASHES as _DASHES, MARKDOWN_BULLETS as _BULLETS, article_title, asked_title,
                                    bracket_label, letter_field)
from reader.text.titlemarks import BLOCK_MARKS
from reader.text.speeches import run_in_point

_ATX = lazy(r"#{1,6}[ \t]+")
_TITLE_MAX = 30  # a unit's title on the line after its bare marker is short
_NOTE_MAX = 30  # a bracketed note after a colon inside a title ('负责人：王庆勇)') is short
_LEAD_MARKS = BLOCK_MARKS + "".join(BULLETS) + "·"  # an editor's '▌' or a list's '•' before a title is no part of it
_POINT = lazy("[\u4e00-\u9fff，、“”]{2,30}。")  # '当以爱国奉公之担当引领青春航向。': a speech's point, named without its stop


_new = object.__new__


def _heading(depth: int, marker: str, title: str, line: int, offset: int, end: int) -> Heading:
    """Heading(depth, marker, title, line, offset, end), its fields set straight (a frozen dataclass's call costs
    three times as much, and a long law shows thousands of headings)."""
    h = _new(Heading)
    fields = h.__dict__
    fields["depth"], fields["marker"], fields["title"] = depth, marker, title
    fields["line"], fields["offset"], fields["end"] = line, offset, end
    return h


def candidate_heading(paragraphs: list[Paragraph], c: Candidate, depth: int, broken: bool,
                      point: bool = False) -> Heading:
    """The heading a kept candidate shows: its marker, its title as a reader names it, and the span it covers
    (`point`: a speech's point run into its paragraph, named by the sentence it opens with)."""
    p = paragraphs[c.index]
    lead = len(p.text) - len(p.text.lstrip())
    if c.match is None:
        text = p.text.strip()
        if text[:2] in _BULLETS:  # '- 什么是省示范文明城市？': a page's bullet is no part of the title
            lead, text = lead + len(text) - len(text[2:].lstrip()), text[2:].lstrip()
        elif text[:1] in _LEAD_MARKS and len(text) > 2:  # '●初至复旦●': a frame of one mark on both sides, neither part
            framed = text[1:-1].strip() if text[-1] == text[0] else ""  # of the title; a mark at one end only leads it
            lead, text = lead + len(text) - len(text[1:].lstrip()), framed or text[1:].lstrip()
        elif text[:1] == "#" and (atx := _ATX.match(text)) and atx.end() < len(text):  # '# 2021年7月20日': a Markdown
            lead, text = lead + atx.end(), text[atx.end():]  # heading's marks left in a text file are no part of it
        text = text.rstrip("：:。" if text[:2] in _DASHES or _POINT.fullmatch(text) else "：:")  # '## 具体岗位要求：' names its part as
        # '具体岗位要求' does; a wire story's '——醫院需有倫理委員會。' is a subhead without its stop
        text = bracket_label(text) or letter_field(text) or point and run_in_point(text) or text  # '【成份】本品…',
        # '主旨：檢送…': named by the label; '这一年，我们…现代治理。以《学院章程》为核心…' by the point it opens with
        return _heading(depth, "", display_title(text), p.line, p.start + lead, p.start + lead + len(text))
    m = c.match
    title = article_title(m, p.text) or m.marker if m.family == "tiao" or c.article or not m.title else display_title(
        asked_title(m) or m.title)  # '1.问：哪些企业…？' is named by its question
    if takes_next_line(m) and continues(paragraphs, c.index):
        after = paragraphs[c.index + 1]  # '第一件' / '坚持党的全面领导': the title on the next line
        return _heading(depth, m.marker, after.text.strip(), p.line, p.start + lead, after.start + len(after.text.rstrip()))
    if broken:  # the heading part ends in the next paragraph
        return _heading(depth, m.marker, title, p.line, p.start + lead, paragraphs[c.index + 1].start + m.end - 1)
    end = lead + len(m.marker) if c.article else m.end  # an article's heading part is its label, like 第X条's
    if p.heading_level and m.rest and m.terminator in "：:" and m.family != "tiao" and not c.article:
        title, end = f"{m.title}{m.terminator}{m.rest}".rstrip(), len(p.text.rstrip())  # '## 一、缔盟：核心愿景':
        # the file marks the whole line as its heading, the part after the colon a subtitle, never run-in text
    elif title == m.title and m.terminator in "：:" and ("（" in title or "(" in title) \
            and (close := _bracket_closed(title, m.rest)):  # (a title with no open bracket, as most are, asks no count)
        end = p.text.find(m.rest[:close], m.end) + close  # '3.1.1 CCM板卡 (负责人：王庆勇)': the colon was the note's
        title = f"{title}{m.terminator}{m.rest[:close]}"
    return _heading(depth, m.marker, title, p.line, p.start + lead, p.start + end)


def _bracket_closed(title: str, rest: str) -> int:
    """How much of the rest a title cut at a colon inside its one open bracket runs on to, through the bracket's close
    ('CCM板卡 (负责人' + '王庆勇)' → 4), or 0: the colon ended a title, not a bracketed note in it."""
    if title.count("(") + title.count("（") - title.count(")") - title.count("）") != 1:
        return 0
    for k, char in enumerate(rest[:_NOTE_MAX]):
        if char in "）)":
            return k + 1
        if char in "（(":
            return 0
    return 0


def takes_next_line(m: HeadingMatch | None) -> bool:
    """'第一章' or '第一讲' alone on its line: a unit whose title a layout put on the next line ('总则')."""
    return m is not None and not m.title and m.family != "tiao" and (m.family in STRUCTURAL or m.family.startswith("di-"))


def continues(paragraphs: list[Paragraph], i: int) -> bool:
    """The paragraph after a bare marker is its title: short, unpunctuated, not itself numbered."""
    if i + 1 >= len(paragraphs):
        return False
    text = paragraphs[i + 1].text.strip()
    return (0 < len(text) <= _TITLE_MAX and not any(ch in "。！？；：!?;:，," for ch in text)
            and match_heading(text) is None)
