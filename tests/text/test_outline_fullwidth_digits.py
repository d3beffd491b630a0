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
