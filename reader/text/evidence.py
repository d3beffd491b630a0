"""Document-level evidence about marker-led lines: cited articles, citations, clause chains, reference entries,
table rows inside decimal sections, and families numbered by a word ('疑问1、', '其一、').

Each rule looks at one family across the whole document (or at one run of siblings) and says why a candidate that
matches a heading marker is really something else (or why a line no marker family knows is one), so
`zhreader outline --explain` can name the reason. Every rule is one pass over the lines or a bounded pattern match
on one line.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from reader.text.lazyre import lazy
from reader.text.markers import TERMINATORS, HeadingMatch, match_counted_title
from reader.text.markerwords import CITING_ONLY, QUANTITY_FOLLOWERS, REFERENCE_FOLLOWERS, UNITS
from reader.text.markpatterns import SPACES as _SPACES, patterns as _patterns
from reader.text.model import Paragraph
from reader.text.numerals import to_int

_FITS = (0, 1, 2)  # the next article repeats the number (第20-1條, 第一条之一), follows it, or skips one
_SPARSE_MAX = 3  # articles cited in an essay: a few, none the first, no two in sequence
# A citation: a web address, an author-year reference ('Anderson, B. (2006).'), a page range ('pp. 33-57').
_CITATION = lazy(r"https?://|www\.|[(（](?:1[5-9]|20)[0-9]{2}[a-z]?[)）][.．,，]|p(?<!\wp)p?\.\s?[0-9]")  # 'p.' at
# a word's start, its boundary looked behind: every branch opens with a character, so the search skips in C to one
_CITATION_SPAN = 120  # look at the start of the line only: a heading's run-in body may cite anything later
_CLAUSE_ENDS = ("；", ";")
TOC_LEADERS = ("…", "...", "···", "－－", "---")
_DIGITS = "0123456789０１２３４５６７８９"


def match_run_on_article(line: str) -> HeadingMatch | None:
    """'第一条为规范…': an article label whose text follows with no space, which alone reads like a reference
    ('第三条规定的'); the article sequence decides (`evidence.run_on_articles`)."""
    start = len(line) - len(line.lstrip(_SPACES))
    m = _patterns()[0].match(line, start) if line[start:start + 1] == "第" else None
    nxt = line[m.end():m.end() + 1] if m is not None else ""
    if m is None or m.group(2) not in ("条", "條") or nxt not in REFERENCE_FOLLOWERS or nxt in CITING_ONLY:
        return None
    number = to_int(m.group(1))
    marker = line[m.start():m.end()]
    return HeadingMatch("tiao", marker, marker, line[m.end():].strip(_SPACES), number, 1, m.end()) if number else None


def stray_articles(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> dict[int, str]:
    """Lines that start with 第X条 but only cite an article: off the sequence of the document's articles.

    An article is kept when its number continues the last kept one (the same number for an inserted article, the
    next, or one skipped), when it is 第一条 (a new rule, an annex), when the article after it continues it (an
    excerpt's first article, a gap), or when it is the last and goes forward. '第二十條、第二十七條…規定' between
    articles 26 and 27 is none of these. When only a few articles remain, none of them 第一条 and no two in
    sequence, they are quotations in an essay.
    """
    idx = [i for i, m in enumerate(matches) if m is not None and m.family == "tiao"]
    stray: dict[int, str] = {}
    kept: list[int] = []
    for k, i in enumerate(idx):
        num = matches[i].number
        nxt = matches[idx[k + 1]].number if k + 1 < len(idx) else None
        prev = matches[kept[-1]].number if kept else None
        if num == 1 or (prev is not None and num - prev in _FITS) or (nxt is not None and nxt - num in _FITS):
            kept.append(i)
        elif nxt is None and (prev is None or num > prev):
            kept.append(i)  # the last article may jump ahead (an excerpt's last article); only going back is a citation
        else:
            after = f" after 第{prev}" if prev is not None else ""
            stray[i] = (f"an article number off the sequence (第{num}{after}, and the next article does not go on from "
                        "it): a reference at the start of a line, not an article")
    nums = [matches[i].number for i in kept]
    if kept and len(kept) <= _SPARSE_MAX and 1 not in nums and not any(b - a in (0, 1) for a, b in zip(nums, nums[1:])):
        for i in kept:
            stray[i] = "a few articles, none the first and none in sequence: quoted in a text, not its articles"
    return stray


def run_on_articles(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> dict[int, HeadingMatch]:
    """'第一条为规范…', '第三条上市公司…' (the space after the label lost, as in many extracts): articles when each is
    the next number after the last article and the next article does not repeat it; a wrapped '第六条规定的' before
    the real 第六条 does. One pass back for the next article's number, one forward."""
    weak = {i: m for i, p in enumerate(paragraphs) if matches[i] is None and p.text[:4].lstrip()[:1] == "第"
            and (m := match_run_on_article(p.text)) is not None}
    if not weak:
        return {}
    following = [-1] * len(paragraphs)  # the number of the next article after each line
    nxt = -1
    for i in range(len(paragraphs) - 1, -1, -1):
        following[i] = nxt
        m = matches[i] if matches[i] is not None else weak.get(i)
        if m is not None and m.family == "tiao":
            nxt = m.number
    out: dict[int, HeadingMatch] = {}
    last = 0
    for i, m in enumerate(matches):
        if i in weak and weak[i].number == last + 1 and following[i] != weak[i].number:
            out[i] = m = weak[i]
        if m is not None and m.family == "tiao":
            last = m.number
    return out


def inserted(m: HeadingMatch) -> bool:
    """'6A.' after '6.': an inserted section shares the number of the one before it (Hong Kong ordinances)."""
    return m.marker.rstrip(".．")[-1:].isalpha()


def is_citation(text: str) -> bool:
    """'1. Anderson, B. (2006). Imagined communities…', '4. 爱国何以道德？https://…': an entry of a reading list."""
    head = text[:_CITATION_SPAN]  # each branch holds one of these: without them (most lines) no regex scan at all
    if "p." not in head and "(" not in head and "（" not in head and "http" not in head and "www." not in head:
        return False
    return _CITATION.search(text, 0, _CITATION_SPAN) is not None


def paired_clauses(title: str) -> bool:
    """'加快发展新质生产力，推动产业升级': two balanced clauses, the way official headings pair them (not '在里昂，…')."""
    parts = title.split("，")
    return len(parts) == 2 and min(map(len, parts)) >= 4 and max(map(len, parts)) <= 2 * min(map(len, parts))


def chained_clauses(items: Sequence[HeadingMatch]) -> bool:
    """'一、撤销…判决；' '二、改判…。': items that end in '；' but the last are the clauses of one request, not sections;
    so are a list's labelled entries ('(一)捐赠：接受个人、团体无偿捐赠文物；'), the line ending where the clause does."""
    if len(items) < 2:
        return False
    chained = sum(1 for m in items[:-1] if (m.rest.rstrip() if m.rest else m.terminator).endswith(_CLAUSE_ENDS))
    return 2 * chained >= len(items) - 1


# '其一、' '疑问1、' '问题二：': a short word, then a number, then a separator; a family only when the same word numbers
# two or more lines 1, 2, 3 … in order (a lone '问题1：' is a sentence).
_LABELLED = lazy(r"([\u4e00-\u9fff]{1,4}?)[ \t\u3000]?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]?[、：:．.]")
# '一问：' '二答、': a numeral, then a word that counts questions or talks (the number comes first, no 第).
_COUNTED = lazy(r"([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})([问問答论論议議谈談辨评評])[、：:．.]")
_LABEL_END = lazy("[、：:．.]")  # ends both matches, by the tenth character at the latest (4 + 1 + 3 + 1 + 1)
# Captions, notes and attachments; days, months, grades and floors ('周一：', '高二、', '初三：') count, not number.
_NOT_LABELS = frozenset(
    "第 图 圖 表 注 註 式 例 附件 附表 附图 附圖 公式 图表 圖表 照片 视频 視頻 来源 來源 资料 資料 "
    "周 週 星期 礼拜 禮拜 初 高 大 小 月 年 号 號 级 級 楼 樓 层 層 期 届 屆 季".split()
)
_LABEL_TITLE_MAX = 60
_AGENDA = frozenset("议题 議題 议程 議程 议案 議案 动议 動議 提案".split())  # the items of an agenda (its motions too): the
# parts of its minutes, bodied or not
_BODY_MIN = 30  # a section's body: a paragraph longer than a title


def labelled_markers(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                     title: str = "") -> dict[int, HeadingMatch]:
    """Lines numbered by a word and a number ('疑问1、', '其一、', '一问：') whose word numbers a sequence from 1.

    The word is weaker evidence than a bare marker, so at least half the members must run on or have a paragraph of
    body text or numbered points ('议程 1 ：…' over '1. 介绍…') after them.
    """
    found: dict[str, list[tuple[int, HeadingMatch]]] = {}
    for i in [i for i, m in enumerate(matches) if m is None]:  # most lines of a law are numbered: no loop step
        p = paragraphs[i]
        text = p.text.strip()
        if not text or text == title or not "\u4e00" <= text[0] <= "\u9fff" or _LABEL_END.search(text, 0, 10) is None:
            continue  # (no mark in reach: neither pattern can match, one C scan of ten characters asks no two)
        m = _LABELLED.match(text)
        word, numeral = (m.group(1), m.group(2)) if m is not None else ("", "")
        if m is None and (m := _COUNTED.match(text)) is not None:
            word, numeral = m.group(2), m.group(1)
        if m is None or word in _NOT_LABELS or word[:2] in _NOT_LABELS or len(word) == 4 and text[m.end() - 1] in "：:":
            continue  # ('来源链接1：https://…' names a field as '来源' does; '捐款机构1：…', a headline's form)
        number = to_int(numeral)
        head = len(p.text) - len(p.text.lstrip())
        body = text[m.end():].lstrip()
        stop = next((k for k, ch in enumerate(body) if ch in TERMINATORS), len(body))
        kept = stop < len(body) and body[stop] in "？！?!"
        heading = body[:stop + kept].rstrip()
        if not number or not heading or len(heading) > _LABEL_TITLE_MAX:
            continue
        end = head + len(text) - len(body) + len(heading)
        match = HeadingMatch(f"label-{word}", text[:m.end()], heading, body[stop + 1:].strip(), number, 1, end,
                             body[stop] if stop < len(body) else "")
        found.setdefault(word, []).append((i, match))
    out: dict[int, HeadingMatch] = {}
    for word, members in found.items():
        numbers = [m.number for _, m in members]
        bodied = sum(1 for i, m in members if m.rest or (i + 1 < len(paragraphs) and (
            len(paragraphs[i + 1].text.strip()) > _BODY_MIN or matches[i + 1] is not None)))  # or its numbered points
        if (len(members) >= 2 and numbers[0] == 1 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))
                and (2 * bodied >= len(members) or word in _AGENDA)):  # '议题三：…' over its '介绍：' and '发起人：'
            out.update(members)  # ('方法一：腾讯会议转播' over a room number is a notice's list, not a section)
    return out


