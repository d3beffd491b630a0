"""The reading left at a line of the file (the original view's top line): the cleaned paragraphs from there on."""

from __future__ import annotations

import pytest

from reader.text.model import Paragraph
from reader.text.textleft import TextLeft

PARAS = [Paragraph("标题", 3, 0), Paragraph("第一段。", 900, 3), Paragraph("第二段落。", 905, 8)]


@pytest.mark.parametrize("line, left", [
    (1, 2 + 1 + 4 + 1 + 5),   # above all: the whole text, its line breaks counted as read
    (3, 2 + 1 + 4 + 1 + 5),
    (4, 4 + 1 + 5),           # a style sheet's lines between: nothing read there
    (900, 4 + 1 + 5),
    (901, 5),
    (906, 0),                 # below the last paragraph's first line
])
def test_the_text_left_is_that_of_the_paragraphs_at_or_below_the_line(line, left):
    assert TextLeft(PARAS).chars_from(line) == left


def test_a_paragraph_moved_out_of_order_counts_at_its_own_line():
    assert TextLeft([PARAS[1], PARAS[0], PARAS[2]]).chars_from(4) == 10
    assert TextLeft([]).chars_from(1) == 0
