"""Material and readers shared by the reading view's part tests: real text with astral characters spliced in.

'𠮷' stays itself under every conversion; s2t turns the BMP '㓆' into the astral '𠗣' and the astral '𫖮' of '周𫖮'
into the BMP '顗', so Python indices and Qt (UTF-16) positions differ, and differ anew after a conversion.
"""

from __future__ import annotations

import bisect
import functools

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QTextDocument

from reader.documents import load
from reader.text.display import DisplayText, paragraph_marks
from reader.text.model import Document
from reader.ui.body_positions import BodyPositions
from reader.ui.text_build import Built, DocumentBuilder
from reader.ui.themes import resolve
from reader.ui.typography import Typography, reading_font
from support import corpus_path, seed_paths

SPLICE = "㓆甲𠮷周𫖮乙"  # s2t: 𠗣甲𠮷周顗乙 (the astral character moves)


def spliced_lines(repeat: int = 1) -> list[str]:
    """The seeds' paragraphs, every third one with astral and about-to-be-astral characters spliced in."""
    lines = [line for path in seed_paths() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = [line[:7] + SPLICE + line[7:] if n % 3 == 0 else line for n, line in enumerate(lines)]
    return lines * repeat


@functools.cache
def _law_lines() -> tuple[str, ...]:
    doc = load(corpus_path("law01_prc_constitution.txt")).document
    return tuple(p.text[:3] + SPLICE + p.text[3:] if n % 3 == 0 else p.text for n, p in enumerate(doc.paragraphs))


def law_lines(repeat: int = 1) -> list[str]:
    """The constitution's paragraphs, every third with the same splice."""
    return list(_law_lines()) * repeat


def typography() -> Typography:
    return Typography(reading_font(13.0), resolve("light"))


def plain(qdoc: QTextDocument) -> str:
    """The document's text as Qt holds it (toPlainText would turn no-break spaces into spaces)."""
    return qdoc.toRawText().replace("\u2029", "\n")


def units(qdoc: QTextDocument) -> bytes:
    """The document's text in UTF-16 code units, as Qt positions count them."""
    return plain(qdoc).encode("utf-16-le")


def at(qdoc: QTextDocument | bytes, start: int, end: int) -> str:
    """The text between two Qt (UTF-16) positions, read straight from the document."""
    raw = units(qdoc) if isinstance(qdoc, QTextDocument) else qdoc
    return raw[2 * start:2 * end].decode("utf-16-le")


def build(owner: QObject, display: DisplayText, header=("", ""), doc: Document | None = None,
          typo: Typography | None = None) -> tuple[Built, BodyPositions, dict]:
    """A document built by a DocumentBuilder (owned by `owner`), with positions over it, and its marks."""
    marks, headings = paragraph_marks(doc, display) if doc is not None else ({}, {})
    builder = DocumentBuilder(owner, 28)
    got = []
    builder.built.connect(got.append)
    builder.start(header, display, marks, headings, typo or typography())
    for _ in range(1000):
        if got:
            break
        QCoreApplication.processEvents()  # a long text comes in several turns
    (built,) = got
    positions = BodyPositions(lambda: built.document)
    positions.reset(display)
    positions.placed(built.origin, built.header_blocks, built.cuts)
    return built, positions, marks


def laid_out(block) -> bool:
    return block.layout() is not None and block.layout().lineCount() > 0


def frontier(qdoc: QTextDocument) -> int | None:
    """Qt position of the first block not laid out (the laid-out blocks are a prefix); None when all are."""
    n = bisect.bisect_left(range(qdoc.blockCount()), True, key=lambda b: not laid_out(qdoc.findBlockByNumber(b)))
    return None if n == qdoc.blockCount() else qdoc.findBlockByNumber(n).position()


def pump_steps(qdoc: QTextDocument) -> list[int]:
    """How far the layout got in each event-loop turn, until the whole document is laid out."""
    reached, steps = frontier(qdoc) or 0, []
    for _ in range(400):
        QCoreApplication.processEvents()
        now = frontier(qdoc)
        now = qdoc.characterCount() if now is None else now
        steps.append(now - reached)
        reached = now
        if reached == qdoc.characterCount():
            break
    return steps


def long_report(chars: int = 600_000) -> str:
    """A long report whose read takes a good part of a second (rounds 70H, 70J), body paragraphs only."""
    para = "为了加强监督管理工作，推进依法行政，本段记录编号{0}的事项。各级人民政府应当完善制度，落实责任。\n\n"
    parts, total, i = ["关于长文的报告\n\n"], 0, 0
    while total < chars:
        i += 1
        parts.append(para.format(i))
        total += len(parts[-1])
    return "".join(parts)
