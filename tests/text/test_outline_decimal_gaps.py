"""Decimal numbering names its section: a subsection whose first sibling the source skipped is still a subsection."""

from __future__ import annotations

import pytest

from support import outline

# Lines of paper04 (the MonetDB/X100 translation, whose source goes from 4.1 to 4.1.2), cut down.
BODY = "X100使用一种相当标准的关系代数作为查询语言。我们脱离了纯粹的关系代数，以便有效地执行查询。"
PAPER = ["MonetDB/X100：超流水线查询执行", "1 Introduction", BODY, "2 How CPUs Work", BODY, "3 Microbenchmark: TPC-H Query 1",
         BODY, "3.1 Query 1: Baseline Performance", BODY, "4 X100: A Vectorized Query Processor", BODY, "4.1 Query Language", BODY]


@pytest.mark.parametrize("sub, found", [
    ("4.1.2 X100 Algebra", True),  # 4.1.1 skipped by the source
    ("4.1.3 X100 Algebra", True),
    ("4.1.9 X100 Algebra", False),  # a long gap: more likely a figure than a section
    ("4.2.2 X100 Algebra", False),  # names 4.2, which is not the open section
])
def test_a_subsection_after_a_skipped_first_one_nests_under_the_section_it_names(sub, found):
    got = outline(PAPER + [sub, BODY, "4.2 Vectorized Primitives", BODY], "MonetDB/X100：超流水线查询执行")
    marker = sub.split()[0]
    assert ((3, marker) in [(d, m) for d, m, _ in got]) is found
    assert (2, "4.2") in [(d, m) for d, m, _ in got]
