"""Clean decoded text into a structured Document: title and metadata, body paragraphs, what was removed and why."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, NamedTuple

from reader.text import debris, digests, meetings, meta, pageheads, pages, pagetitles, standards
from reader.text.bylines import lead_byline, top_byline, without_author_headings
from reader.text.codelines import code_kinds
from reader.text.cleanmeta import CleanState, declared_fields, far_editor, over_dateline, prose_apart, split_meta, tail_meta
from reader.text.declaredtitle import declared_title, lone_headline
from reader.text.blockdebris import drop_debris
from reader.text.disclosure import take_disclosure
from reader.text.flatsections import flat_firsts
from reader.text.formats import blocks_for, text_blocks, without_attributes
from reader.text.garble import find_garbled
from reader.text.gluedheads import over_labels, stacked_tail, with_glued
from reader.text.hashlevels import hash_levels
from reader.text.headers import index_number, issue_number
from reader.text.jammer import jammed, strip_jammer
from reader.text.lazyre import lazy
from reader.text.model import Block, Decoded, Document, Paragraph, Removed
from reader.text.punctuation import as_characters
from reader.text.recorddates import record_dates
from reader.text.region import article_blocks
from reader.text.lineshape import contents_name, numbers_over_titles, rule_line, table_lines
from reader.text.markedtext import unmarked_blocks
from reader.text.marklevels import first_of_parts, listed_items
from reader.text.numberbreaks import break_blocks
from reader.text.partnames import named_part, opening_name
from reader.text.mdlines import dated_section, kramdown_marks, leading_entries, listed_entry, restamped_session
from reader.text.linemarks import strip_marks, unannotated
from reader.text.longtitles import long_document_title
from reader.text.rewrap import rewrap
from reader.text.runin import split_articles
from reader.text.setexttitles import text_titles
from reader.text.sitefooter import drop_site_footer
from reader.text.wraptitles import title_tail, value_tail, wrapped_title
from reader.text.markup import bold_line, unbold, unwrap_links
from reader.text.setin import indent_of
from reader.text.sourcelines import source_lines
from reader.text.spacedlabels import spaced_labels
from reader.text.textlines import split_lines

_HEADER_SPAN = 15  # metadata and the title sit within the first lines before the body starts
_TITLE_LINES = 6  # a headline set again on short lines takes at most this many
_SENTENCE = lazy(r"[^。！？!?]*(?:[。！？!?]+[”’」』)）]*|$)")
_INVISIBLE_CHARS = "\u200b\u2060\ufeff\b"  # zero-width space, word joiner, BOM, stray backspace (no ZWJ)
_INVISIBLE = lazy(f"[{_INVISIBLE_CHARS}]")  # one scan for any of them (a generator of four scans a paragraph: 2%)


def split_blocks(decoded: Decoded) -> list[Block]:
    """The document's blocks according to its kind (kept for callers of the first placeholder)."""
    return blocks_for(decoded)


class _Para(NamedTuple):
    """A paragraph being cleaned, with the original line of each line joined into it (a named tuple: files make many)."""

    text: str
    starts: tuple[tuple[int, int], ...]  # (offset in text, original line)
    level: int = 0
    listed: bool = False
    cell: bool = False
    strong: bool = False  # a page sets it wholly in <b> / <strong> (Block.strong)
    caption: bool = False  # a page's caption of a picture (Block.caption)
    code: int = 0  # a line of a Markdown code block (Paragraph.code): kept as the file has it

    @property
    def line(self) -> int:
        return self.starts[0][1]

    def line_at(self, offset: int) -> int:
        """Original line of the character at `offset` (before any in-paragraph removal)."""
        return max((ln for off, ln in self.starts if off <= offset), default=self.line)


