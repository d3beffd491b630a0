"""Split decoded text into Blocks by file kind: plain lines, Markdown paragraphs and headings, HTML text content."""

from __future__ import annotations

import re

from reader.text.html_tokens import Tokenizer
from reader.text.model import Block, Decoded

_WS = " \t\u3000\xa0\ufeff"  # ideographic space and NBSP are indentation in Chinese text


def blocks_for(decoded: Decoded) -> list[Block]:
    """The blocks of a decoded document according to its kind."""
    if decoded.kind == "markdown":
        return markdown_blocks(decoded.text)
    if decoded.kind == "html":
        return html_blocks(decoded.text)
    return text_blocks(decoded.text)


def extract_meta(text: str, kind: str) -> dict[str, str]:
    """Metadata the format itself carries: HTML <head> (title, date, author, source) or Markdown front matter."""
    if kind == "html":
        return html_meta(text)
    if kind == "markdown":
        return _front_matter(text)[0]
    return {}


def text_blocks(text: str) -> list[Block]:
    """Plain text: one block per non-empty line, indentation (and a PDF extract's form feed) stripped."""
    return [Block(s, n) for n, line in enumerate(text.split("\n"), 1) if (s := line.strip(_WS + "\f\v"))]


# --- Markdown ---------------------------------------------------------------------------------------------------

_FM_KEYS = {"title": "title", "标题": "title", "標題": "title", "date": "date", "日期": "date", "时间": "date",
            "author": "author", "作者": "author", "source": "source", "来源": "source", "來源": "source",
            "editor": "editor", "编辑": "editor", "編輯": "editor"}
