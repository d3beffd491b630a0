"""A PDF page set in by a margin of its own: its shared indent says nothing of paragraphs."""

from __future__ import annotations

from typing import Any, Sequence

_MIN_LINES = 3  # a page of fewer lines shows no margin: a short quotation or a list may be set in whole
_MAX_MARGIN = 8  # a page set in deeper is a block the writer indented (a poem, code), not the page's margin


def page_margins(lines: Sequence[Any]) -> list[Any]:
    """The lines with each page's own margin taken off their indent, where every line of a page is set in by it.

    An extractor that keeps positions sets one page two columns right of the others ('  的设计和开发…' on every
    line of page 5, the pages around it set flush): then every line there reads as a paragraph's indented first
    line, and none joins the next.
    Lines are `Line` tuples (`indent`, `indented`, `page_start`); pages start at `page_start`.
    """
    out = list(lines)
    starts = [0] + [k for k, ln in enumerate(out) if ln.page_start and k] + [len(out)]
    pages = list(zip(starts, starts[1:]))
    set_in = [b - a >= _MIN_LINES and all(ln.indented for ln in out[a:b]) for a, b in pages]
    if not any(set_in) or not any(2 * sum(ln.indented for ln in out[a:b]) < b - a for a, b in pages):
        return out  # every page set in alike, or none set flush: the document's margin, or its paragraphs' indents
    for (a, b), whole in zip(pages, set_in):
        if not whole:
            continue
        margin = min(ln.indent for ln in out[a:b])
        if 0 < margin <= _MAX_MARGIN:
            for k in range(a, b):
                indent = out[k].indent - margin
                out[k] = out[k]._replace(indent=indent, indented=indent > 0)
    return out