_REFERENCE_SECTIONS = frozenset(
    "参考文献 參考文獻 参考资料 參考資料 相关参考资料 相關參考資料 参考书目 參考書目 延伸阅读 延伸閱讀 推荐阅读 推薦閱讀 "
    "注释 註釋".split()
)


def reference_items(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                    named: set[int]) -> dict[int, str]:
    """Numbered entries after a references heading (参考文献, 注释): one family running to the next other marker."""
    out: dict[int, str] = {}
    for r in sorted(named):
        if "".join(paragraphs[r].text.split()).rstrip("：:") not in _REFERENCE_SECTIONS:
            continue
        family = None
        for j in range(r + 1, len(paragraphs)):
            m = matches[j]
            if j in named or paragraphs[j].text.lstrip().startswith(("附录", "附錄")) or (
                    m is not None and family is not None and m.family != family):
                break  # '附录A 核心代码' after the references opens an appendix: its 'A.1 …' are no entries
            if m is not None:
                family = m.family
                line = paragraphs[r].line
                out[j] = f"an entry of the list under '{paragraphs[r].text.strip()}' (line {line}), not a section"
    return out


_CHAPTERS = ("bian", "bufen", "fenbian", "zhang", "jie")


_ANNEX_OPENING = lazy(r"附件[0-9０-９一二三四五六七八九十]{0,3}[ \t\u3000：:]")  # '附件1：资格审查条件要求'


