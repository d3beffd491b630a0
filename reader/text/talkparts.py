"""A talk's page names its own parts: '文字稿' over the transcript, '视频：' or '视频链接' over the recording, each a
line of its own once the page's text has begun (above it, '视频' among '新闻', '图片' is the site's menu)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.text.model import Paragraph

_TALK_PARTS = frozenset(
    "文字稿 逐字稿 文字实录 文字實錄 演讲全文 演講全文 讲话全文 講話全文 "  # the talk written out
    "视频 視頻 影片 视频链接 視頻鏈接 视频连结 影片連結 影片链接 演讲视频 演講視頻 视频回放 視頻回放 完整视频 完整視頻".split())
_MENU_ITEM_MAX = 8  # a menu's neighbours are short words: '图片', '协会介绍'


def _name(text: str) -> str:
    return "".join(text.split()).rstrip("：:")


def _menu_item(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _MENU_ITEM_MAX and text[-1:] not in "。！？.!?"


def talk_parts(paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> set[int]:
    """The lines naming a talk page's parts ('文字稿', '视频：'), below the page's first paragraph of text and not
    among other short words as a menu's item is."""
    lead = next((k for k, p in enumerate(paragraphs) if is_body(p.text)), len(paragraphs))
    found = set()
    for i in range(lead + 1, len(paragraphs)):
        text = paragraphs[i].text
        if len(text) > 12 or _name(text) not in _TALK_PARTS:
            continue
        menu = _menu_item(paragraphs[i - 1].text) and i + 1 < len(paragraphs) and _menu_item(paragraphs[i + 1].text)
        if not menu or text.rstrip()[-1:] in "：:":
            found.add(i)
    return found
