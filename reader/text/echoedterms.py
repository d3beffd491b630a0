"""Terms in Latin letters that the Chinese paragraph under them names again: a study note's or a reader's notes'
titles once their Markdown marks are gone, even where no blank line sets them apart and no code shows a note."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.bodytext import is_body
from reader.text.lazyre import lazy
from reader.text.model import Paragraph

_TERM = lazy(r"[A-Za-z][A-Za-z0-9_'’/\-]*(?: [A-Za-z0-9][A-Za-z0-9_'’/\-]*){0,5}")  # 'Zombie Mode', 'BGP'
_TERM_MIN = 3  # 'Go', 'IP': too short to tell a title from a token
_ECHO_SPAN = 30  # 'Overlearning（过度学习） 指的是…', '所谓僵尸模式（Zombie Mode），是指…': named in its first words
_CJK = lazy("[\u3400-\u9fff]")
_TERMS_MIN = 2  # one such line may be a picture's label; two or more are the note's way of titling its parts


def echoed_terms(paragraphs: Sequence[Paragraph], matches: Sequence) -> set[int]:
    """'Interleaving' over 'Interleaving（交错） 指的是…': a term alone on its line whose Chinese paragraph right under it
    opens by naming it again (the part is about it) titles that part; a term the line above has just used is a caption,
    one a colon's lead-in introduces ('输出结果：' over 'Hello World') is an example or output, and words opening in lower
    case ('docker pull registry') are a command. Alone, one such line is no title."""
    found = set()
    for i in range(1, len(paragraphs) - 1):
        text = paragraphs[i].text.strip()
        if matches[i] is not None or len(text) < _TERM_MIN or _TERM.fullmatch(text) is None \
                or (" " in text and text[0].islower()):
            continue
        below, above = paragraphs[i + 1].text.strip(), paragraphs[i - 1].text.strip()
        head = below[:_ECHO_SPAN]
        if text.lower() in head.lower() and _CJK.search(head) and is_body(below) \
                and text.lower() not in above.lower() and above[-1:] not in "：:":  # '输出结果：' over its output
            found.add(i)
    return found if len(found) >= _TERMS_MIN else set()
