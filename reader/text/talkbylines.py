"""Talks in an event's write-up that name their speaker on the title's own line: a workshop or meetup report heads
each talk's notes with the talk's title, then who gave it and where they are from ('Fast Interrupts for RISC-V, Krste
Asanovic, University of California, Berkeley'; 'HCTT--开源意志的传承与发展  邝嘉诺  HCTT项目核心负责人'). The
comma or the wide space between the parts turns the plain-title tests away; the person's name after the title says
what the line is. Two talks or more, each over notes of its own, make the report's parts; three such lines in a row
are a programme's or a table's rows. One split of each short line: linear time."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_LINE_MAX = 240  # a talk's title, its speakers and their affiliations; longer is running text
_TITLE_MIN = 6  # '数据类型' over '数量', '用途' is a table's header, no talk
_AFFILIATION_MIN = 4  # '网络空间安全学院研究生', 'HCTT项目核心负责人'; '焦龙' is one more name of a list
_WORDS_MIN = 4  # 'Use of RISC-V on Pixel Visual Core'; 'Fay Chang, Jeffrey Dean' lists authors
_NOT_FIRST = "[(（【<《|-—–*+#>•·\"“‘'0123456789"  # a reference's '[13]', an item's '3.', a quote's '——', a table's '|'
_ENDS = "。！？；，、,.!?;：:…"  # a sentence or a lead-in ends so; a talk line ends on an affiliation or a name
_WIDE = lazy("[ \u3000]{2,}")  # the wide gap a page sets between title, speaker and affiliation
_CJK_NAME = lazy(r"[\u4e00-\u9fff]{2,4}(?:[（(][^（）()]{1,12}[）)])?")  # '蒋周奇（洛佳）': a name, its handle
_LATIN_NAME = lazy(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2}")  # 'Chuan-Hua Chang'
_CJK = lazy(r"[\u4e00-\u9fff]")
_RUN_MAX = 2  # three talk lines in a row: rows of a list, no parts


def _titled(title: str) -> bool:
    """The part before the speaker reads as a talk's title: long enough, no sentence's end."""
    title = title.strip()
    return len(title) >= _TITLE_MIN and title[-1] not in _ENDS and "。" not in title


def talk_byline(text: str) -> bool:
    """'Title, Speaker Name, Affiliation' or 'Title  姓名  单位' (wide gaps): a talk's title with its speaker."""
    text = text.strip()
    if not text or len(text) > _LINE_MAX or text[-1] in _ENDS or text[0] in _NOT_FIRST or "\t" in text or "=" in text:
        return False  # (a tab parts a table's cells: '江苏锦绣铝业有限公司\t戴祖军' is a row)
    parts = _WIDE.split(text)
    if len(parts) == 3:  # title, speaker, affiliation or post
        return _CJK.search(parts[0]) is not None and _CJK_NAME.fullmatch(parts[1]) is not None and _titled(parts[0]) \
            and len(parts[2]) >= _AFFILIATION_MIN and "。" not in parts[2]
    if _CJK.search(text) or len(parts) > 1 or any(q in text for q in "\"“”"):
        return False  # (a reference quotes the work it cites)
    parts = text.split(", ")
    for k in range(1, min(len(parts), 8)):  # the first part that is a person's name; the title is all before it
        if _LATIN_NAME.fullmatch(parts[k].split(" and ")[0]):
            title = ", ".join(parts[:k])
            return _titled(title) and len(title.split()) >= _WORDS_MIN
    return False


def talk_bylines(paragraphs: Sequence[Paragraph]) -> set[int]:
    """The lines of a talk's title with its speaker on it, each over notes of its own, when two or more."""
    hits = [i for i, p in enumerate(paragraphs[:-1])  # (no wide gap and no ', ': no parts, and most lines have neither)
            if ("  " in p.text or "\u3000" in p.text or ", " in p.text) and talk_byline(p.text)]
    at = set(hits)
    found = set()
    for i in hits:
        run = 1 + (i - 1 in at) + (i + 1 in at) + (i - 1 in at and i - 2 in at) + (i + 1 in at and i + 2 in at)
        if run <= _RUN_MAX:
            found.add(i)
    return found if len(found) >= 2 else set()
