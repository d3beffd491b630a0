"""A web page's banner: what a copy keeps between the page's title and that title shown again over the article (the
site's name, its channel, a menu) is the page's furniture, no section of the article."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.text.model import Paragraph, Removed

_AGAIN_WITHIN = 8  # the title shown again this many paragraphs below the top at most: a page's header is short
_BANNER_MAX = 40  # a banner's line is short, or a menu's words in a row; a paragraph of body (long, in sentences)
_SENTENCE = frozenset("，。；！？,;")  # above the title again says it is no page header


def _bare(text: str) -> str:
    return "".join(text.split()).strip("*#\ufeff\u200b")


def banner_lines(paragraphs: Sequence[Paragraph], title: str, removed: Iterable[Removed] = ()) -> frozenset[int]:
    """The lines of the short paragraphs standing above the title shown again a few lines below the top ('网易新闻'
    between the page's title and its headline; cleaning may have set both copies of the title aside already)."""
    top = 0 if title else 1  # untitled, the first paragraph is the page's title
    shown = _bare(title) if title else _bare(paragraphs[0].text) if paragraphs else ""
    if not shown:
        return frozenset()
    again = [r.line for r in removed if r.reason == "duplicate" and _bare(r.text) == shown]
    above: list[int] = []
    for p in paragraphs[top:top + _AGAIN_WITHIN + 1]:
        if _bare(p.text) == shown or again and p.line > min(again):
            return frozenset(above)
        if len(_bare(p.text)) > _BANNER_MAX and not _SENTENCE.isdisjoint(p.text) or p.ruled:
            break  # a rule ('---') under the top: the writer's break, the body begun (a page's header has none)
        above.append(p.line)
    return frozenset()


def drop_banner_lines(candidates: list, paragraphs: Sequence[Paragraph], banner: frozenset[int]) -> None:
    """An unnumbered title above the page's title shown again is the site's banner, not a section (a numbered line
    there, '九、其他作业', is the article's own and stays)."""
    for c in candidates if banner else ():
        if c.accepted and not c.numbered() and paragraphs[c.index].line in banner \
                and not paragraphs[c.index].heading_level:  # '## 小组成员' over a contents list naming the title: the
            # file's own section (a text file's bold line there is still the site's: d58_03)
            c.accepted = False
            c.reason = "above the page's title shown again: the site's banner, no section"
