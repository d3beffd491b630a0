"""Text typed straight into a page's body or a bare <div>, its paragraphs parted by blank lines only (an old page, a
text file served as HTML): a browser runs them together, but each is a paragraph its writer set apart."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.lineshape import ends_sentence

_BARE = frozenset({"body", "div", "article", "section", "main"})  # no paragraph element around the text
_BLANK = lazy(r"\n[ \t\u3000\xa0\r]*\n")  # a blank line inside one run of text


def blank_parts(data: str, tag: str) -> list[tuple[str, int]] | None:
    """The text's paragraphs with the lines each starts on (counted from the text's own first line), when the text
    sits directly in a bare container and blank lines part it into finished paragraphs; else None."""
    if tag not in _BARE or "\n" not in data or not _BLANK.search(data):
        return None
    out, pos, lines = [], 0, 0
    for m in _BLANK.finditer(data):
        out.append(_part(data[pos:m.start()], lines))
        lines += data.count("\n", pos, m.end())
        pos = m.end()
    out.append(_part(data[pos:], lines))
    texts = [part.strip() for part, _ in out if part.strip()]
    if len(texts) < 2 or not all(ends_sentence(t) for t in texts):
        return None  # each part a finished paragraph: a title over its text, a form's rows, stay as the page runs them
    return out


def _part(part: str, lines: int) -> tuple[str, int]:
    lead = len(part) - len(part.lstrip())
    return part, lines + part.count("\n", 0, lead)
