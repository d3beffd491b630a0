"""Round 45h: a notice's particulars numbered under one of its parts ('1、报名截止时间：2025年3月20日。', '2、评审时间：…',
'5、作品要求：' over its list) are a form's fields even where each short value ends in the line's '。'; a record's
points whose values run on for lines ('(三)计划范围：本基地座落于…') or hold a sentence stay its sections, and the rule
still never touches a guide's top-level '一、…：…' parts (rule: `fields.form_fields`)."""

from __future__ import annotations

import pytest

from support import parse_document

INTRO = "为展示本区青年志愿者的风采，弘扬志愿服务精神，区团委决定举办本次征文活动，现将有关事项通知如下。"
BODY = "作品须为本人原创，未在任何公开刊物或网络平台发表，一经发现抄袭，立即取消参赛资格并收回所获奖励。"
BODY2 = "征文活动结束后，主办单位将择优结集出版，并在区政府门户网站和官方公众号上进行展示，供广大市民阅读。"


def _titles(lines: list[str]) -> list[tuple[int, str, str]]:
    doc = parse_document("\n".join(lines).encode("utf-8"), "tongzhi.txt")
    return [(h.depth, h.marker, h.title) for h in doc.headings]


CASES = {  # the fields of a notice's part, each value closed by '。': only the parts (and a bare label over a list)
    "a contest's dates and rules under '二、活动安排'": (
        ["关于举办青年志愿服务征文活动的通知", INTRO, "一、活动主题", "青春志愿行", "二、活动安排",
         "1、报名截止时间：2025年3月20日。", "2、作品提交时间：2025年3月21日至4月10日。", "3、评审时间：2025年4月11日至4月20日",
         "4、结果公布时间：2025年4月30日。", "5、征文要求：", "（1）" + BODY, "（2）" + BODY2,
         "6、参赛对象：本区各级团组织和青年志愿者。", "三、奖项设置", BODY2, "四、注意事项", BODY],
        [(1, "一、", "活动主题"), (1, "二、", "活动安排"), (2, "5、", "征文要求"), (1, "三、", "奖项设置"),
         (1, "四、", "注意事项")],
    ),
    "a forum's particulars numbered (一) to (五), one a label over its list": (
        ["关于举办青年志愿服务论坛的通知", INTRO, "一、论坛主题", BODY, "二、论坛安排",
         "（一）报名截止时间：2025年10月20日。", "（二）举办形式：线上会议。", "（三）论文要求：", "1．" + BODY, "2．" + BODY2,
         "（四）报告时长：每人15分钟。", "（五）联系邮箱：forum2025@example.com。", "三、资助和补贴", BODY2],
        [(1, "一、", "论坛主题"), (1, "二、", "论坛安排"), (2, "（三）", "论文要求"), (1, "三、", "资助和补贴")],
    ),
}

KEPT = {  # the same form where the items are sections: each stays
    "a record's points, some running on for lines": (
        ["关于举办青年志愿服务征文活动的通知", INTRO, "一、说明", "（一）办理缘由：", BODY,
         "（二）法令依据：都市更新条例第22条。", "（三）计划范围：本基地座落于本区东部，北邻副都心段征收区，南邻长安营区，",
         "为保仁路以南之住宅区土地，面积合计为四万平方公尺。", "（四）计划内容：请详计划书。", "（五）审议过程：", BODY2],
        [(1, "一、", "说明"), (2, "（一）", "办理缘由"), (2, "（二）", "法令依据"), (2, "（三）", "计划范围"),
         (2, "（四）", "计划内容"), (2, "（五）", "审议过程")],
    ),
    "points whose values are sentences with a comma": (
        ["关于举办青年志愿服务征文活动的通知", INTRO, "一、工作安排", "1、宣传发动：各单位要广泛宣传，营造良好氛围。", BODY,
         "2、组织推荐：各单位择优推荐，每单位不超过五篇。", BODY2, "二、工作要求", BODY],
        [(1, "一、", "工作安排"), (2, "1、", "宣传发动"), (2, "2、", "组织推荐"), (1, "二、", "工作要求")],
    ),
    "a guide's top-level parts, each with its value": (
        ["青年志愿者登记办事指南", "一、事项名称：青年志愿者登记", "二、办理对象：本区青年", "三、办理时限：五个工作日。",
         "四、办理地点：区团委一楼。", "五、收费标准：不收费。", "六、办理流程：", BODY2, "七、咨询电话：12345。"],
        [(1, "一、", "事项名称"), (1, "二、", "办理对象"), (1, "三、", "办理时限"), (1, "四、", "办理地点"),
         (1, "五、", "收费标准"), (1, "六、", "办理流程"), (1, "七、", "咨询电话")],
    ),
}


@pytest.mark.parametrize("lines, expected", CASES.values(), ids=list(CASES))
def test_a_notices_particulars_closed_by_a_stop_are_fields(lines, expected):
    assert _titles(lines) == expected


@pytest.mark.parametrize("lines, expected", KEPT.values(), ids=list(KEPT))
def test_sections_written_like_fields_stay(lines, expected):
    assert _titles(lines) == expected
