"""Lines of a typeset (LaTeX, Word) PDF's extract whose widths mislead the re-wrap: a formula's (unicode-math letters
the extract spaces out, sub- and superscripts it lifts onto lines of their own), a page foot's notes in a smaller type
(more characters to the line than the text's), a description's term hanging in the margin, a table's one-cell lines
with blank lines between them."""

from __future__ import annotations

from typing import Any, Sequence

from reader.text.lazyre import lazy
from reader.text.lineshape import ends_sentence, width

_MATH_LETTER = lazy("[\U0001D400-\U0001D7FF]")  # Mathematical Alphanumeric Symbols: 𝐻, 𝑝𝑘, 𝔾, ℤ's kin
_FOOT = 6  # lines a page's foot of notes holds at most
_OVER = 9  # columns a small type's lines run past the text's widest quarter (a band's worth: Latin inside varies)
_MIN_LINE = 16  # narrower lines say nothing of any width


def formula_line(text: str) -> bool:
    """The line holds a formula's letters ('令 𝐻 ∶ {0, 1}∗ → {0, 1}𝑙 为一个哈'), set far narrower than extracted."""
    return _MATH_LETTER.search(text) is not None


def measure_widths(widths: list[int], texts: list[str], lines: Sequence[Any] = ()) -> list[int]:
    """Widths to estimate the wrap from: a formula's line counts as none (one linear search a line), and so does a
    page foot's small type (`lines`: `Line` tuples, whose blank lines and page starts bound the feet)."""
    est = [0 if w and formula_line(t) else w for w, t in zip(widths, texts)]
    feet = _feet(lines)
    rest = sorted(w for k, w in enumerate(est) if w >= _MIN_LINE and k not in feet)
    if not feet or len(rest) < 4:
        return est
    top = rest[3 * len(rest) // 4]  # the text's widest quarter starts here
    for a, b in _foot_runs(lines):
        run = sorted(w for w in est[a:b] if w >= _MIN_LINE)
        if run and run[len(run) // 2] > top + _OVER:
            est[a:b] = [0] * (b - a)  # ('¬ 脚注序号…' in a smaller type: some 48 characters a line under 38)
    return est


def _foot_runs(lines: Sequence[Any]) -> list[tuple[int, int]]:
    """Each page's last block (from its last blank line, at most six lines up) when a page start or the end follows."""
    ends = [k for k, ln in enumerate(lines) if ln.page_start and k] + ([len(lines)] if lines else [])
    runs = []
    for e in ends:
        for a in range(e - 1, max(0, e - _FOOT) - 1, -1):
            if lines[a].page_start:
                break
            if lines[a].blank_before:
                runs.append((a, e))
                break
    return runs


def _feet(lines: Sequence[Any]) -> set[int]:
    return {k for a, b in _foot_runs(lines) for k in range(a, b)}


# A citation set raised ('矩量法（MOM） [7, 8] 及其'): the extract writes it full size, spaces round it
_CITATION = lazy(r" ?\[\d{1,3}(?:[,，–-] ?\d{1,3}){0,6}\] ?")


def cap_formulas(widths: list[int], texts: list[str], wraps: list[int | None]) -> None:
    """A formula's line past the wrap filled its line, no wider than the rest ('… 𝐹 (𝑘, ⋅) 的输出与从 𝒴 中均匀随机选取'
    over '算上不可区分。'): it counts as the wrap's width, so the sentence it cut runs on. So does a line past it by
    no more than its raised citations ('…多极子（MLFMA） [9] 方法、有限元（FEM） [1, 3] 方法、自适应')."""
    for i, w in enumerate(widths):
        wrap = wraps[i]
        if wrap and w > wrap and (formula_line(texts[i]) or "[" in texts[i] and w - sum(
                width(c) for c in _CITATION.findall(texts[i])) <= wrap):
            widths[i] = wrap


def prose_blanks(widths: list[int], befores: list[bool]) -> float:
    """The share of blank lines between prose lines (both as wide as wrapped text gets): a table's cells, one a line
    with blanks between, say nothing of whether blank lines part the paragraphs."""
    wide = [k for k, w in enumerate(widths) if w >= _MIN_LINE]
    return sum(1 for k in wide[1:] if befores[k] and widths[k - 1] >= _MIN_LINE) / len(wide) if wide else 1.0


_CJK = lazy("[\u3400-\u9fff]")
_CRUMB_TOKENS = 4  # a sub- or superscript the extract set on a line of its own: a few pieces ('2          𝑈')


def formula_crumbs(lines: list[Any], feet: dict[int, list[Any]]) -> list[Any]:
    """The lines without the crumbs of a formula the extract set apart from their line: a short line of symbols, no
    Chinese, between two formula lines of one sentence ('…随机选取秘密值' / '2   𝑈' / '𝑠 ∈ ℤ∗𝑝 。输出公钥…'), its
    exponents lifted off the line below. Each goes after the paragraph, keyed in `feet` as a page's notes are (to the
    original line of the line after it)."""
    gone = [k for k in range(1, len(lines) - 1)
            if not lines[k].blank_before and not lines[k + 1].blank_before and not lines[k].page_start
            and len(lines[k].text.split()) <= _CRUMB_TOKENS and _CJK.search(lines[k].text) is None
            and formula_line(lines[k - 1].text) and formula_line(lines[k + 1].text)
            and not ends_sentence(lines[k - 1].text)]
    for k in gone:
        feet.setdefault(lines[k + 1].line, []).append(lines[k])
    drop = set(gone)
    return [ln for k, ln in enumerate(lines) if k not in drop] if gone else lines


# A description list's term at the left margin, its text set beside it ('openany           正规出版物的章节…'): a word
# with no Chinese in it (a command's, an option's name), a gap of four spaces or more, then Chinese
_TERM = lazy(r"[ \t]*[!-~]{1,24}[ \t]{4,}(?=\S*[\u4e00-\u9fff])")
_GAP = "    "  # a table's row holds more than one such gap


def hanging_terms(widths: list[int], texts: list[str], indents: list[int]) -> None:
    """A -layout line opening with a description's term, its text one column with its next line set in under it: the
    text's width is what the wrap filled (the term hangs in the margin, left of the column the wrapped lines keep)."""
    for i in range(len(texts) - 1):
        if widths[i] >= _MIN_LINE and indents[i + 1] >= indents[i] + 4 and (m := _TERM.match(texts[i])) is not None \
                and _GAP not in texts[i][m.end():]:
            widths[i] -= width(m.group())
