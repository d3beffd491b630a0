"""The article inside a saved web page: the run of prose blocks, its title and header above, its credits below.

A whole saved page carries menus, share rows, related-article lists and comment boxes around one article. Prose
(long text with Chinese sentence punctuation, little of it inside links) scores its length; every other block costs a
little; the best-scoring run of blocks (found in one pass) is the article's body. The title is the nearest format
heading above it, and between the two only metadata and plain lines stay (not a label closing a row of links);
after the body, the list it ends in to its last entry, prose and credit lines up to the last credit ('责任编辑：…'),
and the plain lines up to the last prose before the next link or widget (a list of names or a table between two of
its parts). Everything else becomes chrome.
A page with no clear article is left alone.
"""

from __future__ import annotations

from reader.text import debris, meta
from reader.text.firstsections import first_sections
from reader.text.lastsections import last_sections
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Block

_MIN_BODY = 80  # characters of prose a page needs before its surroundings are judged chrome
_MIN_BRIEF = 40  # … or of a brief right under the page's headline ('保监会也就股市开会了…' and two sentences)
_HEAD_REACH = 15  # blocks above the body where the title may sit
_HEADLINE_MIN = 8  # characters of an <h1> that is a headline over its subtitle, not a column's label
_TAIL_REACH = 8  # blocks after the body where its credits may sit
_SECTIONS_MIN = 3  # sections of one level in the body: its own parts, whose next one after it is the article's too
_BACK_REACH = 40  # blocks above the body where the first parts of its numbering may sit
_PROSE_MARKS = "。，；！？"
# Chinese typed with Latin marks ('…中的术语:', '…编译运行, 没有适配…'): prose all the same; a mark that ends a clause
# ends the line or stands before a space, as a clock's '09:30' or a version's '2.0' never does
_LATIN_MARK = lazy(r"[,.;:!?](?:\s|$)")
_HAN = lazy(r"[\u4e00-\u9fff]")
_PLAIN = ("", "cell", "item")  # text of the page, in a paragraph, a table of data or a list
_LABEL_MAX = 20  # characters of the label over a page's box ('项目概况', '内容提要')
_ITEM_OPENERS = "（(0123456789０１２３４５６７８９一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩"
_CLOSING = lazy(r"^(?:特此|此复|此令|此覆)[\u4e00-\u9fff]{0,6}[。.]?$")  # '特此通告。' closing a notice
_SIGNER = lazy(r"^[\u4e00-\u9fff][\u4e00-\u9fff（）() \u3000]{1,39}$")  # an issuer signing a notice, one a line
_SIGNERS_MAX = 6  # issuers of a joint notice signed one a line


def _score(b: Block) -> int:
    """What a block adds to the article: its length if prose, a small cost otherwise."""
    n = len(b.text)
    if b.role in ("chrome", "link"):
        return -(8 + min(n, 40))
    if b.heading_level or b.role == "code":
        return 0  # a tutorial's code block is part of its article: menus and sidebars hold none
    if b.role in ("cell", "item"):
        return max(0, _score(Block(b.text, b.line)))  # a table of data costs an article nothing: menus are links
    if n >= 20 and any(c in b.text for c in _PROSE_MARKS) or n >= 10 and b.text[-1] in "。！？：；" \
            or n >= 20 and _LATIN_MARK.search(b.text) is not None and _HAN.search(b.text) is not None:
        return n  # prose; a short paragraph that is one whole sentence ('市民可通过图书馆网站预约参加。') too,
        # or a clause of one ('第三条　本市生活垃圾分为以下四类：' over its items)
    if n >= 4 and b.text[-1] in "；。" and b.text[0] in _ITEM_OPENERS:
        return n  # '（一）可回收物；': an item of a list in the text; a menu's entries end in no '；'
    return -(5 + min(n, 20))


def _headline_above(blocks: list[Block], start: int, title: str) -> bool:
    """The page's own headline (its <h1>, the title it names) a few blocks above: a two-sentence brief is an article."""
    bare = "".join(title.split())
    return any(b.heading_level == 1 and b.role != "chrome" and (not bare or "".join(b.text.split()) == bare)
               for b in blocks[max(0, start - _HEAD_REACH):start])


