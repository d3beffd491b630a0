"""A document's title where its file declares one (a page's <title>, a Markdown front matter): the headline it names."""

from __future__ import annotations

from reader.text import meta, pagetitles
from reader.text.flatsections import flat_firsts
from reader.text.markers import match_heading
from reader.text.model import Block
from reader.text.partnames import opening_name

_PART_MIN = 6  # a part of a <title> long enough to be an article's headline, not a site's short name
_OPENS_PART = -2  # no headline: the file opens with its first part ('# 概述')
_HEADLINE_REACH = 40  # blocks from the page's top (menus left in) where a plain headline may stand
# a site's box over what it lists or shows ('<h2>最新消息</h2>' over a ticker, '正文' over any article): it names no page
_BOX_LABELS = frozenset("最新消息 最新動態 最新动态 最新公告 通知公告 新闻动态 新聞動態 工作动态 工作動態 新闻中心 "
                        "新聞中心 正文 正文内容 正文內容 内容 內容 详细内容 詳細內容 文章详情 文章詳情".split())


def declared_title(declared: str, blocks: list[Block], page: bool = False) -> tuple[str, list[Block]]:
    """An HTML <title> or front-matter title; a heading block that repeats it is the title, not body. A Markdown
    file's one '#' heading over its '##' parts names the document where the front matter names the site's section
    ('中央法規' over every law of a site). On a saved page (`page`) the headline over the article names it: a line
    that is the article part of a <title> opening with the site's name, or the heading above all the page's others
    (where the <title> is missing, a placeholder or only the site's section, '首页')."""
    title = pagetitles.title_part(declared)
    bare_title = _bare(title)  # once: a long <title> read again for each of the page's blocks was quadratic
    parts = {_bare(part) for part in pagetitles.title_parts(declared, loose=True) if len(_bare(part)) >= _PART_MIN} if page \
        else set()
    above = 7  # the highest heading level seen so far
    flat = flat_firsts(blocks) if page else set()  # the first of a page's parts set side by side heads no page
    for k, b in enumerate(blocks[:12]):
        if k in flat:
            break
        if b.heading_level and b.text and b.heading_level <= above and (
                _bare(b.text) == bare_title or b.text in declared and len(b.text) >= 0.6 * len(title)):
            return b.text, _kicker(blocks[:k], b) + blocks[k + 1:]
        if _bare(b.text) in parts and _bare(b.text) != bare_title and meta.title_like(b.text, marked=True):
            return b.text, blocks[:k] + blocks[k + 1:]  # '善园基金会-宁波公益地标“善园”奠基仪式…': the page's headline
            # names the article part of its <title>, which begins with the site's name
        above = min(above, b.heading_level or above)  # '<h4>关于学校</h4>' under the page's '<h1>…第一初级中学':
        # a section the site's <title> names, as its menu does, not the headline
    named = match_heading(declared.strip()) if page else None
    own = _own_headline(blocks, page, named.marker.strip() if named is not None else "")
    if own == -1 and page:  # (a page opening with its first part, '序言', has no plain line for a headline either)
        own = _genre_headline(blocks, declared)
        if own > 0 and blocks[own - 1].heading_level == blocks[own].heading_level > 0 and match_heading(
                blocks[own - 1].text) is None:  # '<h3>北京龙链科技有限公司</h3>' over '<h3>关于提供…之合作协议</h3>':
            blocks = blocks[:own - 1] + [Block(blocks[own - 1].text, blocks[own - 1].line)] + blocks[own:]  # its issuer
    if own > 0 and not blocks[own].heading_level and _wrapped_headline(blocks[own - 1], blocks[own]):
        return blocks[own - 1].text + blocks[own].text, blocks[:own - 1] + blocks[own + 1:]  # '…关于成立某县<br/>…的通知'
    if own >= 0:
        return blocks[own].text, _kicker(blocks[:own], blocks[own]) + blocks[own + 1:]
    return title, [b for b in blocks if _bare(b.text) != bare_title] if title else blocks


def _wrapped_headline(first: Block, second: Block) -> bool:
    """A headline broken by a <br> ('…关于成立临安市' / '信用建设工作领导小组的通知'): its first half opens it, the
    issuer and '关于' (a menu's '常见问题' over '上菜网预付卡章程' opens nothing)."""
    return not first.heading_level and ("关于" in first.text or "關於" in first.text) and match_heading(
        first.text) is None and meta.continues_title(first.text, second.text)


