"""Round 47i: tutorials and technical notes that show code.

A note flattened from Markdown lists its points '1. …' to '4. …' (a list of short sentences, dropped as no sections)
and then goes on to its next part under an unnumbered sub-heading set off by a blank line ('惰性删除' over its code):
that sub-heading stands after the list, not inside its last item, and is kept. A statement after the list ('…是…',
'A 是 B') is the item's point, no title, and a line right under the last item (no blank line) is its text: both stay
out of the outline."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document

_POINTS = "1. 过期时间保存在单独的字典里\n2. 读取之前先检查有没有过期\n3. 后台任务每秒抽样检查\n4. 从库等待主库的删除命令"
_LAZY = ("int expireIfNeeded(redisDb *db, robj *key) {\n    if (!keyIsExpired(db,key)) return 0;\n"
         "    propagateExpire(db,key);\n    notifyKeyspaceEvent(NOTIFY_EXPIRED,\"expired\",key,db->id);\n"
         "    return deleteExpiredKey(db,key);\n}")
_ACTIVE = "void activeExpireCycle(int type) {\n    static unsigned int current_db = 0;\n    long long start = ustime();\n}"


def _note(after_list: str, gap: str = "\n\n") -> list[str]:
    text = ("Redis 过期策略笔记\n\n概述\n\nRedis 中的键可以设置过期时间，到期以后就不能再被读取，这里记录它是怎样删除过期键的。\n\n"
            + _POINTS + gap + after_list + "\n\n" + _LAZY + "\n\n定期删除\n\n"
            + "定时任务按照数据库逐个处理，每次只用掉一小段时间，不会长时间阻塞主线程。\n\n" + _ACTIVE + "\n")
    return heading_texts(parse_document(text.encode("utf-8")))


@pytest.mark.parametrize("after_list, gap, expected", [
    ("惰性删除", "\n\n", ["概述", "惰性删除", "定期删除"]),  # set off after the list: the next part
    ("读取时删除", "\n\n\n", ["概述", "读取时删除", "定期删除"]),
    ("惰性删除是读取时才做的检查", "\n\n", ["概述", "定期删除"]),  # guard: a statement, the item's point
    ("惰性删除", "\n", ["概述", "定期删除"]),  # guard: right under item 4, its text
])
def test_a_sub_heading_set_off_after_a_dropped_list_stands_after_it(after_list, gap, expected):
    assert _note(after_list, gap) == expected
