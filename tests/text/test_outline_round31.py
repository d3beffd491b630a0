"""A plan's tasks numbered on across its headings, each naming the unit that leads it, are no articles."""

from __future__ import annotations

import dataclasses

import pytest

from reader.text.decode import read_file
from reader.text.document import build_document
from support import DATA, parse_document

_TASK = "除涉密和必须现场核验的事项外，各级政务服务事项全部开通全程网办。完成适老化改造，适应特殊群体需求。"
_ARTICLE = "人民法院审理此类案件，应当依照法律规定认定当事人之间的权利义务关系。当事人另有约定的，从其约定。"


def _plan(lead: bool) -> bytes:
    lines, n = ["数字政府建设考评指标"], 0
    for part, name in (("一、", "政务服务一网通办（25分）"), ("二、", "政府治理一网统管（25分）")):
        lines.append(part + name)
        for sub, title in (("（一）", "一体化平台建设（3分）"), ("（二）", "便民热线升级（2分）")):
            lines.append(sub + title)
            for _ in range(2):
                n += 1
                text = _TASK if lead else _ARTICLE
                lines.append(f"{n}．{text}" + ("（6月底完成，牵头考核单位：市审批服务局）" if lead else ""))
    return ("\n\n".join(lines) + "\n").encode("utf-8")


def test_tasks_naming_their_lead_unit_are_no_articles():
    """d56_01: tasks 1．–90． numbered straight through under the plan's scored headings, each ending
    '（…，牵头考核单位：…局）', were read as a judicial interpretation's articles: 90 untitled entries in the outline."""
    doc = parse_document(_plan(lead=True))
    markers = [h.marker.strip() for h in doc.headings]
    assert markers == ["一、", "（一）", "（二）", "二、", "（一）", "（二）"]


def test_articles_numbered_across_sections_stay_articles():
    """Guard: the same numbering without a lead unit is still read as articles a reader navigates by."""
    doc = parse_document(_plan(lead=False))
    assert "1．" in [h.marker.strip() for h in doc.headings]


_PARA = "根据开发者生态调查，这门语言的使用者逐年增加，在系统编程、网络服务和命令行工具等领域都有大量应用。"


def test_a_part_title_over_a_section_named_in_english_starts_both():
    """f20_02: '现代编程语言的前景' right over 'Rust' (a Markdown '#' over a '##', their marks gone): neither stood
    between body paragraphs, so the white paper's last part and its first language were both lost."""
    parts = ["编程语言白皮书", "什么是现代编程语言", _PARA, "Rust", _PARA, "Go", _PARA, "现代编程语言的前景", "Rust",
             "Rust 官方博客发布了年度调查报告。", _PARA, "Go", _PARA]
    doc = parse_document(("\n\n".join(parts) + "\n").encode("utf-8"))
    lines = {h.title.strip(): h.line for h in doc.headings}
    assert "现代编程语言的前景" in lines
    assert sum(h.title.strip() == "Rust" for h in doc.headings) == 2


_BODY = "不同设备的屏幕尺寸和像素密度各不相同，开发时需要按照统一的规则换算，保证界面在各种设备上显示一致。"


def test_decimal_numbers_closed_by_a_comma_mark_number_sections():
    """d83_03: '1.1、屏幕像素px' (a decimal number closed by '、', as many Word documents write it) was no marker at
    all, and '3.1、K8s集群资源创建' neither (its Latin first word, set off by the '、' as by a space)."""
    parts = ["屏幕适配说明", "1、屏幕相关概念", "1.1、屏幕像素px", _BODY, "1.1.1、建议使用DIP", _BODY,
             "1.1.2、建议提供可供选择的位图", _BODY, "1.2、屏幕大小size", _BODY, "2、适配方案", "2.1、K8s集群资源创建",
             _BODY, "2.2、Android设备屏幕的多样化", _BODY]
    doc = parse_document(("\n\n".join(parts) + "\n").encode("utf-8"))
    found = [(h.marker.strip(), h.depth) for h in doc.headings]
    assert found == [("1、", 1), ("1.1、", 2), ("1.1.1、", 3), ("1.1.2、", 3), ("1.2、", 2), ("2、", 1), ("2.1、", 2),
                     ("2.2、", 2)]


