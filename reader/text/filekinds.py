"""What kind of file a text is ('markdown', 'html' or 'text'): from its name, or, without a telling suffix, from how it
starts; decoding asks it too, since only a web page's <meta> charset is read."""

from __future__ import annotations

import re
from pathlib import Path

from reader.text.lazyre import lazy

_HTML_TAG = lazy(r"<(!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
_ELEMENT = lazy(r"<[A-Za-z][A-Za-z0-9]{0,9}[\s/>]")
_SERVER_PAGES = (".php", ".jsp", ".asp", ".aspx")  # a site's page templates: HTML around the server's directives
_KINDS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
          ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html"}

HASH_TITLE_START = "\u3400-\u9fff（【《“"  # '#工作总结报告': what may follow a heading's '#' with no space between
# Any of these at a line's start (or '**', '](' anywhere) shows a Markdown file: headings, lists, quotes, fences, rules,
# tables, emphasis, links, front matter
_MARKDOWN_SYNTAX = lazy(r"^ {0,3}(?:#{1,6}[ \t" + HASH_TITLE_START + r"]"
                        r"|[-*+][ \t]|\d{1,9}[.)][ \t]|>|```|~~~|---|\*\*\*|___|\||\+\+\+$)"
                        r"|\*\*\S|__\S|\]\(", re.MULTILINE)


def kind_of(name: str, text: str = "") -> str:
    """'markdown' | 'html' | 'text', from the file name or, without a telling suffix, from the content."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in _KINDS:  # a whole web page saved under a Markdown name ('newsPage2.md': '<!DOCTYPE html>…') is a page
        md_page = _KINDS[suffix] == "markdown" and bool(text) and _starts_like_html(text[:2048])
        if _KINDS[suffix] == "markdown" and text and not md_page and _MARKDOWN_SYNTAX.search(text) is None:
            return "text"  # a PDF's text saved as .md uses no Markdown at all: its lines are wrapped, not paragraphs
        return "html" if md_page else _KINDS[suffix]
    if suffix in (".txt", ".text", ".log", ".csv"):
        return "text"  # the user's own word for it
    if text and _starts_like_html(text[:2048], fragment=suffix in _SERVER_PAGES):
        return "html"
    return "text"


_SKIPPED = (("<!--", "-->"), ("<%", "%>"), ("<?", "?>"))  # comment, JSP/ASP directive, PHP or XML declaration


def _starts_like_html(head: str, fragment: bool = False) -> bool:
    """Leading white space, comments and a saved page's server directives ('<%@ page … %>' of a .jsp, '<?php … ?>'),
    then a tag only a web page starts with (any element, for a server page's template: '<div class="job">');
    scanned once, left to right."""
    i, n = 0, len(head)
    while True:
        while i < n and head[i].isspace():
            i += 1
        close = next((c for o, c in _SKIPPED if head.startswith(o, i)), None)
        if close is None:
            break
        end = head.find(close, i + 2)
        if end < 0:
            return False
        i = end + len(close)
    return _HTML_TAG.match(head, i) is not None or (fragment and _ELEMENT.match(head, i) is not None)
