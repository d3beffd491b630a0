"""Round 47r: where a sub-title set off after a dropped numbered list goes.

A work summary or study note names a topic ('Nginx相关'), lists its fixes '1. …' '2. …' (a list of sentences, dropped
as no sections), and goes on to its next topic under an unnumbered title set off by a blank line ('脚本换行符的问题').
That title is the next topic beside 'Nginx相关', not a sub-title inside it. Under a lead-in ending in '：' ('创建模板：'
over its steps) or a numbered part ('一、环境配置') it stays inside."""

from __future__ import annotations

import pytest

from support import spaced_paragraphs
from reader.text.candidate import depth_of
from reader.text.markers import match_heading
from reader.text.notes import sub_heading
from reader.text.numbering import decide

_FIXES = ["1. 启动时报端口被占用，先用命令查出占用端口的进程再处理", "",
          "2. 反向代理以后接口报跨域错误，需要在配置里加上允许的请求头"]


_PROSE = ["", "在windows下写好的脚本放到linux上执行报错，因为换行符不一样。"]
_POINTS = ["1. 每次提交之前先拉取远程的最新代码再推送", "2. 还没改完的代码可以先暂存起来，切换分支处理别的问题"]


def _depths(topic: str, gap: list[str], after: str = "脚本换行符的问题",
            under: list[str] = _PROSE) -> list[tuple[int, str]]:
    blocks = (["工作总结", "", "Maven相关", "", "打包时源文件编码不一致，需要在配置里指定编码。", "", topic, ""]
              + _FIXES + gap + [after] + under)
    paragraphs = spaced_paragraphs(blocks)
    topics = {"Maven相关", topic}
    containers = {i for i, p in enumerate(paragraphs) if p.text in topics and match_heading(p.text) is None}
    matches = [sub_heading(p.text) if p.text == after else match_heading(p.text) for p in paragraphs]
    candidates = decide(list(paragraphs), matches, set(), containers, {})
    return [(depth_of(c, candidates), paragraphs[c.index].text) for c in candidates if c.accepted]


@pytest.mark.parametrize("topic, gap, expected", [
    ("Nginx相关", [""], [(1, "Maven相关"), (1, "Nginx相关"), (1, "脚本换行符的问题")]),  # the next topic
    ("Nginx相关", ["", ""], [(1, "Maven相关"), (1, "Nginx相关"), (1, "脚本换行符的问题")]),
    ("Redis缓存", [""], [(1, "Maven相关"), (1, "Redis缓存"), (1, "脚本换行符的问题")]),
    # guards: a lead-in ending in '：' holds what follows its steps; a numbered part holds its sub-titles
    ("创建模板：", [""], [(1, "Maven相关"), (1, "创建模板："), (2, "脚本换行符的问题")]),
    ("一、环境配置", [""], [(1, "Maven相关"), (2, "一、环境配置"), (3, "脚本换行符的问题")]),
])
def test_a_title_after_a_dropped_list_stands_beside_the_topic_over_it(topic, gap, expected):
    assert _depths(topic, gap) == expected


def test_a_line_right_under_the_last_item_stays_its_text():
    """Guard: no blank line sets it off, so it is the item's own text and goes with the dropped list."""
    assert _depths("Nginx相关", [])[-1] != (1, "脚本换行符的问题")


@pytest.mark.parametrize("gap, expected", [
    # a title right over a new list from '1.': the next topic's title, kept though no body text stands under it
    ([""], [(1, "Maven相关"), (1, "Nginx相关"), (1, "Git相关")]),
    ([], [(1, "Maven相关"), (1, "Nginx相关")]),  # guard: right under the last item, its text
])
def test_a_title_set_off_over_a_new_list_after_a_dropped_one_is_kept(gap, expected):
    assert _depths("Nginx相关", gap, "Git相关", [""] + _POINTS) == expected
