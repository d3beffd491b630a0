"""A rule issued by an order on top of it: '某某省人民政府令 第88号', '《…办法》已经…通过，现予公布，自…起施行。',
the signer and the date, then the rule's name over its 第一章. The order is the rule's issuing header, not a page
showing a law: the name is the document's own title and the chapters stand at the top, as in a bare rule."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_ORDER_SPAN = 8  # the order's lines (its number, the sentence, the signer, the date) sit right over the name
_ISSUING = lazy(r"公布|颁布|發布|发布|頒布")  # '现予公布', '现予发布', '予以公布' (no '印发': a notice that sends it on)


def issued_by_order(paragraphs: Sequence[Paragraph], name: int) -> bool:
    """Whether a line a few lines over the rule's name cites it in 《》 and says it is published ('《…暂行办法》已经…
    通过，现予公布'): an order or announcement that issues the rule (令, 公告), the rule the document itself. At most
    `_ORDER_SPAN` lines are read, once: linear."""
    key = "".join(paragraphs[name].text.split())
    if not key:
        return False
    cited = "《" + key + "》"
    for j in range(name - 1, max(-1, name - 1 - _ORDER_SPAN), -1):
        text = "".join(paragraphs[j].text.split())
        if cited in text and _ISSUING.search(text, text.index(cited) + len(cited)) is not None:
            return True
    return False