def _code_part(blocks: list[Block], k: int) -> bool:
    """A line of a code block, or a title right over one."""
    b = blocks[k]
    return b.role == "code" or (b.role == "" and b.heading_level > 0 and k + 1 < len(blocks)
                                and blocks[k + 1].role == "code")


def _best_run(scores: list[int]) -> tuple[int, int, int]:
    """The contiguous run with the largest sum (Kadane): start, end (inclusive), sum."""
    best, best_start, best_end = 0, 0, -1
    total, start = 0, 0
    for k, s in enumerate(scores):
        if total <= 0:
            total, start = s, k
        else:
            total += s
        if total > best:
            best, best_start, best_end = total, start, k
    return best_start, best_end, best


def _list_goes_on(blocks: list[Block], k: int) -> bool:
    """An entry of the list the body ends in or opens with a colon: its short last entries ('配色沿用旧版' after two
    sentences), references in Latin letters, the terms listed score as no prose but are the article's; a share row's
    '分享到' or '扫一扫' is no entry of it."""
    above = blocks[k - 1]
    return blocks[k].role == "item" and (above.role == "item" or above.role == "" and above.text.endswith(("：", ":"))) \
        and not debris.line_reason(blocks[k].text)


def _numbered_on(blocks: list[Block], start: int, end: int) -> int:
    """The body's last block, moved on over parts that go on with its own numbering: '三、活动内容' after the body's
    '一、' and '二、', with its items ('① 【义乡鄞州发布】', 'u主题歌曲发布') that score as no prose, up to the next link
    or widget or the page's next heading ('最新动态'); also over a few plain lines before the next part (the contacts
    of '六、联系方式' over '七、…一览表'). A page's menu never continues an article's section numbers."""
    last: dict[str, int] = {}
    for b in blocks[start:end + 1]:
        m = match_heading(b.text) if b.role == "" else None
        if m is not None and m.number:
            last[m.family] = m.number

    def plain(k: int) -> bool:
        return k < len(blocks) and blocks[k].role in _PLAIN and not blocks[k].heading_level

    def continues(k: int) -> HeadingMatch | None:
        m = match_heading(blocks[k].text) if blocks[k].role == "" else None
        return m if m is not None and last.get(m.family, -1) + 1 == m.number else None

    k = end + 1
    while last:
        found: tuple[int, HeadingMatch] | None = None
        for j in range(k, min(len(blocks), k + _TAIL_REACH)):
            if (m := continues(j)) is not None:
                found = j, m
            if found is not None or not plain(j):
                break
        if found is None:
            break
        k, m = found[0] + 1, found[1]
        last[m.family] = m.number
        while plain(k) and continues(k) is None:
            k += 1
        end = k - 1
    return end


def _plain_on(blocks: list[Block], end: int) -> int:
    """The body's last block, moved on to the last prose before the next link or widget: short lines, tables and
    headings between two stretches of prose are the article's (a page's chrome is links and widgets)."""
    k, last = end + 1, end
    while k < len(blocks) and blocks[k].role in _PLAIN + ("code",):
        if blocks[k].role == "" and not blocks[k].heading_level and _score(blocks[k]) > 0:
            last = k
        k += 1
    return last


def _signed_on(blocks: list[Block], end: int) -> int:
    """The body's last block, moved on over a notice's closing right under it: '特此通告。' and the issuer over the
    date, short lines that score as no prose but are the notice's own (its 成文日期)."""
    def line(k: int) -> str:
        ok = k < len(blocks) and blocks[k].role in _PLAIN and not blocks[k].heading_level
        return blocks[k].text.strip(" \u3000") if ok else ""

    k = end + 1
    closed = bool(_CLOSING.match(line(k)))
    k += closed
    signers = 0
    while signers < _SIGNERS_MAX and _SIGNER.match(line(k)) and not meta.date_line(line(k)):
        k, signers = k + 1, signers + 1
    return k if (closed or signers) and meta.date_line(line(k)) else end


