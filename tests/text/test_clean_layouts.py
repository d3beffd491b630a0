"""Cleaning on layouts the samples do not show: wraps at any width, labels and values on separate lines."""

from __future__ import annotations

import random

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.rewrap import width

PARAS = [
    "一、总体要求",
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，"
    "加快构建新发展格局，着力推动高质量发展，统筹发展和安全，为全面建设社会主义现代化国家开好局起好步作出贡献。",
    "（一）工作目标",
    "到2027年，全市数字经济核心产业增加值占GDP比重达到12%以上，建成5G基站2.5万个，培育国家级专精特新“小巨人”企业30家，"
    "形成一批具有全国影响力的数字产业集群和创新平台，数字政府建设水平进入全省前列。",
    "二、主要任务",
    "加快推进新型基础设施建设，统筹布局算力基础设施，推动数据中心绿色低碳发展，建设城市级物联感知平台，提升网络覆盖质量和服务水平。",
    "支持企业建设研发机构，推动产学研深度融合，加强关键核心技术攻关，完善科技成果转化机制，营造良好创新生态，激发各类主体活力。",
    "三、保障措施",
    "各地各部门要加强组织领导，细化工作举措，压实工作责任，确保各项任务落地见效，重大事项及时向市委市政府报告。",
]


def _clean(text: str):
    return clean(decode_bytes(text.encode("utf-8"), name="doc.txt"))


def _wrap(paragraph: str, cols: int, rnd: random.Random, jitter: int) -> list[str]:
    """Break a paragraph where a PDF extract would: at a width that varies a little from line to line."""
    out, cur, limit = [], "", cols - rnd.randint(0, jitter)
    for ch in paragraph:
        if width(cur + ch) > limit:
            out.append(cur)
            cur, limit = "", cols - rnd.randint(0, jitter)
        cur += ch
    out.append(cur)
    return out


@pytest.mark.parametrize("cols", [40, 48, 56, 68, 70, 80, 96, 120])
@pytest.mark.parametrize("jitter", [0, 4])
def test_hard_wraps_at_any_width_rejoin_and_headings_stay(cols, jitter):
    rnd = random.Random(cols * 10 + jitter)
    lines = ["数字经济发展三年行动计划"]
    for p in PARAS:
        lines += _wrap(p, cols, rnd, jitter)
    doc = _clean("\n".join(lines))
    assert [p.text for p in doc.paragraphs] == PARAS



@pytest.mark.parametrize("cols", [40, 48, 56])
def test_a_title_cut_by_the_wrap_is_one_title(cols):
    """seed 000 wrapped at 24 characters: '学习贯彻…把强化正确政绩观' filled its line, '贯穿于人大工作全过程' under
    it was taken for the first heading and every section nested under it."""
    title = "学习贯彻省委十二届六次全会精神把强化正确政绩观贯穿于人大工作全过程"
    lines = _wrap(title, cols, random.Random(cols), 0) + [""]
    for p in PARAS:
        lines += _wrap(p, cols, random.Random(cols), 0)
    doc = _clean("\n".join(lines))
    assert doc.title == title
    assert [p.text for p in doc.paragraphs] == PARAS


def test_a_short_title_over_a_wrapped_text_keeps_its_first_line_apart():
    """Guard: a short title over the text's first wrapped line is the title alone."""
    lines = ["数字经济发展行动计划"] + _wrap(PARAS[1], 48, random.Random(1), 0) + _wrap(PARAS[3], 48, random.Random(2), 0)
    doc = _clean("\n".join(lines))
    assert doc.title == "数字经济发展行动计划" and doc.paragraphs[0].text == PARAS[1]


def test_a_title_after_a_full_line_ending_its_sentence_stays_apart():
    """seed 002 wrapped at 24 characters: '…做到以制度创新引领工作创新。' filled its line (its pinyin taken out), and the
    next section's title '加强能力建设 练就“金刚钻”' was read as the paragraph's last words, no heading."""
    lines = ["数字经济发展行动计划"]
    for p in PARAS[:2]:
        lines += _wrap(p, 48, random.Random(3), 0)
    body = PARAS[1][:23] + "。"  # a paragraph whose last line fills the width
    lines += _wrap(PARAS[3], 48, random.Random(4), 0) + [body, "加强能力建设 练就“金刚钻”"] + _wrap(PARAS[5], 48, random.Random(5), 0)
    doc = _clean("\n".join(lines))
    texts = [p.text for p in doc.paragraphs]
    assert "加强能力建设 练就“金刚钻”" in texts and texts[-1] == PARAS[5]

def test_a_wrapped_document_with_many_short_lines_still_rejoins():
    rnd = random.Random(7)
    lines = ["工作方案"]
    for n, p in enumerate(PARAS * 3):
        lines += _wrap(p, 68, rnd, 2)
        lines += [f"{n + 1}.附表{n + 1}"]
    doc = _clean("\n".join(lines))
    assert sum(len(p.text) > 60 for p in doc.paragraphs) == sum(len(p) > 60 for p in PARAS * 3)


