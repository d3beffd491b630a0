"""A search term that is a whole date, as the list shows one ('2021-12-06') or a text writes it ('2021年12月6日')."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reader.text.fold import fold
from reader.text.lazyre import lazy

_DATE = lazy(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})[日号號]?")


def date_term(term: str) -> str:
    """The yyyy-mm-dd a term names when it is nothing but a date ('' otherwise): the list shows 2021-12-06, and a
    reader who typed it found nothing, the text writing 2021年12月6日."""
    m = _DATE.fullmatch(fold(term.strip()))
    if m is None:
        return ""
    year, month, day = (int(g) for g in (m.group(1, 3, 4) if m.group(1) else m.group(5, 6, 7)))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def listed_first(found: Any, listed: Any, limit: int) -> tuple[list, int, bool]:
    """Hits, total and exactness of either search (storage.search.Found, of documents by text and by the date): those
    listed on the date first (with their text hit, if any), then the others."""
    on_date, in_text = {hit.doc_id for hit in listed}, {hit.doc_id for hit in found}
    hits = ([hit for hit in found if hit.doc_id in on_date] + [hit for hit in listed if hit.doc_id not in in_text]
            + [hit for hit in found if hit.doc_id not in on_date])
    whole = len(found) == found.total and len(listed) == listed.total  # every one seen: the overlap is known
    return hits[:limit], found.total + listed.total - len(on_date & in_text), found.exact and listed.exact and whole


def by_date(q: Any) -> Any:
    """The query (storage.query.Query) with its date terms as 日期: filters instead of phrases."""
    typed = {phrase for phrase, _day in q.dates}
    return replace(q, phrases=tuple(p for p in q.phrases if p not in typed),
                   filters=q.filters + tuple(("date", day) for _phrase, day in q.dates), dates=())
