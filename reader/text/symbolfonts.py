"""The symbol font a page's element is set in: its letters are pictures (Word's Wingdings list bullets read as '•')."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

_SYMBOL_FONT = lazy(r"font-family\s*:\s*['\"]?(wingdings(?: [23])?|webdings|symbol)\b", re.IGNORECASE)


def symbol_font(attrs: dict[str, str]) -> str:
    """'wingdings', 'symbol' …: the symbol font an element's style or <font face> sets, or ''."""
    m = _SYMBOL_FONT.search(attrs.get("style", ""))
    face = attrs.get("face", "").strip().lower()
    return m.group(1).lower() if m else face if face in ("wingdings", "webdings", "symbol") else ""
