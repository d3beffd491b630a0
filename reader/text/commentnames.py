"""A Q&A page's answerer line ('Stafan路易2020.04.03', a name glued to a date) beside the answer a class left out as
comments (class="discuss-comment"): the name signs words no longer shown, so it goes with them."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.model import Block

# a name (no digit, space or punctuation: the class is disjoint from the date's first character, so the match is
# linear) glued to a date, with a time maybe; 'Stafan路易2020.04.03', '小王2021-5-6 12:30', '老李2019年3月2日'
_NAME_DATE = lazy(r"[^\d\s，。,.:：；;！!？?、（）()\[\]【】<>《》|/\\@#]{2,16}"
                  r"(?:\d{4}([./-])\d{1,2}\1\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# a label glued to its date is a page's own stamp ('发布时间2020-04-03'), no one's signature
_LABELS = ("时间", "時間", "日期", "发布", "發布", "更新", "发表", "發表", "来源", "來源", "截止", "修订", "修訂")
_PROSE = "，。；！？,;"  # an answer's sentences, never a menu's labels: what tells a removed comment from a nav row
_PROSE_MIN = 20  # characters of a removed block that make it someone's words


def comment_names(blocks: list[Block]) -> list[Block]:
    """The blocks with each answerer's name-and-date line marked chrome where a removed answer stands beside it
    (the block before or after it); a byline under a menu, or between paragraphs kept, stays."""
    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.role or b.heading_level or not _NAME_DATE.fullmatch(b.text) or any(w in b.text for w in _LABELS):
            continue
        if any(_said(blocks[j]) for j in (i - 1, i + 1) if 0 <= j < len(blocks)):
            out[i] = Block(b.text, b.line, 0, "chrome", b.strong, b.caption)
    return out


def _said(block: Block) -> bool:
    """A removed block of someone's words: page furniture by its class, in sentences."""
    return block.role == "chrome" and len(block.text) >= _PROSE_MIN and any(c in block.text for c in _PROSE)
