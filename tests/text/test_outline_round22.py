"""Contents lists and what stands after them: the list's last entry ('附录\t26') is no appendix holding the text."""

from __future__ import annotations

import pytest

from support import parse_document

_THESIS = ("酒精浓度检测仪的设计\n\n目  录\n1 绪论{gap}1\n1.1论文研究的背景{gap}1\n2 设计方案{gap}3\n2.1功能设计{gap}3\n"
           "结束语{gap}25\n致谢{gap}26\n参考文献{gap}26\n附录{gap}26\n\n\n"
           "1 绪论\n1.1论文研究的背景\n酒驾是当今社会的一大公害，严重威胁着人们的生命财产安全。\n2 设计方案\n2.1功能设计\n"
           "本设计采用单片机作为控制核心，实现酒精浓度的检测。\n结束语\n本文设计了一种酒精浓度检测仪。\n致谢\n感谢老师的指导。\n"
           "参考文献\n[1] 张三. 单片机原理[M]. 北京: 高教出版社, 2010.\n附录\n程序清单如下。\n")


@pytest.mark.parametrize("gap", ["\t", "……"])  # (leaders: a guard, read right before)
def test_a_contents_lists_last_entry_is_no_appendix_over_the_chapters(gap):
    """d49_04: a Word thesis's contents end in '附录\t26'; read as the appendix it names, every chapter below it
    stood a level too deep (depth 0.15)."""
    doc = parse_document(_THESIS.format(gap=gap).encode("utf-8"))
    got = [(h.depth, h.marker, h.title) for h in doc.headings]
    assert got[:3] == [(1, "1", "绪论"), (2, "1.1", "论文研究的背景"), (1, "2", "设计方案")]
    assert all(gap not in h.title for h in doc.headings)


_LAYER2 = """Layer2调研报告
二 解决方案
2.1 侧链
侧链是与主链并行运行的独立区块链，通过双向锚定与主链交换资产。
2.2 支付通道
支付通道让两方在链下反复交易，只在开启和关闭时上链。
2.3 状态通道
状态通道把支付通道推广到任意状态的更新。
2.4 Plasma
Plasma 是一种把交易放到子链上执行、只把结果提交到主链的扩容方案。
2.4.1 Plasma的结构
每条 Plasma 链都由运营者维护，并定期向主链提交区块头的默克尔根。
2.4.2 Plasma的局限性
Plasma 的局限主要有两点，下面分别说明它们的成因。
1. 数据可用性差
运营者可能扣留区块数据，用户因此无法证明自己的资产。
2. 用户体验差
为了避免恶意攻击，Plasma 在设计挑战期的机制上让退出等待很长时间。
2.5 rollup
Rollup 把交易数据压缩后放在主链上，计算则在链下完成。
2.5.1 zk rollup
zk rollup 用零知识证明保证链下计算的正确性。
2.5.2 Optimistic rollup
Optimistic rollup 先假定交易有效，再留出挑战期供人提出欺诈证明。
三 总结
"""


def test_a_section_named_in_latin_follows_its_sibling_past_a_list_of_points():
    """d50_10: '2.5 rollup' after 2.4.2's points '1.' and '2.' was compared with the point '2.', so neither it nor its
    '2.5.1 zk rollup' were sections (a number before a Latin word alone may be a quantity: '2.5 GB')."""
    doc = parse_document(_LAYER2.replace("\n", "\n\n").encode("utf-8"))  # (paragraphs apart, as d50_10 has them)
    got = {h.marker: h.depth for h in doc.headings}
    assert got.get("2.5") == 2 and got.get("2.5.1") == 3 and got.get("2.5.2") == 3
    assert got["2.4"] == 2 and got["2.4.2"] == 3


def test_a_quantity_after_a_point_list_is_still_no_section():
    """A guard for the rule above: '2.5 GB' after the points is a figure, not the section after 2.4.2."""
    text = _LAYER2.replace("2.5 rollup\n", "2.5 GB\n").replace("2.5.1 zk rollup", "压缩").replace(
        "2.5.2 Optimistic rollup", "挑战")
    doc = parse_document(text.replace("\n", "\n\n").encode("utf-8"))
    assert "2.5" not in {h.marker for h in doc.headings}


