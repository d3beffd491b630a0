"""A news feature's 小标题 written as a headline's clauses ('生食淡水虹鳟有风险，监管总局称情况复杂，正在监管'): longer
than a bare title and with a comma, a question or a speaker's colon inside, but never a sentence's end; a story sets
three or more of them, each over several paragraphs of its reporting."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

_LEN = (12, 48)  # longer than a bare title (30), as short as a headline keeps
_BREAKS = "，？：?"  # a headline's clauses part at a comma, a question ('…归谁管？'), a speaker's colon ('律师：…')
_NEVER = "。！；;!…“”「」（(,、"  # a sentence's end, a quote or an aside: the body's or a caption's
_BODY_MIN = 30  # a reporting paragraph: longer than a title, and finished
_BODY_END = "。！？”」』"
_REPORTED_MIN = 2  # paragraphs of reporting under each subhead
_CLAUSED_MIN = 3  # the story's form, repeated
_HEAD = lazy(r"[\u4e00-\u9fff]")


def _body(text: str) -> bool:
    """A paragraph of the story's reporting: long, ending its sentence."""
    text = text.strip()
    return len(text) >= _BODY_MIN and text[-1] in _BODY_END


def _claused(text: str) -> bool:
    """A headline of clauses: Chinese first and last, a clause break inside, no sentence's end or quote."""
    return _LEN[0] <= len(text) <= _LEN[1] and _HEAD.match(text) is not None and _HEAD.match(text[-1]) is not None \
        and any(ch in _BREAKS for ch in text) and not any(ch in _NEVER for ch in text)


def claused_subheads(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> set[int]:
    """Lines shaped as headline clauses, each between reporting paragraphs with two or more under it, three or more
    in a story that numbers nothing (a report's numbered parts make such lines its points, not its sections)."""
    if any(m is not None for m in matches):
        return set()
    texts = [p.text.strip() for p in paragraphs]
    found = [i for i in range(1, len(texts) - 1)
             if _claused(texts[i]) and _body(texts[i - 1]) and _body(texts[i + 1])]
    kept = []
    for k, i in enumerate(found):
        end = found[k + 1] if k + 1 < len(found) else len(texts)
        if sum(_body(t) for t in texts[i + 1:end]) >= _REPORTED_MIN:
            kept.append(i)
    return set(kept) if len(kept) >= _CLAUSED_MIN else set()
