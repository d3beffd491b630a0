"""A compilation of laws or model rules (法规汇编, 章程范本): each member starts its chapters (or, with none, its
articles) at 第一 again. The line over each start names that member, numbered ('一、中华人民共和国公司法') or not, past
its adoption note ('（2018年10月26日…修正）'); it holds the member's chapters as a part of the whole."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import STRUCTURAL_RANK, HeadingMatch, match_heading
from reader.text.meta import body_like, date_line, dated_entry, genre_title, history_line, parse_meta_line
from reader.text.model import Paragraph
from reader.text.numerals import to_int
from reader.text.openings import colon_lines, opens_none
from reader.text.plainlines import bracket_label, lines_opening
from reader.text.promulgation import issued_by_order

_TITLE_MAX = 40  # a law's or a model's name
_LOOK_BACK = 4  # the name, an adoption note or two, a date line
_STAMP_SPAN = 4  # a page's date and source lines between a title and its 文号
_NOT_IN_NAME = "。；;：:，,！？!?"
_TOP = -2  # the walk reached the document's first line
_PAGE_LINES = 3  # lines of a page (its menu, its title) above a law it shows
_NAME_MIN = 6  # '台灣語文學會組織章程' names a law; a menu's '协会章程' names a page
_RULES_NAME = lazy(r"(?:制度|规则|規則|准则|準則|规程|規程|规范|規範)$")  # '…协会规章制度' over 【第一章 总 则】
# A contract's party line: its role ('甲方', '出租方（以下简称甲方）', '委托人') before a colon
_PARTY = lazy(r"(?:[甲乙丙丁]方|出租[方人]|承租[方人]|[买卖買賣]方|委托[方人]|受托[方人]|委託[方人]|受託[方人]|转让[方人]"
              r"|受让[方人]|轉讓[方人]|受讓[方人]|发包[方人]|承包[方人]|發包[方人]|用人单位|劳动者)"
              r"[ \t\u3000]*(?:[（(][^）)]{1,12}[）)])?[ \t\u3000]*[：:]")
_AGREED = lazy(r"(?:协议|協議|条款|條款|条文|條文|合同)[^。；;]{0,4}如下[：:]$|如下(?:协议|協議|条款|條款|条文|條文)[：:]$")
HOLDERS = ("cn", "capital", "roman", "paren-cn")  # 一、 壹、 I. （一） may number the members


def compiled_titles(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], title: str = "",
                    contents: frozenset[int] | set[int] = frozenset()) -> set[int]:
    """The lines naming the members of a compilation; empty unless the top legal unit restarts at 第一 at least once
    and every start has such a line over it (a member's own contents list, `contents`, may stand between)."""
    units = [(i, STRUCTURAL_RANK[m.family], m.number) for i, m in enumerate(matches)
             if m is not None and m.family in STRUCTURAL_RANK]  # one pass over the lines; the rest over the units
    if not units:
        return set()
    top = min(rank for _, rank, _ in units)
    starts = [i for i, rank, number in units if rank == top and number == 1]
    if len(starts) == 1:  # one law on a page: its name over it, below the page's own lines, holds it
        name = _name_over(paragraphs, matches, starts[0], -1, title, contents)
        text = paragraphs[name].text.strip() if name >= 0 else ""
        prior = paragraphs[name - 1].text.strip() if name >= 1 else ""
        after_text = body_like(prior) and "".join(text.split()) not in "".join(prior.split())  # '…现有会员三百余人。'
        # over '协会章程': the page's own text came first, so the name is neither the document's title nor an entry
        # of its menu; the order '现公布《…实施条例》，自…起施行。' over the 条例 it issues introduces the document itself
        named = (name >= _PAGE_LINES or after_text) and (genre_title(text) or _RULES_NAME.search(text) is not None) \
            and (len(text) >= _NAME_MIN or after_text)
        named = named and not _part_of_one(matches, name)  # '一、一般规定' over 第一条, '二、…' over 第三条: parts
        named = named and not issued_by_order(paragraphs, name)  # '某某省人民政府令', '现予公布', the signer, the
        # date over '…办法': the order issues the document itself, whose chapters stand at the top
        return {name} if named and "".join(text.split()) not in "".join(title.split()) else set()  # not a menu's
        # '协会章程', nor the law the title names ('关于印发《…暂行办法》的通知' over '…暂行办法'): the document itself
    if len(starts) < 2:
        return set()
    found: set[int] = set()
    previous = -1
    for s in starts:
        name = _name_over(paragraphs, matches, s, previous, "" if previous < 0 else title, contents)
        if name == _TOP and previous < 0:
            previous = s
            continue  # nothing but the adoption note over the first law: the document's title names it
        if name < 0:
            return set()  # a start without a name over it: chapters quoted or a contents list, not a compilation
        found.add(name)
        previous = s
    return found


def _part_of_one(matches: list[HeadingMatch | None], name: int) -> bool:
    """'一、一般规定' over the only 第一条, with '二、合同的效力' further on: a judicial interpretation's parts, numbered on
    over articles counted through, not the name of a law (one law on a page is named by no number with a sibling)."""
    m = matches[name] if name >= 0 else None
    if m is None or m.family not in HOLDERS:
        return False
    return any(n is not None and n.family == m.family and n.number == m.number + 1 for n in matches[name + 1:])


def _name_over(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], start: int, previous: int,
               title: str, contents: frozenset[int] | set[int]) -> int:
    """The line naming the member whose first unit is at `start`, or -1 (the first member's name may be the
    document's title line: it holds that member as the second name holds the second). Each walk stops at the
    previous start, so the walks stay linear together."""
    j, budget = start - 1, _LOOK_BACK
    while j > previous and budget > 0:
        text = paragraphs[j].text.strip()
        j -= 1
        if not text or j + 1 in contents or "".join(text.split()) in ("目录", "目錄"):
            continue  # the member's contents list sits between its name and its first chapter
        budget -= 1
        if text[0] in "（(" and text[-1] in "）)" or date_line(text):
            continue  # '（2005年10月27日第十届全国人民代表大会常务委员会第十八次会议修订）'
        if len(text) <= _TITLE_MAX and dated_entry(text) or history_line(text):
            budget += 1  # '2022.07.12 第十五屆第一次臨時會員大會修訂通過': its history, however long
            continue
        if _PARTY.match(text):
            continue  # '甲方：＿＿公司 法定地址：＿＿': a contract's parties between its name and its 第一条
        if previous < 0 and _AGREED.search(text):
            return _TOP  # '现双方同意如下条文：' over the first contract's 第一条: the document's title names it
        m = matches[j + 1] or match_heading(text)  # a contents line ('第九章 附则') lost its marker to the contents
        if (len(text) > _TITLE_MAX or text == title or any(c in text for c in _NOT_IN_NAME)
                or (m is not None and m.family not in HOLDERS)):
            return -1
        return j + 1
    return _TOP if j < 0 else -1


