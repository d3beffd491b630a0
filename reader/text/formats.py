"""Split decoded text into Blocks by file kind: plain lines, Markdown paragraphs and headings, HTML text content."""

from __future__ import annotations

import re

from reader.text.html_tokens import unescape
from reader.text.filekinds import HASH_TITLE_START
from reader.text.exportwrap import unwrap_export
from reader.text.frontmatter import front_matter
from reader.text.hashtitles import hash_headings
from reader.text.htmlpage import WS as _WS, html_blocks, html_meta
from reader.text.lazyre import lazy
from reader.text.mdlines import block_attributes, titles_its_text
from reader.text.model import Block, Decoded
from reader.text.navlinks import navigation_title
from reader.text.setexttitles import SETEXT_RULE
from reader.text.textlines import split_lines


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
        return front_matter(text)[0]
    return {}


def text_blocks(text: str) -> list[Block]:
    """Plain text: one block per non-empty line, indentation (and a PDF extract's form feed) stripped; a page's
    Markdown headings left in it ('# 所有权规则' over its prose) are headings still."""
    lines = split_lines(text)
    heads = hash_headings(lines, _atx) if "#" in text else {}  # (a text with no '#' has none: no pass over its lines)
    blank = _WS + "\f\v"  # (joined once, not for every line)
    return [Block(heads[n][1], n + 1, heads[n][0]) if n in heads
            else Block(s, n + 1) if not s.startswith("{:") or block_attributes(s) is None
            else Block(s, n + 1, 0, "chrome")  # '{: .caption }'
            for n, line in enumerate(lines) if (s := line.strip(blank))]


# --- Markdown ---------------------------------------------------------------------------------------------------

