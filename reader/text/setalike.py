"""Text set in alike: every line of a plain text indented by the same spaces ('　　' before each paragraph, its
titles too), as copies from a page or a word processor leave it. An indent every line has marks none of them: the
text reads as if flush, so that its titles, its Markdown marks ('　　## 概述', '　　====') and its own further
indents read as they would at the margin."""

from __future__ import annotations

import dataclasses

from reader.text.model import Decoded
from reader.text.textlines import split_lines

_MIN_LINES = 8  # fewer lines say nothing of a habit
_SPACE = " \t\u3000\xa0"


def common_indent(text: str) -> str:
    """The whitespace every non-blank line opens with ('' when one line stands flush)."""
    common: str | None = None
    for line in split_lines(text):
        if not line.strip():
            continue
        if common is None:
            common = line[:len(line) - len(line.lstrip(_SPACE))]
        elif not line.startswith(common):
            lead = line[:len(line) - len(line.lstrip(_SPACE))]
            k = 0
            while k < len(common) and k < len(lead) and common[k] == lead[k]:
                k += 1
            common = common[:k]
        if not common:
            return ""
    return common or ""


def flushed(decoded: Decoded) -> Decoded | None:
    """A plain text whose every line stands in by the same whitespace, with that indent taken off each line (line
    numbers unchanged); None when a line stands flush, the text is short, or has undecodable bytes (offsets)."""
    if decoded.kind != "text" or decoded.bad_positions:
        return None
    lines = split_lines(decoded.text)
    if sum(1 for line in lines if line.strip()) < _MIN_LINES:
        return None
    indent = common_indent(decoded.text)
    if not indent:
        return None
    cut = len(indent)
    return dataclasses.replace(decoded, text="\n".join(line[cut:] if line.strip() else line for line in lines))
