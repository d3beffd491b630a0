"""Round 59T: a short plain title whose words come back inside two titles or more after it ('请假' then '注意事项',
'请假须附上说明', '请假可以请多久') names a topic over its parts: those titles, and the ones between them, go under it
(rule: `topictitles.nest_topic_titles`). A topic named in one later title only, a word an earlier title already said,
a first mention far below it, and a Latin word that merely runs on ('Vue' / 'Vuex') stay as they are."""

from __future__ import annotations

import pytest

from support import blocks_outline

B1 = "这一部分记录的是我们在日常工作中整理的要点，内容比较零散，主要是为了方便大家以后回头查阅。"
B2 = "具体的做法在上个月已经试行过一段时间，效果和预期基本一致，细节可以根据部门情况自行调整。"
B3 = "这里需要注意的是办理的先后顺序，如果顺序不对，后面的审批环节可能会被退回或者拖延很久。"
B4 = "总的来说这种安排比较简单，但是在人员变动很大的时候要提前沟通，最好先和负责人确认一下。"


def _outline(blocks: list[str]) -> list[tuple[int, str]]:
    return [(h.depth, h.title if h.title == h.marker else h.marker + h.title)
            for h in blocks_outline(blocks)]


def _handbook(titles: list[str]) -> list[str]:
    """A handbook: its headline, then each title over two paragraphs of text."""
    blocks = ["员工手册考勤制度"]
    for n, t in enumerate(titles):
        blocks += [t, (B1, B2, B3, B4)[n % 4], (B1, B2, B3, B4)[(n + 1) % 4]]
    return blocks


NESTED = [
    (["工作时间", "请假", "注意事项", "请假须附上说明", "请假可以请多久", "加班调休", "请假期内的薪水", "月报"],
     [(1, "工作时间"), (1, "请假"), (2, "注意事项"), (2, "请假须附上说明"), (2, "请假可以请多久"), (2, "加班调休"),
      (2, "请假期内的薪水"), (1, "月报")]),
    (["准备工作", "场景分组", "添加场景分组", "修改场景分组", "删除场景分组", "常见问题"],
     [(1, "准备工作"), (1, "场景分组"), (2, "添加场景分组"), (2, "修改场景分组"), (2, "删除场景分组"),
      (1, "常见问题")]),
]

KEPT = [
    # one later title says it: a sibling sharing a word
    (["工作时间", "请假", "注意事项", "请假可以请多久", "加班调休", "月报"],
     [(1, "工作时间"), (1, "请假"), (1, "注意事项"), (1, "请假可以请多久"), (1, "加班调休"), (1, "月报")]),
    # an earlier title already said it: a word the text keeps using
    (["事假请假", "请假", "如何请假", "注意请假手续", "月报"],
     [(1, "事假请假"), (1, "请假"), (1, "如何请假"), (1, "注意请假手续"), (1, "月报")]),
    # the first mention stands three titles below it
    (["请假", "工作时间", "加班调休", "年终总结", "请假须附上说明", "请假可以请多久"],
     [(1, "请假"), (1, "工作时间"), (1, "加班调休"), (1, "年终总结"), (1, "请假须附上说明"), (1, "请假可以请多久")]),
    # a Latin word running on is another word
    (["入门", "Vue", "Vuex", "Vuetify", "部署"],
     [(1, "入门"), (1, "Vue"), (1, "Vuex"), (1, "Vuetify"), (1, "部署")]),
]


@pytest.mark.parametrize(("titles", "expected"), NESTED + KEPT)
def test_topic_titles(titles: list[str], expected: list[tuple[int, str]]) -> None:
    assert _outline(_handbook(titles)) == expected
