"""A file saved as one giant line: the whole-line regex scans are cut into slices (reader.text.slices) and give what
one scan gave, a match straddling a slice's edge included; the rules' patterns are never run over the whole line."""

from __future__ import annotations

import re

import pytest

from reader.text import headers, jammer, meta, punctuation, slices
from reader.text.model import Paragraph

EDGE = 16  # the slice width these tests set, so a short text crosses several edges


@pytest.fixture
def narrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slices, "SLICE_CHARS", EDGE)


# (pattern, barrier, filler, snippet): the snippet is placed at every offset around the first edges
SWEEP = [
    (jammer._RUN, jammer._NOT_IN_RUN, "中", "a b c d e f g"),  # a run of noise crossing an edge
    (jammer._RUN, jammer._NOT_IN_RUN, "中", "ab c d e f gh ij"),  # (look-behind and look-ahead at the run's ends)
    (meta._KEY_RE, meta._NOT_IN_LABEL, "正文，", " 来源： 新华社"),  # a label and its spaces
    (meta._KEY_RE, meta._NOT_IN_LABEL, "正文，", " （责任编辑：王五"),  # a bracketed label
    (meta._KEY_RE, meta._NOT_IN_LABEL, "文字", "作者：李四"),  # glued, read by its look-behind
    (punctuation._INSIDE_CHINESE, punctuation._NOT_HALF, "x", "中,中"),  # a mark read by look-behind / look-ahead
    (punctuation._INSIDE_CHINESE, punctuation._NOT_HALF, "x", "a,中"),  # by look-ahead only
    (punctuation._INSIDE_CHINESE, punctuation._NOT_HALF, "中", "(a)"),  # by look-behind only
    (headers._DECREE_SERIAL, headers._NOT_IN_SERIAL, "。", "（第二十四号）"),  # a serial crossing an edge
]


@pytest.mark.parametrize(("pattern", "barrier", "filler", "snippet"), SWEEP, ids=range(len(SWEEP)))
def test_finditer_finds_what_one_scan_finds(narrow, pattern, barrier, filler, snippet) -> None:
    for offset in range(3 * EDGE):
        head = (filler * (offset + 1))[:offset]
        text = head + snippet + filler * 8 + snippet + filler * 3
        whole = [m.span() for m in pattern.finditer(text)]
        assert whole, (offset, text)
        assert [m.span() for m in slices.finditer(pattern, text, barrier)] == whole, (offset, text)


@pytest.mark.parametrize("at", [0, EDGE - 1, EDGE, EDGE + 1, 2 * EDGE - 1, 2 * EDGE, 3 * EDGE + 2])
def test_search_finds_the_first_character_at_an_edge(narrow, at: int) -> None:
    text = "中" * at + "," + "中" * 40 + "!"
    m = slices.search(punctuation._ANY_HALF, text)
    assert m is not None and m.start() == at
    assert slices.search(punctuation._ANY_HALF, "中" * (at + 40)) is None


# (text, what as_full_width makes of it): each mark placed at an edge of the 16-character slices
AS_FULL_WIDTH = [
    ("x" * 15 + ",中" + "x" * 20, "x" * 15 + "，中" + "x" * 20),  # the mark ends a slice, its Chinese begins the next
    ("x" * 15 + "中,x" + "x" * 20, "x" * 15 + "中，x" + "x" * 20),  # the Chinese ends a slice, the mark begins the next
    ("x" * 16 + "中,x" + "x" * 20, "x" * 16 + "中，x" + "x" * 20),
    ("x" * 14 + "gc()方法" + "x" * 20, "x" * 14 + "gc（）方法" + "x" * 20),  # a pair across the edge turns together
    ("x" * 13 + "(1)在里昂" + "x" * 20, "x" * 13 + "（1）在里昂" + "x" * 20),
    ("x" * 15 + "print(x)" + "x" * 20, "x" * 15 + "print(x)" + "x" * 20),  # no Chinese: left alone
    ("x" * 15 + "a,b" + "中" * 20, "x" * 15 + "a,b" + "中" * 20),  # a comma between Latin letters: left alone
    ("x" * 15 + "２０１９,中" + "x" * 20, "x" * 15 + "2019，中" + "x" * 20),  # full-width digits read too
]


