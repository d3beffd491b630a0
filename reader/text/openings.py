"""What a document's lines open and end with, and which hold a colon, found once: the passes that look only at lines
opening with a mark of their own ('▼', '【', '——', '📚') skip a document none of whose lines does (a law's lines open
with 第 and （), those that look only at lines ending in a page number or a contents name's last character skip one
none ends so, and those that look only at labelled lines ('主席：…') step through the lines with a colon alone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set as AbstractSet

from reader.text.model import Paragraph


def openings(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """Each paragraph's first character past its indent ('' for a blank one): one look a line, for all the passes."""
    found = {p.text[:1] for p in paragraphs}  # most lines have no indent: no strip for them
    if any(c.isspace() for c in found):
        found = {c for c in found if not c.isspace()} | {p.text.lstrip()[:1] for p in paragraphs if p.text[:1].isspace()}
    return frozenset(found)


def endings(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """Each paragraph's last character before its trailing spaces ('' for a blank one): one look a line, for all."""
    found = {p.text[-1:] for p in paragraphs}  # most lines end with no space: no strip for them
    if any(c.isspace() for c in found):
        found = {c for c in found if not c.isspace()} | {p.text.rstrip()[-1:] for p in paragraphs if p.text[-1:].isspace()}
    return frozenset(found)


def colon_lines(paragraphs: Sequence[Paragraph]) -> list[int]:
    """The lines with a colon ('：' or ':') anywhere, in order: one look a line, for all the passes after labels."""
    return [i for i, p in enumerate(paragraphs) if "：" in p.text or ":" in p.text]


def lines_holding(paragraphs: Sequence[Paragraph], mark: str, other: str = "") -> list[int]:
    """The lines holding `mark` (or `other`), in order: one C scan of the whole text first, as most texts hold
    neither ('号' in a law, '次' in a report) and a look at every line costs more than the scan."""
    texts = [p.text for p in paragraphs]
    whole = "\n".join(texts)
    if mark not in whole and (not other or other not in whole):
        return []
    if not other:
        return [i for i, text in enumerate(texts) if mark in text]
    return [i for i, text in enumerate(texts) if mark in text or other in text]


def opens_no_digit(opening: AbstractSet[str] | None) -> bool:
    """No line opens with a digit (a count, a time, a date); False when the openings are not given."""
    return opening is not None and not any(c.isdigit() for c in opening)


def opens_none(opening: AbstractSet[str] | None, marks: Iterable[str]) -> bool:
    """No line opens with any of `marks`; False when the openings are not given (the pass then looks for itself)."""
    return opening is not None and opening.isdisjoint(marks)
