"""Running text as the outline tells it from a title: a long line, or a finished sentence."""

from __future__ import annotations

from reader.text.latinnames import TITLE_MAX
from reader.text.lazyre import lazy

SENTENCE_END = "。！？!?…”’」』)）：:；;"
_LATIN_SENTENCE = lazy(r"[a-z]{2}[.!?]$")  # '[applause] Thank you.' ends a sentence too
_NAME_ROW = lazy(r"[\u4e00-\u9fff0-9A-Za-z]{1,8}(?:[ \u3000]+[\u4e00-\u9fff0-9A-Za-z]{1,8}){3,}")


def is_body(text: str) -> bool:
    """A paragraph of running text: long, or a finished sentence; a row of names ('排列三 排列五 七星彩 …', a menu's
    links) is none, however long."""
    text = text.strip()
    if len(text) > TITLE_MAX and _NAME_ROW.fullmatch(text):
        return False
    return len(text) > TITLE_MAX or (len(text) > 8 and (text[-1] in SENTENCE_END or text[-1] == "》"
                                                              or "，" in text or "," in text or _LATIN_SENTENCE.search(text)))
