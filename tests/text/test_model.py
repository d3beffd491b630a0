"""Document.paragraph_at: the paragraph holding an offset of the cleaned text (scroll tracking, outline)."""

from __future__ import annotations

import pytest

from reader.text.model import Document
from support import paragraphs

DOC = Document("", paragraphs(["一、总则", "正文第一段。", "", "（一）细则"]))  # starts 0, 5, 12, 13


@pytest.mark.parametrize("offset, index", [
    (-5, 0), (0, 0), (4, 0), (5, 1), (11, 1), (12, 2), (13, 3), (17, 3), (10_000, 3),
])
def test_the_paragraph_holding_an_offset(offset, index):
    assert DOC.paragraph_at(offset) == index


def test_no_paragraph_in_an_empty_document():
    assert Document("", ()).paragraph_at(0) == -1


def test_the_cleaning_counts_are_what_cleaning_removed_moved_and_flagged_as_garbled():
    from reader.text.decode import read_file
    from reader.text.document import build_document
    from support import seed_paths

    docs = [build_document(read_file(path)) for path in seed_paths()]
    assert any(doc.removed for doc in docs) and any(doc.garbled for doc in docs)
    assert any(doc.moved for doc in docs)  # the date and source shown in the header
    for doc in docs:
        counts = doc.cleaning_counts
        assert counts.removed + counts.moved == len(doc.removed) and counts.moved == len(doc.moved)
        assert counts.garbled == len(doc.garbled)
    assert tuple(Document("", paragraphs(["正文"])).cleaning_counts) == (0, 0, 0)
