"""A row of links set side by side in one block of a web page: a page's tab bar or menu ('<div class="tab"><a>玩法规则
</a><a>玩法介绍</a><a>奖项规则</a></div>'), whose labels run into each other once the source's line breaks between
Chinese characters are dropped ('玩法规则玩法介绍奖项规则'); a reader takes it for no title and no heading of the text."""

from __future__ import annotations

_MIN_LINKS = 2  # separate links: one link alone is a heading's or a list item's text


def menu_row(links: int, link_chars: int, chars: int, heading: int) -> bool:
    """Two or more separate links and nothing else in the block, outside a heading the mark-up sets (whose links the
    page's writer chose to head a section with)."""
    return links >= _MIN_LINKS and chars > 0 and link_chars == chars and not heading
