"""Round 53N (issue #9, news pages): a page's 'related' label printed with no items under it ('相关稿件：' right over
the share row, '相关新闻' over the scan widget) is an empty widget, chrome, wherever the page's long footer puts it."""

from __future__ import annotations

import pytest

from reader.text.debris import classify_lines

STORY = ["区教育局召开年度教学工作会议", "来源：区教育局 发布日期：2024-03-05",
         "会议总结了上一年度的教学工作，部署了新学年的重点任务，要求各校抓好课堂教学质量和教师队伍建设。",
         "会上，三所学校的负责人分别介绍了本校在课程改革和课后服务方面的做法，与会人员进行了交流讨论。"]
FOOTER = [f"便民服务第{n}项" for n in range(60)]  # a long footer: the label sits far from the page's end


@pytest.mark.parametrize("label, after", [
    ("相关稿件：", "分享到："),  # the label, then the share row
    ("相关新闻", "扫一扫在手机打开当前页"),  # the label, then the scan widget
    ("相關新聞", "分享到"),
    ("相关阅读：", "打印本页"),
])
def test_a_related_label_right_over_chrome_is_chrome(label, after):
    reasons = classify_lines(STORY + [label, after] + FOOTER)
    assert reasons[len(STORY)] == "chrome"


def test_two_empty_labels_one_over_the_other_are_both_chrome():
    reasons = classify_lines(STORY + ["相关附件", "相关新闻", "扫一扫在手机打开当前页"] + FOOTER)
    assert reasons[len(STORY):len(STORY) + 2] == ["chrome", "chrome"]


@pytest.mark.parametrize("lines", [
    ["相关稿件：", "区教育局部署新学年课后服务工作", "全区中小学开展教学开放周活动"] + FOOTER,  # items under it
    ["相关新闻", "区教育局部署新学年课后服务工作", "分享到"] + FOOTER,
    ["相关新闻显示，今年全区新增学位两千个，分享到各校的名额已经公布。", "分享到"] + FOOTER,  # a sentence, no label
])
def test_a_label_over_items_or_a_sentence_is_left_alone(lines):
    reasons = classify_lines(STORY + lines)
    assert reasons[len(STORY)] == ""
