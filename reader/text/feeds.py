"""The parts of a feed or digest page: the names its items are grouped under.

A digest lists story after story, each a headline over its metadata or its link (meta.digest_headlines); it groups
them under the name of their source ('Hacker News', '联合早报'), and the sources under a part ('Developers',
'Generic News'). A reader reads such a name as a heading because it stands alone right above a story's headline, in
a page made of headlines. A name stands once in the page; a line the page repeats ('詳細'), a short line over most stories
(their category: '港聞', '馬經') or a run of three short lines or more (a menu of categories) names no part. One pass over the lines.
"""

from __future__ import annotations

from collections import Counter

from reader.text.meta import digest_headlines, item_meta

_NAME_MAX = 40
_STACK = 2  # a part's name over its first source's name over the first headline


def _name_line(text: str) -> bool:
    """A short line that could name a group of stories: no sentence, no link, no metadata."""
    text = text.strip()
    return 0 < len(text) <= _NAME_MAX and not text.endswith(("。", "！", "？", "；", "：", ":", "...", "…")) \
        and "://" not in text and not item_meta(text)


def feed_parts(texts: list[str]) -> dict[int, int]:
    """Each headline and source name of a digest → the line of the name it belongs under (-1: none), for the names
    found right above a headline; empty when the page is no digest."""
    heads = set(digest_headlines(texts, teasers=True))
    if not heads:
        return {}
    counts = Counter(t.strip() for t in texts)
    if 2 * sum(i > 0 and i - 1 not in heads and _name_line(texts[i - 1]) for i in heads) > len(heads):
        return {}  # a short line over every story ('港聞', '詳細'): the stories' own categories or buttons
    owner: dict[int, int] = {}
    part, source = -1, -1
    for i in sorted(heads):
        names = []
        j = i - 1
        while j >= 0 and j not in heads and _name_line(texts[j]) and len(names) <= _STACK:
            names.append(j)
            j -= 1
        if names and len(names) <= _STACK and all(counts[texts[k].strip()] == 1 for k in names):
            if len(names) == _STACK:
                part, source = names[1], names[0]
                owner[source] = part
            else:
                source = names[0]
                owner[source] = part
        if source >= 0:
            owner[i] = source
    return owner if any(k not in heads for k in owner) else {}
