"""Turn an archived web page (HTML with its site chrome) into the corpus's plain text, keeping what a reader of the
saved page sees between two markers: breadcrumb, title, the date/source line and the article, one line per block.

Block tags (p, div, h1-h6, li, tr, br) end a line; inline tags are dropped; entities are decoded; runs of spaces inside
a line collapse to one; empty blocks give a blank line (runs of blank lines collapse). The line of every block whose
whole text is bold (<strong>/<b>/font-weight:bold) and every block set in 楷体 is reported, so the gold can be written
from the page's own mark-up; so is every line inside a table. Run:
    python page_text.py SOURCE START END [--title TITLE]   (prints JSON: lines, and the bold, 楷体 and table-cell line numbers)
"""

from __future__ import annotations

import argparse
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "ul", "ol", "td", "dd", "dt"}
_SKIP = {"script", "style", "noscript"}


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list] = [["", [], False]]   # text, bold runs flags, kai
        self.skip = 0
        self.bold = 0
        self.kai = 0
        self.stack: list[tuple[str, bool, bool]] = []
        self.table = 0
        self.in_table: set[int] = set()

    def _new(self) -> None:
        if self.blocks[-1][0].strip() or self.blocks[-1][1]:
            self.blocks.append(["", [], False])

    def handle_starttag(self, tag, attrs):
        style = dict(attrs).get("style") or ""
        b = tag in ("strong", "b") or "font-weight:bold" in style.replace(" ", "")
        k = "楷体" in style
        if tag in _SKIP:
            self.skip += 1
        if tag == "br":
            self._new()
            return
        if tag in _BLOCK:
            self._new()
        if tag == "table":
            self.table += 1
        self.stack.append((tag, b, k))
        self.bold += b
        self.kai += k

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        if tag == "table":
            self.table = max(0, self.table - 1)
        while self.stack:
            t, b, k = self.stack.pop()
            self.bold -= b
            self.kai -= k
            if t == tag:
                break
        if tag in _BLOCK:
            self._new()

    def handle_data(self, data):
        if self.skip:
            return
        text = re.sub(r"[ \t\r\n]+", " ", data)
        if not text.strip() and not self.blocks[-1][0]:
            return
        cur = self.blocks[-1]
        cur[0] += text
        if text.strip():
            cur[1].append(self.bold > 0)
            cur[2] = cur[2] or self.kai > 0
            if self.table:
                self.in_table.add(len(self.blocks) - 1)


def page_lines(source: str, start: str, end: str) -> dict:
    i = source.find(start)
    j = source.find(end, i + 1)
    parser = _Lines()
    parser.feed(source[i:j])
    lines: list[str] = []
    bold: list[int] = []
    kai: list[int] = []
    table: list[int] = []
    for n, (text, flags, k) in enumerate(parser.blocks):
        text = html.unescape(text).strip()
        if not text:
            if lines and lines[-1]:
                lines.append("")
            continue
        if flags and all(flags):
            bold.append(len(lines))
        if k:
            kai.append(len(lines))
        if n in parser.in_table:
            table.append(len(lines))
        lines.append(text)
    return {"lines": lines, "bold": bold, "kai": kai, "table": table}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("start")
    parser.add_argument("end")
    args = parser.parse_args()
    raw = Path(args.source).read_text(encoding="utf-8", errors="replace")
    print(json.dumps(page_lines(raw, args.start, args.end), ensure_ascii=False))


if __name__ == "__main__":
    main()
