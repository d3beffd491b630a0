"""The parts of an official text: a document named elsewhere in the text whose title then stands as a line.

'现将《“十三五”国家信息化规划》印发给你们' … '“十三五”国家信息化规划' … '一、发展现状与形势': the notice names the
plan it issues, and the plan's title, standing alone before the plan's own numbered sections, opens it as a part of
the text that holds them. So does '《关于加强…的意见》全文如下' next to the opinion's title, or '附件：X方案' before
the line 'X方案'. A line that only looks like a title (short, no punctuation) proves nothing; named by the text, and
followed by numbered sections, it is a part; named by the document's own title, it is the document itself. One pass
collects the names, one pass checks the lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_QUOTED = re.compile(r"《([^《》]{2,40})》")
_ATTACHED = re.compile(r"附件[0-9０-９]{0,2}[：:][ \t\u3000]*([^0-9０-９ \t\u3000][^：:]{1,39})$")
_TITLE_MAX = 40
_STOPS = "。！？；：，,!?;:"
_NAMED_AFTER = 3  # '《X》全文如下' may follow the title line by a paragraph or two
_SECTIONS_WITHIN = 6  # the part's first numbered section comes within a few lines of its title


def _key(text: str) -> str:
    return "".join(text.split())


def named_parts(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None], annexes: set[int],
                title: str = "") -> set[int]:
    """Lines that title a document the text names (in 《》 or after '附件：') and that its numbered sections follow."""
    named: dict[str, int] = {}  # a name → the first paragraph that names it
    for i, p in enumerate(paragraphs):
        text = p.text
        if "《" in text:
            for found in _QUOTED.finditer(text):
                named.setdefault(_key(found.group(1)), i)
        if "附件" in text[:4] and (found := _ATTACHED.match(text.strip())) is not None:
            named.setdefault(_key(found.group(1)), i)
    for found in _QUOTED.finditer(title):  # '局长《在…会议上的讲话》': the text is that speech, not a part of it
        named.pop(_key(found.group(1)), None)
    if not named:
        return set()
    following: list[int] = [len(matches)] * len(matches)  # the next numbered line after each line
    nxt = len(matches)
    for i in range(len(matches) - 1, -1, -1):
        following[i] = nxt
        if matches[i] is not None:
            nxt = i
    out: set[int] = set()
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if (matches[i] is not None or not 4 <= len(text) <= _TITLE_MAX or text == title or i - 1 in annexes
                or any(c in _STOPS for c in text)):
            continue
        at = named.get(_key(text))
        if at is not None and at != i and at <= i + _NAMED_AFTER and following[i] - i <= _SECTIONS_WITHIN:
            out.add(i)
    return out
