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


def build_document(decoded: Decoded) -> Document:
    """Clean and outline decoded text (a text's own contents list names and nests the headings it lists; a
    double-spaced text is read with its spacing halved, its lines numbered as in the file; a text set in alike, every
    line by the same indent, is read flush)."""
    decoded = flushed(decoded) or decoded
    if undone := halved(decoded):
        return renumbered(_built(undone[0]), undone[1])
    return _built(decoded)


def _built(decoded: Decoded) -> Document:
    """The document of decoded text as it stands (a specification's template sections sit under its 引言)."""
    doc = clean(decoded)
    if pictured := under_pictures(doc.paragraphs, [(r.line, r.text) for r in doc.removed]):
        doc = dataclasses.replace(doc, paragraphs=tuple(dataclasses.replace(p, caption=True) if k in pictured else p
                                                        for k, p in enumerate(doc.paragraphs)))
    headings = parse_outline(doc.paragraphs, doc.title, doc.kind,
                             frozenset(r.line for r in doc.removed if r.reason == "caption"),
                             banner_lines(doc.paragraphs, doc.title, doc.removed))
    if doc.kind == "text":
        headings = contents_headings(headings, doc.paragraphs, decoded.text, doc.title)
    return dataclasses.replace(doc, headings=intro_sections(headings))


def load_document(path: Path) -> Document:
    """Read, decode, clean and outline a file (the engine without the app: benchmarks, scripts)."""
    return build_document(read_file(path))
