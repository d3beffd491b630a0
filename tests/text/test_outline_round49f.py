"""Round 49f: speeches, lectures and minutes. A talk written out slide by slide, or a feature told in numbered breaks,
puts each number alone and flush left between blank lines ('4', '5', '6' …) over its prose: each is one of the text's
parts, its number its whole heading; a PDF's page numbers (set in, centred) and a list's stray figures are not. So
is a slide's number with its title after a spaced dot or dash ('01 · 实验室简介', '3 - Awesome Open Source'), and a
run may go from such titled slides on to bare numbers."""

from __future__ import annotations

import pytest

from support import parse_document

SAID = ["今天我想先讲一个故事，这个故事和开源有关。", "后来我们发现问题并没有那么简单。",
        "于是团队决定把整个项目重新写一遍。", "最后的结果比我们预想的还要好。", "谢谢大家，今天就分享到这里。"]


def _found(text: str) -> list[tuple[int, str, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


def _slides(numbers: list[str], indent: str = "", gap: str = "\n\n") -> str:
    parts = ["重构的故事\n\n开场之前，先说明今天的内容比较接近说故事。"]
    parts += [f"{indent}{n}{gap}{SAID[k % len(SAID)]}" for k, n in enumerate(numbers)]
    return "\n\n".join(parts) + "\n"


CASES = {
    # rule: numberbreaks keeps and marks each number of the run, counting from 1
    "1 to 5 alone between blank lines: five parts": (
        _slides(["1", "2", "3", "4", "5"]), [(1, n, n) for n in "12345"]),
    # rule: a run opening past 1 (the first slides went titled or untold) counts on from its first number
    "4 to 8: the run opens past 1": (
        _slides(["4", "5", "6", "7", "8"]), [(1, n, n) for n in "45678"]),
    "00 · to 04 · with titles: a deck counted from 00": (
        _slides(["00 · 开场视频", "01 · 实验室简介", "02 · 抛弃幻想，直接上手", "03 · Web 安全", "04 · 接入终端"]),
        [(1, "00 ·", "开场视频"), (1, "01 ·", "实验室简介"), (1, "02 ·", "抛弃幻想，直接上手"), (1, "03 ·", "Web 安全"),
         (1, "04 ·", "接入终端")]),
    "3 - titled, then bare 4 5 6": (
        _slides(["3 - Awesome Open Source", "4", "5", "6"]),
        [(1, "3 -", "Awesome Open Source"), (1, "4", "4"), (1, "5", "5"), (1, "6", "6")]),
}

LEFT_ALONE = {
    "three numbers only: too few to show a count": _slides(["1", "2", "3"]),
    "set in (a PDF's centred page numbers)": _slides(["1", "2", "3", "4", "5"], indent=" " * 20),
    "out of order: no count": _slides(["3", "1", "4", "1", "5"]),
    "no blank line under the number: a figure in the text": _slides(["1", "2", "3", "4", "5"], gap="\n"),
    "a leading zero ('01'): no bare count": _slides(["01", "02", "03", "04", "05"]),
    "dash lines packed as a list, no blank line under them": _slides(
        ["1 - 苹果", "2 - 香蕉", "3 - 橘子", "4 - 葡萄"], gap="\n"),
    "a sentence after the dash: no slide's title": _slides(
        ["1 - 我们先看第一个问题。", "2 - 再看第二个问题。", "3 - 然后是第三个。", "4 - 最后一个。"]),
}


@pytest.mark.parametrize("name", CASES)
def test_numbered_breaks(name: str) -> None:
    text, want = CASES[name]
    assert _found(text) == want


@pytest.mark.parametrize("name", LEFT_ALONE)
def test_numbers_left_alone(name: str) -> None:
    assert all(not m.strip(" ·-").isdigit() for _, m, _ in _found(LEFT_ALONE[name]))
