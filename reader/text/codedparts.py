"""'A1. 区域销售 …', 'B1. 需求分析师 …', 'C1. 软件实施工程师 …': posts a job page numbers with a letter and a number
(a grade and a rank within it), which no numbering family reads. Three or more such lines under two letters or more,
in the order of their codes, each titled in Chinese, are the document's parts, counted in the order they come (the
codes skip: 'B2.' then 'C1.'). One look per line: linear time."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph

# a capital, a number of one or two digits, an optional stop, a space, then a title opening in Chinese that runs to
# the line's end without a sentence's stop ('A1. 区域销售 无责任底薪3500-5000', 'C07. 蘇柏豪')
_CODED = lazy(r"[ \t\u3000]*([A-Z])([0-9]{1,2})([.．、]?)[ \t\u3000]+([\u3400-\u9fff][^。！？；;，,]{0,59})")
_MIN = 3  # coded lines that show the scheme: two may be a model's name ('A4 纸', 'B2 级')


def coded_parts(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None]) -> None:
    """Number the coded lines as parts when three or more stand in the order of their codes."""
    found: list[tuple[int, str, str, int, str]] = []
    for i, m in enumerate(matches):
        text = paragraphs[i].text
        if m is not None or not text or not ("A" <= text.lstrip()[:1] <= "Z"):
            continue  # cheap: a coded line opens with its capital
        hit = _CODED.fullmatch(text.rstrip())
        if hit is not None:
            found.append((i, hit.group(1), hit.group(1) + hit.group(2) + hit.group(3), int(hit.group(2)), hit.group(4)))
    if len(found) < _MIN:
        return
    codes = [(letter, number) for _, letter, _, number, _ in found]
    if codes != sorted(codes) or any(number == 0 for _, number in codes) or len({c[0] for c in codes}) < 2:
        return  # a list of grades out of order is a table's rows, not the parts; one letter alone ('C01' … 'C09'
        # under 'C. 外送員採訪') is a serial, whose titles the title model finds unnumbered
    for count, (i, _, marker, _, title) in enumerate(found, 1):
        end = len(paragraphs[i].text.rstrip())
        matches[i] = HeadingMatch("code", marker, title.rstrip(), "", count, 1, end)
