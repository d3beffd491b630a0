"""A wiki page saved as text keeps its site's furniture: the tagline under the title, the contents box and its
entries, and the edit link beside each section's title. A page converted to a narrower encoding shows the characters
it lost as '?' ('[??]' for '[編輯]', '目?  [?藏]' for '目錄 [隱藏]'): the same furniture."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.model import Removed

_TAGLINE = lazy(r"[维維?]基百科，自由的百科全[书書?]$")
_BOX = lazy(r"目[录錄?][\s\u3000]*\[[隐隱显顯?][藏示]\]$")  # '目录 [隐藏]': the box's title and its toggle
_ENTRY = lazy(r"\d{1,2}(?:\.\d{1,2}){0,3}[ \u3000]+\S.{0,60}$")  # '2.1 气候': an entry of the box
_EDIT = lazy(r"\[(?:编辑|編輯|\?\?)\]")  # a section title's edit link, before it or after it
_TITLE_MAX = 40  # characters of a section title beside an edit link


def mark_wiki_chrome(texts: list[str], reasons: list[str]) -> None:
    """Mark the tagline and the contents box with its entries as chrome (one pass; the box ends at its first
    line that is no entry)."""
    i, n = 0, len(texts)
    while i < n:
        t = texts[i].strip()
        if t[:1] in "维維?" and _TAGLINE.match(t):
            reasons[i] = "chrome"
        elif t[:1] == "目" and _BOX.match(t):
            reasons[i] = "chrome"
            while i + 1 < n and _ENTRY.match(texts[i + 1].strip()):
                i += 1
                reasons[i] = "chrome"
        i += 1


def unedited(text: str, line: int, removed: list[Removed]) -> str:
    """'[编辑]历史' → '历史' (and '历史[编辑]'): a section title without its edit link, the link reported."""
    kept = text.strip()
    if len(kept) > _TITLE_MAX + 4 or "]" not in kept:
        return text
    if kept[:1] == "[" and (m := _EDIT.match(kept)) and kept[m.end():].strip():
        removed.append(Removed("chrome", m.group(), line))
        return kept[m.end():].strip()
    m = _EDIT.search(kept, len(kept) - 4) if kept[-1:] == "]" else None
    if m is not None and m.end() == len(kept) and kept[:m.start()].strip():
        removed.append(Removed("chrome", m.group(), line))
        return kept[:m.start()].strip()
    return text
