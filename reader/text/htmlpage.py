"""The text of a web page as blocks: its article's block elements, page chrome (nav, footer, share bars) left out,
and the metadata its <head> declares (title, date, author, source)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.text.bareparas import blank_parts
from reader.text.commentnames import comment_names
from reader.text.hiddentext import hidden, own_parts
from reader.text.html_tokens import Tokenizer
from reader.text.htmlcaptions import picture_caption, pictured
from reader.text.indentbreaks import indent_parts
from reader.text.symbolfonts import styled_bold, symbol_font
from reader.text.lazyre import lazy
from reader.text.menurows import menu_row
from reader.text.model import Block
from reader.text.placeholders import placeholder_only
from reader.text.serverpages import without_directives
from reader.text.stylehidden import hidden_names, sheet_hides

WS = " \t\u3000\xa0\ufeff"  # ideographic space and NBSP are indentation in Chinese text

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select", "canvas",
         "textarea"}  # a form's box, or a gallery's data a script reads ('<textarea>&lt;li&gt;…'): never the article
_BOXES = {"div", "p"}  # a <button> holding one is a card ('<div class="authorname">陈燕妮</div>' by a question), its
# text the page's; a button's own words ('搜索', '分享') are a control's
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "nav", "aside",
          "blockquote", "pre", "dd", "dt", "dl", "hr", "form", "main", "figure", "figcaption", "h1", "h2", "h3", "h4",
          "h5", "h6", "title", "center", "td", "th", "caption", "address", "body", "html"}
_CHROME_TAGS = {"nav", "footer", "aside"}  # an <aside> inside the <article> is its box ('要点速览' and two sentences):
# its links still read as links, and a class naming a sidebar still marks it
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BOLD_TAGS = ("b", "strong")
_IN_HEAD = {"base", "link", "meta", "noframes", "script", "style", "template", "title", "noscript", "head"}
_CHROME_ATTR = lazy(r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|share|bdshare|toolbar|sidebar|"
                    r"comments?|related|login|topbar|copyright|pagination|pager)($|[\s_-])", re.IGNORECASE)
_MISNAMED_MIN = 200  # characters of sentences in chrome that say the page's class names mislead
_HEAD_END = lazy("</head>", re.IGNORECASE | re.ASCII)
_SYMBOL_BULLETS = "·\uf0b7\uf0a7"  # the Symbol font's bullets; its other letters are Greek ('a' is α)
_CONTAINERS = {"html", "body", "main", "article"}  # a class like 'navbar-fixed' on these says nothing about the text
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track"}
_DATE_NAMES = {"publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "article:published_time",
               "og:published_time", "firstpublishedtime", "publish_time", "publishtime", "weibo:article:create_at"}
_SOURCE_NAMES = {"contentsource", "source", "og:site_name", "site", "sitename"}
_AUTHOR_NAMES = {"author", "article:author", "dc.creator"}
_OWN_SOURCE = {"contentsource", "source"}  # the article's own source outranks the site's name, whichever comes first
# a documentation site's permalink beside each heading ('<a href="#intro" class="header-anchor">#</a>'): a mark to
# click, not a word of the title
_PERMALINK_MARKS = {"#", "¶", "§", "🔗", "⚓", "#️⃣", "link", "Permalink"}
_CJK_SPACE = lazy(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\n(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")
# '<h3>欢迎访问科捷物流校园招聘网!</h3>' in a page's top bar: the site greets, no heading of the article
_WELCOME = lazy(r"(?:您好[，,！!]?\s*)?(?:欢迎|歡迎)(?:您)?(?:访问|訪問|光临|光臨|来到|來到|进入|進入)[^，,。]{1,30}[!！。]?")
_FILE_LINK = lazy(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z)(?=$|[?#'\")}\s])", re.IGNORECASE)
_ADDRESS = lazy(r"(?:https?://|www\.)\S+$|[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.ASCII)
_HIDDEN_TITLE_MAX = 200  # characters of a hidden part kept as the page's title: a heading, not a hidden copy
_BREAK = lazy(r"[^\S\x00]+")  # a run of whitespace (not an &nbsp;, held as NUL)


@dataclass
class _Table:
    """An open <table>: where its blocks start, and its shape so far."""

    first: int
    rows: int = 0
    widest: int = 0  # most cells in one row
    in_row: int = 0  # cells in the row being read
    cells: int = 0
    nested: bool = False  # a table inside it: a page's layout


class _Extractor(Tokenizer):
    """Collects visible text per block-level element with the source line where each block starts."""

    def __init__(self, head_only: bool = False, line_offset: int = 0, by_class: bool = True,
                 shown: frozenset[int] = frozenset(), sheet: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.head_only, self._offset, self._by_class, self._shown = head_only, line_offset, by_class, shown
        self._sheet = sheet  # what the page's <style> hides ('.bbnr', '#share')
        self.blocks: list[Block] = []
        self.meta: dict[str, str] = {}
        self._site_source = False  # the source so far is only the site's name (<meta name="SiteName">)
        self._stack: list[tuple[str, int]] = []  # (tag, what it adds to the chrome count) of open elements
        self._open: dict[str, int] = {}  # how many of each tag are on the stack: a stray end tag costs no scan
        self._skip = self._chrome = self._heading = 0  # open skipped elements, chrome; the open h-tag's level
        self._grouped = False  # a heading seen in the open <hgroup>
        self._pre = self._pictured = 0  # open <pre>; a picture: 1 opens the block, 2 stood alone (htmlcaptions)
        self._bold: list[int] = []  # stack depths of the open elements that set bold: <b>, <strong>, a bold style
        self._permalink = 0  # the stack depth of an open <a href="#…"> inside a heading (0: none)
        self._button = 0  # the stack depth of the open <button> (0: none)
        self._hidden = self._showing = 0  # the stack depth of the open hidden element left out / read (0: none)
        self._hidden_count = 0  # hidden elements met outside any other, numbered in reading order
        self.hidden_texts: dict[int, list[str]] = {}  # the text of each hidden element left out, by its number
        self.hidden_kinds: dict[int, str] = {}  # … and its tag and class
        self.hidden_title = -1  # the first hidden element that holds an <h1> (-1: none)
        self._symbols = 0  # the stack depth of an open element set in a symbol font (0: none)
        self._dingbats = False  # … a dingbat font, whose every letter is a picture
        self._links: list[int] = []  # stack depths of open <a href>: text inside links is how menus and related lists
        # are told from prose ('<a name="_Toc…">' around a heading of a Word page is a bookmark, no link)
        self._chars = self._link_chars = self._bold_chars = self._link_count = 0  # (separate links with text)
        self._link_opened = self._link_counted = 0  # links opened so far; the last one counted
        self._link_starts: set[int] = set()  # the parts of the block's text where each link's text starts
        self._prose_outside = False  # '，' or '。' outside the links: a sentence that cites a link, not a menu item
        self._tables: list[_Table] = []  # open tables, innermost last
        self._title: list[str] = []
        self._in_title = False
        self._buf: list[str] = []
        self._buf_line = 0
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
            return
        if tag == "title":
            self._in_title = True
            return
        if tag == "body" and self.head_only:
            self.done = True
        if tag not in _IN_HEAD and self._open.get("head") and (tag == "body" or not self._open.get("noscript")):
            self.handle_endtag("head")  # '<head><title>…<div class="container">': a browser ends the head there;
            # not at a tag inside a <noscript> of the head ('<noscript><img>请启用JavaScript'), which it reads as text
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._flush()
            self._pictured = pictured(self._pictured, tag, a, bool(self._buf or self._skip or self._hidden))
            return
        if tag in _BLOCK:
            self._flush()
        if tag in ("table", "tr", "td", "th"):
            self._table_cell(tag)
        chrome = int(tag in _CHROME_TAGS and not (tag == "aside" and self._open.get("article")) or (self._by_class and tag not in _CONTAINERS and bool(
            _CHROME_ATTR.search(a.get("class", "") + " " + a.get("id", "")))))
        if self._chrome and (tag in ("main", "article") or a.get("role") == "main" or a.get("itemprop") == "articleBody"):
            chrome = -self._chrome  # the page's own text inside a wrapper named after the menu beside it
            # ('<section class="wy-nav-content-wrap">' of a Read the Docs page): what it marks as the text is text
        self._stack.append((tag, chrome))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._skip += tag in _SKIP and not (tag == "template" and len(self._stack) == 1)  # a component's own template
        # ('<template><div class="container">…' of a .vue file saved as a page) holds its text: one inside a page is inert
        self._chrome += chrome
        if tag in _HEADING_TAGS:
            self._heading = 0 if self._open.get("hgroup") and self._grouped else int(tag[1])  # an <hgroup>'s
            # later heading is its headline's subtitle, a line of the title and no section of the page
            self._grouped = self._grouped or bool(self._open.get("hgroup"))
        if tag == "hgroup":
            self._grouped = False
        if tag == "button" and not self._button:
            self._button = len(self._stack)
        if not self._hidden and not self._showing and (hidden(a) or sheet_hides(self._sheet, tag, a)):
            self._hide(len(self._stack), tag + " " + " ".join(a.get("class", "").split()))
        self._pre += tag == "pre"
        if tag in _BOLD_TAGS or styled_bold(a):  # '<span style="font-weight:bold">' shows as a <b> does
            self._bold.append(len(self._stack))
        if tag == "a" and ("href" in a or not a.keys() <= {"name", "id"}) and not _FILE_LINK.search(a.get("href", "")):
            self._links.append(len(self._stack))
            self._link_opened += not a.get("href", "").startswith("#")  # (a contents' link to a part of the page:
            # no tab of a menu); a script's button ('我要分享') acts as one; a file to download
            # ('<a href="4-5-1.pdf"><b>1. 經費稽核委員會</b></a>') is the text's own, no way to another page
        if tag == "a" and self._heading and a.get("href", "").startswith("#"):
            self._permalink = len(self._stack)
        font = symbol_font(a) if not self._symbols else ""
        if font:  # Word's list bullets: '<span style="font-family:Wingdings">l</span>' shows '●'
            self._symbols, self._dingbats = len(self._stack), font != "symbol"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            if self._title and "title" not in self.meta:
                self.meta["title"] = " ".join("".join(self._title).split())
            return
        if tag == "head" and self.head_only:
            self.done = True
        if tag in _HEADING_TAGS and not self._open.get(tag) and self._heading:
            tag = f"h{self._heading}"  # '<h2>…</h1>' closes the h2, as a browser closes the open heading at any
            # heading's end tag
        if not self._open.get(tag):
            return  # stray end tag
        if tag in _BLOCK:
            self._flush()
        while self._stack:
            t, chrome = self._stack.pop()
            self._open[t] -= 1
            self._skip -= t in _SKIP and not (t == "template" and not self._stack)
            self._chrome -= chrome
            self._pre -= t == "pre"
            if self._bold and self._bold[-1] > len(self._stack):
                self._bold.pop()
            if self._links and self._links[-1] > len(self._stack):
                self._links.pop()
            if len(self._stack) < self._permalink:
                self._permalink = 0
            if len(self._stack) < self._button:
                self._button = 0
            if len(self._stack) < self._hidden:
                self._hidden = 0
            if len(self._stack) < self._showing:
                self._showing = 0
            if len(self._stack) < self._symbols:
                self._symbols = 0
            if t in _HEADING_TAGS:
                self._heading = 0
            if t == "table" and self._tables:
                self._table_end()
            if t == tag:
                break

    def _hide(self, depth: int, kind: str) -> None:
        """Leave out the hidden element opened at `depth`, its text kept aside, unless it is one to read."""
        if self._hidden_count in self._shown:
            self._showing = depth
        else:
            self._hidden = depth
            self.hidden_texts[self._hidden_count] = []
            self.hidden_kinds[self._hidden_count] = kind
        self._hidden_count += 1

    def _table_cell(self, tag: str) -> None:
        """Count a table's rows and cells, to tell a table of data from a page's layout when it closes."""
        if tag == "table":
            if self._tables:
                self._tables[-1].nested = True
            self._tables.append(_Table(len(self.blocks)))
        elif self._tables and tag == "tr":
            self._tables[-1].rows += 1
            self._tables[-1].in_row = 0
        elif self._tables:
            table = self._tables[-1]
            table.in_row += 1
            table.cells += 1
            table.widest = max(table.widest, table.in_row)

    def _table_end(self) -> None:
        """A table of rows of several cells, a line or two in each and no table inside: a table of data (a notice's
        list of names under '一、文物博物专业', a profile's '国籍' over '中国'), part of the text around it, not page
        furniture, and its <h3> labels a cell, not a section. A page laid out in a table holds paragraphs in its cells."""
        t = self._tables.pop()
        if t.nested or t.rows < 2 or t.widest < 2 or len(self.blocks) - t.first > 2 * t.cells:
            return
        self.blocks[t.first:] = [Block(b.text, b.line, 0, "cell") if b.role == "" else b for b in self.blocks[t.first:]]

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._open.get("head") and data.strip(WS) and self._skip == 1:  # the head alone, no <style> in it
            self.handle_endtag("head")  # text in the head (no tag opened it) starts the body, as in a browser
        if self._skip or self.head_only:
            return
        if self._hidden:
            self.hidden_texts[self._hidden_count - 1].append(data)
            if self._heading == 1 and self.hidden_title < 0 and data.strip():
                self.hidden_title = self._hidden_count - 1
            return
        if self._button and not any(t in _BOXES for t, _ in self._stack[self._button:]):
            return
        line = self.getpos()[0]
        if self._pre:
            for k, part in enumerate(data.split("\n")):
                if k:
                    self._flush()
                if part.strip():
                    self._add(part, line + k)
            return
        stripped = data.lstrip()
        if self._permalink and (stripped.rstrip() in _PERMALINK_MARKS or all(
                "\ue000" <= c <= "\uf8ff" for c in stripped.rstrip())):
            return  # or an icon font's glyph ('\uf0c1' of a Sphinx page's link icon): no character of the title
        if self._symbols:
            data = "".join(c if c in WS or c.isspace() or not (self._dingbats or c in _SYMBOL_BULLETS) else "•"
                           for c in data)  # a bullet or a dingbat, never the letter that codes it
        parts = blank_parts(data, self._stack[-1][0]) if self._stack and not self._links else None
        for k, (part, lines) in enumerate(parts or ()):  # blank lines part the paragraphs of text typed in bare
            if k:
                self._flush()
            if part.strip():
                self._add(part, line + lines)
        if stripped and not parts:
            self._add(data, line + data[: len(data) - len(stripped)].count("\n"))

    def _add(self, data: str, line: int) -> None:
        if not self._buf:
            self._buf_line = line
        self._buf.append(data)
        size = len(data.strip())
        self._chars += size
        self._bold_chars += size if self._bold else 0
        self._link_chars += size if self._links and not _ADDRESS.match(data.strip()) else 0  # a link that shows its
        # own address ('网址：<a href="http://…">http://…</a>', an e-mail) gives a field its value: no menu names one
        if self._links and size and self._link_counted != self._link_opened:
            self._link_count, self._link_counted = self._link_count + 1, self._link_opened
            self._link_starts.add(len(self._buf) - 1)  # where a menu's labels part, read with a space between
        self._prose_outside = self._prose_outside or (not self._links and any(c in data for c in "，。；"))

    def _flush(self) -> None:
        if not self._buf:
            self._pictured += self._pictured == 1  # the picture's block closed with no text in it
            return
        # Source line breaks between Chinese characters are not spaces; an explicit &nbsp; is, and so is a space
        # typed within the line ('<h3>第九条 规则更新</h3>': '第九条规则更新' reads as '第九条规定…')
        menu = not self._chrome and not self._pre and menu_row(self._link_count, self._link_chars, self._chars, self._heading)
        parts = "".join(("\n" if menu and k in self._link_starts else "") + part for k, part in enumerate(self._buf))
        plain = self._chrome or menu or self._pre or self._heading  # else a paragraph whose <br> was left out parts
        for piece, lines in [(parts, 0)] if plain else indent_parts(parts):
            self._emit(piece, self._buf_line + lines, menu)
        self._buf, self._pictured, self._prose_outside, self._link_starts = [], 0, False, set()
        self._chars = self._link_chars = self._bold_chars = self._link_count = 0

    def _emit(self, raw: str, line: int, menu: bool) -> None:
        """One block of the text read since the last break."""
        text = _BREAK.sub(lambda m: "\n" if "\n" in m.group() else " ", raw.replace("\xa0", "\x00"))
        if not self._chrome and not menu:  # menus keep their spaces, so the removed list reads '首页 新闻中心 政务公开'
            text = _CJK_SPACE.sub("", text)
        text = text.replace("\n", " ").replace("\x00", " ").strip(WS + "\n\r")
        if text and not placeholder_only(text):  # '{{ t('about.title') }}' of a template: words its script fills in
            role = "chrome" if self._chrome or menu or self._heading and _WELCOME.fullmatch(text) else (
                "code" if self._pre else
                "link" if 2 * self._link_chars > self._chars and not self._prose_outside else
                "item" if self._open.get("li") and not self._heading and not self._tables else "")
            strong = not self._heading and self._bold_chars == self._chars
            self.blocks.append(Block(text, line + self._offset, self._heading, role, strong, picture_caption(
                text, self._pictured == 2, bool(self._open.get("figcaption")), self._heading, strong)))

    def _meta(self, a: dict[str, str]) -> None:
        name = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
        content = " ".join((a.get("content") or "").split())
        if not content:
            return
        for names, key in ((_DATE_NAMES, "date"), (_SOURCE_NAMES, "source"), (_AUTHOR_NAMES, "author")):
            if name not in names:
                continue
            if key not in self.meta or key == "source" and self._site_source and name in _OWN_SOURCE:
                self.meta[key] = content
                if key == "source":
                    self._site_source = name not in _OWN_SOURCE

    def close(self) -> None:
        super().close()
        self._flush()


def html_meta(text: str) -> dict[str, str]:
    """Title, date, author and source from the page's <head>."""
    text = without_directives(text)
    head_end = _HEAD_END.search(text)  # (not a lower-case copy of the whole page)
    end = head_end.start() if head_end else -1
    parser = _Extractor(head_only=True)
    parser.feed(text[: end + 7] if end >= 0 else text[:65536])
    parser.close()
    return parser.meta


def html_blocks(text: str, line_offset: int = 0) -> list[Block]:
    """Visible text of a page as blocks; scripts and styles dropped, navigation-like elements marked as chrome
    (`line_offset`: the lines before the text in its file, for an HTML block inside Markdown)."""
    text = without_directives(text)
    sheet = hidden_names(text)
    blocks = _read(text, line_offset, True, sheet)
    if not _misnamed(blocks):
        return comment_names(blocks)  # (read by class: an answer's comment class marked it chrome)
    return _read(text, line_offset, False, sheet)


def _read(text: str, line_offset: int, by_class: bool, sheet: frozenset[str]) -> list[Block]:
    """The page's blocks, what a browser hides left out but for hidden parts that are the page's own text (a tab a
    script opens), which a second reading takes in."""
    parser = _Extractor(line_offset=line_offset, by_class=by_class, sheet=sheet)
    parser.feed(text)
    parser.close()
    own = own_parts(parser.hidden_texts, parser.hidden_kinds, (b.text for b in parser.blocks))
    if _untitled(parser) and sum(len(t) for t in parser.hidden_texts[parser.hidden_title]) <= _HIDDEN_TITLE_MAX:
        own |= {parser.hidden_title}  # '<h1 style="display:none">国家能源局综合司关于…的通知</h1>' over the text
        # of a page saved without its frame: the page's only statement of its title
    if not own:
        return parser.blocks
    parser = _Extractor(line_offset=line_offset, by_class=by_class, shown=own, sheet=sheet)
    parser.feed(text)
    parser.close()
    return parser.blocks


def _untitled(parser: _Extractor) -> bool:
    """The page names itself only in a hidden <h1>: no <title>, no <h1> shown."""
    return parser.hidden_title >= 0 and not parser.meta.get("title") and not any(
        b.heading_level == 1 for b in parser.blocks)


def _misnamed(blocks: list[Block]) -> bool:
    """Nearly all the page's sentences inside elements whose class names a menu or a footer: the names mislead
    (a site that calls its text's wrapper 'nav-main'), and a reader must not be shown an empty page."""
    marked = plain = 0
    for b in blocks:
        if len(b.text) >= 20 and any(c in b.text for c in "。，；"):
            if b.role == "chrome":
                marked += len(b.text)
            else:
                plain += len(b.text)
    return marked > _MISNAMED_MIN and marked > 4 * plain
