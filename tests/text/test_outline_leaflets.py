"""A leaflet's parts (药品说明书): short bracketed names opening their lines, over a sentence, a value or a list."""

from __future__ import annotations

import pytest

from reader.text.plainlines import bracket_label
from support import outline

LEAFLET = ["【药品名称】", "通用名称：布洛芬缓释胶囊", "【成份】本品主要成份为布洛芬，辅料为淀粉、蔗糖。",
           "【性状】本品内容物为白色球形颗粒。", "【规格】0.3g", "【用法用量】口服。成人，一次1粒，一日2次。",
           "【不良反应】", "1.少数病人可出现恶心、呕吐、胃烧灼感或轻度消化不良。", "2.罕见皮疹、过敏性肾炎、膀胱炎。",
           "【禁忌】", "1.对其他非甾体抗炎药过敏者禁用。", "2.孕妇及哺乳期妇女禁用。", "【贮藏】密封，在干燥处保存。"]


def test_each_bracketed_name_is_a_part_and_the_lists_under_them_are_its_items():
    assert outline(LEAFLET, "布洛芬缓释胶囊说明书") == [
        (1, "", name) for name in ("【药品名称】", "【成份】", "【性状】", "【规格】", "【用法用量】", "【不良反应】", "【禁忌】",
                                   "【贮藏】")]


@pytest.mark.parametrize("line, label", [
    ("【成份】本品主要成份为布洛芬。", "【成份】"),
    ("【规格】0.3g", "【规格】"),
    ("【不良反应】", "【不良反应】"),
    ("【山竹襲港】市民烏溪沙碼頭追風", ""),  # a headline's topic tag
    ("【专栏3】重大工程", ""),  # a plan's numbered box
    ("【Rust日报】2021_s01_s26", ""),
])
def test_a_label_is_a_short_name_over_a_sentence_or_a_value(line, label):
    assert bracket_label(line) == label


def test_an_official_letters_fields_are_its_parts():
    """Taiwan's 公文 (函): 主旨 (run in), 說明 and 辦法 (each over 一、二、): the reader goes by the fields."""
    lines = ["主旨：檢送「臺北市114學年度國民小學新生入學實施計畫」1份，請查照並轉知。", "說明：",
             "一、依據國民教育法第4條及本市國民小學學區劃分原則辦理。", "二、請各校於114年3月31日前完成學區內新生名冊造冊。",
             "辦法：", "一、各校應依實施計畫辦理新生入學作業。", "二、如有疑義，請洽本局國小教育科。", "正本：臺北市各公私立國民中小學"]
    assert outline(lines, "臺北市政府教育局　函") == [(1, "", "主旨"), (1, "", "說明"), (1, "", "辦法")]
