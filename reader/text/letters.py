"""Letters and the papers sent with them: a submission opens with its addressee and salutation, and a paper appended
after the signature starts with its own number and title.

A line above the salutation ('香港特別行政區立法會' over '各位委員：') addresses the letter; it heads nothing. A
Legislative Council paper appended to a covering letter starts with its paper number ('立法會CB(3)634/2026(01)號文件')
and then its title, which holds the paper's sections as an annex holds its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set as AbstractSet

from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.candidate import Candidate
from reader.text.openings import opens_none

# '各位委員：', '尊敬的李主席：', '敬啟者：', '陳先生：', '同志们：': a letter's or a speech's salutation, alone on its line.
_SALUTATION = lazy(
    r"(?:各位|尊敬的|親愛的|亲爱的|致)[^，。：:,]{0,14}[：:]|敬[啟启]者[：:]?"
    r"|[^，。：:,]{0,12}(?:先生|女士|主席|議員|议员|委員|委员|同志們|同志们|朋友們|朋友们|同事們|同事们)[：:]")
_SALUTATION_SPAN = 12  # a salutation stands among the first lines
_SALUTATION_MAX = 24
# 'LC Paper No. CB(3)634/25-26(01)', '立法會CB(3)634/2026(01)號文件': a Legislative Council paper's number.
_PAPER_NUMBER = lazy(r"(?:立法[會会]\s*|LC\s*Paper\s*No\.?\s*)[A-Z]{1,3}\s*[(（]\d[)）]\s*\d{1,5}\s*/\s*\d{2,4}"
                     r"(?:\s*-\s*\d{2,4})?(?:\s*[(（]\d{1,3}[)）])?\s*(?:[號号]\s*文件)?", re.IGNORECASE)
_PAPER_LINE_MAX = 48


def salutation_index(paragraphs: Sequence[Paragraph]) -> int:
    """The index of the salutation among the first lines ('各位委員：'), or -1 when the text opens without one."""
    return next((i for i, p in enumerate(paragraphs[:_SALUTATION_SPAN]) if salutation_line(p.text)), -1)


def salutation_line(text: str) -> bool:
    """'尊敬的领导、同仁：' addresses the hearers of a speech or a letter: a page may set it as a heading, it titles
    nothing ('致谢：' thanks, a part)."""
    text = text.strip()
    return (len(text) <= _SALUTATION_MAX and not text.startswith(("致谢", "致謝"))
            and _SALUTATION.fullmatch(text) is not None)


def closing_line(text: str) -> bool:
    """'此致', '敬礼', '特此通知': the formula that closes a letter, a petition or a notice, never a part's title."""
    return text.strip().rstrip("！!") in _CLOSINGS


_CLOSINGS = frozenset("此致 此致敬礼 敬礼 謹此 谨此 特此通知 特此公告 特此通告 特此函告 特此报告 特此報告 特此批复 特此批覆 特此证明 "
                      "特此證明".split())


def greeting_line(text: str) -> bool:
    """'大家好', 'Hi 各位好', '谢谢大家': a speaker greets the room or thanks it, marks or none; no part's title ('感谢'
    or 'Thanks' alone may title the acknowledgements, as '致谢' does)."""
    return len(text) <= _GREETING_MAX and _GREETING.fullmatch(text.strip()) is not None


# '大家好', 'Hi 各位好', '哈囉大家晚安', '谢谢大家', '感謝聆聽': a greeting to the room or its thanks, alone on its line
_GREETING = lazy(r"(?:(?:[Hh]i|[Hh]ello|哈[囉啰喽]|嗨)[ ,，!！]*)?(?:大家|各位)(?:好|早安|午安|晚安|早上好|上午好|下午好|晚上好)"
                 r"[!！~～。.]*|(?:谢谢|謝謝|感谢|感謝)(?:大家|各位|聆听|聆聽|收看|收聽|收听|观看|觀看)[!！~～。.]*")
_GREETING_MAX = 24


def paper_number(text: str) -> bool:
    """'立法會CB(3)634/2026(01)號文件' alone on its line: the number the council gave a paper."""
    return len(text) <= _PAPER_LINE_MAX and _PAPER_NUMBER.fullmatch(text.strip()) is not None


def appended_papers(paragraphs: Sequence[Paragraph], plain: Sequence[int], is_body: Callable[[str], bool],
                    opening: AbstractSet[str] | None = None) -> set[int]:
    """The titles of papers appended after body text: the line under a paper number, with body text below it."""
    if opens_none(opening, "立L"):
        return set()  # no paper number opens a line (`opening`: what the lines open with): no look at each
    plain_set = set(plain)
    seen_body = False
    out = set()
    for i, p in enumerate(paragraphs[:-2]):
        if seen_body and p.text.lstrip()[:1] in "立L" and i + 1 in plain_set and paper_number(p.text) \
                and is_body(paragraphs[i + 2].text):
            out.add(i + 1)
        seen_body = seen_body or is_body(p.text)
    return out


def hold_papers(candidates: list[Candidate], papers: set[int], annexes: set[int]) -> None:
    """An appended paper's unnumbered section titles nest inside its title, up to the next annex."""
    holder = -1
    for n, c in enumerate(candidates):
        if c.index in papers:
            holder = n
        elif c.index in annexes:
            holder = -1
        elif holder >= 0 and c.parent < 0:
            c.parent = holder