_ATX_OPEN = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"[ \t]#+$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST = re.compile(r"^[ \t]*(?:[-*+][ \t]+|(?=\d{1,3}[.)][ \t]))")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_TABLE_CELL = re.compile(r"[ \t]*:?-{2,}:?[ \t]*")
# Inline markup. Every run a pattern scans excludes the character its matches start with, so the scans started at
# different places never overlap: each pattern reads a line a bounded number of times (`"*a " * 40000` took 43 s).
_URL = r"\([^()]*(?:\([^()]*\)[^()]*)*\)"  # one level of balanced parentheses, as in Wikipedia links
_INLINE = (
    (re.compile(r"!\[([^\[\]]*)\]" + _URL), ""),
    (re.compile(r"!\[([^\[\]]*)\]\[[^\[\]]*\]"), ""),
    (re.compile(r"\[([^\[\]]+)\]" + _URL), r"\1"),
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^<>\s]+)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), ""),
    (re.compile(r"\*\*(?=\S)([^*]*(?:\*[^*]+)*)(?<=\S)\*\*"), r"\1"),  # single '*' inside, never '**'
    (re.compile(r"__(?=\S)([^_]*(?:_[^_]+)*)(?<=\S)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]*[^\s*])\*(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_]*[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"~~([^~]+)~~"), r"\1"),
)
_CODE = re.compile(r"`([^`]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_ESCAPED = 0x10FF00  # '\*' is held as chr(_ESCAPED + ord('*')) while the patterns run, so it marks up nothing
_LINE_END = "。！？；：”’」』…!?;:"  # a Markdown line ending like this ends a paragraph even without a blank line
# CommonMark's HTML blocks: a comment runs to its '-->', a block-level tag to the next blank line (a feed item's body)
_HTML_BLOCK = re.compile(r" {0,3}<(!--|/?(?:address|article|aside|blockquote|center|details|dd|div|dl|dt|figcaption|"
                         r"figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|table|td|th|tr|ul)"
                         r"(?=[\s/>]|$))", re.IGNORECASE)


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """YAML-style front matter ('---' … '---') as metadata, and how many lines it takes."""
    lines = text.split("\n", 60)
    if not lines or lines[0].strip() != "---":
        return {}, 0
    meta: dict[str, str] = {}
    for n, line in enumerate(lines[1:60], 2):
        if line.strip() in ("---", "..."):
            return meta, n
        key, sep, value = line.partition(":")
        field = _FM_KEYS.get(key.strip().lower())
        if sep and field and value.strip():
            meta[field] = value.strip().strip("\"'")
    return {}, 0


def _strip_comments(text: str) -> str:
    """Drop '<!-- … -->' left to right; an unclosed one keeps the rest as it is."""
    out, i = [], 0
    while (start := text.find("<!--", i)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[i:start])
        i = end + 3
    out.append(text[i:])
    return "".join(out)


def _atx(line: str) -> tuple[int, str] | None:
    """An ATX heading's level and raw title ('## Title ##' -> (2, 'Title')), else None."""
    m = _ATX_OPEN.match(line)
    if not m:
        return None
    title = line[m.end():].strip(" \t")
    closing = _ATX_CLOSE.search(" " + title)
    if closing:
        title = title[: max(0, closing.start() - 1)].rstrip(" \t")
    return len(m.group(1)), title


def _table_separator(line: str) -> bool:
    """'| --- | :-: |': the row under a table's header."""
    if "--" not in line:
        return False
    body = line.strip(" \t")
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return bool(body) and all(_TABLE_CELL.fullmatch(cell) for cell in body.split("|"))


def _hold(literal: str) -> str:
    return "".join(chr(_ESCAPED + ord(c)) if c < "\x80" else c for c in literal)


def _inline(text: str) -> str:
    if "<!--" in text:
        text = _strip_comments(text)
    escaped = "\\" in text or "`" in text
    if escaped:  # code spans, then backslash escapes, are literal text: held out of reach of the patterns
        text = _CODE.sub(lambda m: _hold(m.group(1)), text)
        text = _ESCAPE.sub(lambda m: _hold(m.group(1)), text)
    if any(ch in text for ch in "<![*_~"):
        for pattern, repl in _INLINE:
            text = pattern.sub(repl, text)
    if escaped:
        text = "".join(chr(ord(c) - _ESCAPED) if ord(c) >= _ESCAPED else c for c in text)
    return text.strip(_WS)


def _join(parts: list[str]) -> str:
    """Soft-wrapped lines: no space between Chinese characters, one space between Latin words."""
    out = [parts[0]]
    last = parts[0]
    for part in parts[1:]:
        if last and part and last[-1].isascii() and last[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out.append(" ")
        out.append(part)
        if part:
            last = part
    return "".join(out)


def markdown_blocks(text: str) -> list[Block]:
    """Markdown: '#' and setext headings become heading blocks; paragraphs, list items and table rows blocks."""
    blocks: list[Block] = []
    para: list[str] = []
    para_line = 0
    fence = ""

    def flush(level: int = 0) -> None:
        nonlocal para
        if para:
            body = _join([_inline(p) for p in para])
            if body:
                blocks.append(Block(body, para_line, level))
        para = []

    _, skip = _front_matter(text)
    html: list[str] = []  # the open HTML block's lines; html_end says what closes it
    html_end = html_line = 0
    for n, raw in enumerate(text.split("\n"), 1):
        if n <= skip:
            continue
        if html_end:
            html.append(raw)
            if html_end == 2 and not raw.strip() or html_end == 1 and "-->" in raw:
                html_end = 0
                blocks.extend(html_blocks("\n".join(html), html_line - 1))
            continue
        tag = None if para or fence else _HTML_BLOCK.match(raw)
        if tag:
            html, html_line = [raw], n
            html_end = 2 if tag.group(1) != "!--" else 0 if "-->" in raw[tag.end():] else 1
            continue
        if fence:
            if raw.strip().startswith(fence):
                fence = ""
            elif raw.strip():
                blocks.append(Block(raw.rstrip(), n))
            continue
        m = _FENCE.match(raw)
        if m:
            flush()
            fence = m.group(1)
            continue
        if not raw.strip():
            flush()
            continue
        atx = _atx(raw)
        if atx:
            flush()
            title = _inline(atx[1])
            if title:
                blocks.append(Block(title, n, atx[0]))
            continue
        if para and len(para) == 1 and _SETEXT.match(raw):
            flush(1 if "=" in raw else 2)
            continue
        if _HR.match(raw) or _table_separator(raw):
            flush()
            continue
        line = _QUOTE.sub("", raw)
        if line.lstrip().startswith("|"):
            flush()
            cells = [_inline(c) for c in line.strip().strip("|").split("|")]
            row = "  ".join(c for c in cells if c)
            if row:
                blocks.append(Block(row, n))
            continue
        if _LIST.match(line):
            flush()
            line = _LIST.sub("", line)
        hard_break = raw.endswith("  ") or raw.endswith("\\")
        if not para:
            para_line = n
        para.append(line.rstrip("\\").strip(_WS))
        if hard_break or line.rstrip(_WS).endswith(tuple(_LINE_END)):
            flush()
    flush()
    if html_end:
        blocks.extend(html_blocks("\n".join(html), html_line - 1))
    return blocks


# --- HTML --------------------------------------------------------------------------------------------------------

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select", "button", "canvas"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header", "footer", "nav", "aside",
          "blockquote", "pre", "dd", "dt", "dl", "hr", "form", "main", "figure", "figcaption", "h1", "h2", "h3", "h4",
          "h5", "h6", "title", "center", "td", "th", "caption", "address", "body", "html"}
_CHROME_TAGS = {"nav", "footer", "aside"}
_CHROME_ATTR = re.compile(r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|share|bdshare|toolbar|sidebar|"
                          r"comments?|related|login|topbar|copyright|pagination|pager)($|[\s_-])", re.IGNORECASE)
_CONTAINERS = {"html", "body", "main", "article"}  # a class like 'navbar-fixed' on these says nothing about the text
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track"}
_DATE_NAMES = {"publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "article:published_time",
               "og:published_time", "firstpublishedtime", "publish_time", "publishtime", "weibo:article:create_at"}
_SOURCE_NAMES = {"contentsource", "source", "og:site_name", "site", "sitename"}
_AUTHOR_NAMES = {"author", "article:author", "dc.creator"}
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")


class _Extractor(Tokenizer):
    """Collects visible text per block-level element with the source line where each block starts."""

    def __init__(self, head_only: bool = False, line_offset: int = 0) -> None:
        super().__init__()
        self.head_only, self._offset = head_only, line_offset
        self.blocks: list[Block] = []
        self.meta: dict[str, str] = {}
        self._stack: list[tuple[str, bool]] = []  # (tag, is chrome) of open elements that matter
        self._open: dict[str, int] = {}  # how many of each tag are on the stack: a stray end tag costs no scan
        self._skip = 0
        self._chrome = 0
        self._heading = 0
        self._pre = 0
        self._link = 0  # open <a> elements: text inside links is how menus and related lists are told from prose
        self._chars = self._link_chars = 0
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
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._flush()
            return
        if tag in _BLOCK:
            self._flush()
        chrome = tag in _CHROME_TAGS or (tag not in _CONTAINERS and bool(
            _CHROME_ATTR.search(a.get("class", "") + " " + a.get("id", ""))))
        self._stack.append((tag, chrome))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._skip += tag in _SKIP
        self._chrome += chrome
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = int(tag[1])
        self._pre += tag == "pre"
        self._link += tag == "a"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            if self._title and "title" not in self.meta:
                self.meta["title"] = " ".join("".join(self._title).split())
            return
        if tag == "head" and self.head_only:
            self.done = True
        if not self._open.get(tag):
            return  # stray end tag
        if tag in _BLOCK:
            self._flush()
        while self._stack:
            t, chrome = self._stack.pop()
            self._open[t] -= 1
            self._skip -= t in _SKIP
            self._chrome -= chrome
            self._pre -= t == "pre"
            self._link -= t == "a"
            if t in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self._heading = 0
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._skip or self.head_only:
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
        if stripped:
            self._add(data, line + data[: len(data) - len(stripped)].count("\n"))

    def _add(self, data: str, line: int) -> None:
        if not self._buf:
            self._buf_line = line
        self._buf.append(data)
        size = len(data.strip())
        self._chars += size
        self._link_chars += size if self._link else 0

    def _flush(self) -> None:
        if not self._buf:
            return
        # Source line breaks between Chinese characters are not spaces; an explicit &nbsp; is.
        text = " ".join("".join(self._buf).replace("\xa0", "\x00").split())
        if not self._chrome:  # menus keep their spaces, so the removed list reads '首页 新闻中心 政务公开'
            text = _CJK_SPACE.sub("", text)
        text = text.replace("\x00", " ").strip(_WS)
        if text:
            role = "chrome" if self._chrome else ("link" if 2 * self._link_chars > self._chars else "")
            self.blocks.append(Block(text, self._buf_line + self._offset, self._heading, role))
        self._buf = []
        self._chars = self._link_chars = 0

    def _meta(self, a: dict[str, str]) -> None:
        name = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
        content = " ".join((a.get("content") or "").split())
        if not content:
            return
        for names, key in ((_DATE_NAMES, "date"), (_SOURCE_NAMES, "source"), (_AUTHOR_NAMES, "author")):
            if name in names and key not in self.meta:
                self.meta[key] = content

    def close(self) -> None:
        super().close()
        self._flush()


def html_meta(text: str) -> dict[str, str]:
    """Title, date, author and source from the page's <head>."""
    end = text.lower().find("</head>")
    parser = _Extractor(head_only=True)
    parser.feed(text[: end + 7] if end >= 0 else text[:65536])
    parser.close()
    return parser.meta


def html_blocks(text: str, line_offset: int = 0) -> list[Block]:
    """Visible text of a page as blocks; scripts and styles dropped, navigation-like elements marked as chrome
    (`line_offset`: the lines before the text in its file, for an HTML block inside Markdown)."""
    parser = _Extractor(line_offset=line_offset)
    parser.feed(text)
    parser.close()
    return parser.blocks
