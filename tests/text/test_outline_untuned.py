"""Genres nobody tuned on (issue #9, third round): translated papers, tutorials with code, news pages, job postings.

Each table row is a made-up minimal case of a failure the fresh set showed; each fails without its rule.
"""

from __future__ import annotations

import pytest

from support import outline

BODY = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。"
BODY2 = "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"
ITEMS = [f"({n}) 集群中的机器通常是双处理器的普通服务器，运行普通的操作系统，内存为二到四个字节，网络带宽较低。"
         for n in range(1, 6)]

CASES = {
    "a decimal number names its section: 2.1 after a dropped (5) item still belongs to section 2": (
        ["1 引言", BODY, "2 实现", BODY, *ITEMS, "2.1 执行概述", BODY, "2.2 容错", BODY2],
        [(1, "1", "引言"), (1, "2", "实现"), (2, "2.1", "执行概述"), (2, "2.2", "容错")],
    ),
}


@pytest.mark.parametrize("lines, expected", CASES.values(), ids=list(CASES))
def test_untuned_genres(lines, expected):
    assert outline(lines) == expected
