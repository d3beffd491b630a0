"""Clean decoded text into a structured Document (placeholder: the foundation issue refines it)."""

from __future__ import annotations

from reader.text.model import Block, Decoded, Document, Paragraph


def split_blocks(decoded: Decoded) -> list[Block]:
    """Plain text: one block per non-empty line."""
    return [Block(line.strip(), n) for n, line in enumerate(decoded.text.split("\n"), 1) if line.strip()]


def clean(decoded: Decoded, blocks: list[Block] | None = None) -> Document:
    """Build the cleaned document; the first block is the title."""
    blocks = split_blocks(decoded) if blocks is None else blocks
    title = blocks[0].text if blocks else ""
    paragraphs = []
    start = 0
    for block in blocks[1:]:
        paragraphs.append(Paragraph(block.text, block.line, start))
        start += len(block.text) + 1
    return Document(title=title, paragraphs=tuple(paragraphs), encoding=decoded.encoding,
                    kind=decoded.kind, bad_bytes=decoded.bad_bytes)