def clean(decoded: Decoded, blocks: list[Block] | None = None) -> Document:
    """Build the cleaned document from a decoded file (blocks from the format extractor unless given)."""
    blocks = blocks_for(decoded) if blocks is None else blocks
    blocks = unmarked_blocks(blocks) if decoded.kind == "text" and "</" in decoded.text else blocks  # '<p>…</p>'
    page = blocks  # a saved page's blocks before its article is marked out: its one <h1> may name it
    if decoded.kind == "html":
        declared = decoded.meta.get("title", "")
        blocks = article_blocks(blocks, pagetitles.dashed_headline(declared) or pagetitles.title_part(declared), declared)
    st = CleanState()
    for key, value in declared_fields(decoded.meta).items():
        st.take(key, value)
    st.declared_author = st.fields.get("author", "")
    blocks = strip_marks(blocks if decoded.kind == "text" else numbers_over_titles(blocks, _is_heading), st.removed)
    tops = frozenset(n for n, ln in enumerate(split_lines(decoded.text), 1) if ln.startswith("\f")) \
        if decoded.kind == "text" and "\f" in decoded.text else frozenset()
    breaks = break_blocks(blocks, decoded.text) if decoded.kind == "text" and not tops else set()  # '4' over a slide's talk
    blocks = drop_debris(blocks, st, _is_heading, tops, breaks, decoded.kind == "text")
    blocks = spaced_labels(blocks) if decoded.kind == "text" else blocks  # '参' / '考' / '文' / '献'
    blocks = drop_site_footer(blocks, st.removed) if st.removed else blocks  # '主办：…' by its ICP line
    blocks, listed = take_disclosure(blocks, st.removed)  # '索引号:' / '发布机构:' over a county's notice
    for key in ("source", "date"):
        st.take(key, listed.get(key, ""))
    declared_title = bool(decoded.meta.get("title"))
    if decoded.kind == "markdown":  # '# 黄志杰（…）' over '## 甘柴劣火' under 'author: 黄志杰': a byline
        blocks = without_author_headings(blocks, decoded.meta.get("author", ""),
                                         decoded.meta.get("title", ""), st.removed)
    items = digests.digest_headlines([b.text for b in blocks])  # a feed: its items' bylines are not the page's
    bylines = frozenset(blocks[i + 1].line for i in items)
    title, title_line, blocks = _title_and_header(blocks, decoded, st, blocks[items[0]].line if items else 0)
    title = with_glued(title or listed.get("title", ""), title_line, blocks)  # a notice's title glued to its 文号
    blocks = blocks if items else tail_meta(blocks, st)
    lines = split_lines(decoded.text) if decoded.kind != "html" else ()  # a page's rules are mark-up, not lines
    if decoded.kind == "text":
        pages = {r.line for r in st.removed if r.reason == "site-junk"}
        marked = text_titles(decoded.text, [r.line for r in st.removed if r.text == "¶"])  # '定义' over '---', '定义¶'
        marked.update(hash_levels(blocks, title, title_line))  # '# 第一部分' over '## 项目概述': Markdown's levels
        joined = rewrap(source_lines(blocks, decoded.text, pages), _is_heading, bylines | frozenset(marked),
                        _heading_family)
        paras = [_Para(unannotated(unbold(text), starts[0][1], st.removed), starts, marked.get(starts[0][1], 0))
                 for text, starts in joined]
    else:
        items = listed_items(blocks, decoded.kind)  # a Markdown item, a page's unnumbered <li> under its h-tags
        codes = code_kinds(blocks, lines) if decoded.kind == "markdown" else [0] * len(blocks)
        paras = [_Para(b.text, ((0, b.line),), b.heading_level, item, b.role == "cell", b.strong, b.caption, code)
                 for b, item, code in zip(blocks, items, codes)]
    paras = _split_articles(_inline_cleanup(paras, st))
    paragraphs, start, end = [], 0, 0
    rows = table_lines(lines) if decoded.kind == "text" and "|" in decoded.text else set()  # a typed table's rows
    bolds = decoded.kind == "text" and "**" in decoded.text  # a line in bold: a text file's sub-heading
    count = len(lines)
    for p in paras:
        line, last = p.starts[0][1], p.starts[-1][1]  # (p.line, asked five times a paragraph, is a property)
        ruled = (stop := min(line, count + 1)) > end + 1 and any(rule_line(lines[n - 1]) for n in range(end + 1, stop))
        paragraphs.append(Paragraph(p.text, line, start, p.level, last if last > line else 0, p.listed,
                                    p.cell or line in rows, ruled, bolds and last == line and bold_line(lines[line - 1]),
                                    indent=indent_of(lines[line - 1]) if line <= count else 0, strong=p.strong,
                                    caption=p.caption, code=p.code))
        start, end = start + len(p.text) + 1, max(end, last)
    paragraphs = kramdown_marks(paragraphs, lines) if "{" in decoded.text and lines else paragraphs
    if not title and decoded.kind == "html":
        title = lone_headline(page, decoded.meta.get("title", ""), {p.text for p in paragraphs})
    derived = False
    if not title and paragraphs and meta.body_like(paragraphs[0].text) and not _is_heading(paragraphs[0].text):
        title = meta.derived_title(paragraphs[0].text)
        derived = bool(title)
    if not paragraphs and title and not declared_title:
        paragraphs = [Paragraph(title, title_line, 0)]  # a one-line file: its only line is also its body
    if not st.fields.get("author") and paragraphs:
        st.take("author", lead_byline(paragraphs[0].text) or meta.trailing_signature(paragraphs[-1].text))
    far_editor(st, paragraphs[-1].line if paragraphs else 0)  # '[责任编辑：…]' under a page's widgets
    body = "\n".join(p.text for p in paragraphs)
    return Document(
        title=title, paragraphs=tuple(paragraphs), encoding=decoded.encoding, kind=decoded.kind,
        source=st.fields.get("source", ""), date=st.fields.get("date", ""), author=st.author(),
        editor=st.fields.get("editor", ""), removed=tuple(sorted(st.removed, key=lambda r: r.line)),
        garbled=tuple(find_garbled(body)), bad_bytes=decoded.bad_bytes, title_derived=derived)


