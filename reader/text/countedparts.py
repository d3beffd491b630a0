"""A talk's counted parts that read like a law's articles: '第一条经验，大学阶段该怎样学习。' / '第二条经验，做好大学四年的
规划。'.

A speaker counts the lessons, suggestions or principles of a talk with 条 and the noun ('第一条经验', '第二条建议：',
'第三条原则，'), as an essay counts with 个 ('第一个问题，'); 条 alone is a law's article, whose text runs on after
it ('第一条为了规范…'). Read as an article, the line's title was lost ('第一条') and the talk seemed a law. The lines
decide together: two or more, all the '第N条' lines of the text, each with the same two-character noun set off by a
comma or a colon (or said to be something: '第三条标准是…', a sentence), are a counted family; a law's articles never
all open with one word so set off. One pass over the matches: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.markers import HeadingMatch, match_counted
from reader.text.model import Paragraph

_COUNTED_MIN = 2
_STOPS = ("，", ",", "：", ":", "是")  # '第三条标准是…' counts too, in a sentence


def counted_word(text: str, marker: str) -> str:
    """The noun 条 counts right after the marker ('经验' in '第一条经验，…', '标准' in '第三条标准是…'), or '' when none
    is set off so."""
    after = len(text) - len(text.lstrip()) + len(marker)
    word = text[after:after + 2]
    return word if len(word) == 2 and text[after + 2:after + 3] in _STOPS and all(
        "\u4e00" <= c <= "\u9fff" for c in word) else ""


def counted_parts(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None]) -> dict[int, HeadingMatch | None]:
    """The '第N条' lines to read as a talk's counted parts, each with its reading (None: a sentence, '第一条标准，是…');
    empty when any article of the text is no such line or the lines count different nouns."""
    articles = [i for i, m in enumerate(matches) if m is not None and m.family == "tiao"]
    if len(articles) < _COUNTED_MIN:
        return {}
    word = counted_word(paragraphs[articles[0]].text, matches[articles[0]].marker)
    if not word or any(counted_word(paragraphs[i].text, matches[i].marker) != word for i in articles):
        return {}  # (the first article that counts no noun, or another, ends the look: a law's first does)
    return {i: match_counted(paragraphs[i].text) for i in articles}
