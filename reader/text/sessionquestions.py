"""An interview's questions answered in a word: '- 团队里如果有同学没跟上进度怎么办？' over '干不完请奶茶；'.

A question heads its part when a paragraph of body follows it, so in an interview whose questions head their answers
one answered briefly ('干不完请奶茶；'), or with a lead-in to a list ('当然，我们遇到了一些挑战。例如：'), was left
in the part before it. When three questions or more already head their answers, a question set as they are (a
bullet or none, the same indent, a blank line above), between the session's first question and its last, is one
more of the session however short its answer. A question under a lead-in ('可以考虑以下几个问题：') or beside
another question stays an item of a list, and a named turn ('记者：…？') is left to the interview's turns. Each
paragraph is looked at once: linear time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.questions import asked_loosely_shaped, bullet_line

_SESSION_MIN = 3  # questions heading their answers that make the text a session of questions


def _form(p: Paragraph) -> tuple[bool, int]:
    """How a question is set: with a bullet or not, and at which indent."""
    return bullet_line(p.text), p.indent


def _plain(text: str) -> str:
    """'有遇到哪些问题，是怎么解决的呢？' read without its 呢: among a session's questions, one more put to the
    interviewee; one with a sentence before it ('那倒是不錯。那價格方面呢？') keeps it."""
    if text.endswith(("呢？", "呢?")) and not any(ch in text for ch in "。！!"):
        return text[:-2] + text[-1]
    return text


def _apart(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """A blank line above: the question opens a block of its own, as the session's do."""
    return paragraphs[i - 1].line < paragraphs[i].line - 1


def session_questions(paragraphs: Sequence[Paragraph], asked: Sequence[int], matches: Sequence[HeadingMatch | None],
                      taken: set[int]) -> list[int]:
    """The questions of a session the answer test passed over: set as the session's questions are, answered briefly."""
    if len(asked) < _SESSION_MIN:
        return []
    forms = Counter(_form(paragraphs[i]) for i in asked)
    form, count = forms.most_common(1)[0]
    if count < _SESSION_MIN:
        return []
    seen = set(asked) | taken
    more = []
    for i in range(asked[0] + 1, asked[-1]):  # a session runs from its first question to its last
        text = paragraphs[i].text
        asks = text.rstrip().endswith(("？", "?"))
        if i in seen or matches[i] is not None or not asks or _form(paragraphs[i]) != form:
            continue
        if "：" in text or ":" in text:
            continue  # '《中国企业家》：怎么理解？', '记者：…？': a named turn, which the interview's turns judge
        before, after = paragraphs[i - 1].text.strip(), paragraphs[i + 1].text.strip()
        if (not before or before.endswith(("：", ":", "？", "?")) or after.endswith(("？", "?")) or not after
                or matches[i + 1] is not None and matches[i + 1].number != 1 or not _apart(paragraphs, i)):
            continue
        if asked_loosely_shaped(_plain(text.strip())):
            more.append(i)
    return more
