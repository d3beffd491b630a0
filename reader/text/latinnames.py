"""Titles written in Latin letters or paired with the title under them: the shapes a Markdown note's headings keep
once its '#' marks are gone ('Rust' over its paragraph, '现代编程语言的前景' right over 'Rust')."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.text.furniture import furniture_line
from reader.text.lazyre import lazy
from reader.text.lineshape import leads_in, picture_line
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.plainlines import MARKDOWN_BULLETS

TITLE_MAX = 30  # as long as an unnumbered title gets
FIRST_ITEM = lazy(r"(?:1|一)[、.．]|[（(](?:1|一)[）)]")  # a list's first marker standing alone ('1、' / quote)
_PAIR_MIN = 4  # a section's title over its first subsection's: '各方获益', not a letter's '此致'
_ENGLISH_NAME = lazy(r"[A-Za-z][A-Za-z0-9+#/&.'-]*(?: [A-Za-z0-9+#/&.'-]+){0,3}")  # a name, four words at most
NOTE_LABELS = frozenset(("Tip", "Tips", "Note", "Notes", "Hint", "Warning", "Caution", "Important"))  # a book's
# boxed aside: the label over its note, not a section (where blank lines set it apart, the rules as before)
CJK = lazy("[\u3400-\u9fff\U00020000-\U0003134f]")


def latin_name(paragraphs: Sequence[Paragraph], i: int, is_body: Callable[[str], bool], packed: object = False) -> bool:
    """'Rust', 'C/C++', 'Data mining' standing apart over a Chinese paragraph or list: a section on a thing known by
    its English name (a Markdown title whose '#' is gone), after a paragraph or a list; words opening in lower case
    ('pip install ujson') are a command, and a name the paragraph above has just used ('…叫 Emacs，…' over 'Emacs') is its
    picture's caption. A picture right under the name ('Oracle Linux' over '![][8]' over its paragraph) stands between
    the title and its text, as it does under a Chinese title. In a text set without blank lines (`packed`, read with
    bool()) every line stands apart as much as any other: the paragraphs around the name decide alone."""
    text = paragraphs[i].text.strip()
    if not _ENGLISH_NAME.fullmatch(text) or (" " in text and not text[0].isupper()):
        return False
    before, after = paragraphs[i - 1].text.strip() if i else "", paragraphs[i + 1].text.strip()
    if i + 2 < len(paragraphs) and picture_line(after):
        after = paragraphs[i + 2].text.strip()
    apart = 0 < i and (paragraphs[i - 1].line + 1 < paragraphs[i].line and (  # blank lines around, or over its list
        paragraphs[i].line < paragraphs[i + 1].line - 1 or leads_in(after) and text[0].isupper())  # ('GCC' / '- 更新…')
        or bool(packed) and text not in NOTE_LABELS and not _glossary_term(paragraphs, i))
    return (apart and text not in before
            and CJK.search(after) is not None and (is_body(after) or FIRST_ITEM.match(after) is not None
                                                   or stacked_over(paragraphs, i, is_body))
            and (is_body(before) or before[:2] in MARKDOWN_BULLETS or match_heading(before) is not None
                 or i >= 2 and pair_line(before) and is_body(paragraphs[i - 2].text)))  # '现代编程语言的前景' over 'Rust'


def _glossary_term(paragraphs: Sequence[Paragraph], i: int) -> bool:
    """'P2P Network' over one sentence over 'Consensus rules': a packed glossary's terms, each over its definition, a
    list (the name two lines above or below is another term), no sections."""
    return any(0 <= k < len(paragraphs) and len(t := paragraphs[k].text.strip()) <= TITLE_MAX
               and t not in NOTE_LABELS and _ENGLISH_NAME.fullmatch(t) is not None for k in (i - 2, i + 2))


_PAIR_STOPS = frozenset("。！？；：!?;:…，,、")


def pair_line(text: str) -> bool:
    """A section title right above its first subsection's title: short, unpunctuated Chinese, not numbered."""
    text = text.strip()
    return _PAIR_MIN <= len(text) <= TITLE_MAX and text[0] not in "【[「《<" \
        and _PAIR_STOPS.isdisjoint(text) \
        and CJK.search(text) is not None and match_heading(text) is None and not furniture_line(text)


def stacked_over(paragraphs: Sequence[Paragraph], i: int, is_body: Callable[[str], bool]) -> bool:
    """'Co-Chair' over 'Co-Chair的权利与义务' over its paragraph: a part named in English right over its first
    section's Chinese title, each standing apart as a Markdown heading whose '#' is gone."""
    if i + 2 >= len(paragraphs):
        return False
    after = paragraphs[i + 1].text.strip()
    return (paragraphs[i + 1].line + 1 < paragraphs[i + 2].line and pair_line(after)
            and is_body(paragraphs[i + 2].text))
