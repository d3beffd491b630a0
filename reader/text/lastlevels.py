"""The last passes over a document's plain titles, once each one is placed: a day's items under their day, a 篇's
titles under it, the closing titles back at the top, a lone title over all the parts beside them."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reader.text.candidate import Candidate
from reader.text.closings import lift_closing_titles
from reader.text.days import nest_in_days
from reader.text.loneholders import lift_lone_holder
from reader.text.model import Paragraph
from reader.text.pianparts import nest_under_pian


def settle_plain_levels(candidates: list[Candidate], found: Collection[int], paragraphs: Sequence[Paragraph]) -> None:
    """In this order: each pass reads the levels the one before it left."""
    nest_in_days(candidates, paragraphs)  # '群团中心' under '第二天'
    nest_under_pian(candidates, paragraphs)  # '产品研发篇' over '市场竞争'
    lift_closing_titles(candidates, paragraphs)  # '最后' after the last part's sections closes the text
    lift_lone_holder(candidates, found, paragraphs)  # one stray '工作要点' over all of 一、…: beside them
