"""How long a document is, in the one way every place writes it (the document list, the status bar): the list said
'1.8万字' and the status bar '18,226字' for the same document. Pure: the UI gives the unit in its language."""

from __future__ import annotations

WAN = 10_000  # from here a length is counted, to one decimal, in 万 (1.8万) or in thousands in English (18.2k)


def length_figure(chars: int, myriad: str = "") -> str:
    """The number a length is written with: exact below ten thousand, as each language groups digits (3098 in Chinese,
    whose four digits stand ungrouped, 3,098 in English); from there to one decimal in `myriad`, the UI's word for
    ten thousand (1.8万, 1.8萬), or without one in thousands (18.2k): an exact count of a long text is never read."""
    if chars < WAN:
        return str(chars) if myriad else f"{chars:,}"
    if myriad:
        return f"{chars / WAN:.1f}{myriad}"
    return f"{chars / 1000:,.1f}k"
