"""Outline rules of the fifteenth session, each on real lines of a dev document (tests/data/corpus).

A Word thesis saved as text (d40_05, face recognition in Python) numbers its sections 3.1, 3.1.1 under '第三章',
and some titles are code names ('3.1.1 object_detector.h') or start with a character that also counts people or
things ('3.1 人脸检测', which alone reads like '3.1 人'): the chapter's number and the sections around such a
line show it is one. A measure numbered the same way ('1.2 万人次') stays a measure.

A course project's report (d40_09) numbers its parts '四.' and their sections '4.1 client', '4.2 server': the part's
number is the one the sections count from.
"""

from __future__ import annotations

import pytest

from support import outline

BODY = "人脸检测的基本流程主要可以分为三个步骤：图像预处理、人脸特征提取和人脸位置的判定，本节依次介绍。"


@pytest.mark.parametrize("lines, want", [
    (["第三章 人脸识别的实现", BODY, "3.1 人脸检测", BODY, "3.1.1 object_detector.h", BODY,
      "3.1.2 scan_fhog_pyramid.h", BODY, "3.2 人脸对齐", BODY, "3.2.1 深度残差网络", BODY],
     [(1, "第三章"), (2, "3.1"), (3, "3.1.1"), (3, "3.1.2"), (2, "3.2"), (3, "3.2.1")]),
    (["3 检测方法", BODY, "3.1 人体姿态估计", BODY, "3.2 条码识别", BODY, "3.3 图像分割", BODY],
     [(1, "3"), (2, "3.1"), (2, "3.2"), (2, "3.3")]),
    (["三. 技术路线", BODY, "3.1 数据库", BODY, "四. 模块改写分析", BODY, "4.1 client", BODY, "4.2 server", BODY,
      "4.3 web", BODY], [(1, "三."), (2, "3.1"), (1, "四."), (2, "4.1"), (2, "4.2"), (2, "4.3")]),
])
def test_a_section_whose_title_starts_with_a_counter_is_one_where_its_numbers_run(lines, want):
    assert [(d, m) for d, m, _ in outline(["基于Python的人脸识别技术", *lines], "基于Python的人脸识别技术")] == want


def test_a_measure_numbered_like_a_section_stays_a_measure():
    lines = ["旅游统计", "1 接待情况", BODY, "1.1 国内游客", BODY, "1.2 万人次", BODY, "1.3 入境游客", BODY]
    assert [m for _, m, _ in outline(lines, "旅游统计")] == ["1", "1.1", "1.3"]
