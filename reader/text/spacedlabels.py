"""A section label set letter-spaced ('摘   要', '参 考 文 献', '引   言') comes out of a PDF's default extract one
letter a line: the letters are one word again, with the section number the extract set over them ('§1.' / '引' /
'言') and the text a label opens on the next line ('摘' / '要: 摘要内容.'); a '§2.' over its title is one heading with it ('§2.' / '常用环境')."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.model import Block

_LABELS = frozenset({"摘要", "引言", "参考文献", "目录", "附录", "致谢", "前言", "结论", "绪论", "关键词", "总则",
                     "附则", "结语", "后记", "序言", "导言", "概述", "小结"})
_LONGEST = max(map(len, _LABELS))
_NUMBER = lazy(r"§?\s*[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}\.?")  # '§1.', '2', '3.1'
_GAP = 2  # a letter's line follows the one before it, or one blank line under it
_SECTION = lazy(r"§\s*[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}\.?")  # '§2.' (a bare '2' over its title: rewrap joins it)
_TITLE = lazy(r"[^\s，。；！？,.;:：]{2,20}")  # a short title: no stop, no comma


def _letter(text: str) -> bool:
    t = text.strip()
    return len(t) == 1 and "\u4e00" <= t <= "\u9fff"


def spaced_labels(blocks: list[Block]) -> list[Block]:
    """Blocks with a label's letters (and a number over them) joined into one; other blocks as they were."""
    out: list[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        if not _letter(blocks[i].text):
            b = blocks[i]
            if (i + 1 < n and _SECTION.fullmatch(b.text.strip()) and blocks[i + 1].line - b.line <= _GAP
                    and _TITLE.fullmatch(blocks[i + 1].text.strip())):
                out.append(Block(f"{b.text.strip()} {blocks[i + 1].text.strip()}", b.line, b.heading_level, b.role))
                i += 2
                continue
            out.append(b)
            i += 1
            continue
        j = i + 1
        while j < n and j - i < _LONGEST and _letter(blocks[j].text) and blocks[j].line - blocks[j - 1].line <= _GAP:
            j += 1
        word = "".join(b.text.strip() for b in blocks[i:j])
        nxt = blocks[j].text.strip() if j < n and blocks[j].line - blocks[j - 1].line <= _GAP else ""
        if word in _LABELS and j - i >= 2:
            text, end = word, j
        elif any((word + nxt[:k]) in _LABELS for k in range(1, _LONGEST)) and nxt[:1] not in ("", " "):
            text, end = word + nxt, j + 1  # '摘' / '要: 摘要内容.'
        else:
            out.extend(blocks[i:j])
            i = j
            continue
        first = blocks[i]
        if out and _NUMBER.fullmatch(out[-1].text.strip()) and first.line - out[-1].line <= _GAP:
            first = out.pop()
            text = f"{first.text.strip()} {text}"
        out.append(Block(text, first.line, first.heading_level, first.role, first.strong, first.caption))
        i = end
    return out
