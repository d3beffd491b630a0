"""Round 49g: laws, treatises and papers.

A treatise opens with '导论' (or '引论') and closes with '余论' as a paper does with '引言' and '结语': each is a part of
the whole text by its name alone, so '余论' after the last 下篇's sections stands beside 上篇 and 下篇, not inside the
last of them (`partnames.PART_NAMES`, `closings.CLOSING_NAMES`)."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = "此处为正文，论述这一部分的内容，并引用若干史料加以说明，篇幅较长，不是标题。"


def _treatise(opening: str, closing: str) -> str:
    return (f"中国古代政治制度略论\n\n{opening}\n\n{_BODY}\n\n上篇　制度的起源\n\n周代封建\n\n{_BODY}\n\n秦汉郡县\n\n{_BODY}\n\n"
            f"下篇　制度的演变\n\n隋唐三省\n\n{_BODY}\n\n明清内阁\n\n{_BODY}\n\n{closing}\n\n{_BODY}\n")


def _outline(text: str) -> list[tuple[str, int]]:
    doc = parse_document(text.encode("utf-8"), "treatise.txt")
    return [("".join((h.marker + h.title).split()), h.depth) for h in doc.headings]


NAMED = {
    "余论 closes the text": (_treatise("导论", "余论"), ("余论", 1)),
    "餘論 in traditional script": (_treatise("導論", "餘論"), ("餘論", 1)),
}


@pytest.mark.parametrize("text, heading", NAMED.values(), ids=NAMED.keys())
def test_a_treatises_named_parts_stand_at_the_top(text, heading):
    assert heading in _outline(text)


def test_a_plain_title_at_the_end_stays_in_the_last_part():
    """A closing title with no closing name ('明清内阁' last) is the last part's section (guard)."""
    text = _treatise("导论", "明清以后")
    assert ("明清以后", 2) in _outline(text)
