"""Round 66F: a page saved as text with its markup ('<p>…</p>' in a .txt) opens even when it holds a character
reference of thousands of digits ('&#1111…;'): the reference reads as U+FFFD, as a browser shows it, where
html.unescape's int() refused more than 4,300 digits and the document failed to open."""

from __future__ import annotations

import pytest

from reader.text.document import build_document
from reader.text.model import Decoded

PROSE = "国务院关于进一步加强和改进安全生产工作的通知，各省、自治区、直辖市人民政府。"


def _page(middle: str) -> str:
    return "".join(f"<p>{PROSE}</p>" for _ in range(4)) + f"<p>{PROSE}{middle}</p>" + "\n"


# (the reference in the page, what the paragraph ends with)
CASES = [
    ("&#" + "1" * 5000 + ";", "\ufffd"),
    ("&#" + "9" * 4301, "\ufffd"),
    ("&#x" + "f" * 5000 + ";", "\ufffd"),
    ("&#" + "0" * 5000 + "20013;", "中"),
    ("&#20013;", "中"),
    ("&amp;", "&"),
]


@pytest.mark.parametrize("ref,ending", CASES, ids=range(len(CASES)))
def test_a_page_saved_as_text_with_a_huge_reference_opens(ref, ending):
    doc = build_document(Decoded(text=_page(ref), encoding="utf-8", kind="text"))
    assert [p.text for p in doc.paragraphs][-1] == PROSE + ending
