"""What a page sets over its article: a site's menu ('* 首页', '* 新闻中心', …), a channel's name over the headline
('新浪新闻', '思想观点' over the headline and its dateline), a repost's credits under its abstract ('摘要：…' over
'来源：…' and '作者：…')."""

from __future__ import annotations

from reader.text import debris, meta
from reader.text.lazyre import lazy
from reader.text.lineshape import rule_line
from reader.text.cleanmeta import CleanState
from reader.text.menutop import menu_over_headline
from reader.text.model import Block, Removed

_ABSTRACT_LEAD = lazy(r"^[【\[]?\s*(?:摘\s*要|内容摘要|內容摘要|内容提要|內容提要|导读|導讀)\s*[】\]]?\s*[:：]?\s*\S")
_ABSTRACT_AT = 3  # the abstract opens the page, under its title and a line or two at most
_CREDITS_MAX, _CREDIT_LEN = 4, 60
_FIELDS = ("source", "author", "date", "editor")
_MENU_ITEM = lazy(r"^[*\-+•·]\s*([^\s，。、；：:,.;]{1,8})$")  # '* 新闻中心', '- 网站首页': one short link
_MENU_MIN, _MENU_MAX = 3, 40
_TRAIL_AT, _TRAIL_MIN, _TRAIL_LINK = 3, 3, 12
_ABOVE_AT, _MENU_LINK = 30, 40  # a trail under the menu near the top; a menu link's line is short
_SPACED_MIN = 6  # '首 页 新 闻 政 务': a home link and two more, letter-spaced
_SENTENCE_MARKS = frozenset("。，；！？：:,;")
_HOME = frozenset("首页 首頁 网站首页 網站首頁 主页 主頁 返回首页 返回首頁".split())


def page_top(blocks: list[Block], st: CleanState, plain: bool) -> list[Block]:
    """The blocks without what a page saved as text sets over its article (a `plain` text: its breadcrumb trail, its
    site menu), and without the credit lines under an abstract that opens it, their fields taken."""
    if plain:
        blocks = without_menu(above_trail(without_trail(blocks, st.removed), st.removed), st.removed)
        blocks = menu_over_headline(without_link_column(blocks, st.removed), st.removed)  # '用户登录', '政务公开' …
    return credits_under_abstract(without_top_label(blocks, st.removed), st)


# '网页' (a search box's tab over a blog's post), '阅读提示' (a paper's box over its summary), '论文部分内容阅读' (a
# periodical site's note over an excerpt): the page's furniture alone on a line, never a headline
_TOP_LABELS = frozenset("网页 網頁 阅读提示 閱讀提示 论文部分内容阅读 論文部分內容閱讀".split())
_TOP_LABEL_AT = 2
# '第4版:特别报道', '01:一版要闻', 'A03版：要闻': an e-paper's page, its number (with 版, or zero-padded) and its name,
# over the story it shows ('1：总则说明' is no page of a paper)
_PAPER_PAGE = lazy(r"(?:第?\s*[A-Z]?\d{1,2}\s*版|[A-Z]?0\d)\s*[:：]\s*[\u4e00-\u9fff·]{2,8}")


# '法搜网--中国法律信息搜索网', '德育素材网 首页': a site's name (its slogan after a dash, or its home link) as the
# page's masthead
_MASTHEAD = lazy(r"[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:网|網|网站|網站)"
                 r"(?:\s*(?:-{1,2}|－{1,2}|—{1,2}|\||｜)\s*[\u4e00-\u9fffA-Za-z]{2,16}|\s+(?:首页|首頁|网站首页))")


def _masthead(blocks: list[Block], k: int) -> bool:
    """A site's masthead line right over a headline that ends on its genre ('…的通知', '…上的讲话')."""
    return _MASTHEAD.fullmatch(blocks[k].text.strip()) is not None and k + 1 < len(blocks) \
        and meta.genre_title(blocks[k + 1].text)


