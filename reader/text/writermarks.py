"""Whether the file itself marks a paragraph a heading: rules reading plain lines leave such lines alone."""

from __future__ import annotations

from reader.text.model import Paragraph


def writer_marked(p: Paragraph) -> bool:
    """The writer set it as a heading in the file's own marks: Markdown '#'/setext or HTML <h1>-<h6>
    (heading_level), a text file's line wholly in bold ('**效能考量：**'), or a kramdown anchor ('思考题 {#questions}')."""
    return p.heading_level > 0 or p.bold or p.anchor
