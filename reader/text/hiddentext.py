"""What a browser hides on a saved page, and which hidden parts a reader still needs: a page hides copies of its text
(a script's plain copy of the article), menus and pop-ups, but also the rest of its own text (a tab a script opens,
'展开全文'), which is the page's only copy of it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.text.lazyre import lazy

# 'display:none', 'DISPLAY: none !important', 'visibility:hidden' as one of the style's declarations
_HIDDEN_STYLE = lazy(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?=;|$)",
                     re.IGNORECASE)
_SENTENCE_END = lazy(r"(?<=[。！？；!?])")  # split after each end: one pass (a findall of '[^。…]+[。…]' went
# back over the rest from every start of a text with no end, quadratic: a page of English prose froze the reading)
_MIN_SENTENCE = 10  # characters: shorter pieces ('是。', '好！') recur in any text and tell nothing of a copy
# a page's byline kept out of sight for search engines ('<div id="BaiduSpider" style="display:none">作者：陈海峰'):
# the only place it names its author or source, read as its metadata
_BYLINE = lazy(r"(?:作者|来源|來源|责任编辑|責任編輯|发布时间|發布時間|发布日期|發布日期)\s*[：:]")
_BYLINE_MAX = 300  # characters: a record of a few fields, not a hidden article that names its author
_MIN_OWN = 200  # characters of sentences found nowhere else that make a hidden part the page's own text
_OWN_SHARE = 0.5  # … when they are at least this share of its sentences: a copy differs only where it runs lines on


def hidden(attrs: dict[str, str]) -> bool:
    """A browser never shows the element: the `hidden` attribute (not 'until-found', which a search reveals), or a
    style of 'display:none' or 'visibility:hidden'. Not 'aria-hidden', which hides from a screen reader only: KaTeX
    sets it on the formula a reader sees, beside the MathML a browser keeps out of sight."""
    if "hidden" in attrs and attrs["hidden"].strip().lower() != "until-found":
        return True
    return bool(_HIDDEN_STYLE.search(attrs.get("style", "")))


def _sentences(text: str) -> list[str]:
    """The text's sentences, spaces taken out (a copy runs its paragraphs together with '　　' between them)."""
    pieces = _SENTENCE_END.split("".join(text.split()))
    return [s for s in pieces[:-1] if len(s) >= _MIN_SENTENCE]  # the last piece ends no sentence


def _byline(parts: list[str]) -> bool:
    """A few short fields, one an author's or source's ('来源：求是网', '作者：陈海峰')."""
    size = sum(len(p) for p in parts)
    return size <= _BYLINE_MAX and bool(_BYLINE.search("".join(parts)))


def own_parts(hidden_texts: dict[int, list[str]], kinds: dict[int, str], shown: Iterable[str]) -> frozenset[int]:
    """The hidden parts (by number) that hold sentences the shown text lacks, enough of them to be the page's own text
    and not a copy, a menu or a pop-up's notice; and the parts of the same kind (tag and class) as one of them: a
    page's tabs, one its charter, the next its list of members."""
    if not hidden_texts:
        return frozenset()
    seen: set[str] = set()
    for text in shown:
        seen.update(_sentences(text))
    own = []
    for k, parts in hidden_texts.items():
        sentences = [s for part in parts for s in _sentences(part)]
        if not sentences and _byline(parts):
            own.append(k)
            continue
        new = sum(len(s) for s in sentences if s not in seen)
        if new >= _MIN_OWN and new >= _OWN_SHARE * sum(len(s) for s in sentences):
            own.append(k)
    own_kinds = {kinds[k] for k in own}
    return frozenset(k for k in hidden_texts if kinds[k] in own_kinds)