def stray_decimals(matches: Sequence[HeadingMatch | None], paragraphs: Sequence[Paragraph] = (),
                   contents: Container[int] = ()) -> dict[int, str]:
    """'1 长度 行的字符数' rows of a table inside section 3: top-level numbers that a later '3.2' shows were no sections.

    When a numbered subsection's first part names an earlier top-level section than the last one, the top-level
    numbers since that section interrupted it (table rows, a list in a figure) and are set aside. Each top-level
    number is set aside at most once, so the pass stays linear.
    """
    if not any(m is not None and m.family == "decimal" and m.level > 1 for m in matches):
        return {}  # only a subsection sets a number aside: none, no pass over the lines
    tops: list[tuple[int, int]] = []  # (paragraph, number) of the top-level decimal headings still standing
    where: dict[int, list[int]] = {}  # number → positions in `tops`
    out: dict[int, str] = {}
    joint = ""  # what joins the numbers of the subsections so far: '.' in '3.1'
    for i, m in enumerate(matches):
        if (m is not None and m.family in _CHAPTERS) or (
                m is None and tops and i < len(paragraphs) and paragraphs[i].text[:2] == "附件"
                and _ANNEX_OPENING.match(paragraphs[i].text)):
            tops, where = [], {}  # 第二章's '1.1' continues no section of 第一章, nor an annex's table the notice's
            continue
        if m is not None and m.family == "arabic" and m.number == 1 and not m.rest and tops and tops[-1][1] > 1:
            tops, where = [], {}  # '1.评标方法' after section 10: an annex numbers its own sections from 1
            continue
        if m is None or m.family != "decimal" or i in contents:
            continue  # a contents entry is no section of the body
        if m.level == 1:
            where.setdefault(m.number, []).append(len(tops))
            tops.append((i, m.number))
            continue
        first = re.match(r"[0-9０-９]+", m.marker)
        number = int(first.group(0)) if first else 0
        if not tops or tops[-1][1] == number or not where.get(number):
            joint = m.marker[first.end():first.end() + 1] if first else joint
            continue
        sep = m.marker[first.end():first.end() + 1] if first else ""
        if joint and sep != joint and tops[where[number][-1] + 1][1] == number + 1:
            continue  # 1, 2, 3 with '3.1' and then '1-1 首页': a screen's number, no subsection 2 and 3 interrupt
        joint = sep
        keep = where[number][-1] + 1
        for j, n in tops[keep:]:
            out[j] = (f"a top-level number inside section {number} (a later {m.marker} continues it): a table row, "
                      "a list item")
            where[n].pop()
        del tops[keep:]
    return out


