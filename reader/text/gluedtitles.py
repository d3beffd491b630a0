"""'第二节上市公司的独立性', '第二章规划建设': a part's title printed right after its number, no space between, that
starts with a character a reference also takes ('第二章中', '第三节规定的'). A reference runs on into a sentence; a
title stands alone, short and unpunctuated, so the line is the part (`markers` asks this before reading a reference)."""

from __future__ import annotations

_TITLE_MAX = 20  # a chapter's or a section's name
_SENTENCE_MARKS = frozenset("。，,；;：:！？!?、“”\"（）()《》")  # a reference is read on in a sentence
_NEVER_FIRST = frozenset("的之至和或及与與所第是为為将將")  # '第三章的', '第二章为绪论', '第三章所称': no title starts so
_CITING_WORDS = ("规定", "規定", "以下", "以上", "中的", "中所")  # '第五章规定', '第二章以下各节'


def glued_title(rest: str) -> bool:
    """The rest of a 第X章/节/编 line after its unit word reads as the part's own short title."""
    title = rest.strip()
    return (2 <= len(title) <= _TITLE_MAX and title[0] not in _NEVER_FIRST and not title.startswith(_CITING_WORDS)
            and not any(c in _SENTENCE_MARKS for c in title))
