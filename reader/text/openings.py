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


def opens_none(opening: AbstractSet[str] | None, marks: Iterable[str]) -> bool:
    """No line opens with any of `marks`; False when the openings are not given (the pass then looks for itself)."""
    return opening is not None and opening.isdisjoint(marks)
