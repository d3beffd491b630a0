"""Round 36: a contents list naming the same title under several parts."""

from __future__ import annotations

from reader.text.document import load_document
from support import DATA, parse_document

_KERNELS = ["QNX", "MINIX", "L4"]
_PARTS = ["简介", "特点", "应用"]


def _survey() -> bytes:
    lines = ["调研报告", "", "目录", "", "+ 项目背景", "\t+ 微内核", "\t+ 微内核架构举例"]
    for kernel in _KERNELS:
        lines += [f"\t\t+ {kernel}", *[f"\t\t\t+ {part}" for part in _PARTS]]
    lines += ["+ 前瞻性分析", "", "项目背景", "", "微内核", "", "微内核是一种把大部分服务移出内核的操作系统结构。", "",
              "微内核架构举例", ""]
    for kernel in _KERNELS:
        lines += [kernel, ""]
        for part in _PARTS:
            lines += [part, "", f"这一部分说明{kernel}的{part}，内容来自公开的资料和我们自己的实验记录。", ""]
    lines += ["前瞻性分析", "", "微内核的前景取决于性能和生态两方面的进展。", ""]
    return "\n".join(lines).encode("utf-8")


def test_a_contents_list_naming_a_title_under_each_part_names_each():
    """d40_12: '简介' is listed under QNX, MINIX and L4; the list was taken for one out of order and named nothing,
    so the kernels' Latin names were lost and their parts sat one level too high."""
    doc = parse_document(_survey())
    got = [(h.title, h.depth) for h in doc.headings]
    want = [("项目背景", 1), ("微内核", 2), ("微内核架构举例", 2)]
    for kernel in _KERNELS:
        want += [(kernel, 3), *[(part, 4) for part in _PARTS]]
    assert got == want + [("前瞻性分析", 1)]




_STEPS = ["甲. 准备安装介质", "乙. 划分磁盘分区", "丙. 配置网络参数", "丁. 安装常用软件"]


def test_a_title_the_text_moved_is_found_where_it_stands():
    """d84_02: a contents list names '项目结构' third; the text sets it second. The list holds for the others, so the
    moved title is a heading too, where it stands (before, the list was out of order and named none)."""
    lines = ["安装指南", "", "目录", *[f"{_STEPS[k]} {n}" for n, k in enumerate((1, 0, 2, 3), 1)], ""]
    for step in _STEPS:
        lines += [step, "", "这一步的要求见随附的说明书", ""]
    doc = parse_document("\n".join(lines).encode("utf-8"))
    assert [h.line for h in doc.headings] == [9, 13, 17, 21]


_ASSESSMENT = """部署计划书

3.2 技術選型分析

**開發語言選擇：C# / .NET 8.0**

選擇理由：
- 跨平台支援：.NET 8.0 完整支援 Linux ARM64，可在樹莓派上原生執行
- 團隊熟悉度：與現有專案技術棧一致，降低學習成本

3.3 技術可行性評估

**硬體資源評估：**

Raspberry Pi 4 的硬體規格足以支援本產品的運行需求，記憶體與網路頻寬都綽綽有餘。

**效能考量：**

容器數量在十個以內時，處理器的負載維持在三成以下，回應時間沒有明顯的變化。

**注意：測試數據來自實驗室環境，正式環境仍需重新量測。**

以上評估將在第二階段結束時重新檢視。
"""


def test_bold_lines_of_a_text_file_are_its_sections_sub_headings():
    """d52_03, d54_05: '**效能考量：**' alone on its line under '3.3 技術可行性評估'; its colon read as a label's or a
    sentence's, the sub-headings were lost. A bold sentence ending in '。' is emphasis, no heading."""
    doc = parse_document(_ASSESSMENT.encode("utf-8"))
    got = [(h.line, h.depth) for h in doc.headings]
    assert got == [(3, 1), (5, 2), (11, 1), (13, 2), (17, 2)]


def test_bold_lines_title_a_text_without_numbered_sections():
    """Without numbered sections, the bold lines are the text's own headings."""
    text = "\n".join(line for line in _ASSESSMENT.splitlines() if not line.startswith("3."))
    doc = parse_document(text.encode("utf-8"))
    assert [h.title.strip("*：") for h in doc.headings][-3:] == ["開發語言選擇：C# / .NET 8.0", "硬體資源評估", "效能考量"]


_SPEC = """软件需求规格说明文档

iCountry平台

本文档由平台项目组编写，记录平台的全部需求。

更新历史

| 修改人员 | 日期 | 变更原因 | 版本号 |
| 周政 | 2019.8.1 | 文档初步结构 | v1.0草稿 |
| 许竣博 | 2019.8.4 | 完成用例13-最后 | v1.0 |

1. 引言

1.1 目的

本文档描述平台的功能需求和非功能需求，供开发和测试人员使用。

1.2 范围

平台面向个人用户，提供存款、理财和支付功能。

2. 总体描述

2.1 项目前景

随着移动支付的普及，用户对一站式理财服务的需求日益增长。
"""


def test_front_parts_above_the_numbered_sections_stand_beside_them():
    """d77_04, d36_08: '更新历史' over its revision table, then '1. 引言': the document's front part, beside its
    sections; the sections were nested under it, every one a level too deep."""
    doc = parse_document(_SPEC.encode("utf-8"))
    depths = {h.title: h.depth for h in doc.headings}
    assert depths["更新历史"] == depths["引言"] == depths["总体描述"] == 1
    assert depths["目的"] == depths["项目前景"] == 2


