"""Round 63H: cleaning's per-line passes made cheaper with the same output (issue 12's bound on hostile input): a
table's number cells read once each, not once per neighbour; a line without pinyin returns before building anything.
Each rewritten function is compared with its old form on built inputs, the seeds and the dev corpus's lines."""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache

import pytest

from reader.text import debris
from reader.text.linemarks import unannotated
from reader.text.model import Removed
from reader.text.pinyin import find_pinyin
from support import DATA, REPO as _REPO

_CORPUS = DATA / "corpus"
_DEV_DOCS = [_CORPUS / "docs" / gold["file"] for gold in (json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((_CORPUS / "gold").glob("*.json"))) if gold["split"] == "dev"]


@lru_cache(maxsize=1)
def _real_lines() -> tuple[str, ...]:
    """Lines of the seeds and of the dev corpus's documents (held-out documents are not read)."""
    lines: list[str] = []
    for path in sorted((_REPO / "seeds").glob("*.txt")) + _DEV_DOCS:
        try:
            lines.extend(path.read_text(encoding="utf-8").splitlines())
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # (a GBK or Big5 original: its decoded lines are not needed here)
    return tuple(lines)


def _old_table_cells(texts: list[str], reasons: list[str]) -> None:
    """_table_cells as it stood before round 63H: every neighbour stripped and matched again for each number."""
    for i, text in enumerate(texts):
        if reasons[i] != "site-junk" or not debris._BARE_INTEGER.fullmatch(text.strip()):
            continue
        near = [texts[j].strip() for j in range(max(0, i - 2), min(len(texts), i + 3)) if j != i]
        cells = [t for t in near if debris._VALUE_CELL.fullmatch(t)]
        if len(cells) >= 2 and any(not debris._BARE_INTEGER.fullmatch(t) for t in cells):
            reasons[i] = ""


def _old_unannotated(text: str, line: int, removed: list[Removed]) -> str:
    """unannotated as it stood before round 63H."""
    spans = find_pinyin(text)
    removed.extend(Removed("pinyin", text[s:e], line) for s, e in spans)
    ends = [0] + [e for _, e in spans]
    return "".join(text[a:s] for a, (s, _) in zip(ends, spans)) + text[ends[-1]:] if spans else text


_CELLS = ["1", "16", " 17 ", "1234567", "12345678", "—", "17.1", ">79", "32/28", "72.45%", "", "  ", "abc", "第3页",
          "٣", "１２", "+3", "正文一句。", "- 5 -", "〇", "3.", "2024"]


def _cell_cases() -> list[list[str]]:
    rng = random.Random(63)
    cases = [[c] * 5 for c in _CELLS] + [["1", "2", "3"], ["16", "—", "17.1", "13"], ["1"], []]
    cases += [[rng.choice(_CELLS) for _ in range(rng.randint(1, 12))] for _ in range(3000)]
    return cases


def _junk_reasons(texts: list[str], rng: random.Random) -> list[str]:
    """Page-number reasons on the bare integers (the lines the rule asks about), other reasons here and there."""
    return ["site-junk" if re.fullmatch(r"\d{1,7}", t.strip()) and rng.random() < 0.9
            else rng.choice(["", "", "chrome", "site-junk"]) for t in texts]


def test_table_cells_match_the_old_form_on_built_runs():
    rng = random.Random(12)
    for texts in _cell_cases():
        reasons = _junk_reasons(texts, rng)
        old, new = list(reasons), list(reasons)
        _old_table_cells(texts, old)
        debris._table_cells(texts, new)
        assert new == old, texts


def test_table_cells_match_the_old_form_on_real_lines():
    lines = list(_real_lines())
    assert len(lines) > 5000
    reasons = debris.classify_lines(lines)  # (the rule has run inside; run both forms again on its input too)
    rng = random.Random(7)
    for start in range(0, len(lines), 400):
        texts = lines[start:start + 400]
        given = _junk_reasons(texts, rng)
        old, new = list(given), list(given)
        _old_table_cells(texts, old)
        debris._table_cells(texts, new)
        assert new == old
    assert len(reasons) == len(lines)


class _Counting:
    """A pattern that counts its full matches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, text: str):
        self.calls += 1
        return self.pattern.fullmatch(text)


def test_a_run_of_numbers_reads_each_cell_once(monkeypatch):
    counting = _Counting(debris._VALUE_CELL)
    monkeypatch.setattr(debris, "_VALUE_CELL", counting)
    texts = ["16", "—", "17.1", "13"] * 250  # a table set one cell per line: each number has four neighbours
    reasons = ["site-junk" if t.isdigit() else "" for t in texts]
    debris._table_cells(texts, reasons)
    assert counting.calls <= len(texts)  # (read once per neighbour, it was four times per number)
    assert all(r == "" for r in reasons)  # the numbers are cells, not page numbers


@pytest.mark.parametrize("texts, kept", [
    (["正文一句。", "16", "正文又一句。"], False),  # a page number among prose
    (["1", "2", "3", "4"], False),  # bare integers alone: page numbers still
    (["—", "16", "17.1"], True),  # among value cells: a table's
    (["٣", "16", "—"], False),  # an Arabic-Indic digit is no value cell
])
def test_table_cells_shapes(texts, kept):
    reasons = ["site-junk" if t in ("16", "1", "2", "3", "4") else "" for t in texts]
    debris._table_cells(texts, reasons)
    assert (reasons[texts.index("16" if "16" in texts else "1")] == "") is kept


_PINYIN = ["運轉(zhuǎn)正常", "高質(zhì)量發展", "中（zhōng）国（guó）", "(GDP) 增长", "擴大(擴大)", "没有括号", "", "）",
           "APP(app)", "a(ā", "(ā)", "重(chóng)新(xīn)开始"]


def test_unannotated_matches_the_old_form():
    for n, text in enumerate(_PINYIN + list(_real_lines())):
        old_removed: list[Removed] = []
        new_removed: list[Removed] = []
        old = _old_unannotated(text, n, old_removed)
        new = unannotated(text, n, new_removed)
        assert new == old and new_removed == old_removed, text
        if not old_removed:
            assert new is text  # (strip_marks keeps the block when the text is the same object)