def _split_articles(paras: list[_Para]) -> list[_Para]:
    """A chapter's articles run into one paragraph, each on its own again (see `runin`)."""
    out: list[_Para] = []
    last = 0  # the article the paragraph before ended in
    for p in paras:
        if p.code or not last and "第" not in p.text[:4]:  # (a line of code is kept as the file has it)  # most open with no '第' and follow no article: one test each
            out.append(p)
            continue
        pieces, last = split_articles(p.text, p.starts, last)
        if len(pieces) == 1 and pieces[0][0] is p.text:  # no article ran on: the paragraph as it was (a law's
            out.append(p)  # every article opens with '第': a copy of each took 5% of cleaning a 1 M-character text)
            continue
        out.extend(p._replace(text=text, starts=starts) for text, starts in pieces)
    return out


@lru_cache(maxsize=1)
def _heading_matcher() -> Callable[[str], object]:
    """The outline's heading test, imported on first use (the outline imports the cleaner's neighbours)."""
    from reader.text.outline import match_heading

    return match_heading


def _is_heading(text: str) -> bool:
    return _heading_matcher()(text) is not None


def _heading_family(text: str) -> str | None:
    """Which numbered family a line opens ('paren-cn' for （一）): rewrap weighs a family's lines together."""
    return getattr(_heading_matcher()(text), "family", None)


