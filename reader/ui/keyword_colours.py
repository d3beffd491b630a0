"""Which palette colour each keyword is drawn in: kept across restarts and script forms, distinct where it can be.

Pure Python (no Qt): slots are palette indices; words are compared by ``fold`` so '监督' and '監督' are one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reader.text.fold import fold


def free_slot(used: Iterable[int], size: int, wanted: int | None = None, count: int = 0) -> int:
    """The wanted slot when no keyword shown has it, else the first free one; all taken: repeat by position."""
    taken = set(used)
    if wanted is not None and 0 <= wanted < size and wanted not in taken:
        return wanted
    return next((i for i in range(size) if i not in taken), count % size)


def restored_slots(words: list[str], stored: Mapping[str, int], size: int) -> dict[str, int]:
    """Slots for restored keywords: each keeps its saved colour (found in either script) unless an earlier one
    already has it; those without one (an older settings file) take the free colours in order, as before."""
    saved = {fold(w): s for w, s in stored.items() if isinstance(s, int) and not isinstance(s, bool) and 0 <= s < size}
    slots: dict[str, int] = {}
    claimed: set[int] = set()
    for word in words:
        slot = saved.get(fold(word))
        if slot is not None and slot not in claimed:
            slots[word] = slot
            claimed.add(slot)
    for n, word in enumerate(words):
        if word not in slots:
            slots[word] = slot = free_slot(claimed, size, count=n)
            claimed.add(slot)
    return {w: slots[w] for w in words}
