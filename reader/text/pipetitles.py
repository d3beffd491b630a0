"""A blog's year in parts titled 'topic | phrase' ('技术 | 向更深处下潜', '健身 | 对抗久坐与熵增'): one form, one level."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

# '健身 | 对抗久坐与熵增': a short topic, one bar, a phrase; no stop, no second bar (a table's row, a menu)
_PIPE_TITLE = lazy(r"[^|｜\s。！？；，,]{1,8}\s*[|｜]\s*[^|｜。！？；;]{2,24}")
_SHOWN_MIN = 2  # titles of the form the rules took: the document's own way of titling its parts
PIPE_PARTS_MIN = 3  # titles of the form among a text's titles: its parts, whatever stands between them


def pipe_titles(paragraphs: Sequence[Paragraph], found: Sequence[int], weighable: Sequence[int]) -> set[int]:
    """The lines shaped 'topic | phrase' that the rules passed over (a caption over one, not body, stands before it),
    where two or more of that form are titles already: the writer's heading form, each of them a part."""
    if sum(_PIPE_TITLE.fullmatch(paragraphs[i].text.strip()) is not None for i in found) < _SHOWN_MIN:
        return set()
    return {i for i in weighable if _PIPE_TITLE.fullmatch(paragraphs[i].text.strip()) is not None}


def pipe_form(text: str) -> bool:
    """'技术 | 向更深处下潜': a part's title in a blog's year in parts."""
    return _PIPE_TITLE.fullmatch(text.strip()) is not None