def test_a_file_trees_lines_are_no_sub_headings_of_a_technical_note():
    """d50_05: a device manual's file tree ('├── 模块资料/') under '五、文件结构' was one of its sub-headings, beside
    the tables' real ones ('4x4 矩阵键盘')."""
    rows = "\n".join(f"| R{k} | GPIO {k + 20} |" for k in range(1, 5))
    text = ("智能门锁说明书\n\n一、项目简介\n\n本项目是一个基于ESP32的智能门锁系统，支持蓝牙开锁和人脸识别。\n\n"
            f"二、引脚定义\n\n4x4 矩阵键盘\n| 键盘引脚 | ESP32 引脚 |\n|---------|-----------|\n{rows}\n\n"
            f"LED 与蜂鸣器\n| 模块 | ESP32 引脚 |\n|------|-----------|\n{rows}\n\n"
            "三、文件结构\n\nSmart_Lock/\n├── server.py                    Flask 管理服务器\n├── 模块资料/\n"
            "│   └── cam.py                   ESP32-CAM 程序\n└── uploads/                     照片存储目录\n\n"
            "四、快速上手\n\n上电后门锁自动进入待机状态，按下按钮即可开锁。\n")
    doc = parse_document(text.encode("utf-8"))
    got = [(h.depth, h.title) for h in doc.headings]
    assert (2, "4x4 矩阵键盘") in got and (2, "LED 与蜂鸣器") in got
    assert not any("├" in title for _, title in got)


_SECTIONS_WITH_LISTS = """ALIS白皮书

1. 什么是ALIS

ALIS 是一个基于区块链的社交媒体平台，它让用户能够快速找到可以信赖的信息。

我们的目标有三个：

1. 可以更快的获取高品质的内容
2. 将用户提供的价值回馈给用户
3. 通过区块链技术用低成本实现数据的管理

2. 我们的目标市场规模

日本的社交媒体市场规模巨大，用户对高品质内容的需求很高。

3. 面向日本的平台成长战略

我们会分三个阶段推进平台的成长。

1. 在独特的领域中确立市场份额
2. 在所有点评网站领域拓展市场

4. 平台介绍和特征

平台只使用一种代币，规则更简单，用户更容易理解。
"""