def is_toc_entry(title: str) -> bool:
    """'总体要求……3', '总则  12': a title that ends in a page number after leaders or a wide gap (linear scan)."""
    head = title.rstrip(_DIGITS)
    if head == title:
        return False
    gap = head.rstrip()
    return gap.endswith(TOC_LEADERS) or len(head) - len(gap) >= 2


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")
_LATIN_SUBSECTION = lazy(r"([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,3}[.．]?)[ \t\u3000]*"
                         r"([A-Za-z][A-Za-z0-9_.&'/+\-]*(?: [A-Za-z0-9_.&'/+\-]+){0,4})[ \t\u3000]*")
# '3.1 人脸检测': a spaced title whose first character counts ('3.1 人' alone reads as 3.1 people), a subtitle after
# a colon ('6.8 多维视角：对应分析'), a space only between Latin words ('3.3 两阶段锁（Two-phase Locking）——MV2PL') and
# a '、' only between words ('3.6 所得税、利润与财务报表'): a sentence's words never part so; a straight quote may open it
_COUNTED_SUBSECTION = lazy(r"([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){1,3}[.．]?)[ \t\u3000]+"
                           r"(\"?[\u3400-\u9fff](?:[^\s，。；,;！？!?、]|(?<=[A-Za-z]) (?=[A-Za-z])"
                           r"|(?<=[\u3400-\u9fff])、(?=[\u3400-\u9fff])){1,29}(?<![：:]))")
_LATIN_SECTION = lazy(r"([0-9０-９]{1,2})[ \t\u3000]+([A-Za-z][A-Za-z0-9.&'\-]*(?: [A-Za-z0-9.&'\-]+){0,4})[ \t\u3000]*$")


