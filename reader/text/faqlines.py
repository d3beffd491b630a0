"""A FAQ flattened to one line a question ('Q：为什么我无法读取文件？ A：请确保…'): each question heads its answer."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.openings import opens_none

_QUESTION_MAX = 60  # '程序里面的某个小节和我在其他软件里看到的内容不同，这是为什么？': a user's question runs long
_FAQ_MIN = 3  # three questions answered on their own lines make a FAQ; one or two are a quoted exchange
_ASKED = lazy(r"(?:Q|问|問)[ \t]*[：:]")  # unnumbered: 'Q1：…' is a numbered question the markers read
_ANSWERED = lazy(r"[？?][ \t\u3000]*(?:A|答)[ \t]*[：:]")  # '？ A：' ends the question and opens its answer


def faq_questions(paragraphs: list[Paragraph], matches: list[HeadingMatch | None],
                  opening: AbstractSet[str] | None = None) -> dict[int, HeadingMatch]:
    """The lines of a flattened FAQ, each its question ('Q：…？') as a sub-title over its answer ('A：…') run in after
    it, where the text holds three or more of them; none elsewhere (a bounded look at the head of each line;
    `opening`: what the lines open with, when known: none opens with Q or 问, no line is looked at)."""
    found: dict[int, HeadingMatch] = {}
    if opens_none(opening, "Q问問"):
        return found
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if matches[i] is not None or text[:1] not in "Q问問" or (asked := _ASKED.match(text)) is None:
            continue
        answered = _ANSWERED.search(text, asked.end(), asked.end() + _QUESTION_MAX + 8)
        if answered is None or answered.start() == asked.end():
            continue
        question = text[:answered.start() + 1]
        answer = text[answered.start() + 1:].strip()
        found[i] = HeadingMatch("sub", "", question, answer, 1, 1, len(question), question[-1])
    return found if len(found) >= _FAQ_MIN else {}


def keep_questions(candidates: list, faq: dict[int, HeadingMatch]) -> None:
    """A FAQ's questions stay, whatever their run reads like: a comma inside ('…很乱，怎么办？') or a link in the answer
    run in after it makes no list of them, as the answer on the line shows each heads its own."""
    for c in candidates:
        if c.index in faq and c.match is faq[c.index]:
            c.accepted, c.reason = True, ""