def _kicker(above: list[Block], title: Block) -> list[Block]:
    """'### 5年来成渝地区紧密合作…' right over the '#' title is its 引题, a newspaper's line over a headline: shown as
    a line, never a section of the article under it."""
    if 0 < len(above) <= 2 and all(b.heading_level > title.heading_level for b in above):
        return [Block(b.text, b.line, 0, b.role) for b in above]
    return above


def _own_headline(blocks: list[Block], page: bool, chapter: str = "") -> int:
    """The index of the heading that opens the document above all its others (no body before it, every later heading
    deeper): a Markdown file's one '#' over its '##' parts, or its one '### 第三篇 洞察篇' over its '#### 3.1 …' (a
    book's part kept as a file), or a saved page's unnumbered heading over its text (a site's <h2> or <h3> headline,
    with or without sections under it). _OPENS_PART where that heading names an opening part, -1 otherwise."""
    first = next((k for k, b in enumerate(blocks[:12]) if b.heading_level), -1)
    if first < 0 or any(meta.body_like(b.text) for b in blocks[:first]):
        return -1
    if page and _bare(blocks[first].text) in _BOX_LABELS:
        return -1  # … and the document's own title, if the page sets one, is found as any headline-less page's
    if page and _named_over_numbered(blocks, first):
        return first  # '<h3>江西时时彩游戏规则</h3>' over '<h2>第一章 总则</h2>' and the chapters after it: the site
        # sets the document's name smaller than its parts, all numbered
    if first + 1 < len(blocks) and 0 < blocks[first + 1].heading_level < blocks[first].heading_level:
        first += 1  # '### 引题' right over '# 主题': the headline is the second (see _kicker)
    if opening_name(blocks[first].text) and any(b.heading_level for b in blocks[first + 1:]):
        return _OPENS_PART  # '<h2>概述</h2>' over its '<h3>'s: the first part of a book's chapter page, no headline
    numbered = match_heading(blocks[first].text)
    if page and numbered is not None and numbered.marker.strip() != chapter:
        return -1  # a page's numbered heading is a section, unless its <title> names that chapter ('5. …· 白皮书')
    top = blocks[first].heading_level
    levels = [b.heading_level for b in blocks[first + 1:] if b.heading_level]
    if not page:
        return first if levels and min(levels) > top else -1
    return first if (min(levels) > top if levels else meta.title_like(blocks[first].text, marked=True)) else -1


def _named_over_numbered(blocks: list[Block], first: int) -> bool:
    """The first heading unnumbered, over headings in larger tags that are all numbered parts."""
    later = [b for b in blocks[first + 1:] if b.heading_level]
    return bool(later) and min(b.heading_level for b in later) < blocks[first].heading_level \
        and match_heading(blocks[first].text) is None and meta.title_like(blocks[first].text, marked=True) \
        and all(match_heading(b.text) is not None for b in later)


def _genre_headline(blocks: list[Block], declared: str) -> int:
    """The index of a plain line that titles the page's document as documents are titled ('上菜网预付卡章程',
    '关于提供微信附加增值服务之合作协议') above its text, where the <title> names only the site or its section
    ('购物指南', '首页') and the page never shows it; -1 otherwise."""
    found, shown, bare_declared = -1, _bare(pagetitles.title_part(declared)), _bare(declared)
    for k, b in enumerate(blocks[:_HEADLINE_REACH]):
        text = _bare(b.text)
        if shown and text == shown:
            return -1  # the page shows its <title>: that is its headline
        if meta.body_like(b.text) or match_heading(b.text) is not None:
            return found
        if len(text) >= _PART_MIN and text not in bare_declared and meta.genre_title(b.text):
            found = k
    return -1


def _bare(text: str) -> str:
    return "".join(text.split())


def lone_headline(blocks: list[Block], declared: str, shown: set[str]) -> str:
    """The page's one <h1> as its title where it declares none (no <title>, or an editor's stand-in, '无标题文档') and
    the article left the <h1> out as a banner over its menu: the page's only statement of a title, which a reader
    would rather see than the file's name; '' where the page has several <h1>, or the <h1> is a box's label, a
    numbered part or a line of the text (`shown`)."""
    if declared.strip() and not pagetitles.placeholder_title(declared):
        return ""
    ones = [b for b in blocks if b.heading_level == 1 and b.text.strip()]
    if len(ones) != 1 or ones[0].role:  # (a header's <h1 class="logo"> the extractor read as chrome: the site's)
        return ""
    text = ones[0].text.strip()
    if text in shown or _bare(text) in _BOX_LABELS or match_heading(text) is not None \
            or not meta.title_like(text, marked=True):
        return ""
    return text
