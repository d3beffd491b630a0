"""Page furniture of a PDF extract: running headers at the top of each page, found from where the pages break."""

from __future__ import annotations

from typing import Callable

from reader.text.lazyre import lazy
from reader.text.markheads import mark_heads
from reader.text.model import Block
from reader.text.partnames import named_part

_SENTENCE_END = lazy(r"[。！？!?；;]$")
_CLAUSE = lazy(r"[，、；,。！？!?：:]")  # a line holding one is prose, never a page's head
_CAPTION = lazy(r"[图表圖]\s?\d")  # '图 1 …' heading a page is its figure's caption
_HEAD_MAX = 40  # a running header is a short line
# or a longer one opening three pages or more: a book's name with its author's web address beside it
_LONG_HEAD_MAX, _LONG_HEAD_PAGES = 100, 3


def drop_running_heads(blocks: list[Block], page_marks: set[int], tops: frozenset[int],
                       is_heading: Callable[[str], bool]) -> tuple[list[Block], list[Block]]:
    """The blocks without the running headers (repeated, or a layout's title and page number), and those dropped."""
    folios = _folio_heads(blocks, tops) | mark_heads([b.text for b in blocks], [k for k, b in enumerate(blocks)
                                                                              if b.line in tops or k == 0])
    kept, dropped = _repeated_heads([b for k, b in enumerate(blocks) if k not in folios] if folios else blocks,
                                    page_marks, tops, is_heading)
    return kept, [blocks[k] for k in sorted(folios)] + dropped


# '1.3 LATEX 源文件      3', '2      基础知识': a page's title and its number set apart by a layout's wide gap
_FOLIO = lazy(r"[ \t\u3000]*(?:[0-9]{1,3}[ \t\u3000]{8,}\S.{0,38}?|\S.{0,38}?[ \t\u3000]{8,}[0-9]{1,3})[ \t\u3000]*")
_FOLIO_SPAN = 40, 200  # columns: the number at the far margin, the title at the near one; longer is a layout's text


def _folio_line(text: str) -> bool:
    """Title and number at the two margins ('1   引言' set close is a heading, not a head)."""
    return _FOLIO_SPAN[0] <= len(text.rstrip()) <= _FOLIO_SPAN[1] and bool(_FOLIO.fullmatch(text)) \
        and not _SENTENCE_END.search(text.strip())


def _folio_heads(blocks: list[Block], tops: frozenset[int]) -> set[int]:
    """A page's top line (the document's first, or one a form feed opens) holding a short title and the page's number
    eight columns or more apart, at the two margins of a -layout extract: its running head, even on a page cut out
    alone. A line below it of the same shape makes it a contents page's or a table's row, not a head."""
    out = set()
    for k, b in enumerate(blocks):
        if (k == 0 or b.line in tops) and _folio_line(b.text) and not (k + 1 < len(blocks)
                                                                      and _folio_line(blocks[k + 1].text)):
            out.add(k)
    return out


