"""A Markdown source's line that stands as a paragraph of its own though no blank line sets it apart."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from reader.text.lazyre import lazy
from reader.text.markers import match_heading
from reader.text.model import Block, Paragraph

_TITLE_MAX = 24  # characters of a line set alone over its text ('2.1.2侧链的特点', '摘要')
_TEXT_MIN = 40  # … and of the line under it: soft-wrapped text fills its lines, a title's is short
_OPEN_ENDS = "，,、：:；;。！？!?…—-（(《“‘[【"
# kramdown's block attribute list alone on a line ('{: .caption }', '{: #kickoffs}', '{:toc}'): items apart by spaces,
# so each is read once
_ITEM = r"""[#.]?[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'{}]+))?"""
_BLOCK_ATTRIBUTES = lazy(rf"\{{:[ \t]*((?:{_ITEM}(?:[ \t]+{_ITEM})*)?)[ \t]*\}}")
_CAPTION_CLASS = lazy(r"\.[\w-]*caption")
_ANCHOR_ONLY = lazy(r"#[\w-]+")
_SESSION_DATE = lazy(r"(\d{4})([-/.])\d{1,2}\2\d{1,2}(?!\d)")  # '2024-04-16', '2019.3.17'
_SESSION_MAX = 40
# '第一次（2025.4.18）': a session named in words, its date in brackets at the line's end
_TAIL_DATE = lazy(r"[（(]\s*\d{4}([-/.])\d{1,2}\1\d{1,2}\s*[)）]$")
_SESSION_STOPS = "：:。，；！？|｜"  # a label's value, a sentence, a link list's '时局 | …'
_WORD = lazy(r"[\u3400-\u9fffA-Za-z]{2}")
_HAN = lazy(r"[\u3400-\u9fff]")
_TRAILING_ANCHOR = lazy(r"[ \t]\{#[\w-]+(?:[ \t]+[#.][\w-]+)*\}$")  # '思考题 {#questions}'


def titles_its_text(line: str, below: str) -> bool:
    """'2.1.2侧链的特点' right over a long line of text: a title the author set on its own line, as editors that show
    every line break invite; a line of soft-wrapped text is never so much shorter than the next, and a short line with
    a comma ('从数据上可以看到，入职 6') is a sentence cut at its number. A short numbered line under it is the next
    title ('二 解决方案' over '2.1 侧链')."""
    head, text = line.strip(), below.strip()
    if not (0 < len(head) <= _TITLE_MAX and "，" not in head and head[-1] not in _OPEN_ENDS) or not text \
            or text.startswith(("#", "|", "-", "*", "+", ">", "```", "<")):
        return False
    if len(text) >= max(_TEXT_MIN, 2 * len(head)):
        return True
    m = match_heading(text)  # '二 解决方案' over '2.1 侧链': the next title, numbered
    return m is not None and bool(m.title) and len(text) <= _TITLE_MAX


def listed_entry(block: Block, kind: str) -> bool:
    """A Markdown list's item ('- [工作总结](#工作总结)' in the contents list a file opens with): an entry, never the
    file's title, nor a line the heading it names below would repeat."""
    return kind == "markdown" and block.role == "item"


def leading_entries(blocks: Sequence[Block], kind: str) -> int:
    """How many list items a Markdown file opens with: a contents list, which the title may stand under."""
    return next((k for k, b in enumerate(blocks) if not listed_entry(b, kind)), len(blocks))


def dated_section(block: Block, kind: str) -> bool:
    """'## 2024-04-16 功能开发会议' under a record's '#' title: a heading the Markdown file marks, the section of one
    meeting or one day, never the document's date stamp, nor a stamp and its outlet ('## 2019.04.04 聲明稿內容')."""
    return kind == "markdown" and block.heading_level > 0


def restamped_session(blocks: Sequence[Block], i: int) -> bool:
    """'2019.3.17 第一次会议' under a record's title, '2019.3.19 第二次会议' further down: a short line that opens with
    its date and goes on in words, when a later one opens with another date set the same way, is the first session's
    title (as its '##' would say had the copy kept it), never the document's date stamp (a label, '时间：…', dates a
    page; a list of links under it shares one date)."""
    head = _session_date(blocks[i].text)
    return head is not None and any(date is not None and date[0] == head[0] and date[1] != head[1]
                                    for date in (_session_date(b.text) for b in blocks[i + 1:]))


def _session_date(text: str) -> tuple[str, str] | None:
    """The separator and the date of a short unlabelled line that opens with a date and goes on in words, or names
    its session in words and closes on its date in brackets ('第一次（2025.4.18）', a record's minutes one by one)."""
    text = text.strip()
    if len(text) > _SESSION_MAX or any(c in text for c in _SESSION_STOPS):
        return None
    if (m := _SESSION_DATE.match(text)) is not None:
        return (m.group(2), m.group(0)) if _WORD.search(text, m.end()) else None  # a bare date dates the page
    if (t := _TAIL_DATE.search(text)) is not None and len(text[:t.start()].strip()) >= 2 \
            and _HAN.search(text, 0, t.start()):  # '第1次(2024-03-02)': a name, in words or a count
        return "(" + t.group(1), t.group(0)
    return None


def block_attributes(line: str) -> str | None:
    """The body of a kramdown attribute list standing alone on its line ('{: .caption }' -> '.caption'), else None:
    mark-up for the block above it, never words of the text."""
    text = line.strip()
    if text[:2] != "{:" or text[-1:] != "}":
        return None
    m = _BLOCK_ATTRIBUTES.fullmatch(text)
    return m.group(1) if m else None


def kramdown_marks(paragraphs: list[Paragraph], lines: list[str]) -> list[Paragraph]:
    """A Jekyll source's marks: '{: .caption }' under a picture's caption makes it no title, '{#id}' after a line or
    '{: #id}' under it gives a heading its anchor; both lost their look when the file was saved as text."""
    firsts = [p.line for p in paragraphs]
    marks: dict[int, str] = {}
    for n, line in enumerate(lines, 1):
        text = line.rstrip()
        if text[-1:] != "}":
            continue
        body = block_attributes(text)
        k = bisect_right(firsts, n) - 1
        if body is None:
            if k >= 0 and firsts[k] == n and _TRAILING_ANCHOR.search(text):
                marks[k] = "anchor"
            continue
        if k < 0 or any(not lines[j].strip() for j in range(paragraphs[k].last_line or firsts[k], n - 1)):
            continue  # a blank line between: the list marks nothing written above it
        if _CAPTION_CLASS.search(body):
            marks[k] = "caption"
        elif _ANCHOR_ONLY.fullmatch(body.strip()):
            marks[k] = "anchor"
    return [replace(p, anchor=marks.get(k) == "anchor", caption=marks.get(k) == "caption") if k in marks else p
            for k, p in enumerate(paragraphs)]