def gazette_titles(paragraphs: list[Paragraph], numbers: list[int], header: dict[int, str] | set[int]) -> set[int]:
    """A gazette or a file of several issued documents: each title right over its 文号 ('国发〔2024〕18号') holds
    that document, whose 一、 starts again. Only with two 文号 or more: one is a document's own header."""
    if len({paragraphs[n].text.strip() for n in numbers}) < 2:
        return set()  # one 文号 twice: a page that shows its document again (a print view), not two documents
    found = set()
    for n in numbers:
        j = n - 1
        while j > n - _STAMP_SPAN and j > 0 and (parse_meta_line(paragraphs[j].text) or date_line(paragraphs[j].text)):
            j -= 1  # '来源：…' and the date between a title and its 文号 are the page's stamp
        text = paragraphs[j].text.strip() if j >= 0 else ""
        if j not in header and 0 < len(text) <= 2 * _TITLE_MAX and text[-1] not in _NOT_IN_NAME:
            found.add(j)
    return found


_CASE = lazy(r"(?:典型)?(?:案例|岗位|職位|职位|崗位)[ \t\u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})(?:[ \t\u3000：:、.．]|$)")
_CASE_STARTS = frozenset("案典岗崗职職")  # a set: "" is in every string


def case_parts(paragraphs: list[Paragraph]) -> dict[int, int]:
    """Typical cases (典型案例) or a job page's posts ('岗位一：Java开发工程师'): '案例一　黄某某等人诈骗案' lines
    numbered one after another, each holding the bracketed
    labels below it up to the next ('【基本案情】', '【典型意义】'). Maps each case line to itself and each label to its
    case line; empty unless two cases or more follow in sequence."""
    cases: list[tuple[int, int]] = []
    for i in lines_opening(paragraphs, _CASE_STARTS):
        text = paragraphs[i].text.strip()
        m = _CASE.match(text) if len(text) <= 2 * _TITLE_MAX else None
        if m is not None and not any(c in text[m.end():] for c in "。；;，,"):
            number = to_int(m.group(1))
            if number == 1:
                cases = [(i, 1)]  # the cases start (again, after a contents list naming them)
            elif cases and number == cases[-1][1] + 1:
                cases.append((i, number))
    if len(cases) < 2:
        return {}
    out: dict[int, int] = {}
    bounds = [i for i, _ in cases] + [len(paragraphs)]
    for head, end in zip(bounds, bounds[1:]):
        out[head] = head
        for j in range(head + 1, end):
            text = paragraphs[j].text.strip()
            if text[:1] == "【" and bracket_label(text) == text:  # '【基本案情】' alone on its line
                out[j] = head
    return out


