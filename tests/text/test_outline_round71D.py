"""Round 71D: a decimally numbered text whose first section's label ends in a colon ('1.服务内容:' over its 1.1 …,
then '2.使用规则' over 2.1 …). The two numbers are one count: read apart, '1.' stayed a plain '1.' item while '2.'
became the decimal scheme's section 2, which then had no section 1 before it and was dropped as out of sequence,
but only where section 2 had three subsections or more (with two, neither was read as decimal and both stayed)."""

from __future__ import annotations

import pytest

from support import parse_document

_BODY = "地图慧开放平台同意按照本协议的规定及其不时发布的操作规则提供基于互联网的相关服务，用户应当同意本协议的全部条款。"
_SUBS_1 = ["1.1地图慧提供地图应用服务，服务的具体内容由地图慧根据实际情况提供。", "1.2地图慧提供数据服务，包括提供社会、经济数据。"]
_SUBS_2 = ["2.1用户注册成功后，地图慧将给予每个用户一个用户帐号。", "2.2遵守中国有关的法律和法规。",
           "2.3不得为任何非法目的而使用网络服务系统。"]


def _outline(lines: list[str]) -> list[str]:
    return [h.marker + h.title for h in parse_document("\n".join(lines).encode()).headings]


@pytest.mark.parametrize("colon", [":", "："])
def test_a_section_label_ending_in_a_colon_counts_with_its_siblings(colon):
    got = _outline(["平台商用公告", _BODY, f"1.服务内容{colon}", *_SUBS_1, _BODY, "2.使用规则", *_SUBS_2])
    assert [t for t in got if not t.startswith(("1.1", "1.2", "2.1", "2.2", "2.3"))] == ["1.服务内容", "2.使用规则"]

