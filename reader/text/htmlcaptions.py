"""A web page's picture captions: the short line a page sets right under a picture, or in a <figcaption>, names the
picture ('逸仙生物科技生产线' under a photo of the line), never a section of the article.

A picture counts when it stands alone in its block ('<p><img></p>' or '<img><br>'): an icon set in a line's own
block ('<p><img src="dot.gif">活动时间</p>') is the line's bullet. Under it, a caption is short and no sentence; a
numbered line ('一、活动背景'), an h-tag and a line set in bold are the article's own heads after a banner picture,
and a word or two under an avatar ('主持人') labels a speaker.
"""

from __future__ import annotations

from reader.text.hiddentext import hidden
from reader.text.markers import match_heading

CAPTION_MAX = 30  # characters of a caption under a picture; a longer line is the text resuming
CAPTION_MIN = 5  # fewer is a name or a role under an avatar ('主持人', '李明'): a speaker's label, no caption
_STOPS = "。！？；：!?;:，,"


def pictured(state: int, tag: str, attrs: dict[str, str], within_text: bool) -> int:
    """The picture state after a void tag: 1 when a picture a reader sees opens a block (no tracking pixel, no hidden
    share image, none inside a line's text), else as it was."""
    if tag != "img" or within_text or hidden(attrs) or attrs.get("width", "").strip() in ("0", "1"):
        return state
    return 1


def picture_caption(text: str, under_picture: bool, in_figcaption: bool, heading: int, strong: bool) -> bool:
    """Whether a page's block is a picture's caption: in a <figcaption>, or short and plain right under a picture."""
    if heading:
        return False
    if in_figcaption:
        return True
    return (under_picture and not strong and CAPTION_MIN <= len(text) <= CAPTION_MAX
            and not any(c in _STOPS for c in text) and match_heading(text) is None)
