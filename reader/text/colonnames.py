"""A section's name may end in a colon before what it holds ('三、 奖金计算：' over its articles, as contest codes and
club rules write them); a clause before the colon ('有下列情形之一的，…：') opens a list instead."""

from __future__ import annotations

from reader.text.markers import HeadingMatch

_NAME_MAX = 16  # '奖金计算', '特殊情况及处理办法': a section is named in a few words


def named_with_colon(m: HeadingMatch) -> bool:
    """A short name, no clause, closed by a colon alone on its line: a section's title, not a list's lead-in."""
    return bool(m.terminator) and m.terminator in "：:" and not m.rest and len(m.title) <= _NAME_MAX \
        and not any(c in m.title for c in "，,、；;")
