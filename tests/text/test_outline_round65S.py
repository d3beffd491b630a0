"""Found timing every outline rule per adversarial shape at 10 KB, 100 KB and 1 MB (session 65): `label_items` read
the numbered lines after each label on to the first other line, once per label, so labels that are numbered lines
themselves ('第一节 要求：' over '1、一项', one after another) read the rest of the page each (32 s of CPU per 100 KB at
40 KB, growing with the square of the size). The runs are now read once and shared (`numbered_run_end`)."""

from __future__ import annotations

import random

import pytest

from reader.text import outline as outline_module
from reader.text import plainlines
from reader.text.agendaitems import lone_topic, record_topics
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.outline import parse_outline
from reader.text.plainlines import label_items, numbered_run_end


def _paragraphs(text: str) -> list[Paragraph]:
    out, start = [], 0
    for n, line in enumerate(text.split("\n"), 1):
        out.append(Paragraph(line, n, start))
        start += len(line) + 1
    return out


def _old_run_end(start: int, paragraphs: list[Paragraph]) -> int:
    """The scan as it was: from `start` on while the lines are numbered."""
    j = start
    while j < len(paragraphs) and paragraphs[j].text.strip() and match_heading(paragraphs[j].text) is not None:
        j += 1
    return j


def _old_label_items(candidates: list, labels: set[int], paragraphs: list[Paragraph]) -> None:
    """label_items before session 65 (one scan per label), to compare outlines with."""
    run_end = {}
    for i in labels:
        j = _old_run_end(i + 1, paragraphs)
        if j == i + 2 < len(paragraphs) and (paragraphs[j].text.lstrip().startswith(plainlines.LIST_BULLETS) or (
                plainlines.running_text(paragraphs[j].text) and plainlines._short_title(paragraphs[i + 1].text))):
            j = i
        if j > i + 1 and (record_topics(i + 1, j - 1, paragraphs) or lone_topic(i + 1, j - 1, paragraphs)):
            j = i
        run_end[i] = j
    for c in candidates:
        parent = candidates[c.parent] if c.parent >= 0 else None
        if c.accepted and parent is not None and parent.index in labels and c.match is not None \
                and c.index <= run_end[parent.index]:
            c.accepted, c.reason = False, f"an item of the list under the label on line {paragraphs[parent.index].line}"


_LINES = ["第一节 要求：", "1、一项", "2、二项", "（一）抢劫", "岗位职责：", "正文一句，说明有关情况。", "", "  ", "• 一点",
          "讨论主题：", "1. 整理仓库", "一、总则", "3.1 前端", "要求"]


@pytest.mark.parametrize("seed", range(40))
def test_shared_runs_end_where_each_scan_ended(seed):
    rnd = random.Random(seed)
    paragraphs = _paragraphs("\n".join(rnd.choice(_LINES) for _ in range(rnd.randint(1, 60))))
    starts = list(range(len(paragraphs) + 1))
    rnd.shuffle(starts)  # labels come in any order (a set)
    ends: dict[int, int] = {}
    assert [numbered_run_end(s, paragraphs, ends) for s in starts] == [_old_run_end(s, paragraphs) for s in starts]


_PAGES = [
    "第一节 要求：\n1、一项\n2、二项\n" * 6,
    "招聘\n岗位职责：\n1、负责开发\n2、负责测试\n任职要求：\n1、本科\n2、三年经验\n福利待遇：\n1、五险一金\n",
    "1. Android 开发工程师：\n• 负责开发\n2. iOS 开发工程师：\n• 负责测试\n岗位职责：\n1、一项\n",
    "会议记录\n讨论主题：\n1. 整理仓库\n  备注一句\n2. 暑期安排\n工作内容：\n1、一项\n2、二项\n",
    "议题：\n1、openEuler 发布评审\n正文一句，说明有关情况。\n要求：\n1、一项\n2、二项\n",
    "第一部分要求：\n1、一项\n（一）抢劫\n抢劫是一种犯罪行为，说明了有关情况。\n第二部分要求：\n1、二项\n2、三项\n",
]


@pytest.mark.parametrize("text", _PAGES)
def test_outlines_are_those_of_the_scan_per_label(text, monkeypatch):
    paragraphs = [p for p in _paragraphs(text) if p.text.strip()]
    now = parse_outline(paragraphs, "")
    monkeypatch.setattr(outline_module, "label_items", _old_label_items)
    assert parse_outline(paragraphs, "") == now


def test_numbered_labels_read_each_line_once(monkeypatch):
    calls = 0

    def counted(text):
        nonlocal calls
        calls += 1
        return match_heading(text)

    paragraphs = _paragraphs("第一节 要求：\n1、一项\n2、二项\n" * 1000)
    labels = set(range(0, len(paragraphs) - 1, 3))  # every '第一节 要求：': a label and a numbered line
    monkeypatch.setattr(plainlines, "match_heading", counted)
    label_items([], labels, paragraphs)
    assert calls <= len(paragraphs)  # the scan per label asked about 1.5 million lines


def test_labels_apart_still_end_their_own_lists():
    paragraphs = _paragraphs("岗位职责：\n1、一项\n2、二项\n任职要求：\n1、本科\n正文一句，说明有关情况。")
    ends: dict[int, int] = {}
    assert numbered_run_end(1, paragraphs, ends) == 3
    assert numbered_run_end(4, paragraphs, ends) == 5
    assert numbered_run_end(5, paragraphs, ends) == 5
