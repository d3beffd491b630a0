"""A library search query as the reader types it: terms (quotes group a phrase with spaces) and metadata filters
such as 文号:国发〔2019〕3号, parsed into what reader.storage.search looks for."""

from __future__ import annotations

from dataclasses import dataclass

from reader.storage.dates import date_term
from reader.storage.index import indexed_characters
from reader.storage.regional import regional_forms
from reader.text.fold import fold
from reader.text.official import normalize_number

# Filter names as a reader types them (Chinese or English) -> documents column.
FILTERS = {"文号": "number", "文號": "number", "字号": "number", "number": "number",
           "机关": "authority", "機關": "authority", "发文机关": "authority", "authority": "authority",
           "种类": "kind", "種類": "kind", "文种": "kind", "类型": "kind", "kind": "kind",
           "标题": "title", "標題": "title", "title": "title",
           "来源": "source", "來源": "source", "source": "source",
           "日期": "date", "date": "date", "成文日期": "written", "written": "written", "年份": "date"}
_FOLDED_FILTERS = {fold(k): c for k, c in FILTERS.items()}
_QUOTES = {'"': '"', "“": "”", "「": "」"}


class QueryError(ValueError):
    """A query with nothing to search for."""


@dataclass(frozen=True)
class Query:
    """A parsed query: text phrases (all must occur) and metadata filters (column, folded value)."""

    phrases: tuple[str, ...]  # folded, letters/digits/ideographs only
    filters: tuple[tuple[str, str], ...]
    dates: tuple[tuple[str, str], ...] = ()  # (phrase, yyyy-mm-dd) of a term typed as a whole date
    # (phrase, form, script of the documents it counts in) of an unquoted word another region writes otherwise
    regional: tuple[tuple[str, str, str], ...] = ()


def _split(query: str) -> list[tuple[str, bool]]:
    """Whitespace-separated terms; quotes group a phrase with spaces. Each term with whether it began quoted."""
    terms: list[tuple[str, bool]] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        parts: list[str] = []
        quoted = query[i] in _QUOTES
        while i < n and not query[i].isspace():
            close = _QUOTES.get(query[i])
            if close:
                end = query.find(close, i + 1)
                end = n if end < 0 else end
                parts.append(query[i + 1: end])
                i = end + 1
            else:
                parts.append(query[i])
                i += 1
        terms.append(("".join(parts), quoted))
    return terms


def parse(query: str) -> Query:
    """'监督 "依法行政" 文号:国发〔2019〕3号 机关:国务院' -> phrases and filters."""
    phrases: list[str] = []
    filters: list[tuple[str, str]] = []
    dates: list[tuple[str, str]] = []
    regional: list[tuple[str, str, str]] = []
    for term, quoted in _split(query):
        colon = min((term.find(c) for c in ":：" if c in term), default=-1)
        column = _FOLDED_FILTERS.get(fold(term[:colon])) if colon > 0 and not quoted else None
        if column is not None:
            value = term[colon + 1:].strip()
            value = normalize_number(value) if column == "number" else value
            if value:
                filters.append((column, fold(value)))
            continue
        chars = indexed_characters(term)
        if chars:
            phrases.append(chars)
            if not quoted and (day := date_term(term)):
                dates.append((chars, day))
            if not quoted:
                regional += [(chars, form, script) for form, script in regional_forms(chars, fold(term) != term)[1:]]
    if not phrases and not filters:
        raise QueryError("nothing to search for")
    return Query(tuple(phrases), tuple(filters), tuple(dates), tuple(regional))