def _title_and_header(blocks: list[Block], decoded: Decoded, st: CleanState, end: int) -> tuple[str, int, list[Block]]:
    """The title (and its line) and the metadata lines at the top, above line `end` (a digest's first item; 0: none)."""
    title, title_line = "", 0
    blocks = prose_apart(pageheads.page_top(blocks, st, decoded.kind == "text"), _HEADER_SPAN)  # a menu; '摘要：…'
    declared = decoded.meta.get("title", "")
    declared = "" if pagetitles.placeholder_title(declared) else declared
    if decoded.kind in ("markdown", "html"):  # a page without <title> has its headline; a Markdown file its '#' one
        title, blocks = declared_title(declared, blocks, decoded.kind == "html")
    out: list[Block] = []
    i, listed = 0, False
    seen: set[str] = set()
    # '时间: 2024年1月18日' over each week's record; '2024年6月21日，…' opening the first session of a record
    dated = record_dates([b.text for b in blocks], _HEADER_SPAN) | meetings.opening_session(blocks)
    # a Markdown file without a '#' heading opens with its title at whatever level (a feed item's '------' link),
    # unless it holds deeper headings and then one at its level follows: '## Docker镜像是什么' over its '###'s,
    # then '## 阿里云', is the first part
    top_level = decoded.kind == "markdown" and not any(b.heading_level == 1 for b in blocks) \
        and not first_of_parts([b.heading_level for b in blocks])
    lead = leading_entries(blocks, decoded.kind)  # '- [IoT设备的算力利用](#iot…)' and its parts over the '#' title
    flat = flat_firsts(blocks) if decoded.kind == "html" else set()  # '<h1>特别提醒</h1>' first of the page's <h1> parts
    while i < min(len(blocks), _HEADER_SPAN + lead) and not 0 < end <= blocks[i].line:  # a digest's first item ends it
        b = blocks[i]
        text = b.text
        if i in dated or title and (b.heading_level and decoded.kind == "text" or restamped_session(blocks, i)):
            break  # a log's first record (its date is the record's, the lines under it no header), a text file's '#
            # 2021年7月20日' under its list of dates, '2019.3.17 第一次会议' with '2019.3.19 第二次会议' below
        if not title and i == 0 and (page := pagetitles.page_title(text) or decoded.kind == "text" and pagetitles.
                                     page_title_line(text, blocks)) and meta.title_like(page, marked=True):
            title, title_line = page, b.line  # a saved page's <title> (its site's name taken off when spaced apart),
            # long, yet no body; '标题_网易新闻' over a text that gives '标题' again: the page's, no line of the text
            if i + 1 < len(blocks) and blocks[i + 1].text == text:  # … and again under it, as a scrape copies it
                st.removed.append(Removed("duplicate", text, blocks[i + 1].line))
                i += 1
            i += 1
            continue
        long = not title and long_document_title(text)  # '…关于…评审结果的公示', seventy characters wide
        headline = long or not title and (b.heading_level == 1 or i == 0 and len(blocks) > 1
                                          and blocks[1].text == text) \
            and meta.title_like(text, marked=True)  # '# …美国大选已定？', or a saved page's title over its headline
        if (meta.body_like(text) and not headline and text != title or title and _is_heading(text)) \
                and not meta.parse_meta_line(text) and not meta.bare_label(text):
            break  # body, or the first numbered heading ('I. 告别“已知”：一位政法记者…' is no reporter's byline)
        if meta.credit_label(text) and i + 1 < len(blocks) and meta.label_value(blocks[i + 1].text):
            st.take("author", blocks[i + 1].text.strip())  # a cover's '作者' over its names: the table stays as written
        if split_meta(blocks, i, seen | {title}):  # '来源：' / '宁夏日报客户端': label and value on two lines
            fields = meta.parse_meta_line(text + blocks[i + 1].text) or {}
            for key, value in fields.items():
                st.take(key, value)
            st.removed.extend([Removed("meta", text, b.line), Removed("meta", blocks[i + 1].text, blocks[i + 1].line)])
            i += 2
            continue
        if text in seen and len(text) >= 4 and not listed:
            st.removed.append(Removed("duplicate", text, b.line))  # a subtitle the page chrome repeats
            if again := _title_again(title, blocks, i):  # … the title a wrap cut in two, again: its tail with it
                st.removed.extend(Removed("duplicate", c.text, c.line) for c in blocks[i + 1:i + again])
                i += again - 1
            i += 1
            continue
        seen.update(() if listed_entry(b, decoded.kind) else (text,))  # '- [工作总结](#工作总结)' over '## 工作总结'
        listed = listed or contents_name(text)  # below '目录' the document repeats its contents lines as its headings
        fields, tail = meta.parse_meta_line(text), 0
        if fields is not None and decoded.kind == "text" and (tail := value_tail(decoded.text, blocks, i)):
            fields = meta.parse_meta_line(text + "".join(c.text for c in blocks[i + 1:i + 1 + tail]))  # read whole
        if fields is not None:
            for key, value in fields.items():
                if key == "title" and not title:
                    title, title_line = value, b.line
                else:
                    st.take(key, value)
            st.removed.extend(Removed("meta", c.text, c.line) for c in blocks[i:i + 1 + tail])
            i += tail
        elif meta.date_line(text, weekday=True):
            st.take("date", meta.date_line(text, weekday=True))
            st.removed.append(Removed("meta", text, b.line))
        elif title and text == title:
            st.removed.append(Removed("duplicate", text, b.line))  # the title again, after a '标题：' label
        elif again := _title_again(title, blocks, i):  # the title again, set on two lines ('…施工' / '招标公告') or
            st.removed.extend(Removed("duplicate", c.text, c.line) for c in blocks[i:i + again])  # more ('…关于禁止在' /
            i += again - 1  # '…工程建设' / '征占地范围内…' / '和迁入人口的通告' over a notice's 文号)
        elif title and meta.stamped_line(text) and not dated_section(b, decoded.kind):  # '## 2024-04-16 会议'
            st.take("date", meta.stamped_line(text))
            st.removed.append(Removed("meta", text, b.line))
        elif title and (stamp := meta.stamped_source(text))[0] and not dated_section(b, decoded.kind):
            date, outlet = stamp
            st.take("date", date)
            st.take("source", outlet)
            st.removed.append(Removed("meta", text, b.line))
        elif (title or top_byline(text)) and meta.byline(text):  # '□本报记者 王五' over the headline too
            st.take("author", meta.byline(text))
            st.removed.append(Removed("meta", text, b.line))
        elif not title and (standards.cover_line(text) or issue_number(text) or index_number(text)):
            out.append(b)  # 'ICS 35.240', 'GB/T 22239—2019' over a standard's title, '临政办函[2013]89号' over a
            # notice's: its cover or its header, kept, not its title
        elif not title and decoded.kind != "text" and i >= lead and opening_name(text) and any(
                o.heading_level for o in blocks[i + 1:]):
            break  # a page or a Markdown file opening with its first part ('# 概述' before '# 评定方式'): no title
            # line above it; its one marked heading over the whole text ('<h1>序言</h1>') is what it made its headline
        elif (not title and (b.heading_level <= 1 or i == 0 and top_level) and i >= lead and i not in flat  # a headline
              # over its dateline
              and (long or meta.title_like(text, b.heading_level > 0 or over_dateline(blocks, i)
                                           or over_labels(blocks, i)))
              and not (decoded.kind == "text" and named_part(text))  # a thesis page's '摘 要': its first part's name
              and (not _is_heading(text) or pagetitles.numbered_title(blocks, i, text)) and not pagetitles.opening_part(
                blocks, i)):
            title, title_line = text, b.line
            if decoded.kind == "text" and (tail := title_tail(decoded.text, blocks, i, _is_heading)
                                            or stacked_tail(blocks, i)):
                title, i = title + "".join(c.text for c in blocks[i + 1:i + 1 + tail]), i + tail
            elif i + 1 < len(blocks) and not _is_heading(blocks[i + 1].text):  # '一、相关法律规定' opens the body
                if meta.continues_title(text, blocks[i + 1].text) or (decoded.kind == "text" and wrapped_title(
                        decoded.text, b, blocks[i + 1], _is_heading)):
                    title += blocks[i + 1].text
                    i += 1
                elif (label := meta.names_again(text, blocks[i + 1].text)) or meta.masthead_over(text,
                                                                                                blocks[i + 1].text):
                    st.removed.append(Removed("duplicate" if label else "chrome", text, b.line))  # or a masthead
                    title, title_line = blocks[i + 1].text, blocks[i + 1].line
                    i += 1
        elif not title and i >= lead:
            break  # content before any title line: the document has none (a heading, a lead, a wrapped line)
        else:
            out.append(b)
        i += 1
    return pageheads.headline_under_label(title, title_line, out, blocks, i, st.removed, decoded.kind == "text")


