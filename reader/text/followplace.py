"""The reader's place in a text changed on disk: the same words, not the same count of characters from the top."""

from __future__ import annotations

BLOCK = 4096  # characters compared at once (a slice comparison), so a million-character text is 250 comparisons
ANCHOR = 24  # characters at the place looked for again in the changed stretch


def _same_start(old: str, new: str, limit: int) -> int:
    """Characters the two texts share from their start (up to `limit`), in linear time."""
    i = 0
    while i < limit and old[i:i + BLOCK] == new[i:i + BLOCK]:
        i = min(i + BLOCK, limit)
    end = min(i + BLOCK, limit)
    while i < end and old[i] == new[i]:
        i += 1
    return i


def _same_end(old: str, new: str, limit: int) -> int:
    """Characters the two texts share at their end (up to `limit`), in linear time."""
    n, o, w = 0, len(old), len(new)
    while n < limit and old[o - min(n + BLOCK, limit):o - n] == new[w - min(n + BLOCK, limit):w - n]:
        n = min(n + BLOCK, limit)
    end = min(n + BLOCK, limit)
    while n < end and old[o - n - 1] == new[w - n - 1]:
        n += 1
    return n


def followed_place(old: str, new: str, place: int) -> int:
    """Where `place` in `old` is in `new`: kept before the first change, moved by the change in length after the last
    (a paragraph added at the top left the reader that many characters earlier, on another paragraph); inside the
    changed stretch, where the words at the place are found again in it, nearest the place (else kept, within it)."""
    place = max(0, min(place, len(old)))
    limit = min(len(old), len(new))
    head = _same_start(old, new, limit)
    if place <= head:
        return place
    tail = _same_end(old, new, limit - head)
    if place >= len(old) - tail:
        return place + len(new) - len(old)
    anchor = old[place:place + ANCHOR]
    stop = len(new) - tail + len(anchor)  # the words may run on into the unchanged end
    before = new.rfind(anchor, head, min(place + len(anchor), stop))
    after = new.find(anchor, max(head, min(place, stop)), stop)
    found = [at for at in (before, after) if at >= 0]
    if found:
        return min(found, key=lambda at: abs(at - place))
    return min(place, len(new) - tail)