def _repeated_heads(blocks: list[Block], page_marks: set[int], tops: frozenset[int],
                    is_heading: Callable[[str], bool]) -> tuple[list[Block], list[Block]]:
    """The blocks without the running headers, and the headers dropped.

    A page starts after a page mark (a removed page number, blank lines aside) or at a form feed (`tops`). A short
    line that opens at least two pages is a running header; the document's first line counts as a page's top but
    stays unless it is numbered ('第 1 章 …': the header of the first page, not the title). A page-top line that
    repeats the heading right below it (a chapter's first page) goes as well. A heading repeated in the body stays.
    """
    if len(page_marks) < 2 and not tops:
        return blocks, []
    follows = [f or b.line in tops for f, b in zip(_after_marks(blocks, page_marks), blocks)]
    tops_at = [k for k, f in enumerate(follows) if f or k == 0]  # only page tops (and what follows them) are keyed
    keys = {k: "".join(blocks[k].text.split()) for k in tops_at}
    for k in tops_at:  # a page top that repeats the line below it: the line below is keyed too
        if k + 1 < len(blocks) and k + 1 not in keys:
            keys[k + 1] = "".join(blocks[k + 1].text.split())
    opening: dict[str, int] = {}
    for k in tops_at:
        if len(keys[k]) <= _LONG_HEAD_MAX and not _SENTENCE_END.search(blocks[k].text.strip()):
            opening[keys[k]] = opening.get(keys[k], 0) + 1
    heads = {key for key, n in opening.items() if n >= 2 and (len(key) <= _HEAD_MAX or n >= _LONG_HEAD_PAGES)}
    echoes = {k for k in tops_at if (follows[k] or k == 0) and k + 1 < len(blocks) and keys[k] == keys[k + 1]}
    first = keys[0] if blocks else ""  # a long line opening the document and one later page, where that page's
    # break cut a sentence ('…设计模' / header / '式种的…'): the book's running head, in the sentence's way
    echoes.update(k for k in tops_at if k and follows[k] and keys[k] == first and len(first) > _HEAD_MAX
                  and opening.get(first) == 2 and not _SENTENCE_END.search(blocks[k - 1].text.strip()))
    gone = {k for k in tops_at if k in echoes or keys[k] in heads and (follows[k] or k == 0 and is_heading(
        blocks[k].text))}
    opened = [k for k in tops_at if k and blocks[k].line in tops]  # the lines form feeds open
    if not any(_CLAUSE.search(blocks[k].text) for k in opened):  # a page opening with prose shows no head
        gone.update(k for k in opened if _lone_head(blocks, k, is_heading))
    if not gone:
        return blocks, []
    kept, dropped = [], []
    for k, b in enumerate(blocks):
        (dropped if k in gone else kept).append(b)
    return kept, dropped


def _lone_head(blocks: list[Block], k: int, is_heading: Callable[[str], bool]) -> bool:
    """A form feed's line seen once, short, with no clause, set apart from what follows: the page's running head
    ('中国科学院大学学位论文 LATEX 模板' atop an extract's second page; a two-page extract shows each head once), not
    its first section's title (numbered, or a part's name: '参考文献') nor a figure's caption. Asked only where no
    page opens with prose: there pages have no head, and a short line opening one is a section's title."""
    text = blocks[k].text.strip()
    return (len(text) <= _HEAD_MAX and (k + 1 == len(blocks) or blocks[k + 1].line > blocks[k].line + 1)
            and _CLAUSE.search(text) is None and _CAPTION.match(text) is None and not named_part(text)
            and not is_heading(text))


def _after_marks(blocks: list[Block], page_marks: set[int]) -> list[bool]:
    """Whether a page mark lies between each block and the one before it (blank lines aside)."""
    marks = sorted(page_marks)
    out, m, prev = [], 0, 0
    for b in blocks:
        while m < len(marks) and marks[m] < prev:
            m += 1
        out.append(m < len(marks) and prev < marks[m] < b.line)
        prev = b.line
    return out


_FOOTER = lazy(r"[ \t\u3000]*(?:([0-9]{1,4})[ \t\u3000]{2,}(\S.{0,38}?)"  # '4   © 2022 …'
               r"|(\S.{0,38}?)[ \t\u3000]{2,}([0-9]{1,4}))[ \t\u3000]*")  # '© 2022 …   5'
# '第 2 页 共 105 页    k_eckel', '《数据库系统概论》试卷第 2 页 共 5 页': the page's number labelled, words on either side
_LABELLED = lazy(r"[ \t\u3000]*(?:(\S.{0,38}?)[ \t\u3000]*)?第[ \t]*([0-9]{1,4})[ \t]*[页頁]"
                 r"(?:[ \t]*[/，,]?[ \t]*共[ \t]*[0-9]{1,4}[ \t]*[页頁])?(?:[ \t\u3000]+(\S.{0,38}?))?[ \t\u3000]*")
_FOOTER_MAX = 60
_FOOTERS_MIN = 3


