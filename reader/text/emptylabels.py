"""A page's 'related' label with nothing under it: '相关稿件：' right over the share row is an empty widget, chrome."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

_LOOK = 3  # blank lines a page may leave between the label and the row after it
# a CMS's own word for its related stories: over items it may head them (the tail rule leaves it), empty it is chrome
_STORIES = lazy(r"^[【\[]?(相关稿件|相關稿件)[】\]]?\s*[:：]?$")


def empty_labels(texts: list[str], reasons: list[str], label: re.Pattern[str]) -> None:
    """Mark chrome each related-items label whose next non-blank line is chrome already (a share row, a scan widget,
    another empty label): the CMS printed the label and no items. Labels over links are left to the tail rule."""
    n = len(texts)
    for i in range(n - 1, -1, -1):  # backwards: '相关附件' over an empty '相关新闻' over the share row is empty too
        if reasons[i] or len(texts[i]) > 20 or not (label.match(texts[i].strip()) or _STORIES.match(texts[i].strip())):
            continue
        j = i + 1
        while j < n and j - i <= _LOOK and not texts[j].strip():
            j += 1
        if j < n and reasons[j] == "chrome" and texts[j].strip():
            reasons[i] = "chrome"