def test_short_lines_of_an_unwrapped_document_stay_apart():
    lines = ["工作要点", "加强政治建设 把牢正确方向", PARAS[1], "加强作风建设 树立良好形象", PARAS[3],
             "深化改革创新 激发发展活力", PARAS[5], "强化责任担当 狠抓工作落实", PARAS[6]]
    doc = _clean("\n".join(lines))
    assert [p.text for p in doc.paragraphs] == lines[1:]


def test_a_latin_word_cut_by_a_character_wrap_is_glued_without_a_space():
    doc = _clean("标题\n" + "\n".join(["全市数字经济核心产业增加值占GD", "P比重达到百分之十二以上，建成一批", "示范项目和创新平台。"]))
    assert "占GDP比重" in doc.text


HEADER = ["全区春耕生产有序推进", "发表时间：", "2026-02-09 09:45:30", "来源：", "宁夏日报客户端", "阅读量：", "1024"]


@pytest.mark.parametrize("header, fields, removed", [
    (HEADER, ("2026-02-09 09:45:30", "宁夏日报客户端"), 6),
    (["全区春耕生产有序推进", "时间：", "2026-02-02 09:20", "作者：", "张三"], ("2026-02-02 09:20", ""), 4),
    (["全区春耕生产有序推进", "——记某某合作社带头人", "来源： ", "新华网", "——记某某合作社带头人"], ("", "新华网"), 3),
])
def test_labels_and_values_on_separate_lines_are_metadata(header, fields, removed):
    body = [PARAS[1], PARAS[3]]
    doc = _clean("\n".join(header + body))
    assert (doc.title, doc.date, doc.source) == ("全区春耕生产有序推进", *fields)
    assert len(doc.removed) == removed
    assert [p.text for p in doc.paragraphs][-2:] == body


def test_label_and_value_on_separate_lines_after_the_body():
    doc = _clean("\n".join(["全区春耕生产有序推进", PARAS[1], PARAS[3], "责任编辑：", "王五", "来源：", "宁夏日报"]))
    assert (doc.editor, doc.source) == ("王五", "宁夏日报")
    assert doc.text == PARAS[1] + "\n" + PARAS[3]


def test_a_notice_time_label_after_the_body_stays_content():
    lines = ["关于召开会议的通知", PARAS[1], "时间：", "3月5日上午9时"]
    doc = _clean("\n".join(lines))
    assert "3月5日上午9时" in doc.text



def test_a_cover_tables_author_label_without_colon_names_the_author_and_the_table_stays():
    """d79_03: a manual's cover table sets '作者' over '陈佳敏、徐毓茜…' with no colon: the label alone was read as a
    byline, its author '作者', and taken out of the text. The names are the author; the table stays as written."""
    lines = ["校园二手交易平台用户手册", "文件标识", "SE-2018春-G15", "当前版本", "0.1.0", "作者", "陈佳敏、徐毓茜、江亮儒", PARAS[1]]
    doc = _clean("\n".join(lines))
    assert doc.author == "陈佳敏、徐毓茜、江亮儒"
    assert "作者\n陈佳敏、徐毓茜、江亮儒" in doc.text


def test_an_author_label_in_a_revision_table_under_a_byline_leaves_the_byline():
    """Guard: '作者' over '审核' in a revision history, after the byline '作者： 董振杰 张伟腾': the byline's author stays."""
    lines = ["编码标准", "作者： 董振杰 张伟腾", "修订记录", "日期", "修订版本", "作者", "审核", PARAS[1]]
    doc = _clean("\n".join(lines))
    assert doc.author == "董振杰 张伟腾" and "作者\n审核" in doc.text

SENTENCES = [
    "全市上下认真贯彻落实中央和省委决策部署，", "坚持稳中求进工作总基调，", "着力扩大有效需求，", "持续优化营商环境，",
    "统筹推进城乡融合发展，", "切实保障和改善民生，", "经济运行保持总体平稳、稳中有进的良好态势。", "加快建设现代化产业体系。",
    "深入实施创新驱动发展战略，", "扎实推进乡村全面振兴。",
]


@pytest.mark.parametrize("cols", [40, 52, 68, 70, 84, 100])
def test_short_paragraphs_wrapped_without_blank_lines_rejoin(cols):
    """Most paragraphs are one or two lines, so their last lines outnumber the full ones."""
    rnd = random.Random(cols)
    paras = ["".join(rnd.sample(SENTENCES, rnd.randint(2, 4))).replace("。", "，").rstrip("，") + "。" for _ in range(30)]
    lines = ["某市经济运行情况通报"]
    for p in paras:
        lines += _wrap(p, cols, rnd, 0)
    doc = _clean("\n".join(lines))
    joined = [p.text for p in doc.paragraphs]
    mid_sentence = [t for t in joined if not t.endswith("。")]
    assert not mid_sentence
    assert len(joined) >= len(paras) - 3  # a paragraph ending exactly at the width may run into the next
