"""Image captions: where a scrape dropped a picture, the short line under it names the picture, not a section.

A caption stands after a wider gap than the text's usual spacing between paragraphs (or under a news page's '△'); a
blank line after every line widens every paragraph's own gap too, and then the titles after one are titles. Each
look is one pass over the paragraphs: linear time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from operator import attrgetter

from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.codeblocks import code_like
from reader.text.openings import opens_none

_CAPTION = attrgetter("caption")
_CAPTION_MAX = 30
_CENTRED = 8  # columns a PDF's layout sets a centred caption in by; its text stands in by two or four
_CAPTION_STOPS = "。！？；：!?;:，,"
_LIST_OPENERS = "0123456789０１２３４５６７８９一二三四五六七八九十（(-*•·●【["  # a list's items, no titles
_PHOTO_MARK = lazy(r"[ \t\u3000_*]*[△▲]")
_PHOTO_FIRST = "_*△▲"  # what a line `_PHOTO_MARK` takes opens with past its indent
_IMAGE_TAG = lazy(r"src=[\"']?https?://|<img\b", re.IGNORECASE)  # '850)this.width=850" src="http://…/a.jpg"':
# what a scrape left of an <img> tag, which cleaning takes out: the picture's place


def image_captions(paragraphs: Sequence[Paragraph], kind: str = "text",
                   opening: frozenset[str] | None = None, captioned: frozenset[int] = frozenset()) -> dict[int, str]:
    """Short unpunctuated lines right after a wider gap than the document's usual spacing between paragraphs:
    where a scrape dropped an image, the line under it is its caption ('乔某良手写的保证书'), not a section title.
    Not in a web page (`kind` 'html'): its blocks stand on the lines of its mark-up, whose gaps say nothing; nor in
    a Markdown file: a paragraph is one block on its first line, its wrapped lines joined, and a picture stays in it.
    `opening`: what the lines open with, when known; `captioned`: the lines cleaning took out as captions, chrome or
    promotion: a gap that held one held text, not only a picture."""
    out: dict[int, str] = {} if opens_none(opening, _PHOTO_FIRST) else {  # a line opening otherwise has no mark: no regex
        i: "a caption: a photo's line, marked '△' or '▲' as news pages mark them"
        for i, p in enumerate(paragraphs) if _PHOTO_MARK.match(p.text, 0, 8)}  # '_△泰康…病房_' (8: no copy)
    if any(map(_CAPTION, paragraphs)):  # (asked in C: most texts mark none)
        out.update((i, "a caption: its source marks it so (kramdown's '{: .caption }', a page's line under a picture)")
                   for i, p in enumerate(paragraphs) if p.caption)
    if kind in ("html", "markdown"):
        return out
    # lines from the end of one paragraph to the start of the next: a re-joined paragraph's own lines are no gap
    spans = [b.line - (a.last_line if a.last_line > a.line else a.line) for a, b in zip(paragraphs, paragraphs[1:])]
    gaps = Counter(spans)  # counted in C, in the order first seen (ties go to the first, as before)
    usual = max(gaps, key=gaps.__getitem__, default=1)
    found: dict[int, str] = {}
    wide = [k + 1 for k, gap in enumerate(spans) if gap > usual + 1] if spans and max(spans) > usual + 1 else []
    for i in wide:  # most gaps are the usual: one look each, and none when no gap is wider (asked in C)
        if code_like(paragraphs[i - 1].text) or paragraphs[i].ruled:
            continue  # a code block's lines run on without blank lines: its gap counts them, not a dropped image;
            # a rule ('---') the writer typed widens the gap, no image
        if captioned and any(n in captioned for n in range(paragraphs[i].line - spans[i - 1], paragraphs[i].line)):
            continue  # the picture's caption was in the gap ('执法人员检查冷链食品 李明/摄', taken out): the line
            # after it is the story's again (each gap looked at once: linear)
        if _caption_like(paragraphs[i].text):
            found[i] = (f"a caption: a short line right after a wider gap than the usual {usual} line(s) between "
                        "paragraphs, where an image was dropped")
    if found and _doubled(paragraphs, spans, usual, len(found)):
        return out  # the titles after a doubled blank line stand there with no image dropped
    out.update(found)
    return out


def drop_centered_captions(candidates: list, paragraphs: Sequence[Paragraph], kind: str = "text",
                           opening: frozenset[str] | None = None, captioned: frozenset[int] = frozenset()) -> None:
    """'                 ADC 的状态转移图' after the blank lines where a figure was: a PDF's layout sets a picture's
    caption centred under it, far in from the text, while a note's unnumbered sub-title stands at the margin; set so
    after an image's gap it is the caption, not a sub-heading of the section ('sub'). The gaps are looked at only
    when such a line is kept (`kind`, `opening`, `captioned` as for `image_captions`)."""
    centred = [c for c in candidates if c.accepted and c.key == "sub" and paragraphs[c.index].indent >= _CENTRED]
    if not centred:
        return
    found = image_captions(paragraphs, kind, opening, captioned)
    for c in centred:
        if c.index in found:
            c.accepted = False
            c.reason = "a caption: set far in (centred) after the gap where an image was dropped, not a sub-title"


def under_pictures(paragraphs: Sequence[Paragraph], removed: Sequence[tuple[int, str]]) -> set[int]:
    """The short unpunctuated lines right under what a scrape left of an image's tag (`removed`: the lines cleaning
    took out, line and text): '教授展示AI机器' under '850)this.width=850" src="http://…"' names the picture."""
    tags = sorted(line for line, text in removed if _IMAGE_TAG.search(text, 0, 300))
    out: set[int] = set()
    k = 0
    for i in range(1, len(paragraphs)):  # both sorted by line: one pass over each
        end, line = paragraphs[i - 1].last_line or paragraphs[i - 1].line, paragraphs[i].line
        while k < len(tags) and tags[k] <= end:
            k += 1
        text = paragraphs[i].text.strip()
        if k < len(tags) and tags[k] < line and _caption_like(text) and text[0].isalnum() and text[-1].isalnum():
            out.add(i)  # '●研学课堂●' after the last section's picture: a title marked as one
    return out


def _doubled(paragraphs: Sequence[Paragraph], spans: list[int], usual: int, wide: int) -> bool:
    """A blank line after every line (every gap even, no paragraph over two lines) doubles a paragraph's own blank
    line too; unless titles stand after the usual gap (as a page's 小标题 do) as often as short lines after the `wide`
    gaps, the wider gaps are the text's own (a title typed with no blank line before it is one of them)."""
    if usual != 2 or any(gap % 2 for gap in spans) or any(p.last_line > p.line for p in paragraphs):
        return False
    titled = sum(1 for k in range(1, len(paragraphs) - 1)
                 if spans[k - 1] <= usual and _caption_like(paragraphs[k].text)
                 and paragraphs[k].text.lstrip()[:1] not in _LIST_OPENERS
                 and len(paragraphs[k + 1].text.strip()) > _CAPTION_MAX)
    return 2 * titled < wide


def _caption_like(text: str) -> bool:
    """A caption, like a title, is short and unpunctuated: only where it stands tells them apart."""
    text = text.strip()
    return 0 < len(text) <= _CAPTION_MAX and not any(ch in _CAPTION_STOPS for ch in text)
