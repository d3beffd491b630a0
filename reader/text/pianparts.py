"""'产品研发篇', '风险篇', '2024年总结之项目篇': titles naming a part of the text as a 篇 ('基础篇', '进阶篇') stand over
the plain titles after them, each up to the next such title."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.closings import CLOSING_NAMES
from reader.text.model import Paragraph
from reader.text.punctuation import label_name

_PIAN = "篇"
_PIAN_MIN = 2  # 篇 titles at the top of a text: two at least show its parts
_PIAN_MAX = 16  # characters: a part's name, no sentence ('这是我写的第一篇' ends so too)


def _pian(text: str) -> bool:
    name = "".join(text.split())
    return 2 <= len(name) <= _PIAN_MAX and name.endswith(_PIAN) and name[-2:] not in ("一篇", "几篇", "这篇", "那篇", "本篇")


def nest_under_pian(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """Where two top-level unnumbered titles or more name 篇 parts, the top-level titles after each (up to the next
    篇, a named part such as '参考资料', or a closing title such as '最后') are its sections; titles before the first
    篇 ('引子') stay at the top."""
    top = [n for n, c in enumerate(candidates) if c.accepted and c.parent < 0]
    if any(candidates[n].numbered() for n in top):
        return  # numbered parts say their own levels; numbers under a plain title ('方式1：') go with it
    parts = {n for n in top if candidates[n].key == "container" and _pian(paragraphs[candidates[n].index].text)}
    if len(parts) < _PIAN_MIN:
        return
    head = -1
    for n in top:
        name = label_name(paragraphs[candidates[n].index].text)
        if n in parts:
            head = n
        elif candidates[n].key == "named" or name in CLOSING_NAMES:
            head = -1
        elif head >= 0:
            candidates[n].parent = head