def latin_sections(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None]) -> None:
    """'3 FastSpeech' over '3.1 前馈变压器': a section named in Latin alone ('3.1.1 object_detector.h'), or in words
    that start with a counter ('3.1 人脸检测'), which a number before a word does not show by itself ('3 GB', '3.1 人');
    the sections around it, numbered with it, do. One pass back, one forward."""
    for m in matches:  # a plain loop: most documents have no decimal heading at all
        if m is not None and m.family == "decimal":
            break
    else:
        return
    upcoming: list[str] = [""] * len(matches)  # the marker of the next decimal heading after each line
    nxt = ""
    for i in range(len(matches) - 1, -1, -1):
        upcoming[i] = nxt
        m = matches[i]
        if m is not None and m.family == "decimal":
            nxt = m.marker
    before: list[int] = []  # the number of the last decimal (or '2.') heading above
    listed = 0  # the last item of a list run from '1.' under that decimal heading
    for i, p in enumerate(paragraphs):
        m = matches[i]
        if m is not None:
            if m.family == "arabic" and len(before) > 1 and (m.number == 1 or listed and m.number == listed + 1):
                listed = m.number  # '2.', '3.' after '1.' under 1.1 are its list's items: 1.2 comes next, not 3.1
                continue
            listed = 0
            if m.family == "decimal" or m.family == "arabic" and (
                    len(before) < 2 or _next_in_outline(before, _parts(m.marker))):
                before = _parts(m.marker)  # ('2. 用户体验差' under 2.4.5 is a point, '2.5 rollup' follows 2.4.5)
            elif m.family in ("zhang", "cn"):
                before = [m.number]  # a thesis's '第三章' over its '3.1', a report's '四.' over its '4.1'
            continue
        if len(p.text) > 60 or not (p.text[:1].isdigit() or p.text.lstrip()[:1].isdigit()):
            continue
        text = p.text.strip()
        deeper = _LATIN_SUBSECTION.fullmatch(text) or _counted_subsection(text)  # '2.1.Vanilla', '3.1 人脸检测'
        if deeper is not None:
            number = _parts(deeper.group(1))
            if _next_in_outline(before, number) or _next_in_outline(number, _parts(upcoming[i])):
                head = len(p.text) - len(p.text.lstrip())
                matches[i] = HeadingMatch("decimal", deeper.group(1), deeper.group(2), "", number[-1], len(number),
                                          head + deeper.end(2))
                before = number
            continue
        found = _LATIN_SECTION.fullmatch(p.text.strip())
        if found is not None and upcoming[i].translate(_ASCII_DIGITS).startswith(
                f"{found.group(1).translate(_ASCII_DIGITS)}.1"):
            head = len(p.text) - len(p.text.lstrip())
            matches[i] = HeadingMatch("decimal", found.group(1), found.group(2), "", int(found.group(1)), 1,
                                      head + found.end(2))


def _counted_subsection(text: str) -> re.Match[str] | None:
    """'3.1 人脸检测': a title whose first character counts, which `match_heading` turned down as a quantity ('3.1 人');
    any other title its own rule has judged, and a unit after the number ('1.2 万人次') measures."""
    m = _COUNTED_SUBSECTION.fullmatch(text)
    return m if m is not None and (m.group(2)[0] == '"' or m.group(2)[0] in QUANTITY_FOLLOWERS
                                   and m.group(2)[0] not in UNITS) else None


def _parts(marker: str) -> list[int]:
    return [int(x) for x in marker.translate(_ASCII_DIGITS).strip(".").split(".") if x.isdigit()]


def _next_in_outline(a: list[int], b: list[int]) -> bool:
    """2.1 after 2 (its first subsection), 2.2 after 2.1 or after 2.1.3 (its next sibling): b can follow a."""
    if not a or not b:
        return False
    if b == a + [1]:
        return True
    k = len(b) - 1
    return len(b) <= len(a) and b[:k] == a[:k] and b[k] == a[k] + 1


SEQUENCED = ("arabic", "lone-cn")  # families whose gaps counted_titles fills


def counted_titles(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None]) -> None:
    """'4、13个…' between '3、' and '5、' is item 4 of the sequence, not the enumeration '4、13'; '一　两种宇宙观' before
    '二　矛盾的普遍性' is section 1, not the quantity '一两'."""
    if not any(m is not None and m.family in SEQUENCED for m in matches):
        return  # no sequence has a gap to fill (a law numbers its items （一）)
    following: list[dict[str, int]] = [{}] * len(matches)  # number of the next marker of each family after each line
    nxt: dict[str, int] = {}
    for i in range(len(matches) - 1, -1, -1):
        following[i] = nxt
        m = matches[i]
        if m is not None and m.family in SEQUENCED:
            nxt = {**nxt, m.family: m.number}
    previous: dict[str, int] = {}
    for i, m in enumerate(matches):
        if m is None and following[i] and any(following[i].get(f) == previous.get(f, 0) + 2 for f in SEQUENCED):
            counted = match_counted_title(paragraphs[i].text)  # a gap of one in the sequence: look closer
            if counted is not None and (previous.get(counted.family) or counted.family == "lone-cn") \
                    and counted.number == previous.get(counted.family, 0) + 1 == following[i].get(counted.family, 0) - 1:
                matches[i] = m = counted
        if m is not None and m.family in SEQUENCED:
            previous[m.family] = m.number


def lettered_title(m: HeadingMatch) -> bool:
    """'A. 临时救助制度' alone on its line: a lettered sub-section, which articles in a law never hold."""
    return m.family in ("latin", "paren-latin") and not m.rest and not m.terminator


def inside_quotation(title: str) -> bool:
    """'删除“六、总理召集和主持…' cut at a '。' inside a quotation: the line quotes a text, its title is no title."""
    return ("“" in title or "「" in title) and (  # (most titles quote nothing: two looks, not four counts)
        title.count("“") > title.count("”") or title.count("「") > title.count("」"))
