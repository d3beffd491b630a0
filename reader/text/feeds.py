"""The parts of a feed or digest page: the names its items are grouped under.

A digest lists story after story, each a headline over its metadata or its link (digests.digest_headlines); it groups
them under the name of their source ('Hacker News', '联合早报'), and the sources under a part ('Developers',
'Generic News'). A reader reads such a name as a heading because it stands alone right above a story's headline, in
a page made of headlines. A name stands once in the page; a line the page repeats ('詳細'), a short line over most stories
(their category: '港聞', '馬經') or a run of three short lines or more (a menu of categories) names no part. One pass over the lines.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from reader.text.digests import digest_headlines
from reader.text.lazyre import lazy
from reader.text.meta import item_meta
from reader.text.model import Paragraph
from reader.text.plainlines import LIST_BULLETS

_NAME_MAX = 40
_ARTICLE_SHARE = 0.6  # of a page's running text above its first dated headline: an article, not a feed
_STACK = 2  # a part's name over its first source's name over the first headline
_BOX_MAX = 8  # a box's name and the tabs and menus under it ('熱門文章' / '今天本週本月'): short lines
_BOX_LINES = 12
_RUN = 3  # headlines one after another with nothing between: a box of links to stories
_RUN_HEADLINE = (8, 60)
_MORE = lazy(r"(?:更多|詳細|详细|詳情|详情|全文|more|More)$")  # '載入更多', '詳細': a box's buttons
_CJK = lazy("[\u3400-\u9fff]")
_SENTENCE_END = ("。", "！", "？", "；", "：", ":", "...", "…")
_STATEMENT_END = ("。", "；", "：", ":", "...", "…")  # a headline may exclaim or ask ('…做嘢啦！')


def _name_line(text: str) -> bool:
    """A short line that could name a group of stories: no sentence, no link, no metadata."""
    text = text.strip()
    return 0 < len(text) <= _NAME_MAX and not text.endswith(_SENTENCE_END) \
        and "://" not in text and not item_meta(text)


def feed_parts(texts: list[str], heads: set[int] | None = None) -> dict[int, int]:
    """Each headline and source name of a digest → the line of the name it belongs under (-1: none), for the names
    found right above a headline; empty when the page is no digest. `heads`: the digest's headlines, when known."""
    heads = set(digest_headlines(texts, teasers=True)) if heads is None else set(heads)
    if not heads:
        return {}
    counts = Counter(t.strip() for t in texts)
    boxed = _boxes(texts, heads, counts)
    if boxed:
        return boxed
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


def _headline_runs(texts: list[str], heads: set[int]) -> set[int]:
    """On a feed page, lines that read as headlines one after another ('熱門文章' under its tabs: thirty stories as
    links, no date or teaser between) are stories too."""
    low, high = _RUN_HEADLINE
    found: set[int] = set()
    run: list[int] = []
    for i, text in enumerate(texts + [""]):
        text = text.strip()
        if i not in heads and low <= len(text) <= high and _CJK.search(text) and not text.endswith(_STATEMENT_END) \
                and "://" not in text and not item_meta(text) and not _MORE.search(text) \
                and not text.startswith(LIST_BULLETS):  # '- 建立組織文化' is a note's item, no story's link
            run.append(i)
            continue
        if len(run) >= _RUN:
            found.update(run)
        run = []
    return found


def _boxes(texts: list[str], heads: set[int], counts: Counter) -> dict[int, int]:
    """A news-list page in boxes ('即時新聞港聞', '熱門文章', '日報新聞'): each box's name stands once at the top of
    the short lines (its tabs, menus, a '更多' button, a story's category) right above the box's first story, over a
    tab or a button or over a run of headlines; the stories below belong to it. A short line right over a single
    story is the story's category ('港聞', '國際')."""
    runs = _headline_runs(texts, heads)
    stories = heads | runs
    owner: dict[int, int] = {}
    box = -1
    for i in sorted(stories):
        name, j = -1, i - 1
        while j >= max(0, i - _BOX_LINES) and j not in stories and 0 < len(texts[j].strip()) <= _BOX_MAX:
            text = texts[j].strip()
            if counts[text] == 1 and len(text) >= 2 and _CJK.search(text) and not _MORE.search(text) \
                    and not text.endswith(_SENTENCE_END) and not item_meta(text):
                name = j  # the topmost such line: the box's name over its tabs
            j -= 1
        if name >= 0 and name != box and (name < i - 1 or i in runs):  # right over one story: its category
            box = name
            owner[box] = -1
        if box >= 0:
            owner[i] = box
    return owner if len({k for k, v in owner.items() if v < 0}) >= 2 else {}


def after_article(paragraphs: Sequence[Paragraph], first: int, is_body: Callable[[str], bool]) -> bool:
    """Most of the page's running text stands above its first dated headline: an article, its related links below."""
    above = sum(len(p.text) for p in paragraphs[:first] if is_body(p.text))
    return above > _ARTICLE_SHARE * (above + sum(len(p.text) for p in paragraphs[first:] if is_body(p.text)))
