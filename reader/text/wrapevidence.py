"""Which open lines may tell the width a document is wrapped at: a line the wrap cut runs on in the next one."""

from __future__ import annotations

from reader.text.lineshape import BULLETS
from reader.text.plainlines import LIST_BULLETS


def _opens_item(text: str) -> bool:
    """A line opening a list's item ('- 110G系列220V的电机：110/30', '• 使用说明'): never the tail of a cut line."""
    return text.startswith(LIST_BULLETS) or text[:1] in BULLETS


def cut_lines(texts: list[str], opens: list[bool], indents: list[int]) -> list[bool]:
    """Open lines that may have been cut by a wrap: a list's item followed by its next sibling, set as deep, ended
    there (a list of short specifications, alike in width, is no wrap however many its items), so it shows no width."""
    items = [_opens_item(t) for t in texts]
    return [o and not (items[k] and k + 1 < len(texts) and items[k + 1] and indents[k] == indents[k + 1])
            for k, o in enumerate(opens)]
