"""A feed or digest page's stories: each headline over a line of its metadata, or with its date run on at one end.

A list page, an RSS digest or a newsletter repeats one shape for every story; three or more of one form make the
page a digest, whose headlines the outline and the cleaner read apart from running text. One pass over the lines.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reader.text.furniture import figure_caption
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.meta import _DATE, _DATE_FIRST, _NOT_OUTLET, _STAMP_START, item_meta, parse_meta_line

_HEADLINE_MAX = 200  # a microblog feed's item is a whole post
_DIGEST_MIN = 3
_COUNTED_MIN = 2  # '4.大失败', '5.娱乐至死' over their '作者：' lines: two numbers on from one another make a count
_PLACE = lazy(r"\s*(?:[\u3400-\u9fff]{0,4}(?:地点|地點|地址|场地|場地))\s*[：:]")  # '地点：', '报到地点：'
_ATTRIBUTE = lazy(r'(?<![\w:-])[A-Za-z][\w:-]*="')  # 'xsi:schemaLocation="http://…': markup over its addresses
_LINK_LINE = lazy(r"https?://[^\s\"'<>]+")  # a bare address; '…xsd">' closes a tag in markup
_DATED = lazy(rf"(.*?[^\s\d\-/.年月])\s*[【\[(（]?\s*({_DATE})\s*[】\])）]?")
_DATED_MAX = 80
_DATED_TITLE_MAX = 40
_DATED_LEAD_MIN = 4
_HAN = lazy("[\u3400-\u9fff]")
_TEASER_ENDS = ("...", "…", "．．．")
_CODE_LEADS = tuple("#/$>`|*-")  # '# renders both apps' over 'http://localhost:8080/' is a comment in code


def digest_headlines(texts: list[str], teasers: bool = False) -> list[int]:
    """A feed or digest page: each item's headline right over a metadata line of one form, or with its date run on
    at one end (a list page's stories: 'OA系统优化2021-07-01'), three times or more. Each headline has a line after
    it (the cleaner keeps that line apart as the item's byline).
    With `teasers` (the outline's reading), a bare link under a headline is that item's metadata too (a digest lists
    each story as its headline over its address), and a teaser cut off by an ellipsis between the headline and the
    metadata ('超強颱風「山竹」蹂躪本港，沿岸...' over '2018-09-19') is the story's opening, not its headline: the line
    above it is."""
    by_form: dict[str, list[int]] = {}
    below = ""  # line i's labels, when it is itself a metadata line
    for i in range(len(texts) - 1):
        is_meta = below
        below = item_meta(texts[i + 1]) or ("link" if teasers and texts[i + 1].lstrip().startswith("http")
                                            and _LINK_LINE.fullmatch(texts[i + 1].strip())
                                            and not _in_code(texts[i]) else "")
        if below and not is_meta and 0 < len(texts[i].strip()) <= _HEADLINE_MAX \
                and not (below == "link" and texts[i].rstrip().endswith(("：", ":"))) \
                and not figure_caption(texts[i]) \
                and not (i + 2 < len(texts) and _PLACE.match(texts[i + 2])):  # '博客园地址：' labels its link; '图 2 …'
            # over its '来源：…' is a figure's caption and its credit, no story over its byline
            # a time over a place ('时间：4月1日下午' then '地点：思源楼4楼') says when and where a step of a
            # procedure or a notice's event happens: the line above names what happens, not a story posted then
            head = i
            if teasers and i > 0 and texts[i].rstrip().endswith(_TEASER_ENDS) \
                    and 0 < len(texts[i - 1].strip()) <= _HEADLINE_MAX and not item_meta(texts[i - 1]):
                head = i - 1
            by_form.setdefault(below, []).append(head)
    by_form["dated"] = _story_runs([i for i in range(len(texts) - 1) if _dated_headline(texts[i])
                                    and not _date_cut(texts[i], texts[i + 1])], texts)

    return sorted({i for found in by_form.values() if len(found) >= _DIGEST_MIN and _varied(found, texts) for i in found})


def counted_headlines(digest: Collection[int], matches: Sequence[HeadingMatch | None]) -> set[int]:
    """A digest's numbered headlines that count on one by one in one family ('1. 会议一：…' … '7. 会议七：…' over their
    '时间：' lines): one document's numbered parts, each keeping its number; a feed's stories each carry their own
    list's number ('1、联合国报告：…' then '1、国家网信办…'), read as written."""
    numbered = sorted(i for i in digest if matches[i] is not None)
    marks = [matches[i] for i in numbered]
    counts = len(marks) >= _COUNTED_MIN and len({m.family for m in marks}) == 1 \
        and all(b.number == a.number + 1 for a, b in zip(marks, marks[1:]))
    return set(numbered) if counts else set()


def _varied(found: list[int], texts: list[str]) -> bool:
    """A feed's headlines differ (a story listed twice at most once in ten); a page that prints its document twice
    repeats its title and its signature over their dates."""
    return len(found) - len({texts[i].strip() for i in found}) <= len(found) // 10


def _in_code(text: str) -> bool:
    """'# renders both apps', 'xsi:schemaLocation="http://…' or an address over an address: code or markup, no story."""
    text = text.strip()
    return text[:1] in _CODE_LEADS or _ATTRIBUTE.search(text) is not None or _LINK_LINE.fullmatch(text) is not None


def _story_runs(dated: list[int], texts: list[str]) -> list[int]:
    """Three or more dated lines, most of them different ('OA系统优化2021-07-01', '每日新聞摘要 2026-11-12'): a list
    page's stories. One line again and again ('立法會 ─ 2012年10月10日' atop each page of a record) is a running
    header."""
    return dated if 3 * len({texts[i].strip() for i in dated}) >= 2 * len(dated) else []


def _dated_headline(text: str) -> bool:
    """'人事系统：博士后新进 上线2021-07-05', '2020-11-12 关于寒假放假的通知': a story's title with its date at one end,
    on one line; not a line of metadata ('发布时间：2021-04-09'), a bare date, a table's row ('|F001|雪球|…|2024-12-29')
    nor a paragraph that opens with a date ('2019年6月1日，公司成立…'), nor a law's history ('1982年12月4日 第五届全国
    人民代表大会第五次会议通过'): a date with an act of adoption or issue ('通过', '公布', '施行') dates the text itself."""
    text = text.strip()
    if len(text) > _DATED_MAX or "|" in text:
        return False  # cheap: most lines are running text
    if text[:1] in _STAMP_START and (first := _DATE_FIRST.fullmatch(text)):
        rest = first.group(2).strip()
        return _DATED_LEAD_MIN <= len(rest) <= _DATED_TITLE_MAX and _HAN.search(rest) is not None \
            and not any(c in rest for c in "，,。；;：:") and not any(w in rest for w in _NOT_OUTLET)
    if not text[-1:].isdigit() and text[-1:] not in "]】)）日":
        return False
    m = _DATED.fullmatch(text)
    return m is not None and _DATED_LEAD_MIN <= len(lead := m.group(1).strip()) and _HAN.search(lead) is not None \
        and not lead.endswith(("：", ":", "。", "，", ",")) and not any(w in lead for w in _NOT_OUTLET) \
        and not parse_meta_line(text)


def _date_cut(text: str, below: str) -> bool:
    """'…证实2014年6月5' over '日上午9时许，…': a wrap cut the date, its '日' opening the next line; the sentence goes
    on, no story's date closes the line."""
    return text.rstrip()[-1:].isdigit() and below.lstrip()[:1] in ("日", "号", "號")