def _sections_on(blocks: list[Block], start: int, end: int) -> int:
    """The body's last block, moved on over the next sections at the level of its own several sections: '<h1>比赛环境
    </h1>' over a table of compilers, after the '<h1>特别提醒</h1>', '<h1>报名方式</h1>' … of a contest's notice."""
    levels = [b.heading_level for b in blocks[max(0, start - 1):end + 1] if b.heading_level and b.role == ""]  # (the
    # first section's heading stands right over the body's prose)
    level = min(levels) if len(levels) >= _SECTIONS_MIN and levels.count(min(levels)) >= _SECTIONS_MIN else 0
    k = end + 1
    while level and k < len(blocks) and blocks[k].heading_level == level and blocks[k].role == "":
        k += 1
        while k < len(blocks) and blocks[k].role in _PLAIN + ("code",) and not blocks[k].heading_level:
            k += 1
        end = k - 1
    return end


def _numbered_back(blocks: list[Block], start: int) -> int:
    """The body's first block, moved back over the parts its numbering opens with: a contract's '第一条：…' and
    '第二条：工程概况' above the body's '第三条：甲方职责', set apart from it by a form's table of blanks to fill
    ('${element.quantity}') that scores as no prose. An article never starts at its third part."""
    m = next((m for b in blocks[start:start + _TAIL_REACH] if b.role == "" and (m := match_heading(b.text)) is not None
              and m.number), None)
    if m is None or m.number < 2:
        return start
    want, first = m.number - 1, start
    for k in range(start - 1, max(-1, start - 1 - _BACK_REACH), -1):
        n = match_heading(blocks[k].text) if blocks[k].role in _PLAIN else None
        if n is not None and n.family == m.family and n.number == want:
            want, first = want - 1, k
            if want == 0:
                return first
    return start


def _metadata(text: str, after_label: bool) -> bool:
    """A header line: '来源：…', a bare label, its value, a date or a byline."""
    return (meta.parse_meta_line(text) is not None or bool(meta.bare_label(text)) or bool(meta.date_line(text))
            or (after_label and meta.label_value(text)) or bool(meta.stamped_line(text))
            or bool(meta.stamped_source(text)[0]) or bool(meta.byline(text)))