# '#工作总结报告': a Chinese author's heading with no space after its marks, as many editors show it
_ATX_OPEN = lazy(rf" {{0,3}}(#{{1,6}})(?=[ \t]|$|[{HASH_TITLE_START}])")
_ATX_CLOSE = lazy(r"[ \t]#+$")
_TIGHT_CLOSE = lazy(r"[^#]+#+")
_HR = lazy(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")


_SAMPLES = frozenset(("markdown", "md"))  # a block showing Markdown holds fences of its own


class Fences:
    """The open code fences, as writers mean them: '```yaml' inside a block opened as '```markdown' is the sample's own
    block, which its bare '```' closes; '```shell' inside a block opened bare ends that block and opens another (the
    bare '```' closed a block the writer thought still open); any other line of marks ends the block."""

    def __init__(self) -> None:
        self._open: list[tuple[str, str]] = []  # (marks, the language the block was opened with)

    def __bool__(self) -> bool:
        return bool(self._open)

    def step(self, raw: str) -> bool:
        """Take one line; whether it is a fence's line or inside one (no Markdown of the text's own)."""
        line = raw.strip()
        marks = line[:len(line) - len(line.lstrip(line[:1]))] if line[:1] in "`~" else ""
        language = line[len(marks):].strip().lower()
        if not self._open:
            if _FENCE.match(raw):
                self._open.append((marks, language))
                return True
            return False
        fence, outer = self._open[-1]
        if line.startswith(fence):
            self._open.pop()
            if language and (outer in _SAMPLES or not outer):
                self._open += [(fence, outer)] * (outer in _SAMPLES) + [(marks, language)]
        return True


_LIST = lazy(r"^[ \t]*(?:[-*+][ \t]+|(?=\d{1,3}[.)][ \t]))")
_QUOTE = lazy(r"^[ \t]*(?:>[ \t]?)+")
# '[1]: https://…', '[#]: via: (https://…)': a link reference definition, which Markdown shows nowhere ('[^1]:' is a
# footnote, shown); each part a run of one class, so one pass
_DEFINITION = lazy(r" {0,3}\[[^\]^][^\]]*\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*")
# '{{< video src="…" >}}', '{{% notice info %}}': a Hugo shortcode on a line of its own, the site's template markup;
# '{% note info %}', '{% endnote %}': a Hexo or Jekyll tag (Liquid) the same
_SHORTCODE = lazy(r"[ \t]*(?:\{\{[<%][^{}\n]*[>%]\}\}|\{%[^{}\n]*%\})[ \t]*")
# ':::tip', '::: details 目录（点击展开）', ':::': a container's fences on lines of their own (VuePress, VitePress,
# markdown-it-container), drawn as a box round the text between; the words after its kind are the box's title
_BOX_FENCE = lazy(r":{3,}[ \t]*(?:[A-Za-z][\w-]*(?:#[\w-]*)?(?![^ \t]))?")
_OPTIONS = lazy(r"[\w-]+[:=]\S*(?:[ \t]+[\w-]+[:=]\S*)*")  # ':::tabs key:campus': the box's settings, no title
_TABLE_CELL = lazy(r"[ \t]*:?-{2,}:?[ \t]*")
# Inline markup. Every run a pattern scans excludes the character its matches start with, so the scans started at
# different places never overlap: each pattern reads a line a bounded number of times (`"*a " * 40000` took 43 s).
_URL = r"\([^()]*(?:\([^()]*\)[^()]*)*\)"  # one level of balanced parentheses, as in Wikipedia links
_LINK_TEXT = r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"  # one level of balanced brackets; '[](…)' has no text at all
_INLINE = (
    (lazy(r"!\[([^\[\]]*)\]" + _URL), ""),
    (lazy(r"!\[([^\[\]]*)\]\[[^\[\]]*\]"), ""),
    (lazy(_LINK_TEXT + _URL), r"\1"),  # '[[有奖]圆桌|…](https://…)': brackets inside a link's text, once
    (lazy(_LINK_TEXT + r"\[[^\[\]]*\]"), r"\1"),
    (lazy(r"<(https?://[^<>\s]+)>"), r"\1"),
    (lazy(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), ""),
    (lazy(r"\*\*(?=\S)([^*]*(?:\*[^*]+)*)(?<=\S)\*\*"), r"\1"),  # single '*' inside, never '**'
    (lazy(r"__(?=\S)([^_]*(?:_[^_]+)*)(?<=\S)__"), r"\1"),
    (lazy(r"(?<![\w*])\*(?=[^\s*])([^*]*[^\s*])\*(?!\w)"), r"\1"),
    (lazy(r"(?<![\w_])_(?=[^\s_])([^_]*[^\s_])_(?![\w_])"), r"\1"),
    (lazy(r"~~([^~]+)~~"), r"\1"),
    (lazy(r"(?<![A-Za-z0-9:]):[a-z0-9_+\-]{2,30}:(?![A-Za-z0-9:])"), ""),  # GitHub's emoji codes (':house:')
)
_CODE = lazy(r"`([^`]+)`")
_ESCAPE = lazy(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_ESCAPED = 0x10FF00  # '\*' is held as chr(_ESCAPED + ord('*')) while the patterns run, so it marks up nothing
# A whole line in bold (an editor's sub-head under its title, with no blank line) or a picture alone stands apart
_ALONE_LINE = lazy(r"\*\*[^*\n]+\*\*|__[^_\n]+__|!\[[^\]\n]*\]\([^)\n]*\)")
_BOLD_LINE = lazy(r"\*\*[^*\n]+\*\*|__[^_\n]+__")  # a paragraph wholly in bold: maybe a sub-head (boldheads)
_LINE_END = "。！？；：”’」』…!?;:"  # a Markdown line ending like this ends a paragraph even without a blank line
# CommonMark's HTML blocks: a comment runs to its '-->', a block-level tag to the next blank line (a feed item's body)
# An attribute list's body: ids, classes and key=value pairs, or bare names with a hyphen ('data-search-exclude');
# at least one such mark, so a title ending in '{n}' keeps it.
_ATTRIBUTE = r"""(?:[#.][\w-]+|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s"'{}]+)|[A-Za-z_][\w]*(?:-[\w]+)+|[A-Za-z_]\w*)"""
_ATTRIBUTES = lazy(r"[ \t]*:?[ \t]*(?=[^{}]*(?:[#.=]|\w-\w))" + _ATTRIBUTE + r"(?:[ \t]+" + _ATTRIBUTE + r")*[ \t]*")
_HTML_BLOCK = lazy(r" {0,3}<(!--|/?(?:address|article|aside|blockquote|center|details|dd|div|dl|dt|figcaption|"
                   r"figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|table|td|th|tr|ul)"
                   r"(?=[\s/>]|$))", re.IGNORECASE)

# CommonMark's first kind: '<style>', '<script>', '<pre>' or '<textarea>' runs to its closing tag, blank lines and all
# (a Hexo post's '<style type="text/css">' over its CSS rules: the rules after its first blank line were shown as text)
_RAW_BLOCK = lazy(r" {0,3}<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)


# CommonMark's seventh kind: a line holding only one complete tag of any name ('<CodeBlock language="python">' of an
# MDX page) opens an HTML block to the next blank line, so the code's '# 配置 …' comments are no headings
_TAG_LINE = lazy(r" {0,3}(?:<([A-Za-z][A-Za-z0-9-]*)(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s\"'=<>`]+"
                 r"|'[^']*'|\"[^\"]*\"))?)*[ \t]*/?>|</([A-Za-z][A-Za-z0-9-]*)[ \t]*>)[ \t]*")
_CONTAINER = lazy(r"<(/?)(article|aside|center|details|div|figure|footer|header|main|nav|section)(?=[\s/>])[^<>]*>",
                  re.IGNORECASE)


def _container_spans(lines: list[str]) -> dict[int, int]:
    """A '<div>' opening a line, to the line that closes it, where blank lines fall inside and every line between is
    HTML or indented under it: the page an author pasted into a post, which Jekyll shows as HTML, headings and all
    (a blank line ends a CommonMark HTML block; '<div align="center">' over a '# Title' of its own stays Markdown)."""
    spans: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    open_count: dict[str, int] = {}  # how many of each name the stack holds: a close of none pops nothing
    loose = [0]  # lines so far that are neither blank, HTML nor indented: Markdown of the post's own
    blank = [0]
    fences = Fences()
    for n, raw in enumerate(lines):
        loose.append(loose[-1] + (bool(raw.strip()) and raw[:1] not in " \t<"))
        blank.append(blank[-1] + (not raw.strip()))
        if fences.step(raw):  # a sample of HTML in a fence opens and closes nothing
            continue
        for k, tag in enumerate(_CONTAINER.finditer(raw)):
            name = tag.group(2).lower()
            if not tag.group(1):
                starts = k == 0 and _HTML_BLOCK.match(raw) is not None and raw.lstrip().startswith(tag.group(0))
                stack.append((name, n if starts else -1))
                open_count[name] = open_count.get(name, 0) + 1
                continue
            while open_count.get(name):
                top, start = stack.pop()
                open_count[top] -= 1
                if top == name:
                    if start >= 0 and loose[n] == loose[start + 1] and blank[n] > blank[start + 1]:
                        spans[start] = n
                    break
    return spans


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
    if line[m.end():m.end() + 1] > "\x7f" and "#" in title:  # '#话题# 今天…': a tag, but '###活动介绍###' a
        # heading closed tight
        if len(m.group(1)) < 2 or _TIGHT_CLOSE.fullmatch(title) is None:
            return None
        return len(m.group(1)), without_attributes(title.rstrip("#").rstrip(" \t"))
    closing = _ATX_CLOSE.search(" " + title)
    if closing:
        title = title[: max(0, closing.start() - 1)].rstrip(" \t")
    return len(m.group(1)), without_attributes(title)


def without_attributes(title: str) -> str:
    """'2 Raft 一致性算法 {#raft}' -> '2 Raft 一致性算法': an attribute list (Pandoc's and kramdown's {#id .class},
    '{: .lead}', '{ data-search-exclude }') is markup for the site, not words of the title."""
    k = title.rfind("{") if title.endswith("}") else -1
    if k > 0 and title[k - 1] in " \t" and _ATTRIBUTES.fullmatch(title[k + 1:-1]):
        return title[:k].rstrip(" \t")
    return title


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
    if any(ch in text for ch in "<![*_~:"):
        for pattern, repl in _INLINE:
            text = pattern.sub(repl, text)
    if "&" in text:  # '&ensp;', '&amp;', '&#8212;' outside code spans are the characters they name (CommonMark)
        text = unescape(text)
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


# A whole element on one line with nothing inside ('<div style="page-break-after: always;"></div>', Typora's page
# break): the writer's '### 标题' on the next line is the heading their editor shows, not the HTML block's text
_EMPTY_ELEMENT = lazy(r" {0,3}<(div|p|center|section)(?:[ \t][^<>]*)?>[ \t]*</\1[ \t]*>[ \t]*", re.IGNORECASE)
_CONFLICT = lazy(r"(?:<{7}|>{7})(?: .*)?")  # Git's marks round a merge conflict ('<<<<<<< HEAD')


def markdown_blocks(text: str) -> list[Block]:
    """Markdown: '#' and setext headings become heading blocks; paragraphs, list items and table rows blocks."""
    blocks: list[Block] = []
    para: list[str] = []
    para_line = 0
    fences = Fences()
    item = False  # the paragraph is a list's item ('1. …', '- …'): Markdown renders it as one, never as a heading
    bullet = False  # and its item is a bullet's ('- …'), whose line no rule under it makes a heading

    def flush(level: int = 0) -> None:
        nonlocal para, item, bullet
        if para:
            body = _join([_inline(p) for p in para])
            level = 0 if level and navigation_title(body) else level  # '>>返回目录<<' over '---': a link, no h2
            if body:
                blocks.append(Block(body, para_line, level, "item" if item and not level else "",
                                    len(para) == 1 and not level and _BOLD_LINE.fullmatch(para[0]) is not None))
        para, item, bullet = [], False, False

    _, skip = front_matter(text)
    html: list[str] = []  # the open HTML block's lines; html_end says what closes it
    html_end = html_line = html_stop = 0
    html_close = ""  # the tag that closes a '<style>' or '<pre>' block (html_end 4)
    conflict = False  # inside a merge conflict Git marked, after its '<<<<<<<' line
    lines = text.split("\n")
    spans = _container_spans(lines) if "<" in text else {}
    for n, raw in enumerate(lines, 1):
        if n <= skip:
            continue
        if not fences and (_CONFLICT.fullmatch(raw) or conflict and raw == "======="):
            flush()  # '<<<<<<< HEAD' over '=======': a merge left unresolved, Git's marks, no setext title
            conflict = raw[0] == "<"
            continue
        if html_end == 2 and len(html) == 1 and _EMPTY_ELEMENT.fullmatch(html[0]) and _atx(raw):
            html_end = 0  # '<div style="page-break-after: always;"></div>' over '### 实验环境': a break, then a heading
            blocks.extend(html_blocks(html[0], html_line - 1))
        if html_end:
            html.append(raw)
            if html_end == 2 and not raw.strip() or html_end == 1 and "-->" in raw or html_end == 3 and n == html_stop \
                    or html_end == 4 and html_close in raw.lower():
                html_end = 0
                blocks.extend(html_blocks("\n".join(html), html_line - 1))
            continue
        raw_block = None if para or fences else _RAW_BLOCK.match(raw)
        if raw_block:
            html, html_line, html_close = [raw], n, f"</{raw_block.group(1).lower()}>"
            html_end = 0 if html_close in raw[raw_block.end():].lower() else 4
            if not html_end:
                blocks.extend(html_blocks(raw, n - 1))
            continue
        tag = None if para or fences else _HTML_BLOCK.match(raw) or _TAG_LINE.fullmatch(raw)
        if tag:
            html, html_line = [raw], n
            html_end = 2 if tag.group(1) != "!--" else 0 if "-->" in raw[tag.end():] else 1
            if n - 1 in spans:
                html_end, html_stop = 3, spans[n - 1] + 1
            continue
        inside = bool(fences)
        if fences.step(raw):
            if not inside:
                flush()
            elif fences and raw.strip():
                blocks.append(Block(raw.rstrip(), n, 0, "code"))
            continue
        if not raw.strip() or raw[:2] == "{:" and block_attributes(raw) is not None:
            flush()  # kramdown's '{: .caption }' closes the paragraph it marks up
            continue
        atx = _atx(raw)
        if atx:
            flush()
            title = _inline(atx[1])
            if title:  # '### [返回顶部](#top)': a link the writer made big, text under the section it closes
                blocks.append(Block(title, n, 0 if navigation_title(title) else atx[0]))
            continue
        if not para and _DEFINITION.fullmatch(raw):
            continue  # it cannot break a paragraph: inside one it is text
        if _SHORTCODE.fullmatch(raw):
            flush()
            continue
        if raw.lstrip(" \t").startswith(":::"):  # a container's fence: no text of its own; its title a line,
            flush()  # the box's label, never a section of the file ('::: info 专家点评' thrice in a report)
            body = raw.strip(" \t")
            title = body[_BOX_FENCE.match(body).end():].strip(" \t")
            if title and not _OPTIONS.fullmatch(title) and (title := _inline(title)):
                blocks.append(Block(title, n, 0, "item"))
            continue
        if para and len(para) == 1 and SETEXT_RULE.fullmatch(raw):
            flush(0 if bullet else 1 if "=" in raw else 2)  # '- 我的好友' over '---': a list, then a rule (a '1. 作用'
            continue  # over '---' is the writer's numbered heading)
        if _HR.match(raw) or _table_separator(raw):
            flush()
            continue
        line = _QUOTE.sub("", raw)
        if line.lstrip().startswith("|"):
            flush()
            cells = [_inline(c) for c in line.strip().strip("|").split("|")]
            row = "  ".join(c for c in cells if c)
            if row:
                blocks.append(Block(row, n, 0, "cell"))
            continue
        if opened := _LIST.match(line):
            flush()
            item, bullet = True, opened.end() > 0
            line = _LIST.sub("", line)
        alone = _ALONE_LINE.fullmatch(line.strip()) is not None  # '**▌Google：…**' or a picture: a line of its own
        if alone and para:
            flush()  # (not an item's own bold line: '- **智谱 AI GLM**' stays the list's item)
        hard_break = alone or raw.endswith("  ") or raw.endswith("\\") or (
            not para and not item and n < len(lines) and titles_its_text(line, lines[n]))
        if not para:
            para_line = n
        para.append(line.rstrip("\\").strip(_WS))
        if hard_break or line.rstrip(_WS).endswith(tuple(_LINE_END)):
            flush()
    flush()
    if html_end:
        blocks.extend(html_blocks("\n".join(html), html_line - 1))
    return unwrap_export(blocks)
