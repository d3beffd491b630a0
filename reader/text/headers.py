"""A document's header and signature: the issuance number (文号), the issuing authority by it or over the signing
date, a decree's signer ('总　理 　温家宝'), a ruling's case number, and the title of what a notice issues. These
lines are never headings. Each rule is one pass over the lines, looking a bounded span around a 文号.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text import slices
from reader.text.lazyre import lazy
from reader.text.meta import byline
from reader.text.model import Paragraph
from reader.text.official import case_number_line, find_number, is_date_line, names_an_authority
from reader.text.openings import lines_holding, opens_none

_AUTHORITY_MAX = 20
_HEADER_SPAN = 2  # the authority line stands at most two lines from the number (the notice's title between them)


_ISSUING = lazy(r"《([^《》]{2,40})》的?(?:通知|决定|命令|通告|批复)")  # '印发《X》的通知'
_ISSUING_MAX = 80
ISSUE_NUMBER_LINE = "an issuance number (文号): document header, not a heading"


_INDEX_NUMBER = lazy(r"[0-9A-Z]{6,24}/(?:19|20)\d\d-\d{3,8}")  # '11330700MB10327095/2024-00144': a portal's 索引号


def index_number(text: str) -> bool:
    """A portal's index number (索引号) alone on its line, its label lost: the page's header, never its title."""
    return len(text) <= 40 and _INDEX_NUMBER.fullmatch(text.strip()) is not None


def issue_number(text: str) -> bool:
    """'法〔2021〕21号' alone on its line: the number an authority gave the document it issues."""
    if not text.rstrip().endswith(("号", "號")) or len(text) > _ISSUING_MAX:
        return False  # most lines: two string checks, no regex
    line = "".join(text.split())
    return len(find_number(line)) >= len(line) - 1  # '第' before the serial dropped


def header_lines(paragraphs: Sequence[Paragraph], opening: frozenset[str] | None = None) -> dict[int, str]:
    """The issuance number and the issuing authority ('最高人民法院' over or under it, or over the signing date):
    document header and signature, never headings. One pass; each authority line looks at most two lines around.
    `opening`: what the lines open with, when known."""
    out: dict[int, str] = {}
    numbered = lines_holding(paragraphs, "号", "號")  # both numbers end so
    numbers = [i for i in numbered if issue_number(paragraphs[i].text)]
    for i in numbers:
        out[i] = ISSUE_NUMBER_LINE
    for i in numbered:
        if case_number_line(paragraphs[i].text):
            out[i] = "a court's case number ('（2015）漳刑终字第42号'): the ruling's header, not a heading"
    for i in numbered:
        for j in decree_header(paragraphs, i):
            out[j] = DECREE_LINE
    near = {j for i in numbers for j in range(i - _HEADER_SPAN, i + _HEADER_SPAN + 1)}
    for i in [i for i, p in enumerate(paragraphs)  # the short lines in one comprehension: no loop step for the rest
              if len(p.text) <= 2 * _AUTHORITY_MAX and 0 < len(p.text.strip()) <= _AUTHORITY_MAX]:
        text = paragraphs[i].text.strip()
        if not _CJK_ONLY.fullmatch(text) or not names_an_authority(text):
            continue
        signed = i + 1 < len(paragraphs) and is_date_line(paragraphs[i + 1].text.strip())
        if i in near or signed:
            out[i] = "the issuing authority's name (by the 文号 or over the signing date): header, not a heading"
    dated = not opens_none(opening, _NUMERAL_CHARS)  # no line opens with a numeral: no signing date, only the
    # lines by a 文号 can be a signer's, and only they are looked at
    for i in range(len(paragraphs)) if dated else sorted(i for i in near if 0 <= i < len(paragraphs)):
        p = paragraphs[i]
        if len(p.text) <= 2 * _SIGNER_MAX and (i in near or (  # the date below first: most lines have none
                i + 1 < len(paragraphs) and (below := paragraphs[i + 1].text).lstrip()[:1] in _NUMERAL_CHARS
                and _SIGNED_ON.match(below.strip()) is not None)) and signer_line(p.text):  # (its first character first)
            out[i] = "the signer's office and name ('总　理 　温家宝') over the signing date: a signature, not a heading"
    return out


DECREE_LINE = "a decree's name and serial ('中华人民共和国主席令' over '第二十四号'): the order's header, not a heading"
_DECREE = lazy(r"(?:中华人民共和国|中華人民共和國)?([\u4e00-\u9fff]{2,20}?)令")
_DECREE_SERIAL = lazy(r"[（(]?第[0-9０-９〇○零一二三四五六七八九十百千]{1,8}[号號][）)]?")
_NOT_IN_SERIAL = lazy("[。，]")


def decree_header(paragraphs: Sequence[Paragraph], i: int) -> tuple[int, ...]:
    """The lines of an order that issues a law or rule, its name and serial ('中华人民共和国主席令' / '第二十四号',
    '某某省人民政府令' / '（第88号）', or one line): its header, read by the serial's line `i` and the one above."""
    line = "".join(paragraphs[i].text.split())
    serial = next(slices.finditer(_DECREE_SERIAL, line, _NOT_IN_SERIAL), None)  # (a megabyte line: by slices)
    if serial is None or serial.end() != len(line):
        return ()
    if serial.start() > 0:  # '中华人民共和国国务院令第732号' on one line
        return (i,) if _decree_name(line[:serial.start()]) else ()
    if i == 0 or not _decree_name("".join(paragraphs[i - 1].text.split())):
        return ()
    return i - 1, i


