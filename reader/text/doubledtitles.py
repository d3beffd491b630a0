"""A title printed twice, one copy right under the other (a page's title and its article's header copied together,
'C++' over 'C++'): one title, so the copy under it heads nothing of its own."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.lazyre import lazy
from reader.text.model import Paragraph, line_gap
from reader.text.writermarks import writer_marked

_LONGEST = 40  # a title, not a paragraph
_SENTENCE_END = "。；;！!"  # an article's sentence said twice ('第四十七条 本章程…通过。'): the text numbers both
_ANCHOR = "\uf0c1¶#"  # a page's anchor sign after its title ('第一节 …\uf0c1') is no part of its words
_LINK = lazy(r"(?:https?://|www\.)\S{0,400}")  # the page's address set between a title and its copy


def _words(p: Paragraph) -> str:
    """The paragraph's words with its spaces and trailing anchor sign left out."""
    return "".join(p.text[:_LONGEST + 20].split()).rstrip(_ANCHOR)


def _link(p: Paragraph) -> bool:
    """A line that is the page's address and nothing else."""
    return len(p.text) <= 420 and (text := p.text.strip()).startswith(("http", "www.")) \
        and _LINK.fullmatch(text) is not None  # (the pattern's own start asked first: most lines fail there)


def drop_doubled_titles(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """A kept title whose words repeat those of the kept title on the line right above it (or above the page's
    address set between them) is that title's copy: the first one stands, the copy is dropped."""
    kept = {c.index: c for c in candidates if c.accepted}
    for c in candidates:
        text = paragraphs[c.index].text
        if not c.accepted or c.index == 0 or len(text) > _LONGEST or text.rstrip()[-1:] in _SENTENCE_END \
                or writer_marked(paragraphs[c.index]):  # the writer marked it a heading: as many as marked
            continue
        above = c.index - 1
        if _link(paragraphs[above]):  # 'https://…' between a saved page's title and the article's
            above -= 1
        elif line_gap(paragraphs[above], paragraphs[c.index]) != 1:  # a blank line between: two titles as written
            continue
        first = kept.get(above)
        if first is None or first is c or not first.accepted:
            continue
        words = _words(paragraphs[c.index])
        if words and words == _words(paragraphs[above]):
            c.accepted = False
            c.reason = "the title above printed again right under it: one title, its copy heads nothing"
