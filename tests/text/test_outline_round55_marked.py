"""Rules that drop or lift unnumbered titles by their words leave a heading the file itself marks (Markdown '#',
HTML <h2>) as the writer marked it: a glossed field named in a '##' heading, a '##' heading that repeats the one
above, a marked heading after a code example."""

from __future__ import annotations

from reader.text.acronyms import drop_acronym_entries
from reader.text.candidate import Candidate
from reader.text.codesiblings import lift_code_siblings
from reader.text.doubledtitles import drop_doubled_titles
from reader.text.model import Paragraph
from reader.text.notes import sub_heading


def _lines(texts: list[str], level: int) -> list[Paragraph]:
    """One paragraph a line, the last one marked a heading at `level` (0: plain text)."""
    return [Paragraph(t, n + 1, 0, level if n == len(texts) - 1 else 0) for n, t in enumerate(texts)]


def test_a_marked_field_heading_stays() -> None:
    for level, kept in ((0, False), (2, True)):
        paragraphs = _lines(["pos:光源位置"], level)
        candidates = [Candidate(0, None, "sub")]
        drop_acronym_entries(candidates, paragraphs)
        assert candidates[0].accepted is kept


def test_a_marked_heading_under_its_alike_stays() -> None:
    for level, kept in ((0, False), (3, True)):
        paragraphs = _lines(["C++", "C++"], level)
        candidates = [Candidate(0, None, "sub"), Candidate(1, None, "sub")]
        drop_doubled_titles(candidates, paragraphs)
        assert candidates[0].accepted and candidates[1].accepted is kept


def test_a_marked_heading_after_code_keeps_its_place() -> None:
    for level, parent in ((0, 0), (3, 1)):
        texts = ["使用", "获取所有虚拟机", "vms = vm_api.get_vms({})", "分页获取虚拟机"]
        paragraphs = _lines(texts, level)
        candidates = [Candidate(0, None, "container"), Candidate(1, None, "container", parent=0),
                      Candidate(3, sub_heading(texts[3]), "sub", parent=1)]
        lift_code_siblings(candidates, paragraphs)
        assert candidates[2].parent == parent