def test_a_sections_count_goes_on_after_the_list_inside_it():
    """d50_04: a white paper's sections '1.' to '18.' hold lists numbered '1.' '2.' '3.'; '2. 我们的目标市场规模' after
    section 1's list was read as a stray number (it follows no '1.' of that list), and every section after it was lost."""
    doc = parse_document(_SECTIONS_WITH_LISTS.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["什么是ALIS", "我们的目标市场规模", "面向日本的平台成长战略", "平台介绍和特征"]


def test_a_number_after_a_list_that_no_earlier_section_counts_to_stays_a_stray():
    """A guard: '5.' after the list does not go on with section 1 (it would need a '4.' there)."""
    text = _SECTIONS_WITH_LISTS.replace("2. 我们的目标市场规模", "5. 我们的目标市场规模")
    doc = parse_document(text.encode("utf-8"))
    assert "我们的目标市场规模" not in [h.title for h in doc.headings]


def test_a_photos_caption_marked_with_a_triangle_is_no_heading():
    """d51_01: a news page's photo captions ('_△泰康仙林鼓楼医院病房_', the Markdown's emphasis kept) were its
    headings."""
    body = "急诊科的走廊上摆满了病床，医护人员连续工作了十几个小时，几乎没有休息的时间。"
    text = (f"新冠感染高峰下的救治实录\n\n{body}\n\n_△泰康仙林鼓楼医院_\n\n{body}\n\n△ 医院病房\n\n{body}\n\n"
            f"▲重症监护病房\n\n{body}\n")
    doc = parse_document(text.encode("utf-8"))
    assert doc.headings == ()


_INTERVIEW = """姚洋：地方政府需要减压

经济观察网：两会召开在即，你觉得2024年的GDP增速目标应该定多少？

姚洋：
要制定目标，首先要确定中国的潜在增长速度是多少。我认为现在的潜在增长速度在5%左右。

经济观察网：要实现这样的目标，“三驾马车”中哪一个面临压力最大？

姚洋：
先看出口，去年最后几个月出口已经实现正增长，今年的情况应该会好一些。

经济观察网：地方政府投资的空间还大吗？

姚洋：
空间还是有的，关键在于地方政府有没有积极性，这需要中央给地方减压。
"""


def test_an_interviews_questions_head_its_parts_when_the_answers_name_their_speaker_on_a_line_of_their_own():
    """d51_04: the answers open with '姚洋：' alone on its line, so the interview had one side only and its
    questions ('经济观察网：…？') were no headings."""
    doc = parse_document(_INTERVIEW.encode("utf-8"))
    assert [h.title[:9] for h in doc.headings] == ["经济观察网：两会召", "经济观察网：要实现", "经济观察网：地方政"]


def test_three_colon_headlines_between_paragraphs_head_a_feature_with_no_other_titles():
    """d51_06: a profile's three 小标题 ('为人子：暴怒之下刺死辱母者', '为人夫：专注零食店，有时很“直男”', '为人父：…')
    were missed: a colon headline counted only beside other plain titles, and a quoted word broke the paired phrases."""
    body = "2月3日，接到上游新闻记者电话时，于欢正在店里忙着给顾客称零食，说话的语气很平静。"
    text = (f"于欢的新生活\n\n{body}\n\n为人子：暴怒之下刺死辱母者\n\n{body}\n\n为人夫：专注零食店，有时很“直男”\n\n"
            f"{body}\n\n为人父：最大任务是照顾女儿\n\n{body}\n")
    doc = parse_document(text.encode("utf-8"))
    assert [h.title for h in doc.headings] == ["为人子：暴怒之下刺死辱母者", "为人夫：专注零食店，有时很“直男”",
                                               "为人父：最大任务是照顾女儿"]


def test_a_records_agenda_numbered_with_capitals_is_its_parts_however_brief():
    """d52_02: '壹、召集人說明會議', '貳、認可本次會議議程', '參、討論事項' one after another, only 參 with items under it,
    were read as a list of points, and took the discussion's 一、 to 三、 with them."""
    item = "議員提請討論預算核銷事宜，經表決通過，請財政部依決議辦理後續事項。"
    text = ("學生議會財政委員會會議紀錄\n\n壹、召集人說明會議\n\n貳、認可本次會議議程\n\n參、討論事項\n\n"
            f"一、預算核銷\n\n{item}\n\n二、永續小組說明\n\n{item}\n\n三、學生會預算\n\n{item}\n\n肆、臨時動議\n\n伍、散會\n")
    doc = parse_document(text.encode("utf-8"))
    got = [(h.depth, h.marker) for h in doc.headings]
    assert got == [(1, "壹、"), (1, "貳、"), (1, "參、"), (2, "一、"), (2, "二、"), (2, "三、"), (1, "肆、"), (1, "伍、")]


def test_points_numbered_with_capitals_that_read_as_sentences_stay_a_list():
    """A guard: '壹、本會應於每學期召開大會一次。' and the like, sentences one after another, are no parts."""
    text = ("學生會規約\n\n本規約之重點如下：\n\n壹、本會應於每學期召開大會一次。\n\n貳、大會應有過半數會員出席。\n\n"
            "參、決議以出席者過半數同意行之。\n\n其他未盡事宜，依學校相關規定辦理，並由理事會議決定之。\n")
    doc = parse_document(text.encode("utf-8"))
    assert not [h for h in doc.headings if h.marker in ("壹、", "貳、", "參、")]


@pytest.mark.parametrize("variant", ["貮、確認上次會議紀錄", "叄、確認上次會議紀錄"])
def test_the_variant_capitals_number_parts_too(variant):
    """d52_01: a student association's record numbers its second part '貮、' (a variant of 貳), which numbered
    nothing, so the part was missed."""
    from reader.text.markers import match_heading

    m = match_heading(variant)
    assert m is not None and m.family == "capital" and m.number == ("貮叄".index(variant[0]) + 2)