def test_a_title_right_over_the_first_section_holds_the_sections():
    """Guard: cdt05, '上诉事实和理由' right over '一、…' (no text between) is the part the numbered sections make up."""
    text = _SPEC.replace("\n| 修改人员", "\n本文档的修订记录如下。\n\n需求说明\n\n| 修改人员")
    text = text.replace("| 许竣博 | 2019.8.4 | 完成用例13-最后 | v1.0 |\n\n", "| 许竣博 | 2019.8.4 | 完成用例13-最后 | v1.0 |\n\n需求正文\n\n")
    doc = parse_document(text.encode("utf-8"))
    depths = {h.title: h.depth for h in doc.headings}
    assert depths["需求正文"] == 1 and depths["引言"] == 2


_REVIEW = ("论文评审是一项耗时且重复度高的工作，尤其在大班教学或集中提交论文时，教师往往需要投入大量精力去做字数统计、格式检查"
           "和初步打分。平台通过自动化工具完成这些工作，并在此基础上提供可视化的分析结果，使教师能够快速聚焦于最需要关注的部分。")


def _wrapped(text: str, width: int = 30) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_short_open_line_after_a_blank_is_no_wrapped_tail():
    """d74_04, a PDF extract: an item that ends no sentence ('…帮助发现问题与培养能力'), a blank line, then '开发路线'
    over '阶段一：…'. The blank was read as the extractor's stray one inside a sentence and the title glued on; a
    paragraph's last line ends its sentence, so a short line with no clause and a line under it is a title."""
    lines = ["实施方案", "", "产品意义", *_wrapped(_REVIEW), "总结：", "从教学价值角度，它是学生的学习伙伴，帮助发现问题与培养能力",
             "", "开发路线", "阶段一：原型搭建与核心功能", *_wrapped(_REVIEW)]
    doc = parse_document("\n".join(lines).encode("utf-8"))
    assert "开发路线" in [p.text for p in doc.paragraphs]


_ARTICLES = ["第一条　为了持续优化营商环境，不断解放和发展社会生产力，加快建设现代化经济体系，推动高质量发展，制定本条例。",
             "第二条　本条例所称营商环境，是指企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件。",
             "第三条　国家鼓励、支持、引导非公有制经济发展，激发非公有制经济活力和创造力。",
             "国家进一步扩大对外开放，积极促进外商投资，平等对待内资企业、外商投资企业等各类市场主体。",
             "第四条　各级人民政府应当加强对优化营商环境工作的组织领导，完善优化营商环境的政策措施。"]


def test_articles_an_extract_ran_together_are_found_where_its_lines_cut_them():
    """d24_03 wrapped at 35: an extract ran a chapter's articles together and cut its lines anywhere: '…制定本条例。第二条'
    ended a line and lost the space after its label, and '第四条' ran on from 第三条's second paragraph; both were
    missed (a label with no space after it reads as a citation, '第十一条规定的…')."""
    first = _ARTICLES[0].replace("制定", "维护合法权益，依照新法规，制定")  # 67 characters: two full lines
    run = (first + "".join(_ARTICLES[1:3])).replace("第二条　", "第二条")  # and the second ends on the label
    assert run.index("第二条") + 3 == 2 * 35
    lines = _wrapped(run, 35) + _wrapped("".join(_ARTICLES[3:]), 35)
    doc = parse_document(("优化营商环境条例\n\n第一章　总则\n\n" + "\n".join(lines) + "\n").encode("utf-8"))
    assert [h.marker for h in doc.headings if h.marker.startswith("第") and h.marker.endswith("条")] == \
        ["第一条", "第二条", "第三条", "第四条"]


def test_a_citation_after_a_sentence_is_no_article():
    """Guard: '。第三条规定的…' inside an article cites the next one; it is no article of its own."""
    text = "第一条　为了规范管理，制定本办法。\n第二条　本办法适用于全省。第三条规定的情形除外。\n"
    doc = parse_document(("管理办法\n\n" + text).encode("utf-8"))
    assert [h.marker for h in doc.headings] == ["第一条", "第二条"]



def test_a_records_fields_keep_their_lines():
    """d67_02: '与会人员：吴竞邦 杨雅棋 张弈帆' over '会议内容：' read as a line the wrap cut and the next glued on
    ('…张弈帆会议内容：'); a label that opens a line again and again is a record's field, a line of its own."""
    path = DATA / "corpus" / "docs" / "d67_02_huiyi_code_debug_huiyi_jiyao.txt"
    fields = sum(line.strip() == "会议内容：" for line in path.read_text(encoding="utf-8").splitlines())
    assert fields >= 3 and [p.text for p in load_document(path).paragraphs].count("会议内容：") == fields


def test_a_records_motions_are_its_parts_bodied_or_not():
    """d21_08: '動議2. 住戶意見~閱覽室鋁門窗修繕' over a short '說明: …' and '決議: …': motions, like an agenda's
    items, are the minutes' parts though no long paragraph follows them."""
    motions = ["社區一樓消防水栓箱門除鏽噴漆", "閱覽室鋁門窗修繕", "冷藏貨物寄放"]
    lines = ["管理委員會第一次會議紀錄", "", "參、臨時動議", ""]
    for n, motion in enumerate(motions, 1):
        lines += [f"動議{n}. 住戶意見~{motion}", "說明: 住戶反映已久", "決議: 由總幹事處理", ""]
    doc = parse_document("\n".join(lines).encode("utf-8"))
    assert [h.marker for h in doc.headings if h.marker.startswith("動議")] == ["動議1.", "動議2.", "動議3."]