def test_markers_indented_with_em_spaces_are_markers():
    """A web page indents its paragraphs with &emsp; (U+2003): '\u2003\u2003（1） 路面凸起' was no marker, as an
    ideographic space before it would have been."""
    parts = ["任务说明", "一、赛道设置", "\u2003\u2003（1） 路面凸起", _BODY, "\u2003\u2003（2） 砖块路障", _BODY,
             "二、评分规则", _BODY]
    doc = parse_document(("\n\n".join(parts) + "\n").encode("utf-8"))
    assert [h.marker.strip() for h in doc.headings] == ["一、", "（1）", "（2）", "二、"]


def test_a_subsection_title_may_start_with_a_latin_word_right_after_its_number():
    """d40_01, f16_01: '4.2.3RTOS的未来', '2.1.4eID数字身份凭证…' (no space after a number of two parts or more) are
    subsections; '1.2025年度积分制…？' is item 1 asking about a year, no section 1.2025."""
    from reader.text.markers import match_heading
    found = [match_heading(t) for t in ("4.2.3RTOS的未来", "2.1.4eID数字身份凭证认证机构", "1.2025年度积分制入户指标有多少个？")]
    assert [(m.family, m.marker) if m else None for m in found] == [
        ("decimal", "4.2.3"), ("decimal", "2.1.4"), ("arabic", "1.")]


def test_parts_counted_in_english_are_a_numbered_family():
    """d72_02, d31_10: 'Part 1. 回顾' and 'Part 2. 展望', 'Part1汲取能力' count an essay's parts in English; they were
    unnumbered lines at best, level with the titles inside them. 'Part of the code …' is a sentence."""
    from reader.text.markers import match_heading
    found = [match_heading(t) for t in ("Part 1. 回顾", "Part1汲取能力", "part 2", "Part of the code", "PART 2：展望")]
    assert [(m.family, m.marker, m.title) if m else None for m in found] == [
        ("di-part", "Part 1.", "回顾"), ("di-part", "Part1", "汲取能力"), ("di-part", "part 2", ""), None,
        ("di-part", "PART 2", "展望")]
    parts = ["2020 年终总结", "Part 1. 回顾", "生活实录", _BODY, "心情实录", _BODY, "Part 2. 展望", _BODY]
    doc = parse_document(("\n\n".join(parts) + "\n").encode("utf-8"))
    assert [(h.depth, h.title.strip()) for h in doc.headings][:2] == [(1, "回顾"), (2, "生活实录")]


def test_a_blank_line_after_every_line_leaves_titles_no_captions():
    """A text copied with a blank line after every line (its own blank lines doubled): the titles after a paragraph's
    blank line stood after a wider gap than the usual one, read as the captions of dropped images; the outline was
    empty (d72_06 and twenty more such variants)."""
    source = "\n".join(["4月工作计划", "", "项目梳理", _BODY, "", "主要问题", "1. 需求讨论不够完整", "2. 进度与风险不清晰",
                        "3. 完成之后缺少检查", "", "整体策略", _BODY, "", "人的因素", _BODY, "", "项目意识", _BODY])
    doubled = "\n\n".join(source.split("\n")) + "\n"
    titles = [h.title.strip() for h in parse_document(doubled.encode("utf-8")).headings]
    assert titles[:3] == ["项目梳理", "主要问题", "整体策略"]


def test_a_table_ends_where_the_next_one_starts_with_no_blank_line_between():
    """d62_09 with its blank lines gone: the first week's table took every line after it as a cell's wrapped text,
    the next weeks' dates ('2019.09.25' over '负责人 | 项目简述') among them."""
    from reader.text.lineshape import table_lines
    lines = ["软件周例会纪要", "2019.10.11", "负责人 | 项目简述", "------|--------", "汪光华 | 手环：改字体",
             "改定位顺序：WIFI-GPS-LBS", "2019.09.25", "负责人 | 项目简述", "------|--------", "郑达 | CAT6调试"]
    assert sorted(table_lines(lines)) == [3, 4, 5, 6, 8, 9, 10]


def test_a_picture_line_joins_no_line_of_text():
    """d38_10 with its blank lines gone: 'Rocky Linux（正在开发中）' over '![][4]' became one paragraph (the '!' read
    as punctuation that continues a sentence), and the section's title was lost."""
    parts = ["什么系统可以替换 CentOS 8", _BODY, "Rocky Linux（正在开发中）", "![][4]", _BODY, "Lenix 项目（开发中）",
             "![][6]", _BODY]
    doc = parse_document(("\n".join(parts) + "\n").encode("utf-8"))
    assert "Rocky Linux（正在开发中）" in [p.text for p in doc.paragraphs]
    assert [h.title.strip() for h in doc.headings] == ["Rocky Linux（正在开发中）", "Lenix 项目（开发中）"]


