"""A page's title as its <title> or a scrape's first line gives it: the site's name taken off, a template's stand-in
known for one; a numbered first line that is the document's own title."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Block, Paragraph

_SITE_TAIL = lazy(r"(?<![\s|｜_\-—–])(?:\s+[|｜_\-—–]+\s*|[|｜\-—–]+\s+)([^\s|｜，,。：:]{2,24})$")  # ' | nankai.info', ' - 乌鲁木齐市人民政府'
_BREADCRUMB = lazy(r"^[^\s>，,。：:]{2,12}\s*->\s*")  # '南开大学->'


def page_title(text: str) -> str:
    """'南开大学->…的讲话 | nankai.info': a text file's first line copied from a page's <title>, its site's name
    taken off both ends; '' when the line names no site. Narrower than `title_part`, which splits a declared
    <title> at its first separator: a text's first line may be its own title with a dash in it."""
    text = text.strip()
    rest = _without_site_tail(_BREADCRUMB.sub("", text, count=1)).strip()
    return rest if rest != text and len(rest) >= 4 else ""


_TAIL_CHARS = 256  # a site's name (24 at most) and its separator, with room for a run of spaces


def _without_site_tail(text: str) -> str:
    """The text with a site's name cut off its end, the pattern tried only on the end of a long line: a separator
    starts any match, so when the end's first character is none, no match starts before it."""
    head, tail = text[:-_TAIL_CHARS], text[-_TAIL_CHARS:]
    if not head or tail[0].isspace() or tail[0] in "|｜_-—–":
        return _SITE_TAIL.sub("", text, count=1)
    return head + _SITE_TAIL.sub("", tail, count=1)


# the separators a page puts between its headline and its site's or section's name: spaced, or '|', '｜', '_' bare;
# a bare '-' between words only ('七乐彩玩法规则-帮助中心', not '2024-05'); '——' opens a subtitle, no site's name
_HEAD_SEPARATOR = lazy(r"\s+[-_|｜—–]\s+|\s*[|｜]\s*|_+|(?<=[^\d\s\-])-(?=[^\d\s\-])")
_PAGE_LINE_MAX = 120  # a <title> is one short line; a longer first line is text
_SITE_MAX = 40  # 'MozTW, Mozilla Taiwan Community', '帮助中心-搜狗彩票': names, never a sentence


def page_title_line(text: str, blocks: Sequence[Block]) -> str:
    """'侠客岛：现如今，真是在“国进民退”吗？_网易新闻' atop a scrape whose article carries the headline on a line of its
    own: the page's <title> (the headline, then its site's or section's name), the document's title and no line of its
    text; the line, or ''. The headline found again is the evidence: a text's own first line with a dash in it
    ('坚持以人民为中心——学习…', '第四章-后果主义') has no line of the text saying its first part alone."""
    text = text.strip()
    if len(text) > _PAGE_LINE_MAX or not any(c in text for c in "-_|｜—–"):
        return ""
    heads: set[str] = set()
    for m in _HEAD_SEPARATOR.finditer(text):
        head, site = text[:m.start()].strip(), text[m.end():].strip()
        if len(head) >= TITLE_AGAIN_MIN and 0 < len(site) <= _SITE_MAX and not any(c in site for c in "。！？；;"):
            heads.add(head)  # '參與我們 - MozTW': too short to tell a headline from a menu's item, which pages repeat
    return text if heads and any(b.text.strip() in heads for b in blocks[1:]) else ""


_PLACEHOLDER = lazy(r"(网页|網頁|阅读提示|閱讀提示|无标题文档|無標題文件|无标题|未命名(文档|文件|页面)?|新建网页\s*\d*|untitled(\s+document)?|document|"
                    r"\$\{[^{}]*\}|\{\{[^{}]*\}\}|<%=?[^%]*%>)", re.IGNORECASE)


def placeholder_title(declared: str) -> bool:
    """'无标题文档', 'Untitled Document', '${pd.SYSNAME}': the page editor's or a template's stand-in, no title."""
    return _PLACEHOLDER.fullmatch(declared.strip()) is not None


