"""A read-later app's Markdown export: its wrapper ('# Title', links, '# Full Content:') is no part of the article."""

from __future__ import annotations

from dataclasses import replace

from reader.text.model import Block

_WRAPPER_LABELS = frozenset({"full content"})  # the export template's label over the article
_LABEL_MAX = 16


def _label(text: str) -> str:
    return " ".join(text.replace("*", "").split()).rstrip("：:").strip().lower()


def _squeezed(text: str) -> str:
    return "".join(text.replace("*", "").split())


def unwrap_export(blocks: list[Block]) -> list[Block]:
    """Omnivore and its kind save a page as '# 标题', its links and dates, then '# Full Content:' over the article:
    the label heads the whole article, so it is no section of it, and the article's own first heading that repeats
    the wrapper's title ('## 「白色石油」的宿命轮回 | 智氪' under '# 「白色石油」的宿命轮回 | 智氪-36氪') titles the
    article, no section either. Without an earlier '#' title the label is the file's own and stays."""
    first = next((k for k, b in enumerate(blocks) if b.heading_level == 1), -1)
    if first < 0:
        return blocks
    label = next((k for k in range(first + 1, len(blocks)) if blocks[k].heading_level == 1), -1)
    if label < 0 or len(blocks[label].text) > _LABEL_MAX or _label(blocks[label].text) not in _WRAPPER_LABELS:
        return blocks
    title = _squeezed(blocks[first].text)
    out = blocks[:label]
    rest = blocks[label + 1:]
    head = next((k for k, b in enumerate(rest) if b.heading_level > 0), -1)
    if head >= 0 and (again := _squeezed(rest[head].text)) and title.startswith(again):
        rest = rest[:head] + [replace(rest[head], heading_level=0)] + rest[head + 1:]
    return out + rest