def test_a_notices_addressees_stay_on_their_own_line_under_a_full_title():
    """d33_12 wrapped at 24 characters: the notice's title filled its line, so '各二级学院：' was taken for the rest of
    its sentence; the addressees were lost, and with them the reading of 一、… as the notice's points."""
    lines = ["无标题文档", "查看内容", "发布者：教务处 发布时间：2018-5-10", "关于做好2018届本科毕业设计（论文）后期工作的通知",
             "各二级学院：",
             "根据《关于做好2018届本科生毕业设计(论文)工作的通", "知》的要求，请各教学单位务必在2018年6月5日前完成",
             "本届本科生毕业设计（论文）后期的各项工作。具体工作要", "求如下：", "一、学院组织学生签署《本科毕业设计（论文）诚信承诺",
             "书》，内容见毕业设计（论文）模板。", "二、学院要做好答辩的各项准备工作，包括答辩分组、答辩",
             "安排、学生答辩准备材料要求等事项。"]
    doc = parse_document(("\n".join(lines) + "\n").encode("utf-8"))
    assert "各二级学院：" in [p.text.strip() for p in doc.paragraphs]


def test_a_document_after_a_rules_signature_date_is_a_part_of_its_own():
    """d77_10: a company's attendance rules end with their issuers and date ('2018年03月22日'), then
    '员工违纪处理办法' and its 一、 二、: those sections were read as items of the rules' last article."""
    article = "本制度由综合办公室负责解释，自发布之日起施行，未尽事宜按照国家有关规定执行。"
    lines = ["考勤管理制度", "第一章 总则", f"第1条 {article}", f"第2条 {article}", "第二章 附则", f"第3条 {article}",
             "河南某某信息有限公司", "2018年03月22日", "员工违纪处理办法", _BODY, "一、适用对象", _BODY,
             "二、内容及处理", _BODY]
    doc = parse_document(("\n".join(lines) + "\n").encode("utf-8"))
    found = {h.marker.strip() + h.title.strip(): h.depth for h in doc.headings}
    assert found["员工违纪处理办法"] == 1 and found["一、适用对象"] == 2


def test_the_title_shown_again_over_a_notes_first_section_holds_nothing():
    """d83_04: 'RoboGame 2022' over '1. 版本' in the rule book 'Robogame 2022 竞技组比赛规则手册' is its title shown
    again (its case aside), not a part holding every section one level down."""
    from reader.text.document import load_document
    from support import DATA
    doc = load_document(DATA / "corpus" / "docs" / "d83_04_guize_robogame.txt")
    found = [(h.depth, h.marker.strip() or h.title.strip()) for h in doc.headings]
    assert "RoboGame 2022" not in [t for _, t in found] and found[:2] == [(1, "1."), (2, "1.1")]


def test_a_part_counted_in_english_is_shown_with_a_space_before_its_title():
    """'Part 1.' + '回顾' read as 'Part 1.回顾' in the outline; a Chinese marker keeps its title close ('1.1、屏幕')."""
    from reader.text.model import Heading
    from reader.text.sections import heading_label
    shown = [heading_label(Heading(1, marker, title, 1, 0)) for marker, title in
             (("Part 1.", "回顾"), ("1.1、", "屏幕像素px"), ("1.", "版本"), ("A.", "临时救助制度"))]
    assert shown == ["Part 1. 回顾", "1.1、屏幕像素px", "1.版本", "A.临时救助制度"]


@pytest.mark.parametrize("name", ["d59_06_xinwengao_skywalking_82.txt", "d46_12_faq_esp_waishe.txt",
                                  "d65_02_zhidu_arkuix_shequ_zhili.txt", "d75_09_diaoyan_gulp_xiaochengxu.txt"])
def test_a_real_text_with_a_blank_line_after_every_line_keeps_its_outline(name):
    """Four real documents copied so: one title typed with no blank line before it ('其它值得注意的改进' right under its
    paragraph) stood after the usual gap, which made every other title after a doubled blank line a dropped image's
    caption and emptied the outline. Titles after the usual gap as often as short lines after the wider ones are
    needed to read those as captions."""
    decoded = read_file(DATA / "corpus" / "docs" / name)
    doubled = build_document(dataclasses.replace(decoded, text="\n\n".join(decoded.text.split("\n"))))
    want = [(2 * h.line - 1, h.depth, h.title) for h in build_document(decoded).headings]
    assert want and [(h.line, h.depth, h.title) for h in doubled.headings] == want
