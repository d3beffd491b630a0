"""Decimal sections typed with full-width digits ('３.１ Query Language') are the same sections as '3.1 …'."""

from __future__ import annotations

import pytest

from reader.text.document import load_document
from support import DATA

DOCS = DATA / "corpus" / "docs"
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("name", ["paper04_x100_fanyi.txt", "paper02_zookeeper_fanyi.txt", "h11_01_paper_ft_vm_fanyi.txt"])
def test_a_paper_numbered_in_full_width_digits_has_the_same_outline(name, tmp_path):
    typed = tmp_path / name
    typed.write_text((DOCS / name).read_text(encoding="utf-8").translate(FULL), encoding="utf-8")
    want = [(h.line, h.depth, h.marker.translate(FULL)) for h in load_document(DOCS / name).headings]
    assert [(h.line, h.depth, h.marker) for h in load_document(typed).headings] == want


@pytest.mark.parametrize("name", ["d74_01_huiyijilu_ruanjian_xiaozu.txt", "d62_09_zhou_lihui_jiyao_ruanjianbu.txt",
                                  "d58_03_jianggao_fingraph_jinrong_tupu.txt", "d75_05_jilu_xiaochengxu_zhouhui.txt"])
def test_a_record_dated_in_full_width_digits_has_the_same_outline(name, tmp_path):
    """'２０１９.３.１９ 第二次会议' over each session's lines is the session '2019.3.19 第二次会议' opens, shown as
    typed (these records lost their whole outline so)."""
    typed = tmp_path / name
    typed.write_text((DOCS / name).read_text(encoding="utf-8").translate(FULL), encoding="utf-8")
    want = [(h.line, h.depth, h.marker.translate(FULL), h.title.translate(FULL))
            for h in load_document(DOCS / name).headings]
    assert want and [(h.line, h.depth, h.marker, h.title) for h in load_document(typed).headings] == want
