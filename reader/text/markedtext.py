"""A page saved as text with its markup ('<p>…</p><p style="…">…</p>' in a .txt): each paragraph its own block, the
tags and entities gone, as a browser would have shown it."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.text.html_tokens import unescape
from reader.text.lazyre import lazy
from reader.text.model import Block

# a tag that ends a paragraph or a line, and one that only styles a run of text (both bounded: no backtracking)
_BREAK = lazy(r"<(?:p|div|br|li|h[1-6]|tr|td|section)\b[^<>]{0,300}>|</(?:p|div|li|h[1-6]|tr|td|section)\s*>",
              re.IGNORECASE)
_INLINE = lazy(r"</?(?:strong|b|em|i|u|span|font|a|sup|sub|img|o:p)\b[^<>]{0,300}>", re.IGNORECASE)
_PROSE_MIN = 100  # Han characters the marked lines hold: a page's text, not a note that shows a tag or two
_LINE_HAN = 10  # Han characters a marked line of prose holds at least
_HAN = lazy(r"[\u4e00-\u9fff]")
_TAG = lazy(r"</?[A-Za-z][^<>]{0,300}>")


def _marked(text: str) -> bool:
    """A line holding paragraph markup: two break tags at least ('<p>…</p>', '…<br/>…<br/>')."""
    found = _BREAK.search(text)
    return found is not None and _BREAK.search(text, found.end()) is not None


def _pieces(text: str) -> list[str]:
    """The paragraphs a marked line shows, tags and entities gone."""
    out = []
    for piece in _BREAK.split(text):
        piece = unescape(_INLINE.sub("", piece)).replace("\xa0", " ").strip(" \t\u3000")
        if piece:
            out.append(piece)
    return out


def unmarked_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks with a saved page's paragraph markup read as paragraphs, when most lines holding tags are such prose
    and hold a page's worth of it (a note's '<div>1</div>' examples, a tutorial's '<p>段落</p>', stay as written)."""
    tagged = [b for b in blocks if "<" in b.text and not b.role and _TAG.search(b.text)]
    marked = [b for b in tagged if _marked(b.text) and len(_HAN.findall(_BREAK.sub("", b.text))) >= _LINE_HAN]
    if not marked or 2 * len(marked) <= len(tagged) or sum(len(_HAN.findall(b.text)) for b in marked) < _PROSE_MIN:
        return blocks
    ids = {id(b) for b in tagged if _BREAK.search(b.text)}  # '<p style="…"> 某某县人民政府</p>' under them too
    out: list[Block] = []
    for b in blocks:
        if id(b) in ids:
            out.extend(replace(b, text=piece) for piece in _pieces(b.text))
        else:
            out.append(b)
    return out
