"""A library search result's lines when its words were found in different places ('云南日报 粮食': the source and
the text): the text hit's snippet, then each word with its place, so the reader sees why the row matched."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.storage.found import Hit


def snippet_line(hit: Hit, convert: Callable[[str, str], str]) -> str:
    """The snippet around the hit, the hit in bold and underlined, runs of encoding damage marked as the reading pane
    marks them (class 'garbled'): a row of mojibake read as plain text looked like the document's words."""
    from reader.text.garble import find_garbled

    start, length = hit.snippet_hit
    damaged = [(g.start, g.end) for g in find_garbled(hit.snippet)]
    cuts = sorted({0, start, start + length, len(hit.snippet)} | {i for span in damaged for i in span})
    out = []
    for a, b in zip(cuts, cuts[1:]):  # each piece converted alone: the hit's and the runs' bounds stay where they are
        piece = html.escape(convert(hit.snippet[a:b], hit.script))
        if any(s <= a and b <= e for s, e in damaged):
            piece = f"<span class='garbled'>{piece}</span>"
        out.append(f"<b><u>{piece}</u></b>" if start <= a and b <= start + length else piece)
    return "".join(out)


def place_labels(tr: Callable[[str], str]) -> dict[str, str]:
    """The reader's name of each place a word can be found in: the header's fields as the reading pane names them."""
    return {"authority": tr("Authority"), "number": tr("Number"), "source": tr("Source"), "author": tr("Author"),
            "editor": tr("Editor"), "title": tr("Title"), "text": tr("Text")}


def found_lines(hit: Hit, convert: Callable[[str, str], str], tr: Callable[[str], str]) -> str:
    """'…snippet…' (when a word was found in the text), then 'Source: 云南日报 · Text: 粮食', the words in bold."""
    labels = place_labels(tr)
    said = html.escape(tr("{0}: {1}"))
    places = " · ".join(said.format(f"<span class='muted'>{html.escape(labels.get(place, place))}</span>",
                                    f"<b>{html.escape(convert(word, hit.script))}</b>") for place, word in hit.found)
    return (snippet_line(hit, convert) + "<br>" if hit.offset >= 0 else "") + places
