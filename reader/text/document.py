"""The one pipeline from a file to a cleaned, outlined Document."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.text.banners import banner_lines
from reader.text.captions import under_pictures
from reader.text.clean import clean
from reader.text.decode import read_file
from reader.text.doubled import halved, renumbered
from reader.text.introparts import intro_sections
from reader.text.model import Decoded, Document
from reader.text.outline import parse_outline
from reader.text.setalike import flushed
from reader.text.tocdepth import contents_headings

# lines cleaning took out that account for a gap in the text, so the line after it is no picture's caption: a
# picture's own caption, the page's chrome or its promotion ('微信扫描上方二维码，就可以了解活动详情' over '科技动态')
_GAP_FILLERS = frozenset(("caption", "chrome", "promo"))


@dataclasses.dataclass(frozen=True)
class Cleaned:
    """A text cleaned but not yet outlined (the outline adds headings only): a long document is shown from it first."""

    document: Document  # the final paragraphs, line numbers and metadata; no headings yet
    decoded: Decoded  # the text outlined (flushed, halved)
    unnumbered: Document  # `document` before its lines were numbered as in a double-spaced file
    numbers: list[int] | None = None


def build_document(decoded: Decoded) -> Document:
    """Clean and outline decoded text (a text's own contents list names and nests the headings it lists; a
    double-spaced text is read with its spacing halved, its lines numbered as in the file; a text set in alike, every
    line by the same indent, is read flush)."""
    return outline_document(clean_document(decoded))


def clean_document(decoded: Decoded) -> Cleaned:
    """The first half of build_document: the cleaned text, which the outline leaves as it is."""
    decoded = flushed(decoded) or decoded
    if undone := halved(decoded):
        doc = _cleaned(undone[0])
        return Cleaned(renumbered(doc, undone[1]), undone[0], doc, undone[1])
    doc = _cleaned(decoded)
    return Cleaned(doc, decoded, doc)


def outline_document(cleaned: Cleaned) -> Document:
    """The second half of build_document: the cleaned document with its outline."""
    doc = _outlined(cleaned.unnumbered, cleaned.decoded)
    return renumbered(doc, cleaned.numbers) if cleaned.numbers is not None else doc


def _cleaned(decoded: Decoded) -> Document:
    """Decoded text cleaned, its captions under pictures marked."""
    doc = clean(decoded)
    if pictured := under_pictures(doc.paragraphs, [(r.line, r.text) for r in doc.removed]):
        doc = dataclasses.replace(doc, paragraphs=tuple(dataclasses.replace(p, caption=True) if k in pictured else p
                                                        for k, p in enumerate(doc.paragraphs)))
    return doc


def _outlined(doc: Document, decoded: Decoded) -> Document:
    """The cleaned document's headings (a specification's template sections sit under its 引言)."""
    headings = parse_outline(doc.paragraphs, doc.title, doc.kind,
                             frozenset(r.line for r in doc.removed if r.reason in _GAP_FILLERS),
                             banner_lines(doc.paragraphs, doc.title, doc.removed))
    if doc.kind == "text":
        headings = contents_headings(headings, doc.paragraphs, decoded.text, doc.title)
    return dataclasses.replace(doc, headings=intro_sections(headings))


def load_document(path: Path) -> Document:
    """Read, decode, clean and outline a file (the engine without the app: benchmarks, scripts)."""
    return build_document(read_file(path))