def case_groups(paragraphs: list[Paragraph], cases: dict[int, int], found: set[int]) -> dict[int, int]:
    """Each heading found after a case line (a label, an unbracketed '处理结果') belongs to that case; after the last
    case only the parts the other cases have too (a job page's '薪酬福利' after its last post is the page's)."""
    heads = sorted({head for head in cases.values()})
    if not heads:
        return {}
    out = {j: heads[bisect_right(heads, j) - 1] for j in found if j > heads[0] and j not in cases.values()}
    earlier = {paragraphs[j].text.strip() for j, head in out.items() if head != heads[-1]}
    return {j: head for j, head in out.items() if head != heads[-1] or paragraphs[j].text.strip() in earlier}


def with_cases(paragraphs: list[Paragraph], before: set[int], plain: set[int], labels: set[int],
               opening: frozenset[str] | None = None) -> tuple[set[int], dict[int, int]]:
    """The unnumbered headings with the cases in, and each heading's case. A case's parts repeat from case to case
    like a page's record fields ('基本案情', '典型意义'), and stay headings here (`before`: the lines found before
    the records were read; `opening`: what the lines open with, when known)."""
    cases = {} if opens_none(opening, _CASE_STARTS) else case_parts(paragraphs)  # no line opens a case: no look
    if not cases:
        return plain, {}
    first = min(cases)
    plain = plain | set(cases) | {j for j in before if j > first}
    return plain, case_groups(paragraphs, cases, plain | labels)


# A reported case's stages, each a court's finding or reasoning on a line of its own ('东台市人民法院一审查明：',
# '盐城市中级人民法院二审认为：', '本院经审理查明：'), as 最高人民法院公报 prints its cases, and as a ruling states them.
_STAGE = lazy(r"[\u4e00-\u9fff]{0,20}(?:(?:法院|本院|法庭)(?:一[审審]|二[审審]|再[审審]|[经經][审審]理|[审審]理)?"
              r"|原[审審](?:判[决決]|法院)?|[经經][审審][理查]|二[审審])"
              r"(?:查明|[认認]定|[认認][为為爲]|判[决決]如下|裁定如下)[：:]")  # '原审判决认定：', '经审理查明：', both scripts
_STAGE_MAX = 30
_STAGES_MIN = 2
_CASE_PART_NAMES = frozenset(  # the parts of a 指导性案例 / 参考案例 / 典型案例, in both scripts
    "关键词 基本案情 裁判理由 裁判要旨 裁判要点 关联索引 相关法条 裁判结果 指导意义 典型意义 案情简介 简要案情 争议焦点 "
    "法官评析 法官后语 案例评析 關鍵詞 裁判要點 關聯索引 相關法條 裁判結果 指導意義 典型意義 案情簡介 簡要案情 爭議焦點 "
    "法官評析".split())
_CASE_PART_MAX = 8
_CASE_NAMES_MIN = 3  # three different part names: a case's layout, not a word that happens to stand alone


def court_stages(paragraphs: list[Paragraph], colons: Sequence[int] | None = None) -> set[int]:
    """A reported case's stage lines (`_STAGE`), two or more, and the bracketed labels alone on their line among them
    ('【裁判摘要】'): the parts a reader of the case goes by. A judgment's '本院认为，…' opens a paragraph, not a part.
    A case as a court's case library prints it names its parts alone on their lines (`_CASE_PART_NAMES`: '基本案情',
    '裁判理由'), three different ones or more (`colons`: the lines with a colon, when known)."""
    parts = {i: name for i, p in enumerate(paragraphs)  # (one pass: most short lines name no part, none is kept)
             if len(p.text) <= _CASE_PART_MAX and (name := p.text.strip().rstrip("：:")) in _CASE_PART_NAMES}
    if len(set(parts.values())) >= _CASE_NAMES_MIN:
        return set(parts)
    stages = {i for i in (colon_lines(paragraphs) if colons is None else colons)  # a stage ends in a colon
              if len(text := paragraphs[i].text) <= _STAGE_MAX and text.rstrip()[-1:] in ("：", ":")
              and _STAGE.fullmatch(text.strip())}
    if len(stages) < _STAGES_MIN:
        return set()
    labels = {i for i in lines_opening(paragraphs, frozenset("【"))
              if bracket_label(paragraphs[i].text) == paragraphs[i].text.strip()}
    return stages | labels
