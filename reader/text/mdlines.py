"""A Markdown source's line that stands as a paragraph of its own though no blank line sets it apart."""

from __future__ import annotations

from reader.text.markers import match_heading

_TITLE_MAX = 24  # characters of a line set alone over its text ('2.1.2侧链的特点', '摘要')
_TEXT_MIN = 40  # … and of the line under it: soft-wrapped text fills its lines, a title's is short
_OPEN_ENDS = "，,、：:；;。！？!?…—-（(《“‘[【"


def titles_its_text(line: str, below: str) -> bool:
    """'2.1.2侧链的特点' right over a long line of text: a title the author set on its own line, as editors that show
    every line break invite; a line of soft-wrapped text is never so much shorter than the next, and a short line with
    a comma ('从数据上可以看到，入职 6') is a sentence cut at its number. A short numbered line under it is the next
    title ('二 解决方案' over '2.1 侧链')."""
    head, text = line.strip(), below.strip()
    if not (0 < len(head) <= _TITLE_MAX and "，" not in head and head[-1] not in _OPEN_ENDS) or not text \
            or text.startswith(("#", "|", "-", "*", "+", ">", "```", "<")):
        return False
    if len(text) >= max(_TEXT_MIN, 2 * len(head)):
        return True
    m = match_heading(text)  # '二 解决方案' over '2.1 侧链': the next title, numbered
    return m is not None and bool(m.title) and len(text) <= _TITLE_MAX
