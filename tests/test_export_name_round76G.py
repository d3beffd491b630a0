"""The name a Save or Export dialog suggests for a long title ends with a whole word."""

from __future__ import annotations

from reader.ui.export import file_name_for

XORING = "(Chinese) 《XORing Elephants: Novel Erasure Codes for Big Data》論文翻譯（arXiv:1301.3791v1）"


def test_a_long_latin_title_is_cut_after_a_whole_word():
    """d42_09's title: the dialog suggested '(Chinese) 《XORing Elephants_ Novel Erasure Codes for Big Dat.txt'."""
    assert file_name_for(XORING, "x.md") == "(Chinese) 《XORing Elephants_ Novel Erasure Codes for Big"
    assert file_name_for("关于" + "印发某某管理办法的通知" * 8, "x.txt") == ("关于" + "印发某某管理办法的通知" * 8)[:60]  # 汉字: anywhere
