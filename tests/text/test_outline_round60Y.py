"""Round 60Y: hostile input speed in the text layer — the pinyin scan reads only what can hold an annotation."""

from __future__ import annotations

import re

import pytest

from reader.text.pinyin import find_pinyin
from support import cpu_seconds

_PROSE = "各级政府要坚持以人民为中心的发展思想，推进高质量发展（见附件1），切实做好民生保障工作。"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("運轉(zhuǎn)正常", [(2, 9)]),
        ("運轉（zhuǎn）正常", [(2, 9)]),
        ("擴大( kuò dà )規模", [(2, 12)]),
        ("鰪?qiáng)大", [(2, 8)]),
        ("\ufffdqiáng)大", [(1, 7)]),
        ("運(yùn)轉(zhuǎn)", [(1, 6), (7, 14)]),
        ("（一）運轉(zhuǎn)", [(5, 12)]),
        ("English (see above) 運轉(zhuǎn)", [(22, 29)]),
        # left alone: no tone, no character before, Latin capitals, a tone outside the bracket
        ("擴大(kuo da)規模", []),
        ("增長(GDP)，ǎ", []),
        ("x(zhuǎn)", []),
        ("運轉(Zhuǎn)", []),
        ("ǎ 運轉(see)", []),
        ("運轉(zhuǎn", []),
        ("運轉 zhuǎn zhuǎn zhuǎn zhuǎn zhuǎn)", []),
    ],
)
def test_pinyin_spans(text, spans):
    assert find_pinyin(text) == spans


class _Recorder:
    """The pinyin pattern, counting the characters each call is given to scan."""

    def __init__(self, pattern):
        self.pattern, self.scanned = pattern, 0

    def search(self, text, pos=0, endpos=None):
        self.scanned += (len(text) if endpos is None else endpos) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text, pos=0, endpos=None):
        self.scanned += (len(text) if endpos is None else endpos) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


@pytest.mark.parametrize(
    "text",
    [
        _PROSE * 2000 + "運轉(zhuǎn)" + _PROSE * 2000,  # one annotation in a long text
        "運轉(zhuǎn)" + _PROSE * 4000,  # prose brackets after it: （见附件1） holds no tone
        ("ǎ " + _PROSE) * 4000,  # tone marks, brackets, no annotation
    ],
    ids=["one-annotation", "untoned-brackets", "tones-apart"],
)
def test_the_pattern_reads_only_runs_that_end_at_a_bracket(text, monkeypatch):
    """A long text with a tone mark is not handed whole to the pattern: only the bracketed runs that hold a tone."""
    globals_ = find_pinyin.__globals__
    recorder = _Recorder(globals_["_PINYIN"])
    monkeypatch.setitem(globals_, "_PINYIN", recorder)
    expected = [(m.start(), m.end()) for m in re.finditer(r"(?<=運轉)\(zhuǎn\)", text)]
    assert find_pinyin(text) == expected
    assert recorder.scanned <= 64


@pytest.mark.parametrize(
    "make",
    [
        lambda n: ("運轉(zhuǎn)" + _PROSE) * n,
        lambda n: "ǎ" + "the quick brown fox jumps over the lazy dog " * n + ")",  # one long run before a bracket
        lambda n: "運" + "(" * (20 * n) + "zhuǎn)",
        lambda n: "運轉" + ")" * (40 * n) + "ǎ",
    ],
    ids=["annotated-prose", "latin-run", "open-brackets", "close-brackets"],
)
def test_the_pinyin_scan_grows_linearly(make):
    small, large = make(500), make(4000)
    ratios = []
    for _ in range(3):  # a busy machine slows one measurement; backtracking slows every one
        ratios.append(cpu_seconds(find_pinyin, large) / max(cpu_seconds(find_pinyin, small), 1e-6))
        if ratios[-1] < 24:
            break
    assert min(ratios) < 24  # linear growth is 8, quadratic 64


# --- keywords: a text with no tone mark is not scanned for pinyin notes -------------------------------------------

class _Refused:
    """A pattern that must not be run."""

    def finditer(self, text, *args):
        raise AssertionError(f"scanned {len(text)} characters")


@pytest.mark.parametrize("text", [_PROSE * 500, "運轉(zhuan)" + _PROSE * 500, "ǎ" + _PROSE.replace("（", "【") * 500])
def test_keywords_skip_the_note_scan_when_no_note_can_be_there(text, monkeypatch):
    from reader.text import keywords

    monkeypatch.setattr(keywords, "_PINYIN_NOTE", _Refused())
    assert keywords._without_pinyin_notes(text) == (text, None)


@pytest.mark.parametrize(("text", "kept", "positions"), [
    ("运转(zhuǎn)正常", "运转正常", [0, 1, 9, 10]),
    ("运转(zhuan)正常", "运转(zhuan)正常", None),
    ("ǎ 运转(gdp)", "ǎ 运转(gdp)", None),
])
def test_keywords_cut_notes_as_before(text, kept, positions):
    from reader.text import keywords

    assert keywords._without_pinyin_notes(text) == (kept, positions)


# --- HTML: the page's tags are found in the page itself, not in a lower-case copy of it ----------------------------

_HEAD = "<html><head><meta name='description' content='{}'><style{}>.share{{display:none}}</style><title>关于开展工作的通知" \
        "</title></{}><body><div class='share'>分享到微信</div><p>正文内容。</p></body></html>"


@pytest.mark.parametrize(("filler", "media", "head", "shown"), [
    ("İstanbul İzmir", "", "head", ["正文内容。"]),  # 'İ' lowers to two characters: a copy's places are not the page's
    ("İİİİİİ", " MEDIA='screen'", "HEAD", ["正文内容。"]),
    ("Istanbul", "", "HEAD", ["正文内容。"]),
    ("Istanbul", " media='print'", "head", ["分享到微信", "正文内容。"]),  # left alone: a sheet for print hides nothing
])
def test_a_page_stylesheet_is_read_where_it_stands(filler, media, head, shown):
    from reader.text.htmlpage import html_blocks, html_meta

    page = _HEAD.format(filler, media, head)
    assert [b.text for b in html_blocks(page)] == shown
    assert html_meta(page)["title"] == "关于开展工作的通知"


def test_a_style_sheet_after_a_dotted_capital_i_is_cut_at_its_tags():
    from reader.text.stylehidden import style_sheets

    page = "<head><title>İİİ</title><STYLE>.a{display:none}</Style><noscript><style>.b{x:y}</style></NOSCRIPT>" \
           "<style media=\"all\">#c{display:none}</style></head>"
    assert style_sheets(page) == ".a{display:none}\n#c{display:none}"


def test_a_minified_page_is_read_in_linear_time():
    from reader.text.htmlpage import html_blocks, html_meta

    def read(page: str) -> None:
        html_meta(page)
        html_blocks(page)

    def make(n: int) -> str:
        return ("<html><head><title>通知</title><style>.hide{display:none}</style></head><body><div class='content'>"
                + f"<p>{_PROSE}<span class='hide'>x</span></p><br/><a href='/'>相关</a>" * n + "</div></body></html>")

    small, large = make(400), make(3200)
    ratios = []
    for _ in range(3):
        ratios.append(cpu_seconds(read, large) / max(cpu_seconds(read, small), 1e-6))
        if ratios[-1] < 24:
            break
    assert min(ratios) < 24  # linear growth is 8, quadratic 64