def without_top_label(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without a widget's or a box's label among the first lines, above the headline it would be taken
    for; a marked heading ('## 网页' in a tutorial) stays."""
    for k, b in enumerate(blocks[:_TOP_LABEL_AT]):
        if not b.heading_level and (b.text.strip() in _TOP_LABELS or _PAPER_PAGE.fullmatch(b.text.strip())
                                    or _masthead(blocks, k)) and k + 1 < len(blocks):
            removed.append(Removed("chrome", b.text, b.line))
            return blocks[:k] + blocks[k + 1:]
    return blocks


def without_trail(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without a breadcrumb trail near the top whose separators the saved text lost, the links set side
    by side ('首页 百科知识 链接技术与标准'): a line of three or more short links only, the home link first."""
    for k, b in enumerate(blocks[:_TRAIL_AT]):
        links = b.text.split()
        if (len(links) >= _TRAIL_MIN and links[0] in _HOME and all(len(t) <= _TRAIL_LINK for t in links)
                and not _SENTENCE_MARKS.intersection(b.text) or _spaced_menu(links)):
            removed.append(Removed("chrome", b.text, b.line))
            return blocks[:k] + blocks[k + 1:]
    return blocks


def above_trail(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without a site's menu set one link a line between the page's first line (its <title>) and the
    breadcrumb trail cleaning took ('首页Home' / '天河动态 Local News' / … over '您当前所在的位置：首页 > …'): the
    trail is where the page's own part begins; lines with a sentence or a metadata label over it stay."""
    trail = next((r.line for r in removed if r.reason == "chrome" and r.line <= _ABOVE_AT and debris.trail_line(r.text)), 0)
    n = sum(1 for b in blocks if b.line < trail)
    menu = blocks[1:n]
    if len(menu) < _MENU_MIN or any(len(b.text) > _MENU_LINK or _SENTENCE_MARKS.intersection(b.text)
                                     and meta.parse_meta_line(b.text) is not None or "。" in b.text or "，" in b.text
                                     for b in menu):
        return blocks
    removed.extend(Removed("chrome", b.text, b.line) for b in menu)
    return blocks[:1] + blocks[n:]


def _spaced_menu(chars: list[str]) -> bool:
    """'首 页 新 闻 政 务 公 开': a menu set letter-spaced, one character a token, its home link first (a title set
    so, '政 府 工 作 报 告', names no home page)."""
    return (len(chars) >= _SPACED_MIN and "".join(chars[:2]) in _HOME and all(len(c) == 1 for c in chars)
            and not _SENTENCE_MARKS.intersection(chars))


def without_menu(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without a site's menu opening the text: a run of short bulleted links ('* 首页', '* 新闻中心', …),
    its home link among them (a document's own first list names no home page)."""
    n = 0
    while n < min(len(blocks), _MENU_MAX) and _MENU_ITEM.match(blocks[n].text.strip()):
        n += 1
    if n < 2:
        return blocks
    items = [_MENU_ITEM.match(b.text.strip()) for b in blocks[:n]]  # and a bulleted home link chrome took already
    items += [m for r in removed if r.line <= blocks[n - 1].line and (m := _MENU_ITEM.match(r.text.strip()))
              and m.group(1) in _HOME]
    if len(items) < _MENU_MIN or not any(m.group(1) in _HOME for m in items):
        return blocks
    removed.extend(Removed("chrome", b.text, b.line) for b in blocks[:n])
    return blocks[n:]


# A menu's link set one a line, past what a saved page leaves before it ('⭐首页', '">首页', '首 页'); a numbered
# line ('第一章 总则', '1. 凭证入馆', '一.借书规则') is a document's own first heading, never a link
_LINK_LEAD = lazy(r"^[\W_]+")
_NUMBERED_LINE = lazy(r"第[一二三四五六七八九十百零〇\d]+\S|[\d一二三四五六七八九十]+\s*[.、．]")
_LINK_CHARS = 12  # '南沙动态', '人物专访', '公共服务事项清单': a link's label
_BARS = lazy(r"[|｜]")
_HOME_AT = 3  # the home link leads the menu, a language or login row before it at most
_COLUMN_MIN = 6  # lines of links: a site's menu names its sections; four or five short lines may be a list


def _links(text: str) -> list[str] | None:
    """The labels of the menu's links a line holds, alone or set side by side between bars ('明珠湾区| English |简体版'),
    or None: each short, no sentence mark, no number."""
    labels = [label for part in _BARS.split(text.strip()) if (label := "".join(_LINK_LEAD.sub("", part).split()))]
    if not labels or any(len(t) > _LINK_CHARS or _SENTENCE_MARKS.intersection(t) or _NUMBERED_LINE.match(t)
                              for t in labels):
        return None
    return labels


def _repeats_title(first: str, text: str) -> bool:
    """'文明读者公约' under the page's first line '文明读者公约', '领导介绍' under '领导介绍_黑龙江省档案馆': the page's
    headline (its <title> leads with it), where its menu ends."""
    return bool(text := text.strip()) and first.strip().startswith(text)


def without_link_column(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without a site's menu set one link a line near the top, unbulleted ('首 页' / '南沙动态' / … /
    '工作机构', '⭐首页' / '📺人物专访' / …, a row of links between bars with them): six lines of links or more in a row,
    the home link among the first, over the page's own text (a line that is no link, or the headline its first line,
    the <title>, leads with); that first line stays. A run that reaches down to that headline may hold its home link
    anywhere ('中央人民政府' / '自治区政府' / '繁體中文' over '首 页' / '市 情' / …): it is all the page sets between its
    <title> and its headline. A run of short lines that goes on into more (a job's '性别要求' /
    '女' / '年龄要求' …) is no menu."""
    k = 1
    limit = min(len(blocks), _MENU_MAX + 1)
    while k < limit and blocks[k].line <= _ABOVE_AT:
        end, labels, later = k, set(), set()
        while end < limit and not _repeats_title(blocks[0].text, blocks[end].text) \
                and (links := _links(blocks[end].text)) is not None:
            (labels if end < k + _HOME_AT else later).update(links)
            end += 1
        headline = end < len(blocks) and _repeats_title(blocks[0].text, blocks[end].text)
        if (end - k >= _COLUMN_MIN and (labels | later if headline else labels) & _HOME and end < len(blocks)
                and (headline or _links(blocks[end].text) is None)):
            removed.extend(Removed("chrome", b.text, b.line) for b in blocks[k:end])
            return blocks[:k] + blocks[end:]
        k = end + 1
    return blocks


def credits_under_abstract(blocks: list[Block], st: CleanState) -> list[Block]:
    """The blocks without the credit lines ('来源：9月30日《新华每日电讯》', '作者：…记者…') right under an abstract
    that opens the page, their fields taken: a repost sets its summary first, the byline after it, the text below.
    A keywords line ('关键词：…') names no field: the run stops there."""
    for k, b in enumerate(blocks[:_ABSTRACT_AT]):
        if not _ABSTRACT_LEAD.match(b.text):
            continue
        end = k + 1
        while end < min(len(blocks), k + 1 + _CREDITS_MAX) and len(blocks[end].text) <= _CREDIT_LEN:
            fields = meta.parse_meta_line(blocks[end].text)
            if not fields or not any(f in fields for f in _FIELDS):
                break
            for key, value in fields.items():
                if key in _FIELDS:
                    st.take(key, value)
            st.removed.append(Removed("meta", blocks[end].text, blocks[end].line))
            end += 1
        return blocks[:k + 1] + blocks[end:] if end > k + 1 else blocks
    return blocks


_LABEL_MAX = 10  # '新闻中心', '高等职业教育研究所': a channel's name is short
_HEADLINE_MIN = 11  # the headline under it is longer than any such name
_BETWEEN_MAX = 16  # what else stands between them: widget words ('校区首页 投稿系统 旧版', '高级检索'), a few
_BETWEEN_LINES = 3  # lines at most, no rule ('---' under a specification's title) and no table row


def headline_under_label(title: str, title_line: int, out: list[Block], blocks: list[Block], end: int,
                         removed: list[Removed], plain: bool = True) -> tuple[str, int, list[Block]]:
    """The title, its line and the blocks kept (the header's, then blocks[end:]), a short first line given up for the
    headline under it: the line right over a metadata line (source, date, byline) the cleaner took, all lines between
    them short. Only in a `plain` text: a Markdown or HTML title is the one its mark-up declares."""
    kept, headline = _under_label(title, title_line, out, blocks[:end + 1], removed) if plain else (out, None)
    if not headline:
        return title, title_line, out + blocks[end:]
    return headline.text, headline.line, kept + blocks[end:]


def _under_label(title: str, title_line: int, out: list[Block], top: list[Block],
                 removed: list[Removed]) -> tuple[list[Block], Block | None]:
    """The header lines left and the headline under a channel's name, or (out, None); `top`: the header's blocks and
    the one after them."""
    if not title or len(title.strip()) > _LABEL_MAX or not out:
        return out, None
    meta_lines = {r.line for r in removed if r.reason == "meta" and r.line > title_line}
    if not meta_lines:
        return out, None
    after = {id(a): b for a, b in zip(top, top[1:])}  # each header block's next block
    for k, h in enumerate(out[:_BETWEEN_LINES + 1]):
        nxt = after.get(id(h))
        if len(h.text) > _BETWEEN_MAX or rule_line(h.text) or nxt is not None and nxt.line in meta_lines \
                and len(h.text) >= _HEADLINE_MIN:  # a short headline right over its byline ('乡村之美丨…二十年')
            if (nxt is None or nxt.line not in meta_lines or len(h.text) < _HEADLINE_MIN or "|" in h.text or h.role
                    or not meta.title_like(h.text, marked=True) or meta.continues_title(title, h.text)):
                return out, None
            removed.append(Removed("chrome", title, title_line))
            removed.extend(Removed("chrome", o.text, o.line) for o in out[:k])
            return out[k + 1:], h
    return out, None  # (the header lines all short, or more of them than a page's widgets)
