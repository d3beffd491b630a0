"""Lettered appendices after a paper's numbered sections: 'Appendix' or '附录' over 'A. …' / 'A.1 …', a standard's
'附录 A' over its name, a thesis's '附录A 核心代码' over its 'A.1 …'.

A letter numbers an appendix's sections as a number numbers the paper's: the name alone ('附录' may head a list of
files) shows nothing, the letters following it from A, letter after letter, do. One walk over the lines after the
paper's last numbered section: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

# 'Appendix', 'A  APPENDIX', '附录', '附录：': the part after a paper's last numbered section, lettered instead of
# numbered; a standard's '附录 A' (its title on a line below)
_APPENDIX = lazy(r"(?:([A-Z])[.．]?[ \t\u3000]+)?(?:Appendix|Appendices|APPENDIX|APPENDICES|附录|附錄)[：:]?"
                 r"|(?:附录|附錄)[ \t\u3000]*([A-Z])")
# '附录A 源码节选（一）': a thesis's appendix with its title on its line, its sections 'A.1 …' under it (one letter
# may run over several such lines: '附录A 源码节选（二）' goes on with A.6)
_TITLED_LETTER = lazy(r"(?:附录|附錄)[ \t\u3000]*([A-Z])[ \t\u3000：:]+[^。！？；!?;]{1,40}")
# 'A. Implementation Details', 'A.1 COMPLEXITY FOR DEFORMABLE ATTENTION', 'B 证明': a letter numbers an appendix's
# sections as a number numbers the paper's, its subsections after a point.
_LETTERED = lazy(r"([A-Z])((?:[.．][0-9０-９]{1,2}){0,4})[.．]?[ \t\u3000]+([A-Za-z\u4e00-\u9fff][^。！？；!?;]{0,79})")
_TOP_MAX = 45  # a section line is short
_SUB_MAX = 80
_NOTE_MAX = 120  # a listing's source file, its path in brackets after the section's name


def appendix(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None], last: int) -> None:
    """'Appendix' (or 'A  APPENDIX') after a paper's last numbered section, over 'A. Implementation Details' /
    'A.1 …', 'B. More Comparison': a reader of a paper takes the part named Appendix as the last top-level section
    and the letters under it as its sections, numbered as the paper numbers its own (A.1 under A). The name alone
    is not enough ('附录' may head a list of files): its lettered sections must follow, from A, letter after letter.
    A thesis names each appendix on its own line ('附录A 源码节选（一）', left to the annex rule) and numbers its
    sections from that letter ('A.1 云函数统一入口'): a bare '附录 B' after it is that thesis's next annex, no
    standard's."""
    start = -1
    for i in range(last + 1, len(paragraphs)):
        if matches[i] is None and len(paragraphs[i].text) <= _TOP_MAX and (
                found := _APPENDIX.fullmatch(paragraphs[i].text.strip())) is not None:
            start, letter = i, found.group(1) or found.group(2) or ""
            break
    if start < 0 or letter not in ("", "A"):
        return
    sections: dict[int, HeadingMatch] = {}
    current = letter or "@"  # the letter whose subsections may follow ('@': none yet, before 'A')
    titled = False  # a thesis's '附录A 核心代码' seen: its appendices carry their titles on their lines
    for i in range(start + 1, len(paragraphs)):
        text = paragraphs[i].text.strip()
        if matches[i] is not None or text[:1] not in "ABCDEFGHIJ附" or len(text) > _SUB_MAX + _NOTE_MAX:
            continue
        note = source_note(text)
        text = text[:len(text) - len(note)]  # 'A.10 管理端节选（cloud/service/admin_meet_service.js）': the name is short
        if len(text) > _SUB_MAX:
            continue
        if text[:1] == "附":  # '附录 B': a standard's next appendix, at the top level like '附录 A'
            found = _APPENDIX.fullmatch(text)
            if not titled and found is not None and found.group(2) and ord(found.group(2)) == ord(current) + 1:
                current = found.group(2)
                sections[i] = HeadingMatch("decimal", text, _named_below(paragraphs, i), "", ord(current) - 64, 1,
                                           len(paragraphs[i].text.rstrip()))
            elif (named := _TITLED_LETTER.fullmatch(text)) is not None and 0 <= ord(named.group(1)) - ord(current) <= 1:
                current, titled = named.group(1), True  # '附录A …' over A.1, or '附录A 源码节选（二）' over A.6
            continue
        found = _LETTERED.fullmatch(text)
        if found is None or found.group(3).rstrip().endswith((",", ":", "，", "：", "、")):
            continue
        name, digits, title = found.group(1), found.group(2), found.group(3).rstrip() + note
        parts = tuple(int(p) for p in re.split("[.．]", digits)[1:])
        if not parts and ord(name) == ord(current) + 1:
            current = name  # the next letter: the next appendix section
        elif not (parts and name == current):
            continue  # a letter out of order, or a subsection of a section not open: text ('A 型血')
        marker = text[:found.start(3)].rstrip()
        sections[i] = HeadingMatch("decimal", marker, title, "", parts[-1] if parts else ord(name) - 64,
                                   len(parts) + (1 if letter else 2), len(paragraphs[i].text.rstrip()))
    if not sections:
        return
    head = paragraphs[start].text
    if start + 1 < len(paragraphs) and _TITLED_LETTER.fullmatch(paragraphs[start + 1].text.strip()):
        pass  # '附录：' right over '附录A 源码节选': the part holding the annexes, no annex of its own to name
    elif head.strip()[:1] == "附":  # '附录 A', its title a line or two below it
        matches[start] = HeadingMatch("decimal", head.strip(), _named_below(paragraphs, start), "", 1, 1,
                                      len(head.rstrip()))
    else:
        title = head.strip()[len(letter):].lstrip(" .．\t\u3000")  # 'A  APPENDIX' or 'Appendix' alone
        matches[start] = HeadingMatch("decimal", letter, title, "", 1, 1, len(head.rstrip()))
    for i, m in sections.items():
        matches[i] = m


_PATH_CHARS = frozenset("/\\.")


def source_note(text: str) -> str:
    """The bracketed file path or name that ends a listing's title ('（cloudfunctions/cloud/index.js）'), or '': a
    thesis's appendix names each listing and then its source file, whose length says nothing about the name's."""
    if not text.endswith(("）", ")")):
        return ""
    at = max(text.rfind("（"), text.rfind("("))
    inner = text[at + 1:-1]
    if at <= 0 or not 0 < len(inner) <= _NOTE_MAX or not inner.isascii() or not _PATH_CHARS.intersection(inner) \
            or any(c.isspace() or c in "()" for c in inner):
        return ""
    return text[at:]


_ANNEX_KIND = lazy(r"[（(][^（）()]{0,8}(?:附录|附錄|informative|normative)[）)]")  # '（规范性附录）'


def _named_below(paragraphs: Sequence[Paragraph], i: int) -> str:
    """The name a standard gives its appendix under '附录 A' and '（规范性附录）': a short line without a stop."""
    k = i + 1
    if k < len(paragraphs) and _ANNEX_KIND.fullmatch(paragraphs[k].text.strip()):
        k += 1
    name = paragraphs[k].text.strip() if k < len(paragraphs) else ""
    return name if 0 < len(name) <= _TOP_MAX and name[-1] not in "。：:；;，," and not _LETTERED.fullmatch(name) else ""
