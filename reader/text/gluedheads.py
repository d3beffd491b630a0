"""Title lines an extract glued to what follows them, or set without the marks a headline usually has."""

from __future__ import annotations

from reader.text import meta
from reader.text.lazyre import lazy
from reader.text.metavalues import NUMBER_YEAR
from reader.text.model import Block

# An issuer's code right before a bracketed year and a serial: '国发〔2007〕15号', '國辦發〔2021〕11號'
_GLUED_NUMBER = lazy(
    r"([\u4e00-\u9fff]{1,8})\s*[〔［\[(（]\s*" + NUMBER_YEAR + r"\s*[〕］\])）]\s*第?\s*\d{1,5}\s*[号號]")
_ABOUT = ("关于", "關於", "关於", "關于")
_CITING = ("根据", "根據", "按照", "依据", "依據", "为", "為", "经", "經")  # a sentence citing the notice
_SALUTATION_SPAN = 60  # characters after the number within which a glued salutation ends on its colon


def glued_title(text: str) -> str:
    """'国务院关于印发…的通知国发〔2007〕15号各省、自治区、直辖市人民政府：': a notice's title, its 文号 and its
    salutation run into one line (an extract that lost its line breaks): the title is the part ending on its genre
    right before the issuer's code; '' for any other line (a sentence citing a notice: '根据…的通知国发〔…〕…号精神，
    …' ends on no salutation's colon)."""
    if "号" not in text[:140] and "號" not in text[:140]:
        return ""  # most lines: no number at all
    m = _GLUED_NUMBER.search(text, 0, 140)
    if m is None:
        return ""
    rest = text[m.end():]
    if not rest or not any(c in rest[:_SALUTATION_SPAN] for c in "：:"):
        return ""
    code, start = m.group(1), m.start(1)
    if start and text[start - 1] in "（(〔［[" and rest[:1] in "）)〕］]":  # '…的通知（国办发〔2023〕12号）各省…：'
        return _titled(text[:start - 1].strip())
    for cut in range(len(code) - 1, -1, -1):  # the longest title whose end is a genre, the code after it
        if title := _titled(text[:start + cut].strip()):
            return title
    return ""


def _titled(title: str) -> str:
    """The title when it ends on its genre and names what it is about, else ''."""
    return title if meta.genre_title(title) and any(w in title for w in _ABOUT) and not title.startswith(_CITING) \
        else ""


_SPACED_NUMBER = lazy(r"(?:[ \u3000]+|[（(]\s*)[\u4e00-\u9fff]{1,8}\s*[〔［\[]\s*" + NUMBER_YEAR + r"\s*[〕］\]]\s*第?\s*\d{1,5}\s*"
                      r"[号號]\s*[）)]?$")  # or in brackets: '关于…的通知（国办发〔2023〕12号）'


_NUMBER_BEFORE = lazy(r"^[\u4e00-\u9fff]{1,8}\s*[〔［\[]\s*" + NUMBER_YEAR + r"\s*[〕］\]]\s*第?\s*\d{1,5}\s*[号號]\s*《([^《》]+)》$")


def without_number(title: str) -> str:
    """'关于…的通知 国发〔2024〕5号': a notice's title set on one line with its 文号 after a space; the 文号 is shown
    as the number, the title is the part before it (a title that does not end on its genre keeps all). A site's
    headline that puts the 文号 first and the title in 《》 ('鲁政发〔2014〕20号《山东省人民政府关于…的实施意见》')
    is the title in the marks."""
    if title.endswith("》") and (m := _NUMBER_BEFORE.match(title)) and meta.genre_title(m.group(1)):
        return m.group(1)
    m = _SPACED_NUMBER.search(title, max(0, len(title) - 40)) if title.endswith(("号", "號", "）", ")")) else None
    return title[:m.start()] if m and meta.genre_title(title[:m.start()]) else title


def over_labels(blocks: list[Block], i: int) -> bool:
    """The first line right over a press release's labels ('發稿單位:…' / '發稿時間:…'): a city's news headline,
    its ASCII comma and all ('…構築治安防線,讓市民安心過年'): a wrapped sentence runs on into text, not labels."""
    return i == 0 and i + 1 < len(blocks) and blocks[i].role == "" and not meta.parse_meta_line(blocks[i].text) \
        and bool(meta.parse_meta_line(blocks[i + 1].text))


_STACK_WIDTH = 10  # characters: a line of a headline set in a narrow column ('人大五次会议')
_STACK_LINES = 6  # lines such a headline may take
_STACK_MIN = 3  # lines at least: two are a title and its wrap or subtitle (`wrapped_title`, `continues_title`)
_PUNCTUATION = frozenset("，。、：；！？,.:;!?（）()《》“”\"'")


def _stack_line(text: str) -> bool:
    """A short line of words only: no punctuation, no date, no byline."""
    return 2 <= len(text) <= _STACK_WIDTH and not any(c in _PUNCTUATION for c in text) and not meta.date_line(text) \
        and not meta.byline(text)


def stacked_tail(blocks: list[Block], i: int) -> int:
    """Lines under the title line `i` of a headline a paper set in a narrow column ('市十七届' / '人大五次会议' /
    '主席团召开' / '第四次会议'), the reporter's byline right under its last ('□融媒记者 颜元滔'): lines of a few
    words each, one after another; 0 when they are not so (a poem or a cover has no byline under it)."""
    k = i
    while k < len(blocks) and k - i < _STACK_LINES and _stack_line(blocks[k].text) \
            and (k == i or blocks[k].line == blocks[k - 1].line + 1):
        k += 1
    if k - i < _STACK_MIN or k >= len(blocks) or blocks[k].line != blocks[k - 1].line + 1 \
            or not meta.byline(blocks[k].text):
        return 0
    return k - i - 1 if meta.title_like("".join(b.text for b in blocks[i:k])) else 0


def with_glued(title: str, title_line: int, blocks: list[Block]) -> str:
    """The title as the header read it, or the one the line after the header runs into its 文号: the first line of
    text when no title was found ('…的通知国发〔2007〕15号各省…：'), or the line right under a title cut by a wrap
    ('国务院办公厅关于加强城市内涝治理的' / '实施意见国办发〔2021〕11号各省…：', whose first half alone was shown)."""
    title = without_number(title)
    if not blocks:
        return title
    if not title:
        return glued_title(blocks[0].text)
    if title_line and blocks[0].line == title_line + 1 and not meta.genre_title(title):
        whole = glued_title(title + blocks[0].text)
        return whole if len(whole) > len(title) and whole.startswith(title) else title
    return title
