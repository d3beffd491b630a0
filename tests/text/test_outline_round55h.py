"""Round 55H: web pages' and Markdown files' outlines, each rule built here from the shape a page or a file takes."""

from __future__ import annotations

import pytest

from reader.text.firstsections import first_sections
from reader.text.model import Block
from support import parse_document

PROSE = "本节说明项目的背景与目标，并给出后续各部分的安排，供参与者认真阅读并在会后提出意见。"
MENU = '<nav><ul><li><a href="/">首页</a></li><li><a href="/a">文章</a></li><li><a href="/b">关于</a></li></ul></nav>'
SIDE = '<div class="sidebar"><h3>最近文章</h3><ul><li><a href="/x">如何写好周报</a></li></ul></div>'


def _points(title: str, points: list[str]) -> str:
    """A section of short points, one to a line: no sentence, so no prose."""
    return f"<h2>{title}</h2>" + "".join(f"<p>{p}</p>" for p in points)


def _page(first: list[tuple[str, list[str]]], headline: str = "做一个优秀的工程师") -> str:
    short = "".join(_points(t, ps) for t, ps in first)
    prose = "".join(f"<h2>{t}</h2><p>{PROSE}</p><p>{PROSE}</p>" for t in ("团队精神", "责任感", "洞察力"))
    return (f"<html><head><title>{headline} | 某某的博客</title></head><body>{MENU}{SIDE}"
            f"<article><h1>{headline}</h1><p>2016-08-20</p>{short}{prose}</article>"
            f'<footer><a href="/">© 2019 某某</a></footer></body></html>')


@pytest.mark.parametrize("first", [
    [("编写好的代码", ["可读性好", "易于重构", "不只求满足需求"]), ("快速的产出", ["权衡质量与代价", "控制风险"])],
    [("解决问题", ["找到根源", "再定方案"])],
    [("需求", ["问清用户", "写下来"]), ("设计", ["先画图"]), ("编码", ["小步提交", "写测试"])],
])
def test_an_articles_first_sections_of_short_points_stay_its_sections(first):
    """'<h2>编写好的代码</h2>' over lines of a few words, above the sections written in sentences: the article's own
    first parts, at the level of its parts, not page furniture."""
    doc = parse_document(_page(first).encode(), "post.html")
    assert [h.title for h in doc.headings] == [t for t, _ in first] + ["团队精神", "责任感", "洞察力"]


def _blocks(rows: list[tuple[str, int, str]]) -> list[Block]:
    return [Block(text, k + 1, level, role) for k, (text, level, role) in enumerate(rows)]


BODY = [("团队精神", 2, ""), (PROSE, 0, ""), ("责任感", 2, ""), (PROSE, 0, ""), ("洞察力", 2, ""), (PROSE, 0, "")]


@pytest.mark.parametrize("above, moved", [
    ([("编写好的代码", 2, ""), ("可读性好", 0, ""), ("易于重构", 0, "")], 0),  # a section of points: moved over it
    ([("最近文章", 2, ""), ("如何写好周报", 0, "link")], None),  # a widget's links under it: chrome
    ([("目录", 2, ""), ("编写好的代码", 2, ""), ("可读性好", 0, "")], 1),  # an empty heading above stops the walk
    ([("编写好的代码", 3, ""), ("可读性好", 0, "")], None),  # another level than the body's sections
    ([("做一个优秀的工程师", 2, ""), ("可读性好", 0, "")], None),  # the headline the <title> names
    ([("可读性好", 0, "")], None),  # plain lines alone: no section
])
def test_first_sections(above, moved):
    blocks = _blocks(above + BODY[1:])  # the body starts at the prose under its first section's heading
    start = len(above)
    blocks.insert(start, Block(*BODY[0][:1], start + 1, BODY[0][1], BODY[0][2]))
    got = first_sections(blocks, start + 1, len(blocks) - 1, "做一个优秀的工程师 | 某某的博客")
    assert got == (start + 1 if moved is None else moved)
