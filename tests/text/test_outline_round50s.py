"""Round 50S (speed): the fast builders stand for the constructors they replace, field for field."""

from __future__ import annotations

import dataclasses

import pytest

from reader.text.headingtext import _heading
from reader.text.model import Heading


@pytest.mark.parametrize("fields", [
    (1, "第一章", "总则", 3, 10, 17),
    (2, "", "背景", 1, 0, 2),
    (4, "（一）", "组织", 120, 5000, 5004),
])
def test_heading_builder_equals_the_dataclass(fields: tuple) -> None:
    built, called = _heading(*fields), Heading(*fields)
    assert built == called and hash(built) == hash(called) and repr(built) == repr(called)
    assert list(vars(built)) == [f.name for f in dataclasses.fields(Heading)]  # a field added to Heading is set too