# '文章标题 - 网站名', '文章标题_网站名'; '2020-2022' stays whole. A separator's spaces are tried from the first of
# them only: from each of a long run of spaces the split ran to the run's end (10,000 spaces: 0.45 s; 40,000: 7.2 s)
_TITLE_SEPARATOR = r"(?<!\s)\s+[-_|—–·]+\s+|[_|｜]"


def title_part(declared: str) -> str:
    """'文章标题_网站名' → the article's own part of a page's <title>."""
    parts = title_parts(declared)
    return parts[0] if parts else declared


_DASHES = "-—–"
_DASHED_SITE = lazy(r"[\u4e00-\u9fffA-Za-z·]{2,12}")  # '新华网', '中国日报网', 'CCTV': a name, no number or phrase
_DASHED_HEAD_MIN = 6


def dashed_headline(declared: str) -> str:
    """'武汉的声音：有英勇的你，才有英雄的城！-新华网' → its headline: a news site writes its name after a bare dash
    ('标题-新华网', '标题--人民网'), which `title_part` keeps, as it keeps a date's '2020-2022'; '' when the <title>
    splits at a spaced separator already or ends in no site's name."""
    k = max(declared.rfind(c) for c in _DASHES)
    head, tail = declared[:k].rstrip(_DASHES).strip(), declared[k + 1:].strip()
    if k < 0 or len(title_parts(declared)) > 1 or len(head) < _DASHED_HEAD_MIN or not _DASHED_SITE.fullmatch(tail):
        return ""
    return head


def title_parts(declared: str, loose: bool = False) -> list[str]:
    """A page's <title> cut at its separators; `loose` cuts at a bare '-' or '—' too ('善园基金会-宁波公益地标…'),
    for matching a part against a headline rather than taking the first part as the title."""
    pattern = _TITLE_SEPARATOR + ("|[-—–]" if loose else "")
    return [p.strip() for p in re.split(pattern, declared) if p.strip()]


TITLE_AGAIN_MIN = 6  # a part of the title this long is the article's own title, not a word the site adds


def site_titled(text: str, title: str, shortest: int = TITLE_AGAIN_MIN) -> bool:
    """'「白色石油」的宿命轮回 | 智氪' under the page title '「白色石油」的宿命轮回 | 智氪-36氪' (or the title without its site):
    the title again, with or without a site's name after it ('2022 年度总结' under '2022 年度总结与 2023 新年规划' is a
    part)."""
    short, long = sorted((text, title), key=len)
    return len(short) >= shortest and long.startswith(short) and long[len(short):len(short) + 1] in _SITE_SEPARATORS


_SITE_SEPARATORS = tuple(" |｜-—_·")
_NOTE_MAX = 20  # '（框架）', '（2014版）', '（试行）': a note on the title's form, never long


def _without_notes(title: str) -> str:
    """The title without the notes in brackets after it, taken off from the end (no pattern to backtrack)."""
    text = title.strip()
    while text[-1:] in ("）", ")"):
        start = max(text.rfind("（"), text.rfind("("))
        if start <= 0 or len(text) - start - 2 > _NOTE_MAX or any(c in "）)" for c in text[start + 1:-1]):
            break
        text = text[:start].rstrip()
    return text


def issuer_titled(text: str, title: str, shortest: int = TITLE_AGAIN_MIN) -> bool:
    """'××××专业人才培养方案' on a cover under the page title '日照职业技术学院××××专业人才培养方案（框架）（2014版）':
    the document's title set below its issuer ('×××××学院' on the line above), as a cover sets it, not a part."""
    text = text.strip()
    if len(text) < shortest or text not in title:
        return False
    full = _without_notes(title)
    if not full.endswith(text) or len(full) == len(text):
        return False
    return bool(_ISSUER_END.search(full[:-len(text)].rstrip(" -—|｜_·")))


_ISSUER_END = lazy(r"(?:政府|办公厅|辦公廳|委员会|委員會|大学|大學|学院|學院|学校|學校|研究院|研究所|协会|協會|学会|學會|"
                   r"中心|[部局厅廳署院])$")


