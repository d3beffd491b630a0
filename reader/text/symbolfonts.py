"""The fonts a page's element is set in: a symbol font's letters are pictures (Word's Wingdings list bullets read as
'•'), and a bold style bolds as <b> does."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

_BOLD = lazy(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)
_SYMBOL_FONT = lazy(r"font-family\s*:\s*['\"]?(wingdings(?: [23])?|webdings|symbol)\b", re.IGNORECASE)


def symbol_font(attrs: dict[str, str]) -> str:
    """'wingdings', 'symbol' …: the symbol font an element's style or <font face> sets, or ''."""
    m = _SYMBOL_FONT.search(attrs.get("style", ""))
    face = attrs.get("face", "").strip().lower()
    return m.group(1).lower() if m else face if face in ("wingdings", "webdings", "symbol") else ""


def styled_bold(attrs: dict[str, str]) -> bool:
    """An element's own style sets it in bold ('<span style="font-weight: 700">'): a <b> by another name."""
    style = attrs.get("style", "")
    return bool(style) and _BOLD.search(style) is not None
