"""Round 41c: a named part ('【参考资料】', '【附录】') after a speech's own 一、 points, over a second list that starts
again at 一、: the part holds that list, its items are not the speech's points."""

from __future__ import annotations

import pytest

from support import outline

_BODY = "我们要把这项工作放在全局中来考虑，既要看到成绩，也要看到差距，各级干部要以身作则，把责任落实到每一个环节上去。"


def _speech(named: str, second: list[str], first: tuple[str, ...] = ("一、", "二、", "三、")) -> list[str]:
    lines = ["同志们："]
    for n, marker in enumerate(first):
        lines += [f"{marker}第{n + 1}个方面的工作要抓紧抓实。", _BODY, ""]
    lines += [named, "《2013年公司内控管理要点》"]
    for marker in second:
        lines += [f"{marker}持续加强组织与能力的建设，按季度回顾。", _BODY, ""]
    return lines


@pytest.mark.parametrize("named, second", [
    ("【参考资料】", ["一、", "二、", "三、", "四、"]),
    ("【附录】", ["一、", "二、"]),
    ("【参考资料】", ["（一）", "（二）", "（三）"]),
])
def test_a_named_part_holds_the_list_that_starts_again_under_it(named, second):
    found = outline(_speech(named, second, ("（一）", "（二）", "（三）") if second[0] == "（一）" else ("一、", "二、", "三、")))
    depth = {f"{marker}{title}": d for d, marker, title in found}
    part = next(d for key, d in depth.items() if named.strip("【】") in key)
    items = [d for d, marker, title in found if title.startswith("持续加强")]
    points = [d for d, marker, title in found if title.endswith("抓紧抓实")]
    assert len(items) == len(second) and len(points) == 3
    assert all(d == part + 1 for d in items)
    assert all(d == part for d in points)

