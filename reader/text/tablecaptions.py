"""A table's caption ('附表 1 指令格式', '表 3-2 测试结果') right over the table's rows names the table, not a part."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

# '附表 1 指令格式', '表3-2：测试结果', '续表 2 …': the word, its number (parts by '-' or '.'), then a name; a bare
# '附表1' (an annex's label in a list of them) has no name and is left alone
_CAPTION = lazy(r"[ \t\u3000]*(?:附表|续表|續表|表)[ \t\u3000]*[0-9０-９]{1,3}(?:[-.．－][0-9]{1,3}){0,2}"
                r"(?![0-9０-９])[ \t\u3000]*[：:.．]?[ \t\u3000]*[^ \t\u3000：:.．0-9]")
_HEAD = 40  # a caption is read from the line's opening: no long line is scanned
_ROW_BARS = 2  # '1  | Add | add $rd, …': a row of cells parted by bars


def _table_row(p: Paragraph) -> bool:
    """A row of a table: one the reader marked so, or a line parted into cells by two bars or more."""
    return p.cell or p.text.count("|", 0, 200) >= _ROW_BARS


def drop_table_captions(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """An unnumbered title that reads as a table's caption, with the table's rows on the next line, is the table's
    name: set down as such, not as a section over the rows."""
    for c in candidates:
        if not c.accepted or c.numbered() or c.index + 1 >= len(paragraphs):
            continue
        if _CAPTION.match(paragraphs[c.index].text[:_HEAD]) and _table_row(paragraphs[c.index + 1]):
            c.accepted = False
            c.reason = "a table's caption ('附表 1 …' over the table's rows): it names the table, not a section"
