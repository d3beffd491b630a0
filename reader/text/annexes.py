"""Annexes: the parts a document appends after its body, each holding what follows it.

'附件2' or '附录A' alone on a line (unless it lists the attachments instead), an annex with its title ('附录 A：系统核心
代码清单'), and, after a rule's last article, a title line over body (an appended table or standard). A bare '附件' or
'附录' holds the numbered annexes after it, an attachment its own appendices. Each test looks at a line and its
neighbours: linear time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.text.annexlists import listing_labels
from reader.text.furniture import furniture_line
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Paragraph
from reader.text.official import is_date_line

_ANNEX = lazy(r"(?:附件|附录|附錄|附表)[0-9０-９A-Za-z一二三四五六七八九十]{0,3}[：:]?")
_BARE = lazy(r"(?:附件|附录|附錄|附表)[：:]?")
_NAME_SPAN = 24  # an annex label, letter-spaced or not, is never longer
_TITLE_MAX = 30
_LIST_GAP = 4  # the lines from one item of a list of attachments to the next, a blank line or two between
_FILE_LIST_MAX = 12  # the lines an attachment list at a page's end holds


def annex_lines(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], plain: list[int],
                is_body: Callable[[str], bool]) -> set[int]:
    """The unnumbered lines (`plain`) that open an annex."""
    named = {i for i in plain if is_annex_label(paragraphs[i].text) and not _lists_files(paragraphs, i, is_body)
             and not _empty_field(paragraphs, i)}
    named -= listing_labels(paragraphs, named)  # '附件：' over the title a later '附件' carries: the list of them
    return named | _titled(paragraphs, plain) | _after_articles(paragraphs, matches, plain, is_body) | _cited(
        paragraphs, plain)


_CITED_WORDS = ("法律条文", "法律条款", "法律依据", "法条", "法律规定", "法律法规")
_CITED_MAX = 24
_LAW_NAME = lazy(r"《[^《》]{2,40}》")
_ARTICLE = lazy(r"第[一二三四五六七八九十百千零〇两0-9]{1,8}条")  # '第二百六十三条以暴力…': quoted, run on


def _cites_laws(text: str) -> bool:
    """'附相关法律条文：', '附：本判决适用的法律条文': the laws a judgment or a decision appends after its signature."""
    text = "".join(text.split())
    return text.startswith("附") and len(text) <= _CITED_MAX and "。" not in text and any(w in text for w in _CITED_WORDS)


def _cited(paragraphs: list[Paragraph], plain: list[int]) -> set[int]:
    """The appended laws' line, and each law's name alone on a line over its articles ('《中华人民共和国刑法》' over
    '第二百六十三条以暴力…'): the parts a reader of the appendix goes by."""
    start = next((i for i in plain if "附" in paragraphs[i].text and _cites_laws(paragraphs[i].text)), -1)  # (a
    # line without 附 is not joined up to be asked)
    if start < 0:
        return set()
    laws = {i for i in plain if i > start and i + 1 < len(paragraphs)
            and _LAW_NAME.fullmatch(paragraphs[i].text.strip()) and _ARTICLE.match(paragraphs[i + 1].text.lstrip())}
    return {start} | laws


def _empty_field(paragraphs: list[Paragraph], i: int) -> bool:
    """A bare '附件：' that ends the text (over only the page's editor line, cut as metadata) is a page's empty
    attachment field: it holds nothing. A numbered one ('附表8', the last of a run of table labels) still names its
    annex."""
    return i == len(paragraphs) - 1 and _BARE.fullmatch("".join(paragraphs[i].text.split())) is not None


def is_annex_label(text: str) -> bool:
    """附件2, 附录A: a heading by its name, and what follows it (numbered from 一、 again) belongs to it."""
    return len(text) <= _NAME_SPAN and _ANNEX.fullmatch("".join(text.split())) is not None


def _after_articles(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], plain: list[int],
                    is_body: Callable[[str], bool]) -> set[int]:
    """After a rule's last article, a title line with body after it opens an appended table or standard, or, after
    the rule's signature date, another document sent with it ('员工违纪处理办法')."""
    last = max((i for i, m in enumerate(matches) if m is not None and m.family == "tiao"), default=-1)
    if last < 0:
        return set()
    found = set()
    for i in plain:
        if i <= last:
            continue  # above the last article (most lines of a rule): no copy of the line
        text = paragraphs[i].text.strip()
        if (0 < i < len(paragraphs) - 1 and 4 <= len(text) <= _TITLE_MAX
                and not any(ch in "。！？；：，,!?;:…" for ch in text) and not furniture_line(text)
                and (paragraphs[i - 1].text.rstrip().endswith("。") or is_date_line(paragraphs[i - 1].text.strip()))
                and (is_body(paragraphs[i + 1].text) or matches[i + 1] is not None)):
            found.add(i)
    return found


_BARE_ANNEX = frozenset(("附件", "附录", "附錄"))
_NUMBERED_PART = lazy(r"(附件|附录|附錄)\s*[0-9０-９A-Z一二三四五六七八九十]")  # no '附表 1 指令格式': a table's caption


def holds_annex(outer: str, inner: str) -> bool:
    """A bare '附件' or '附录' over '附件1', '附录 A：…': one attachment (GB/T 9704 numbers attachments only when there are
    several) or the appendices' part, whose own numbered annexes sit inside it; so do an attachment's own appendices
    ('附件1：资格审查条件要求' over '附录1 资格审查条件（资质最低要求）')."""
    part = _NUMBERED_PART.match(inner.lstrip())
    if part is None:
        return False
    bare = "".join(outer.split()).rstrip("：:")
    numbered = _NUMBERED_PART.match(outer.lstrip())
    return bare in _BARE_ANNEX or numbered is not None and numbered.group(1) == "附件" and part.group(1) != "附件"


def _holds(outer: str, inner: str) -> bool:
    """An open annex that holds annex line `inner`: as `holds_annex`, or the appended laws' line over a law's name."""
    return holds_annex(outer, inner) or _cites_laws(outer) and _LAW_NAME.fullmatch(inner.strip()) is not None


def annex_holder(stack: list[int], candidates: list[Any], paragraphs: list[Paragraph], i: int) -> int:
    """The place in `stack` (open candidates of `numbering`) of the annex that holds annex line `i`, else -1."""
    return next((k for k in range(len(stack) - 1, -1, -1) if candidates[stack[k]].key == "container"
                 and _holds(paragraphs[candidates[stack[k]].index].text, paragraphs[i].text)), -1)


def _lists_files(paragraphs: list[Paragraph], i: int, is_body: Callable[[str], bool]) -> bool:
    """'附件：' over '1.统计表' / '2.名单' lists the attachments at the end of a notice; it heads none of them. So does
    a page's '附件' over file names and their dates to its end ('…人员名单' / '2018-11-20来自教务处'): no text follows."""
    if 0 < len(paragraphs) - i - 1 <= _FILE_LIST_MAX and "附件" in paragraphs[i].text and not _NUMBERED_PART.match(
            paragraphs[i].text.lstrip()) and all(  # '附录A' holds text, and so does '附件2' (a form's short lines)
            len(p.text.strip()) <= 40 and not is_body(p.text) for p in paragraphs[i + 1:]):
        return True
    if not paragraphs[i].text.rstrip().endswith(("：", ":")) or i + 1 >= len(paragraphs):
        return False
    m = match_heading(paragraphs[i + 1].text)
    return m is not None and m.family in ("arabic", "paren-arabic", "circled") and len(paragraphs[i + 1].text) <= 40


_TITLED_ANNEX = lazy(r"(?:(?:附件|附录|附錄|附表)\s*[0-9０-９A-Z一二三四五六七八九十]{1,3}|附[一二三四五六七八九十]{1,3}|"
                     r"附录|附錄)\s*[：:、.．\s]\s*([^。！？；…：:]{2,30})")  # '附一 无言之美', '附录 再谈…'
_NUMBERED_ANNEX = lazy(r"(?:附件|附录|附錄|附表)\s*[0-9０-９A-Z一二三四五六七八九十]|附[一二三四五六七八九十]")


def _titled(paragraphs: list[Paragraph], plain: list[int]) -> set[int]:
    """'附录 A：系统核心代码清单', '附件2：评标办法' alone on a line over text: an annex with its title, holding what follows
    it; one of a list of attachments ('附件1：…' right over '附件2：…') or a contents line ('……25') heads nothing."""
    found = set()
    for i in plain:
        if "附" not in paragraphs[i].text:
            continue  # the line names no annex: no copy of it
        text = paragraphs[i].text.strip()
        if text[:1] not in "附" or _TITLED_ANNEX.fullmatch(text) is None:
            continue
        near = [paragraphs[j].text.strip() for j in (i - 1, i + 1) if 0 <= j < len(paragraphs)
                and abs(paragraphs[j].line - paragraphs[i].line) <= _LIST_GAP]  # a list's lines stand together:
        # '附录1 PCB板设计图' with its picture's blank lines under it holds the picture, not a list
        if not any(_NUMBERED_ANNEX.match(t) and _word(t) == _word(text) for t in near):  # a bare '附录' over it is the
            # part that holds it; '附件1：…' over its own '附录1 …' holds that
            found.add(i)
    return found


def _word(text: str) -> str:
    """The word an annex line is named by: '附件' in '附件1：…', '附' in '附一：…'."""
    return text[:2] if text[1:2] in "件录錄表" else text[:1]