def page_footers(texts: list[str]) -> set[int]:
    """'4   © 2022 机器人俱乐部', '© 2022 机器人俱乐部   5', '第 2 页 共 105 页    k_eckel': a PDF page's foot, the
    same words beside its number, three times or more with the number counting up; they mark where pages break as a
    bare page number does."""
    by_words: dict[str, list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        if len(text) > _FOOTER_MAX:
            continue
        if (m := _FOOTER.fullmatch(text)) is not None:
            words = " ".join((m.group(2) or m.group(3)).split())
            by_words.setdefault(words, []).append((i, int(m.group(1) or m.group(4))))
        elif "第" in text and (m := _LABELLED.fullmatch(text)) is not None and (m.group(1) or m.group(3)):
            words = " ".join(f"{m.group(1) or ''} {m.group(3) or ''}".split())
            by_words.setdefault(words, []).append((i, int(m.group(2))))
    found: set[int] = set()
    for lines in by_words.values():
        numbers = [n for _, n in lines]
        if len(lines) >= _FOOTERS_MIN and all(a < b for a, b in zip(numbers, numbers[1:])):
            found.update(i for i, _ in lines)
    return found


# One footer alone, when it gives both numbers ('第 2 页 共 105 页 k_eckel', '《编译原理》试卷A 第 2 页 共 8 页'): a
# converter's leftover even where page_footers finds no run of three.
_N = r"[0-9０-９]{1,4}"
_COUNT = rf"第[ \t\u3000]*{_N}[ \t\u3000]*[页頁][ \t\u3000]*[/／，,]?[ \t\u3000]*共[ \t\u3000]*{_N}[ \t\u3000]*[页頁]" \
         rf"|共[ \t\u3000]*{_N}[ \t\u3000]*[页頁][ \t\u3000]*[/／，,]?[ \t\u3000]*第[ \t\u3000]*{_N}[ \t\u3000]*[页頁]"
_WORDS = r"[^\s。！？，；：:、]{1,24}(?:[ \t\u3000]+[^\s。！？，；：:、]{1,24}){0,2}"  # a name or a short title, no clause
_TITLED = r"《[^《》\n]{1,30}》[^\s。！？，；：:、《》]{0,8}[ \t\u3000]*"  # '《 数据库系统概论 》试卷第 2 页 共 5 页'
_COUNTED_FOOTER = lazy(rf"[ \t\u3000]*(?:(?:{_COUNT})[ \t\u3000]+{_WORDS}|{_WORDS}[ \t\u3000]+(?:{_COUNT})"
                       rf"|{_TITLED}(?:{_COUNT}))[ \t\u3000]*")
_COUNTED_MAX = 70


def page_footer(text: str) -> bool:
    """'第 2 页 共 105 页 k_eckel': a page count, both numbers, with a word beside it (a sentence that mentions a
    page, '详见第3页', never counts the pages)."""
    return len(text) <= _COUNTED_MAX and "共" in text and _COUNTED_FOOTER.fullmatch(text) is not None


def repeats_opening(text: str, seen: str, after_abstract: bool) -> bool:
    """A document site's summary: the opening again, cut off with an ellipsis."""
    truncated = text.endswith(("...", "…", "……"))
    if not (truncated or after_abstract):
        return False
    probe = text.rstrip(".…").strip()
    probe = probe[: min(len(probe), 200)]
    return len(probe) >= 20 and probe in seen


_SUMMARY_MIN = 20
_SUMMARY_END = ("。", "！", "？", "!", "?", "…", "”", "」")


def summary_of(first: str, second: str) -> bool:
    """A page's summary ('intro', <meta description>) set over the body whose opening sentences it copies whole."""
    lead = "".join(first.split())
    if len(lead) < _SUMMARY_MIN or not lead.endswith(_SUMMARY_END):
        return False
    body = "".join(second[: 2 * len(first) + 16].split())
    return len(body) > len(lead) and body.startswith(lead)  # the same paragraph twice is no summary