def _title_again(title: str, blocks: list[Block], i: int) -> int:
    """How many lines from line i set the title again, cut in two ('…施工' / '招标公告') or more as a headline is
    set centred on short lines; 0: none."""
    if not title or len(blocks[i].text) >= len(title):
        return 0
    whole, text = as_characters(title), blocks[i].text
    for k in range(i + 1, min(len(blocks), i + _TITLE_LINES)):
        text += blocks[k].text
        if len(text) >= len(title):
            return k - i + 1 if as_characters(text) == whole else 0
    return 0


def _inline_cleanup(paras: list[_Para], st: CleanState) -> list[_Para]:
    """Ads inside paragraphs, an editor credit closing the last one, repeats of the opening after '摘要'."""
    out: list[_Para] = []
    seen = ""
    abstract_pending = st.abstract_line > 0
    noisy = jammed([p.text for p in paras])  # a forum's anti-copy noise between and after a post's lines
    for n, p in enumerate(paras):
        if p.code:  # a line of code, verbatim: no ads, links or repeats in it (its '[x](y)' is the program's)
            out.append(p)
            continue
        text = p.text
        if noisy:
            text, runs = strip_jammer(text)
            st.removed.extend(Removed("site-junk", run, p.line) for run in runs)
        after_abstract = abstract_pending and p.line > st.abstract_line  # only the paragraph right after '摘要'
        abstract_pending = abstract_pending and not after_abstract
        if debris.might_promote(text):
            kept, pos = [], 0
            for sentence in _SENTENCE.findall(text):
                if sentence and debris.is_promo_sentence(sentence):
                    st.removed.append(Removed("promo", sentence, p.line_at(pos)))
                else:
                    kept.append(sentence)
                pos += len(sentence)
            text = "".join(kept).strip()
        text = unwrap_links(text)  # '[[zh:李强]]' → '李强'
        if text[-1:] == "}" and "{#" in text:  # '计算机与操作系统 {#computer-and-os}': a Markdown source's anchor,
            text = without_attributes(text)  # its heading's '#' gone with a conversion; markup, not words
        if _INVISIBLE.search(text):
            for ch in _INVISIBLE_CHARS:  # '成員\u200b': a page's zero-width spaces, invisible and in the way
                text = text.replace(ch, "")  # (a replace per mark: a translate is ten times slower on a 2 MB line)
        if n >= len(paras) - 2:
            text, editor, credit = meta.split_editor_tail(text)
            if editor:
                st.take("editor", editor)
                st.removed.append(Removed("meta", credit, p.line_at(len(text))))
        if not text:
            continue
        if out and pages.repeats_opening(text, seen, after_abstract):
            st.removed.append(Removed("duplicate", text, p.line))
            continue
        if n == 1 and len(out) == 1 and pages.summary_of(out[0].text, text):  # the page's 摘要 over the body it opens
            st.removed.append(Removed("duplicate", out[0].text, out[0].line))
            out, seen = [], ""
        out.append(p if text == p.text else p._replace(text=text))  # (most paragraphs are as they came)
        if len(seen) < 4000:
            seen += text
    return out


__all__ = ["clean", "split_blocks", "text_blocks"]
