"""An appendix run ('附录 A …', '附录 B …'; '附件1', '附件2'): one family of parts, so each sits where the first sits."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.candidate import Candidate
from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.numerals import to_int

# '附录 A - FreeBSD 序列化原语', '附录B', '附件2：…', '附录三：主程序流程图': the word, then its letter or number
# (a number with no digit or letter after it: '附表 12' yes, '附录2022' no)
_LABEL = lazy(r"[ \t\u3000]*(附录|附錄|附件|附表)[ \t\u3000]*([A-Z]|[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
              r"(?![0-9A-Za-z一二三四五六七八九十])")


def _label(text: str) -> tuple[str, int] | None:
    """The annex word and the number of its letter or numeral, or None when the line opens with no annex label."""
    m = _LABEL.match(text)
    if not m:
        return None
    mark = m.group(2)
    value = ord(mark) - ord("A") + 1 if "A" <= mark <= "Z" else to_int(mark)
    return (m.group(1), value) if value else None


def align_annex_runs(candidates: list[Candidate], paragraphs: Sequence[Paragraph]) -> None:
    """Each later part of a run of annexes numbered on from the first (A, B, C; 1, 2, 3; one may repeat: '附录A …（一）',
    '附录A …（二）') is put under the first one's parent: a part of one series is never a section of the part before."""
    first: dict[str, Candidate] = {}
    last: dict[str, int] = {}
    for c in candidates:
        if not c.accepted:
            continue
        label = _label(paragraphs[c.index].text[:24])
        if label is None:
            continue
        word, value = label
        if word in first and value in (last[word], last[word] + 1):
            c.parent = first[word].parent
        else:
            first[word] = c
        last[word] = value