def article_blocks(blocks: list[Block], title: str = "", declared: str = "") -> list[Block]:
    """The page's blocks with everything around the article marked as chrome (unchanged when there is no article;
    `declared`: the whole <title>, whose parts may name the headline)."""
    start, end, total = _best_run([_score(b) for b in blocks])
    if end < 0 or total < _MIN_BODY and not (total >= _MIN_BRIEF and _headline_above(blocks, start, title)):
        return blocks
    if not any(b.role in ("chrome", "link") for b in blocks):  # no link, no menu: a component's page ('售后服务说明'),
        end = len(blocks) - 1  # its text runs from its one headline to its end, lists of short items and all
        heads = [k for k, b in enumerate(blocks) if b.heading_level == 1]
        if len(heads) == 1 and start - heads[0] > _HEAD_REACH:
            start = heads[0]
    while end + 1 < len(blocks) and (_code_part(blocks, end + 1) or blocks[end + 1].role == "cell"
                                     or _list_goes_on(blocks, end + 1)):
        end += 1  # a tutorial that ends in code, a notice in its table, a page in a list: they add nothing but are
        # the article's
    end = _plain_on(blocks, last_sections(blocks, start, _sections_on(blocks, start, _numbered_on(blocks, start, end))))
    end = _signed_on(blocks, end)
    start = first_sections(blocks, _numbered_back(blocks, start), end, declared)
    keep = [False] * len(blocks)
    for k in range(start, end + 1):
        keep[k] = True
    top = start
    for k in range(start - 1, max(-1, start - 1 - _HEAD_REACH), -1):
        b = blocks[k]
        if b.role != "chrome" and (b.heading_level in (1, 2) or (title and b.text == title)):
            top = k
            break
    if 0 < top < start and _named_over_parts(blocks[top - 1], blocks[top]):
        top -= 1  # '<h3>江西时时彩游戏规则</h3>' over '<h2>第一章 总则</h2>': the document's name set in a smaller tag
    if _subtitled(blocks, top, end):  # '<h1>潘志军主持召开…座谈会</h1><h2>打造优质产业生态…</h2>': the headline over
        blocks = blocks[:top] + [Block(blocks[top].text, blocks[top].line, 0, blocks[top].role)] + blocks[top + 1:]
        top -= 1  # its subtitle, a line under the title and no section of the article (as an <hgroup>'s)
        keep[top] = True
    after_label = False
    for k in range(top, start):  # between the title and the body: metadata and plain lines, not links or widgets
        b = blocks[k]
        is_meta = _metadata(b.text, after_label)
        widget_label = (k > top and blocks[k - 1].role not in _PLAIN and len(b.text) < 20  # '转播到…' closing a share row,
                        and not b.heading_level)  # not the <h4> over the text under a row of links to its parts
        keep[k] = k == top or is_meta or (b.role in _PLAIN and not widget_label)
        after_label = bool(meta.bare_label(b.text))
    if top == start:  # no title found: the metadata lines right above the body still belong to it
        k = start - 1
        while k >= 0 and blocks[k].role != "chrome" and _metadata(blocks[k].text, True):
            keep[k] = True
            k -= 1
        for j in range(_lead_box(blocks, k + 1), k + 1):  # the page's opening box above them
            keep[j] = True
    last_credit = -1
    for k in range(end + 1, min(len(blocks), end + 1 + _TAIL_REACH)):
        if meta.parse_meta_line(blocks[k].text.strip("[]【】（）()"), tail=True):
            last_credit = k
    for k in range(end + 1, last_credit + 1):  # prose and credits; the widgets between them go
        keep[k] = k == last_credit or _score(blocks[k]) > 0 or bool(meta.parse_meta_line(blocks[k].text, tail=True))
    return [b if keep[k] or b.role == "chrome" else Block(b.text, b.line, b.heading_level, "chrome")
            for k, b in enumerate(blocks)]


def _named_over_parts(above: Block, part: Block) -> bool:
    """An unnumbered heading right over the article's first numbered part, in a smaller tag: its name."""
    return above.heading_level > part.heading_level and above.role in _PLAIN and match_heading(above.text) is None \
        and match_heading(part.text) is not None and meta.title_like(above.text, marked=True)


def _subtitled(blocks: list[Block], top: int, end: int) -> bool:
    """The heading found over the body is an <h2> right under the page's <h1> headline, unnumbered and the article's
    only one: the headline's subtitle, not its first part (parts come several, or numbered). A short <h1> is a
    column's label or an app bar's name ('学院新闻', '用户服务协议') over the article's own headline."""
    if top < 1 or blocks[top].heading_level != 2 or blocks[top - 1].heading_level != 1 \
            or blocks[top - 1].role not in _PLAIN or len("".join(blocks[top - 1].text.split())) < _HEADLINE_MIN \
            or match_heading(blocks[top].text) is not None:
        return False
    return not any(0 < b.heading_level <= 2 for b in blocks[top + 1:end + 1])


def _lead_box(blocks: list[Block], start: int) -> int:
    """Where a page's opening box starts above its body when no headline stands over it: its prose ('项目概况' over
    a notice's sentence of what it asks) with the plain lines down to the body and the short label over it; a menu or
    a widget ends the reach, and a site's banner lines above the label stay out."""
    k, top = start - 1, start
    while k >= 0 and start - k <= _HEAD_REACH and blocks[k].role in _PLAIN:
        top = k if _score(blocks[k]) > 0 else top
        k -= 1
    label = top - 1
    if top < start and label >= 0 and blocks[label].role in _PLAIN and len(blocks[label].text) <= _LABEL_MAX \
            and _score(blocks[label]) <= 0:
        return label
    return top