@pytest.mark.parametrize(("text", "expected"), AS_FULL_WIDTH)
def test_as_full_width_at_slice_edges(narrow, text: str, expected: str) -> None:
    assert punctuation.as_full_width(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("（一）正文。" * 5 + "（市长 张三）", "市长 张三"),  # earlier brackets: the last one opens the signature
    ("正文（作者 李四）", "作者 李四"),
    ("正文（作者 李四）\n", "作者 李四"),  # ($ before a closing newline, as one search read it)
    ("（一）正文(作者 李四)", "作者 李四"),  # a half-width bracket after a full-width one
    ("(一)正文（作者 李四）", "作者 李四"),
    ("（市长 张三）正文。", ""),  # not at the end: left alone
    ("正文（市长 张三）（附件）", ""),  # the last bracket is no signature
    ("正文（市长 张三", ""),
])
def test_trailing_signature_is_read_from_the_last_bracket(text: str, expected: str) -> None:
    assert meta.trailing_signature(text) == expected
    m = meta._SIGNATURE.search(text)  # what one scan of the whole text found
    assert expected == (" ".join(m.group(1).split()) if m else "")


class _Spy:
    """A compiled pattern that records how much of the text each call may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.widths = pattern, []

    def _record(self, name: str, text: str, pos: int = 0, endpos: int | None = None):
        self.widths.append((len(text) if endpos is None else min(endpos, len(text))) - pos)
        return getattr(self.pattern, name)(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, *args):
        return self._record("finditer", *args)

    def search(self, *args):
        return self._record("search", *args)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


LONG = 5 * slices.SLICE_CHARS


@pytest.mark.parametrize(("module", "name", "call"), [
    (meta, "_KEY_RE", lambda: meta.parse_meta_line("来源：新华社 " + "正文，" * (LONG // 3))),
    (jammer, "_RUN", lambda: jammer.jammed(["正文 a b c d e f g，" * (LONG // 16)])),
    (punctuation, "_INSIDE_CHINESE", lambda: punctuation.as_full_width("正文,正文。" * (LONG // 6))),
    (punctuation, "_COMPAT", lambda: punctuation.as_full_width("正文,正文。" * (LONG // 6))),
    (headers, "_DECREE_SERIAL",
     lambda: headers.decree_header([Paragraph("正文，" * (LONG // 3) + "第二十四号", 1, 0)], 0)),
])
def test_a_giant_line_is_read_a_slice_at_a_time(monkeypatch, module, name: str, call) -> None:
    spy = _Spy(getattr(module, name))
    monkeypatch.setattr(module, name, spy)
    call()
    assert spy.widths, name
    assert max(spy.widths) <= slices.SLICE_CHARS + 16, (name, max(spy.widths))


def test_the_wrap_width_is_measured_once_per_text(monkeypatch) -> None:
    from reader.text import wraptitles
    from reader.text.model import Block

    calls: list[int] = []
    real = wraptitles.wrap_width
    monkeypatch.setattr(wraptitles, "wrap_width", lambda texts: calls.append(len(texts)) or real(texts))
    lines = ["这是一行二十四个汉字的正文内容把它写满到这里为止啊"] * 12 + ["短"]
    text = "\n".join(lines)
    blocks = [Block(t, k + 1) for k, t in enumerate(lines)]
    first = [wraptitles.value_tail(text, blocks, i) for i in range(len(blocks))]
    assert calls == [len(lines)]  # measured once for every line asked about
    assert [wraptitles.value_tail(text, blocks, i) for i in range(len(blocks))] == first
    assert len(calls) == 1
    copy = "\n".join(lines)
    assert copy is not text
    wraptitles.value_tail(copy, blocks, 0)  # another text: measured again
    assert len(calls) == 2
