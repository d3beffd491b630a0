"""A library search result's lines when its words were found in different places ('云南日报 粮食': the source and
the text): the text hit's snippet, then each word with its place, so the reader sees why the row matched."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.storage.found import Hit


def snippet_line(hit: Hit, convert: Callable[[str, str], str]) -> str:
    """The snippet around the hit, the hit in bold and underlined, in the displayed script."""
    start, length = hit.snippet_hit
    parts = (hit.snippet[:start], hit.snippet[start: start + length], hit.snippet[start + length:])
    before, match, after = (html.escape(convert(p, hit.script)) for p in parts)
    return f"{before}<b><u>{match}</u></b>{after}"


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
