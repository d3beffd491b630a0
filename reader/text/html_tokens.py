"""A forgiving HTML tokenizer that reads each character a bounded number of times, however broken the markup.

The standard library's parser rescans unclosed tags from the start on every feed (`"<a " * 12000` takes 23 s);
this one follows the HTML standard's recovery instead: an unclosed tag or comment runs to the end of the input.
Subclasses get the same callbacks as html.parser.HTMLParser (tag and attribute names in lower case, character
references decoded in text and attribute values) and `getpos()` for the line of the current text.
"""

from __future__ import annotations

import html
import re

from reader.text.lazyre import lazy

_TAG_NAME = lazy(r"[A-Za-z][^\s/>]*")
_ATTR = lazy(r"""[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")
_SPACE_SLASH = lazy(r"[\s/]*")
_RAW_TEXT = ("script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext")
# A <script> or <style> with no end tag anywhere (a page cut or mis-saved) ends at the first line that starts with
# markup: code lines seldom do, and the standard's 'to the end of the input' leaves the reader an empty page
_UNCLOSED_ENDS = ("script", "style")
_MARKUP_LINE = lazy(r"\n[ \t]*<[A-Za-z/!]")
_ESCAPABLE_RAW_TEXT = ("title", "textarea")
# A <title> with no end tag anywhere ('<title>通知<body>…', a page typed or cut by hand) ends at the next tag: a
# title holds no markup, and the standard's 'to the end of the input' made the whole page its title, leaving none
_UNCLOSED_TITLE = lazy(r"<[A-Za-z/!]")
_CHARREF = lazy(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_MAX_CODE_POINT_DIGITS = 8  # more digits than this is beyond U+10FFFF whatever they say


def _charref(m: re.Match) -> str:
    ref = m.group(1)
    if ref[0] != "#":
        return html.unescape(m.group(0))  # a named reference: at most 34 characters
    hex_ = ref[1] in "xX"
    digits = ref[2:] if hex_ else ref[1:]
    digits = digits.rstrip(";").lstrip("0") or "0"
    if len(digits) > _MAX_CODE_POINT_DIGITS:
        return "\ufffd"  # the standard's answer for an out-of-range reference; int() would refuse 4,301 digits
    return html.unescape(f"&#{'x' if hex_ else ''}{digits};")


def unescape(text: str) -> str:
    """html.unescape without its int() on unbounded digit runs."""
    return _CHARREF.sub(_charref, text) if "&" in text else text


class Tokenizer:
    """Feed the whole text once, then close(); callbacks see start tags, end tags and text."""

    def __init__(self) -> None:
        self._line = 1
        self._counted = 0  # offset up to which newlines are counted into _line
        self._text = ""
        self._endless: dict[str, int] = {}  # raw-text tag -> an offset after which its end tag never occurs

    # --- callbacks -------------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """An opening tag with its attributes."""

    def handle_endtag(self, tag: str) -> None:
        """A closing tag."""

    def handle_data(self, data: str) -> None:
        """Text between tags, character references decoded."""

    def getpos(self) -> tuple[int, int]:
        return self._line, 0

    # --- scanning --------------------------------------------------------------------------------------------

    def feed(self, text: str) -> None:
        """Tokenize `text` (the whole document: this tokenizer does not resume across feeds)."""
        self._text = text
        self._endless = {}
        i, n = 0, len(text)
        while i < n:
            lt = text.find("<", i)
            if lt < 0:
                self._data(i, n)
                break
            if lt > i:
                self._data(i, lt)
            i = self._markup(lt)

    def close(self) -> None:
        """Nothing is buffered; kept for the HTMLParser calling convention."""

    def _advance(self, pos: int) -> None:
        if pos > self._counted:
            self._line += self._text.count("\n", self._counted, pos)
            self._counted = pos

    def _data(self, start: int, end: int) -> None:
        self._advance(start)
        self.handle_data(unescape(self._text[start:end]))

    def _markup(self, lt: int) -> int:
        """Handle what starts at '<'; returns where scanning goes on."""
        text, n = self._text, len(self._text)
        nxt = text[lt + 1: lt + 2]
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4)
            return n if end < 0 else end + 3
        if nxt in ("!", "?"):  # doctype, CDATA, processing instruction: a bogus comment up to '>'
            end = text.find(">", lt + 2)
            return n if end < 0 else end + 1
        if nxt == "/":
            m = _TAG_NAME.match(text, lt + 2)
            end = text.find(">", lt + 2)
            if end < 0:
                return n
            if m:
                self._advance(lt)
                self.handle_endtag(m.group().lower())
            return end + 1
        m = _TAG_NAME.match(text, lt + 1)
        if not m:
            self._data(lt, lt + 1)  # a '<' that starts no tag is text ('a < b')
            return lt + 1
        return self._start_tag(lt, m)

    def _start_tag(self, lt: int, name: re.Match) -> int:
        text, n = self._text, len(self._text)
        tag = name.group().lower()
        attrs: list[tuple[str, str | None]] = []
        pos = name.end()
        while True:
            pos = _SPACE_SLASH.match(text, pos).end()
            if pos >= n:
                return n  # end of input inside a tag: the tag is dropped, as the standard says
            if text[pos] == ">":
                break
            m = _ATTR.match(text, pos)
            value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
            attrs.append((m.group(1).lower(), None if value is None else unescape(value)))
            pos = m.end()
        self._advance(lt)
        self.handle_starttag(tag, attrs)
        pos += 1
        if tag in _RAW_TEXT or tag in _ESCAPABLE_RAW_TEXT:
            return self._raw_text(tag, pos)
        return pos

    def _raw_text(self, tag: str, start: int) -> int:
        """Script, style and title content runs to the matching end tag (an unclosed script, style or title: see
        _UNCLOSED_ENDS and _UNCLOSED_TITLE; anything else: the end of the input)."""
        text = self._text
        end = resumed = None
        if start < self._endless.get(tag, len(text) + 1):  # no end tag past a failed search: never search again
            end = re.compile(rf"</{tag}[\s/>]", re.IGNORECASE).search(text, start)
            if not end:
                self._endless[tag] = start
        stop = end.start() if end else len(text)
        if not end and tag in _UNCLOSED_ENDS:
            resumed = _MARKUP_LINE.search(text, start)  # a script never closed would take the whole page with it
            if resumed:
                stop = resumed.start() + 1
                end = resumed
        elif not end and tag == "title":
            end = _UNCLOSED_TITLE.search(text, start)
            stop = end.start() if end else stop
            resumed = end
        if stop > start:
            self._advance(start)
            body = text[start:stop]
            self.handle_data(unescape(body) if tag in _ESCAPABLE_RAW_TEXT else body)
        if not end:
            return len(text)
        self._advance(stop)
        self.handle_endtag(tag)
        if end is resumed:
            return stop  # the markup that ends an unclosed script or title is read as the page's
        close = text.find(">", stop)
        return close + 1
