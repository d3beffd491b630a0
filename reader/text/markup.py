"""Mark-up left in a plain text. Wiki links ('[[zh:李强]]', '[[条目|显示的字]]'): a page copied from a wiki, or a
repost that kept its source's wiki mark-up, shows the linked words with the brackets and the language code around
them. Markdown's bold around a whole line ('**00:30 - 01:10 顶部与整体结构**'), typed into a text file. The reader
shows the words; the original keeps the mark-up. One pass over a paragraph, bounded patterns.
"""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

# '[[zh:李强]]', '[[zh-hant:銀行]]', '[[目标条目|显示的字]]'; a link's text holds no brackets or newlines
_LINK = lazy(r"\[\[(?:[a-z]{2,3}(?:-[a-z]{2,4})?:([^\[\]|\n]{1,60})|[^\[\]|\n]{1,60}\|([^\[\]|\n]{1,60}))\]\]")
_CJK = lazy("[\u3400-\u9fff]")


def unwrap_links(text: str) -> str:
    """The text with each wiki link replaced by the words it shows; unchanged when it has none ('[[ -d $dir ]]')."""
    if "[[" not in text:
        return text
    return _LINK.sub(_shown, text)


def _shown(m: re.Match[str]) -> str:
    words = m.group(1) or m.group(2)
    return words if _CJK.search(words) else m.group(0)  # '[[en:Foo]]' in an English text stays as written


_BOLD_LINE = lazy(r"\*\*([^*]+)\*\*")


def unbold(text: str) -> str:
    """A line's words without the bold marks around the whole of it; unchanged when it has none."""
    bold = _BOLD_LINE.fullmatch(text) if text[:2] == "**" else None
    return bold.group(1) if bold else text


def bold_line(text: str) -> bool:
    """'**效能考量：**': a line set wholly in bold."""
    text = text.strip()
    return text[:2] == "**" and _BOLD_LINE.fullmatch(text) is not None
