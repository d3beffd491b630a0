"""Round 37: hard-wrapped extracts whose lines a wrap seemed to cut (dated entries, an open bracket, counted parts, an
aside, flush words, short fields), and a document with no blank line at all."""

from __future__ import annotations

import pytest

from support import DATA, heading_texts, parse_document, wrapped_corpus_document

_HISTORY = ["1991.08.17 會員大會修訂通過", "1991.08.31 第一屆第二次理監事會斟酌文字", "2002.01.27 第六屆第一次會員大會修訂通過",
            "2003.02.14 第六屆第二次會員大會修訂通過", "2014.10.25 第十一屆第二次會員大會修訂通過"]


@pytest.mark.parametrize("chars", [24, 26])
def test_a_history_of_dated_entries_keeps_one_entry_a_line(chars, tmp_path):
    """d17_01 at 24 characters: entries nearly as wide as the wrap ran together into one paragraph, and with them
    the charter's title and the page's '最新消息' were lost from the outline."""
    doc = wrapped_corpus_document("d17_01_zhangcheng_taiwan_yuwen_xuehui.txt", chars, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    for entry in _HISTORY:
        assert entry in texts
    assert "台灣語文學會組織章程" in heading_texts(doc)


def test_a_log_dated_alike_keeps_its_lines_and_a_sentence_a_date_opens_still_joins():
    """'2019-6-10: …' entries each open a line; a wrapped sentence whose next line starts with a date (written
    unlike the line above it) is still one paragraph."""
    prose = ("本系统自上线以来经过多次更新，每次更新的内容都记录在下面的更新日志中，方便用户了解各个版本之间的差别和"
             "需要注意的事项，如有疑问请联系管理员。")
    log = ["2019-6-10: 增加各个安装包的下载链接以及校验文件", "2019-6-18: 修正安装脚本在部分系统上的权限错误",
           "2019-7-02: 更新常见问题解答并补充离线安装说明"]
    lines = [prose[i:i + 24] for i in range(0, len(prose), 24)]
    meeting = ["项目组经过讨论决定召开第二次全体会议，会议定于", "2019年10月8日 在北京召开，将讨论本系统下一阶段的",
               "开发计划和人员安排，请各位准时参加。"]
    text = "更新说明\n\n" + "\n".join(lines) + "\n\n" + "\n".join(log) + "\n\n" + "\n".join(meeting) + "\n"
    texts = [p.text for p in parse_document(text.encode("utf-8")).paragraphs]
    assert all(entry in texts for entry in log)
    assert prose in texts
    assert "".join(meeting).replace(" ", "") in [t.replace(" ", "") for t in texts]


def test_a_bracket_a_wrap_left_open_closes_on_the_next_line(tmp_path):
    """f6_09 at 24 characters: '…虚假证明文件罪（第229条' over '第1款、第2款）' kept its line, read as a heading
    '第1款', and the document's 第X款 family displaced its chapters."""
    doc = wrapped_corpus_document("f6_09_jud_zuiming_yijian.txt", 24, tmp_path)
    texts = [p.text.strip() for p in doc.paragraphs]
    assert "146．中介组织人员提供虚假证明文件罪（第229条第1款、第2款）" in texts
    headings = heading_texts(doc)
    assert not [h for h in headings if h.startswith("第1款")]
    assert "第一章危害国家安全罪" in headings and "第八节扰乱市场秩序罪" in headings


def test_a_counted_part_after_a_full_line_and_a_blank_opens_its_paragraph(tmp_path):
    """d21_02 at 24 characters: '…清潔等)' filled its line, so '議題6. 討論…' under the blank was taken for its
    continuation; the eleven other 議題 kept their lines."""
    doc = wrapped_corpus_document("d21_02_huiyi_jilu_taiwan_shequ_guanweihui.txt", 24, tmp_path)
    topics = [h for h in heading_texts(doc) if h.startswith("議題")]
    assert len(topics) == 12 and topics[5].startswith("議題6.")


def test_an_aside_after_a_full_stop_ends_the_paragraph(tmp_path):
    """gov03 at 35 characters: '…和10大行动计划。（详见附件1）' filled its line and was read as cut mid-sentence, so the
    next key task '【重点任务28】…' ran on into it, and 29 after it: the outline lost both."""
    doc = wrapped_corpus_document("gov03_shaoxing_jiaoyu_guihua.txt", 35, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    assert any(t.endswith("（详见附件1）") for t in texts)
    assert [t for t in texts if t.startswith("【重点任务28】")] and [t for t in texts if t.startswith("【重点任务29】")]


def test_a_numbered_words_set_flush_under_an_indented_paragraph_run_on(tmp_path):
    """d24_05 at 35 characters: '…健全统' / '一、协调、高效的环境监管体制。' — the second line looks like a heading 一、,
    but the plan indents every paragraph and heading, and this line is set flush under a full line: the words run on.
    Read as a heading it took the plan's sections （四）–（八） with it."""
    doc = wrapped_corpus_document("d24_05_guihua_shiyiwu_huanjing_baohu.txt", 35, tmp_path)
    assert any("健全统一、协调、高效的环境监管体制。" in p.text for p in doc.paragraphs)
    headings = heading_texts(doc)
    assert not [h for h in headings if h.startswith("一、协调")]
    assert [h for h in headings if h.startswith("（四）创新机制")] and [h for h in headings if h.startswith("（八）积极开展")]


def test_a_records_short_fields_do_not_hide_a_wider_wrap(tmp_path):
    """d21_02 at 50 characters: the minutes' short fields ('主席: …', '時間: …') pile up at one width, more of
    them than the full lines at the wrap's 100 columns, and the wrap was not found; the lines it cut kept their breaks."""
    doc = wrapped_corpus_document("d21_02_huiyi_jilu_taiwan_shequ_guanweihui.txt", 50, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("說明: 總幹事報告一月結餘") and t.endswith("建議交由下任總幹事繼續完成。") for t in texts)
    assert len([h for h in heading_texts(doc) if h.startswith("議題")]) == 12


def test_an_appeals_long_reasons_stay_sections_when_no_blank_line_sets_any_paragraph_off():
    """cdt05 with its blank lines taken out (as many a copied text comes): each reason '一、一审判决…，导致认定事实错误。'
    is a long sentence over its argument; a blank line under it had been the only sign that it is a point, not an
    item, so the four reasons and the points under them were lost."""
    headings = heading_texts(parse_document(_without_blank_lines("cdt05_shangsu_zhuang.txt")))
    reasons = [h for h in headings if h[:2] in ("一、", "二、", "三、", "四、") and "一审" in h]
    assert len(reasons) == 4 and reasons[0].startswith("一、一审判决对公安机关提供的证据材料")
    assert "1.DNA检验完全不应当被认定作为定案根据" in headings


def _without_blank_lines(name: str) -> bytes:
    source = (DATA / "corpus" / "docs" / name).read_text(encoding="utf-8")
    return "\n".join(line for line in source.split("\n") if line.strip()).encode("utf-8")


@pytest.mark.parametrize("name, titles", [
    ("d61_05_shiyanshi_hexiao_xuzhi.txt", ["經費金額限制", "單品項", "報價單格式"]),
    ("d50_06_shuomingshu_iv18_shizhong.txt", ["使用说明", "电源", "计时器模式", "设置定时开关机"]),
])
def test_a_text_without_blank_lines_keeps_the_titles_it_has_when_spaced(name, titles):
    """A text copied without its blank lines: its short titles between paragraphs are no less titles. The title
    model had learnt that a title stands apart; in such a text every paragraph stands as close to the next, so
    it reads each as a spaced text would set it, and the outline is the spaced text's."""
    spaced = heading_texts(parse_document((DATA / "corpus" / "docs" / name).read_bytes()))
    packed = heading_texts(parse_document(_without_blank_lines(name)))
    assert all(title in spaced for title in titles)
    assert all(title in packed for title in titles)


def test_a_numbered_title_its_contents_list_too_stays_whole_however_full_its_line(tmp_path):
    """d60_01 at 24 characters: '一、达斡尔族传统音乐本体特征与传承现状的田野考察' fills its line exactly, so the section's
    first sentence was taken for its wrapped tail; the thesis's contents list the title as it stands."""
    doc = wrapped_corpus_document("d60_01_biye_lunwen_dawoerzu_yinyue.txt", 24, tmp_path)
    chapters = [h for h in doc.headings if h.marker == "一、"]
    assert [h.title for h in chapters] == ["达斡尔族传统音乐本体特征与传承现状的田野考察"]
    assert any(p.text.startswith("达斡尔族传统音乐不是脱离生活土壤的纯粹艺术表演") for p in doc.paragraphs)


def test_a_page_that_prints_its_text_twice_still_joins_its_numbered_lines(tmp_path):
    """d17_02 at 24 characters prints its notice twice: '1.申报人员登录…（www.' stands twice with the same line
    under it, a sentence cut by the wrap both times, not a title listed in contents."""
    doc = wrapped_corpus_document("d17_02_tongzhi_wangye_wulumuqi_jixu_jiaoyu.txt", 24, tmp_path)
    assert not [h for h in heading_texts(doc) if h.startswith("1.申报人员登录")]


def test_a_contents_lines_page_number_a_wrap_cut_off_stays_with_it(tmp_path):
    """d83_04 at 24 characters: each contents line's dot leaders fill it and its page number ('5') falls to a line of
    its own, where it was dropped as a page number; the list, its numbers gone, was read as the rules' sections."""
    doc = wrapped_corpus_document("d83_04_guize_robogame.txt", 24, tmp_path)
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("2. 赛事介绍..") and t.endswith("5") for t in texts)
    depths = {f"{h.marker}{h.title}".replace(" ", ""): h.depth for h in doc.headings}
    assert depths.get("2.赛事介绍") == 1 and depths.get("2.1主题背景") == 2


def test_a_contents_heading_taken_for_a_title_holds_its_list_not_the_chapters(tmp_path):
    """d40_08 at 24 characters: the title model took '目    录' for a title; an unnumbered title over numbered ones
    holds them, so the report's chapters 一．… 二．… sat one level down, inside its contents."""
    doc = wrapped_corpus_document("d40_08_lunwen_unity_youxi_hezi.txt", 24, tmp_path)
    chapter = next(h for h in doc.headings if h.title == "需求分析")
    assert chapter.depth == 1
    assert all(h.depth == 1 for h in doc.headings if h.title.replace(" ", "") == "目录")
