"""A judgment lists the evidence by the kinds the procedure laws name ('1、书证、物证：', '2、被害人陈述：'): each kind heads
the items under it, however few of those labels read as titles by their shape."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

# the kinds of evidence of the criminal, civil and administrative procedure laws (刑诉法第五十条, 民诉法第六十六条,
# 行诉法第三十三条), as judgments label them
_KINDS = frozenset(("物证", "书证", "证人证言", "被害人陈述", "被告人供述和辩解", "被告人供述", "被告人辩解",
                    "犯罪嫌疑人供述和辩解", "当事人陈述", "当事人的陈述", "鉴定意见", "鉴定结论", "视听资料", "电子数据",
                    "勘验笔录", "检查笔录", "现场笔录", "辨认笔录", "侦查实验笔录", "勘验、检查、辨认、侦查实验等笔录",
                    "勘验、检查笔录"))
_JOINS = "、和及与"
_JOIN = lazy(f"[{_JOINS}]")
_LAST = frozenset(k[-1] for k in _KINDS | {"供述", "辩解"})  # the last character of any label made of kinds
_LABEL_MAX = 24


def evidence_label(m: HeadingMatch | None, paragraph: Paragraph) -> bool:
    """'书证、物证：', '勘验、检查、辨认、侦查实验等笔录：': a label made only of named kinds of evidence, its colon after it
    (a law's '（一）书证；' lists the kinds in a clause and is left alone)."""
    if m is None or not 0 < len(m.title) <= _LABEL_MAX:
        return False
    if (last := m.title.rstrip(_JOINS)[-1:]) and last not in _LAST:
        return False  # the last kind named ends the label: most titles end otherwise (no look at the line)
    text = paragraph.text.strip()
    at = text.find(m.title)
    if at < 0 or text[at + len(m.title):at + len(m.title) + 1] not in ("：", ":"):
        return False
    if m.title in _KINDS:
        return True
    return all(part in _KINDS or part in ("供述", "辩解") for part in _JOIN.split(m.title) if part)


def evidence_run(run: Sequence, paragraphs: Sequence[Paragraph]) -> bool:
    """Most items of the run label kinds of evidence: the headings of a judgment's evidence, each over its items."""
    return len(run) >= 2 and 2 * sum(evidence_label(c.match, paragraphs[c.index]) for c in run) > len(run)
