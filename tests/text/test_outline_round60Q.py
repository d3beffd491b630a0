"""A file that is one giant line (a minified export, a text saved without newlines) is cleaned without whole-line
scans for shapes that only a short line or a line's ends can hold; every short line reads as before."""

from __future__ import annotations

import gc

import pytest

from reader.text import debris, meta, pagetitles, pinyin
from reader.text.clean import clean
from reader.text.model import Decoded
from support import cpu_seconds

_PROSE = "本文研究社区图书角的建设与运营，分析了三个街道的做法，并提出改进服务的建议。Hello world 123. "
_GIANT = (_PROSE * (2_000_000 // len(_PROSE)))  # 2 MB of prose, no line break


class _Seen:
    """A stand-in for a compiled pattern that records how much text each call was given."""

    def __init__(self, pattern):
        self.pattern, self.sizes = pattern, []

    def __getattr__(self, name):
        method = getattr(self.pattern, name)

        def call(*args, **kwargs):
            self.sizes.append(max((len(a) for a in args if isinstance(a, str)), default=0))
            return method(*args, **kwargs)
        return call


# --- metadata lines: the lead before the first label is read from the line's head -------------------------------

@pytest.mark.parametrize(("text", "tail", "expected"), [
    ("来源：新华社　时间：2017-03-10", False, {"source": "新华社", "date": "2017-03-10"}),
    ("2017-03-10 09:58　来源：求是网", False, {"date": "2017-03-10 09:58", "source": "求是网"}),
    ("【2017-03-10】" + " " * 3000 + "来源：求是网", False, {"date": "2017-03-10】", "source": "求是网"}),
    ("【" * 3000 + "来源：求是网", False, {"source": "求是网"}),
    (" " * 5000 + "作者：张三", False, {"author": "张三"}),
    ("来源" + " " * 3000 + "：求是网", False, {"source": "求是网"}),
    ("2017-03-10 来源：求是网", True, None),
    (_PROSE * 40 + "来源：求是网", False, None),
    ("x" * 40 + "来源：求是网", False, None),
    ("稿件來源：人民日報", False, {"source": "人民日報"}),
    ("时间：3月5日上午9时", True, None),
    ("本文研究社区图书角的建设与运营。", False, None),
])
def test_a_metadata_line_reads_as_before(text, tail, expected):
    assert meta.parse_meta_line(text, tail=tail) == expected


def test_a_giant_line_of_prose_is_turned_down_from_its_head(monkeypatch):
    sizes: list[int] = []

    def fold(text):
        sizes.append(len(text))
        return text
    monkeypatch.setattr(meta, "fold_script", fold)
    assert meta.parse_meta_line(_GIANT + "来源：求是网") is None
    assert max(sizes) <= 4096


# --- a text's first line as a page's <title>: only its end can hold the site's name ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("关于加强管理的通知 - 乌鲁木齐市人民政府", "关于加强管理的通知"),
    ("南开大学->在开学典礼上的讲话 | nankai.info", "在开学典礼上的讲话"),
    (_PROSE * 10 + " - 乌鲁木齐市人民政府", (_PROSE * 10).strip()),
    (_PROSE * 10 + " " * 400 + "- 乌鲁木齐市人民政府", (_PROSE * 10).strip()),
    (_PROSE * 10 + "-" * 400 + " 乌鲁木齐市人民政府", (_PROSE * 10).strip()),
    (_PROSE * 10 + "2020-2022", ""),
    ("2020-2022年工作计划", ""),
])
def test_a_site_name_is_cut_as_before(text, expected):
    assert pagetitles.page_title(text) == expected


def test_a_giant_first_line_is_searched_only_at_its_end(monkeypatch):
    seen = _Seen(pagetitles._SITE_TAIL)
    monkeypatch.setattr(pagetitles, "_SITE_TAIL", seen)
    assert pagetitles.page_title(_GIANT + " - 乌鲁木齐市人民政府") == _GIANT.strip()
    assert max(seen.sizes) <= 256


# --- debris: a paragraph is not scanned for a promotion, text without tone marks not for pinyin --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("首页 > 规章制度 > 自律公约", "chrome"),
    ("---", "chrome"),
    (_PROSE * 3, ""),
])
def test_a_line_is_classed_as_before(text, expected):
    assert debris.line_reason(text) == expected


@pytest.mark.parametrize(("module", "name", "call"), [
    (debris, "_PROMO", lambda: debris.line_reason("扫码关注公众号" + _GIANT)),
    (pinyin, "_PINYIN", lambda: pinyin.find_pinyin(_GIANT + "運轉(zhuan)")),
])
def test_a_giant_line_is_not_scanned_for_a_rare_shape(monkeypatch, module, name, call):
    seen = _Seen(getattr(module, name))
    monkeypatch.setattr(module, name, seen)
    call()
    assert seen.sizes == []


@pytest.mark.parametrize(("text", "expected"), [
    ("運轉(zhuǎn)正常", [(2, 9)]),
    ("運轉(zhuan)正常", []),
    ("擴大(GDP)", []),
])
def test_pinyin_is_found_as_before(text, expected):
    assert pinyin.find_pinyin(text) == expected


def test_invisible_marks_are_still_taken_out():
    doc = clean(Decoded(text="标题\n\n成員\u200b名单\ufeff如下，共有\u2060三人参加了会议。\n", encoding="utf-8"))
    assert "成員名单如下，共有三人参加了会议。" in [p.text for p in doc.paragraphs]


# --- the whole cleaner on one giant line: linear time -------------------------------------------------------------

def _cpu(text: str) -> float:
    """CPU seconds of one clean of the text."""
    return cpu_seconds(clean, Decoded(text=text, encoding="utf-8"))


@pytest.mark.parametrize("unit", [
    _PROSE,
    "Hello world 中文文本 abc123 第一章 的情况下 ISO 9001:2015 发布日期：",
    "!@#$%^&*()_+-=[]{}|;:,.<>/?~`“”‘’。，、；：？！…—·《》【】（）",
])
def test_a_giant_line_is_cleaned_in_linear_time(unit):
    small, large = ((unit * (n // len(unit) + 1))[:n] for n in (25_000, 200_000))
    gc.disable()
    try:
        for _ in range(3):
            ratio = _cpu(large) / max(_cpu(small), 1e-4)
            if ratio < 24:  # linear growth is 8, quadratic 64
                return
    finally:
        gc.enable()
    pytest.fail(f"x{ratio:.0f} from 25 K to 200 K characters")