def _decree_name(text: str) -> bool:
    """'中华人民共和国国务院令', '某某省人民政府令', '中华人民共和国主席令': an issuing body's (or the head of state's) order."""
    m = _DECREE.fullmatch(text)
    return m is not None and (names_an_authority(m.group(1)) or m.group(1).endswith("主席"))


def signer_line(text: str) -> bool:
    """'总　理 　温家宝', '主席 习近平': an office and a name set apart by a space, nothing else on the line (a byline's
    form, the office letter-spaced as a decree sets it)."""
    parts = text.split()
    return len(parts) >= 2 and bool(byline(f"{''.join(parts[:-1])} {parts[-1]}"))


_CJK_ONLY = lazy(r"[\u4e00-\u9fff]+")
_SIGNER_MAX = 40  # a byline's length
_NUMERAL = "0-9０-９〇○零一二三四五六七八九十"
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９〇○零一二三四五六七八九十")  # what `_SIGNED_ON` opens with
_SIGNED_ON = lazy(f"[{_NUMERAL}]{{4}}[ \t\u3000]*年[ \t\u3000]*[{_NUMERAL}]{{1,2}}[ \t\u3000]*月[ \t\u3000]*[{_NUMERAL}]{{1,3}}[ \t\u3000]*日")


def issued_document_titles(paragraphs: Sequence[Paragraph], numbers: Sequence[int], title: str = "") -> set[int]:
    """'国务院关于印发《国务院工作规则》的通知' by its 文号, and later the line '国 务 院 工 作 规 则': a notice and the
    document it issues, each a top-level part holding what follows it. Only when the issued document's own title
    stands as a line (a notice alone is the document's header). Lines are indexed once, so this stays linear."""
    if not numbers:  # the 文号 lines (`header_lines`)
        return set()
    lines: dict[str, int] = {}
    for i in range(len(paragraphs) - 1, -1, -1):
        if len(paragraphs[i].text) <= 2 * _ISSUING_MAX:
            text = "".join(paragraphs[i].text.split())
            if 0 < len(text) <= _ISSUING_MAX:
                lines[text] = i  # the first line with this text wins
    out: set[int] = set()
    for i in numbers:
        for j in range(max(0, i - _HEADER_SPAN), i):
            text = paragraphs[j].text.strip()
            m = _ISSUING.search(text)
            if m is None or len(text) > _ISSUING_MAX or text == title or not text.endswith(("通知", "决定", "命令", "通告",
                                                                                               "批复")):
                continue
            issued = lines.get("".join(m.group(1).split()), -1)
            if issued > i:
                out.update((j, issued))
    return out


_ADDRESSEES_SPAN = 12  # they stand among the first lines, under the title and the 文号
_ADDRESSEES_MAX = 60


def addressee_index(paragraphs: Sequence[Paragraph]) -> int:
    """The index of an official notice's addressees among the first lines ('各单位：', '各省、自治区、直辖市人民政府，
    国务院各部委、各直属机构：'), or -1; '各位来宾：' greets the hearers of a speech."""
    for i, p in enumerate(paragraphs[:_ADDRESSEES_SPAN]):
        if addressee_line(p.text.strip()):
            return i
    return -1


def addressee_line(text: str) -> bool:
    """'各单位：', '各省、自治区、直辖市人民政府：': a notice's addressees, a line of their own ('各位来宾：' greets)."""
    return text[:1] == "各" and text[1:2] != "位" and text.endswith(("：", ":")) and len(text) <= _ADDRESSEES_MAX \
        and "。" not in text
