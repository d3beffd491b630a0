"""Official notices and the pages that carry them: points and steps a reader navigates by, and the numbered lines
inside them that are fields, values and items of a list.

The lines are real: a school department's procedure h18_05 (福建工程学院), the notices h18_01 (常州) and h18_02
(江苏省建筑行业协会), and the procurement notice h15_05 (辽宁机电职业技术学院) (tests/data/corpus).
"""

from __future__ import annotations

import pytest

from reader.text.meta import digest_headlines
from support import parse_document

# h18_05: a procedure's steps, some over when and where they happen.
STEPS = ["1.       复试信息发布及复试通知",
         "在土木工程学院网站http://civil.fjut.edu.cn上公布参加复试的考生名单、复试录取政策及工作流程等，用电话、短信及email等方式通知考生复试。",
         "2.       考生报到", "时间：2014年4月1日下午14:30－16:00", "地点：福建工程学院旗山校区土木工程学院思源楼4楼",
         "3.       考生参加体检", "时间：待定（报到时通知）", "地点：待定（报到时通知）",
         "4.       考生参加复试", "时间：2014年4月2日上午8:30－12:00", "地点：福建工程学院旗山校区土木工程学院思源楼4楼",
         "5.       复试小组成员现场评分",
         "6.       计算总成绩及专业排名", "复试完毕，计算考生的入学考试总成绩，按总成绩从高到低排名。",
         "7.       确定拟录取名单", "按照考生入学考试总成绩排名，按照从高分到低分顺序，确定拟录取名单。",
         "8. 公布拟录取名单", "时间：2014年4月2日15:00。",
         "9. 报送拟录取名单，录取工作结束。"]


@pytest.mark.parametrize("teasers", [True, False])
def test_a_time_over_a_place_is_when_and_where_a_step_happens_not_a_storys_byline(teasers):
    assert digest_headlines(STEPS, teasers=teasers) == []


def test_a_procedures_numbered_steps_are_its_outline():
    text = "2014年硕士研究生招生复试及录取工作流程\n\n" + "\n\n".join(STEPS) + "\n"
    doc = parse_document(text.encode("utf-8"), "page.txt")
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, f"{n}.") for n in range(1, 10)]
