"""Round 64S: the outline's per-line character tests made cheaper with the same output (issue 12's bound on hostile
input): 'does this line hold one of these marks' is one set test, not a generator over the line's characters. Each
rewritten test is compared with its old form on built lines, the seeds' and the dev corpus's lines."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from reader.text import agendaitems, headlines, latinnames, meta, ordinalseries, records, standalone, titlescore
from reader.text.model import Paragraph
from reader.text.titlescore import Setting
from support import DATA, REPO as _REPO

_CORPUS = DATA / "corpus"
_DEV_DOCS = [_CORPUS / "docs" / gold["file"] for gold in (json.loads(p.read_text(encoding="utf-8"))
             for p in sorted((_CORPUS / "gold").glob("*.json"))) if gold["split"] == "dev"]

_BUILT = [
    "", "a", "议题一：介绍", "介绍：", "1、一项。", "会议时间 10:30", "主要内容…", "主要内容：", "问题？", "为什么!",
    "产品：明确目标", "老师们、同学们：", "步骤三：寄回商品", "方案一：性能较高、功耗低。", "（一）抢劫", "【成份】",
    "《论语》选读", "“引号”里", "第 3 章", "①②③", "²", "１２３", "中文, English", "Agenda", "Q&A", "a;b", "x…",
    "岗 位 职 责：", "PR 公关高级经理", "工作地点:武汉", "商务渠道高级经理（北京）",
]


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    """The built lines, then the lines of the seeds and of the dev corpus's documents (held-out ones are not read)."""
    lines = list(_BUILT)
    for path in sorted((_REPO / "seeds").glob("*.txt")) + _DEV_DOCS:
        try:
            lines.extend(path.read_text(encoding="utf-8").splitlines())
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # (a GBK or Big5 original: its decoded lines are not needed here)
    return tuple(dict.fromkeys(line.strip() for line in lines))


def _has(marks: str, text: str) -> bool:
    """The old form: a generator over the line's characters."""
    return any(ch in marks for ch in text)


@pytest.mark.parametrize(("marks", "now"), [
    ("。！？；：!?;:…", standalone._STOPS),
    ("。！？；!?;:…", standalone._HEADLINE_STOPS),
    ("。！？；：!?;:…，,、", latinnames._PAIR_STOPS),
    ("。；;！？!?，,", agendaitems._ENDS),
    ("。！？；：:，,", records._NAME_STOPS),
    ("。，,；;：:！？!?、", headlines._LABEL_INNER),
    ("。；;！!", ordinalseries._SENTENCE),
    ("，,、", titlescore._COMMAS),
])
def test_set_test_equals_character_scan(marks: str, now: frozenset[str]) -> None:
    assert all(_has(marks, text) == (not now.isdisjoint(text)) for text in _lines())


def test_pair_line_as_before() -> None:
    def old(text: str) -> bool:
        text = text.strip()
        return latinnames._PAIR_MIN <= len(text) <= latinnames.TITLE_MAX and text[0] not in "【[「《<" \
            and not _has("。！？；：!?;:…，,、", text) and latinnames.CJK.search(text) is not None \
            and latinnames.match_heading(text) is None and not latinnames.furniture_line(text)

    assert [latinnames.pair_line(t) for t in _lines()] == [old(t) for t in _lines()]


def test_loose_as_before() -> None:
    p = Paragraph("x", 1, 0)
    old = [2 <= len(t) <= titlescore.LOOSE_MAX and t[-1] not in "，、," and not _has("。！？；!?;", t) for t in _lines()]
    assert [titlescore.loose(t, None, p) for t in _lines()] == old


@pytest.mark.parametrize("text", ["1、一项。", "（一）抢劫", "《论语》选读", "“引号”里", "①②③", "中文, English", "第 3 章"])
def test_line_features_shape_flags_as_before(text: str) -> None:
    paragraphs = [Paragraph("正文很长的一段话，说明了有关情况，" * 3, 1, 0), Paragraph(text, 3, 60),
                  Paragraph("正文很长的一段话，说明了有关情况。" * 3, 5, 80)]
    row = titlescore.line_features(paragraphs, [None] * 3, set(), [1], Setting("text", ()), lambda t: len(t) > 20)
    old = [float(any(c.isdigit() for c in text)), float(_has("（()）[]【】", text)), float(_has("《》“”\"「」", text)),
           float(_has("，,、", text))]
    assert row == {} or [row[1][9], *row[1][11:14]] == old


def test_lone_topic_as_before() -> None:
    for text in ("1、openEuler 发布评审", "1、一项。", "1、一项，二项"):
        paragraphs = [Paragraph("议题：", 1, 0), Paragraph(text, 2, 4)]
        old = agendaitems._bare_topic(text) and not _has("。；;！？!?，,", text) and agendaitems.topics_label("议题：")
        assert agendaitems.lone_topic(1, 1, paragraphs) == bool(old)


def test_history_line_as_before() -> None:
    def old(text: str) -> bool:
        text = text.strip()
        return (len(text) <= meta._HISTORY_MAX and any(w in text for w in meta._ADOPTED)
                and (meta.dated_entry(text) or meta._ROC_DATE.match(text) is not None))

    lines = _lines() + ("94年2月15日校務會議通過", "2020年3月5日修订", "修订说明", "一百零八年三月五日公布施行")
    assert [meta.history_line(t) for t in lines] == [old(t) for t in lines]