def drop_lone_titled_unit(candidates: list, title: str, first: str = "") -> None:
    """'第一篇 问卷篇' under the title '问卷篇 · 2018中国开源年度报告': the only unit of its family, the first of its
    count and named in the document's title, is that title again, not a part holding the rest. So is the text's
    `first` line when the title is that line asking ('年轻人何以成为“隐形贫困人口”？', a question read as a part's)."""
    kept = [c for c in candidates if c.accepted]
    families = Counter(c.key for c in kept)
    for c in kept:
        m = c.match
        if c.index == 0 and m is None and title and first.strip().rstrip("？?") == title.rstrip("？?"):
            c.accepted = False
            c.reason = "the document's title, which asks: no part of it"
        if m is None or m.number != 1 or not 2 <= len(m.title.strip()) <= len(title) or m.title.strip() not in title:
            continue
        if families[c.key] == 1:
            c.accepted = False
            c.reason = "the only unit of its family, named in the document's title: the title again"


def numbered_title(blocks: Sequence[Block], i: int, text: str) -> bool:
    """A numbered line that is the document's own title: '# 4. Hashed Timelock Contract' atop a chapter's own file
    (no other '#' line numbered in its family but with its number; '# 一、…' over '# 二、…' are sections), or a plain
    text's first line '1. Nginx由浅入深' right over '1. Nginx基本概念': the numbering starts again under it, so the
    first '1.' numbers no section of the text (a note's title from its front matter, kept with its number)."""
    m, level = match_heading(text), blocks[i].heading_level
    if level == 0 and i == 0 and m is not None and len(blocks) > 1:
        o = match_heading(blocks[1].text)
        return o is not None and (o.family, o.number, o.marker) == (m.family, m.number, m.marker) and o.title != m.title
    return level == 1 and all(b.heading_level != 1 or (o := match_heading(b.text)) is None or o.family != m.family
                              or o.number == m.number for b in blocks)


_LEADING = lazy(r"\d+")
_CHAPTERS = frozenset({"bian", "bufen", "zhang", "jie"})


def opening_number(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None], title: str) -> int:
    """0 when a text cut out of a longer work opens with its chapter's numbered title, -1 else: the line is the
    title, its sections the outline's first level, and it stays in the text as a chapter's (`opening_chapter`).
    Under a title of its own ('…准则第六号' over '第一部分 基本要求') the line is the first part."""
    m = matches[0] if matches else None
    if m is None or title or paragraphs[0].line > 1:
        return -1
    later = [o for o in matches[1:] if o is not None]
    if m.family in _CHAPTERS:
        families = {o.family for o in later}  # '第四章-后果主义' over its '二.', '三.', no other chapter or article
        if "cn" in families and not families & (_CHAPTERS | {"tiao"}):
            return 0
        parts = {o.marker.rsplit(".", 1)[0] for o in later if o.family == "decimal"}  # '第一章 … 1.1 建筑物的构成'
        return 0 if len(parts) == 1 and "." in (part := parts.pop()) and part in m.title else -1  # over its 1.1.x
    if m.family not in ("arabic", "cn", "decimal") or m.level > 1:
        return -1
    leads = [_LEADING.match(o.marker) for o in later if o.family == "decimal" and o.level > 1]  # '4. 公民科技協作關係'
    return 0 if len(leads) >= 2 and all(x and int(x.group()) == m.number for x in leads) else -1  # over 4-1., 4-2.


# '## 调研背景', '# 任务概述', '# 开场白': the name of a document's first part, which its other parts follow
_OPENING_PART = lazy(r"[^\s]{0,8}(?:概述|概況|概况|背景|简介|簡介|前言|引言|导言|導言|绪论|緒論|开场白|開場白)[：:]?")
_PARTS_AFTER = 2  # headings at its level after it: it opens a run of parts, it does not title them


def opening_part(blocks: Sequence[Block], i: int) -> bool:
    """A page's or a Markdown file's first heading that names an opening part ('# 任务概述' before '# 任务信息' and
    '# 任务要求'): the first of the parts at its level, no title over them."""
    b = blocks[i]
    if not b.heading_level or _OPENING_PART.fullmatch(b.text.strip()) is None:
        return False
    return sum(o.heading_level == b.heading_level and o.role == "" for o in blocks[i + 1:]) >= _PARTS_AFTER
