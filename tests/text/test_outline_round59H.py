"""Round 59H: a saved page's numbered labels set wholly in bold are its sections, not a form's fields. Under '三、入学考试'
the page sets '<strong>1、 报名时间：</strong>' and '<strong>2、 入学考试方式：</strong>' apart, each alone on its line
over its text: it marks them as titles, so the run is section 三's parts, though '3、 考试时间：2008年8月30日' holds its
value on the line as a form's field does.

Left alone: the same labels in plain text (a form's fields, line after line), bold labels that each hold their value
on the line, and a run where only one label standing alone is bold."""

from __future__ import annotations

import pytest

from support import parse_document

_P = "本次招生面向全省考生开放，考生须按时完成报名并遵守考试的各项规定，违者取消录取资格。"
_EXAM = "由网络联盟组织统一命题，学院自主组织入学考试。"
_BOLD = ["<p><strong>1、 报名时间：</strong><br>2008年5月25日至2008年8月23日<br>",
         f"<strong>2、 入学考试方式：</strong><br>{_EXAM}<br>",
         "<strong>3、 考试时间：</strong>2008年8月30日<br>", "<strong>4、 考试地点：</strong>学院或各学习中心所在地。</p>"]
_TOPS = [(1, "一、"), (1, "二、"), (1, "三、"), (1, "四、")]


def _plain(parts: list[str]) -> list[str]:
    return [part.replace("<strong>", "").replace("</strong>", "") for part in parts]


def _notice(labels: list[str]) -> bytes:
    return (f"<html><head><title>招生简章</title></head><body><h1>招生简章</h1><p>一、学院简介</p><p>{_P}</p>"
            f"<p>二、报名须知</p><p>{_P}</p><p>三、入学考试</p>{''.join(labels)}<p>四、联系方式</p><p>{_P}</p>"
            "</body></html>").encode()


def _headings(data: bytes) -> list[tuple[int, str]]:
    return [(h.depth, h.marker) for h in parse_document(data, "page.html").headings]


def test_a_pages_numbered_labels_set_wholly_in_bold_are_its_sections():
    assert _headings(_notice(_BOLD)) == _TOPS[:3] + [(2, "1、"), (2, "2、"), (2, "3、"), (2, "4、")] + _TOPS[3:]


@pytest.mark.parametrize("labels", [
    _plain(_BOLD),  # plain labels: a form's fields
    ["<p><strong>1、 报名时间：</strong>2008年5月25日<br>", "<strong>2、 考试方式：</strong>统一命题<br>",
     "<strong>3、 考试时间：</strong>2008年8月30日<br>", "<strong>4、 考试地点：</strong>学院</p>"],  # each holds its value
    _BOLD[:1] + _plain(_BOLD[1:]),  # one label standing alone in bold
])
def test_fields_not_set_apart_in_bold_stay_fields(labels):
    assert _headings(_notice(labels)) == _TOPS
