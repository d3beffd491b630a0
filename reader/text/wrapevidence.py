"""Which open lines may tell the width a document is wrapped at: a line the wrap cut runs on in the next one."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.lineshape import BULLETS
from reader.text.plainlines import LIST_BULLETS

# A numbered item's marker at a line's start, by kind: '3.' '3、' '3)' | '（3）' | '三、' | '（三）' | '③'.
_NUMBERED = lazy(r"\s*(?:(\d{1,3}[.．、)）])(?![\d.．])|([(（]\d{1,3}[)）])|([一二三四五六七八九十]{1,3}、)"
                 r"|([(（][一二三四五六七八九十]{1,3}[)）])|([①-⑳]))")


def _opens_item(text: str) -> bool:
    """A line opening a list's item ('- 110G系列220V的电机：110/30', '• 使用说明'): never the tail of a cut line."""
    return text.startswith(LIST_BULLETS) or text[:1] in BULLETS


def _numbered_kind(text: str) -> int:
    """Which kind of number opens the line (1–5), 0 for none: '2. static关键字' after '1. …' is its list's sibling."""
    found = _NUMBERED.match(text)
    return found.lastindex or 0 if found else 0


def cut_lines(texts: list[str], opens: list[bool], indents: list[int]) -> list[bool]:
    """Open lines that may have been cut by a wrap: a list's item followed by its next sibling, set as deep, ended
    there (a list of short specifications, alike in width, is no wrap however many its items), so it shows no width;
    so does a numbered item followed by one numbered alike ('1. 说说对hashCode…（携程）' over '2. static关键字'): a line
    the wrap cut runs on in words, never in the next number."""
    items = [_opens_item(t) for t in texts]
    kinds = [_numbered_kind(t) for t in texts]
    return [o and not (k + 1 < len(texts) and (items[k] and items[k + 1] and indents[k] == indents[k + 1]
                                               or kinds[k] and kinds[k] == kinds[k + 1]))
            for k, o in enumerate(opens)]


# A number the wrap cut after its colon or point: '…09:15-09:' / '45  胡欣蔚', '2014，33：' / '52～55', '64.' / '49。'
_CUT_BEFORE = lazy(r"\d[:：.．]$")
_CUT_AFTER = lazy(r"\d{1,4}(?![\d.．、)）])")


def cut_number(prev: str, nxt: str) -> bool:
    """A full line ending in a number's colon or point over a line opening with its digits ('09:' / '45'): the wrap
    cut one token (a clock time, a volume's pages, a decimal); a numbered item ('2008.' / '3. [3] …') is no cut."""
    return _CUT_BEFORE.search(prev) is not None and _CUT_AFTER.match(nxt) is not None
