"""What a library search returns: the documents found (one Hit each, at its first occurrence) and how many in all."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One document found, at its first occurrence of the first phrase."""

    doc_id: int
    path: str
    title: str
    script: str
    offset: int  # in the document's cleaned text (Python index); -1 for a title, name, header or filter match
    length: int
    snippet: str  # the text around the hit as the document writes it (the UI converts it to the display script)
    section: str  # outline breadcrumb of the hit
    number: str = ""
    authority: str = ""
    missing: bool = False
    snippet_hit: tuple[int, int] = (0, 0)  # where the hit is in the snippet (start, length), for highlighting
    name: str = ""  # the file name the words were found in, when the title does not have them ('' otherwise)
    source: str = ""  # the list row's source and date (documents.listed_date): said by a hit with no text to show
    listed: str = ""
    field: str = ""  # the header field the words were found in ('number', 'authority', 'source', 'author', 'editor'),
    # its value the snippet, when neither title nor name has them ('' otherwise)
    found: tuple[tuple[str, str], ...] = ()  # where each word was found, (place, the document's word), when the words
    # lie in different places (a header field, 'title' or 'text': reader.storage.mixed); () otherwise

    def as_dict(self) -> dict:
        return {"id": self.doc_id, "title": self.title, "path": self.path, "section": self.section,
                "snippet": self.snippet, "offset": self.offset, "number": self.number, "authority": self.authority,
                **({"field": self.field} if self.field else {}),
                **({"found": [{"in": place, "word": word} for place, word in self.found]} if self.found else {})}


class Found(list):
    """The hits shown (best first) and how many documents match in all: exact when every phrase is one or two
    characters (the index then answers alone) or every candidate was read; else an estimate."""

    def __init__(self, hits: list[Hit], total: int, exact: bool = True) -> None:
        super().__init__(hits)
        self.total = max(total, len(hits))
        self.exact = exact
