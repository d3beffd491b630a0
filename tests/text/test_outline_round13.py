"""Forms met in dev documents of round 30: a course's weeks titled '第3周　理論知識：語法基礎' (a title and its second
half after a colon), a lesson named by a work ('1.5 《說文解字》：解讀漢字的橋梁'), and an unnumbered title between
two weeks, which lies inside the first (d30_01, online-course notes), a title under a docs site's closing ::: (d30_09),
and a Markdown list's items, which keep their lines (d30_10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import parse_document

from reader.text.document import load_document
from reader.text.markers import match_heading
from reader.text.linemarkers import why_not_candidate

DOCS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"


@pytest.mark.parametrize(("line", "title", "rest"), [
    ("第3周　　理論知識：文字與詞匯基礎", "理論知識", "文字與詞匯基礎"),
    ("第4周　　傳世文獻之經部：《詩》、《書》選讀", "傳世文獻之經部", "《詩》、《書》選讀"),
    ("第二讲 导论：从哪里来", "导论", "从哪里来"),
])
def test_a_numbered_part_may_carry_a_second_half_after_a_colon(line, title, rest):
    m = match_heading(line)
    assert m is not None and (m.title, m.rest) == (title, rest)


@pytest.mark.parametrize("line", [
    "第一件事：学习",  # one character before the colon: the part's noun, not a title
    "第一件事：要把学习抓紧，把能力提上去。",  # a sentence after the colon
])
def test_a_numbered_part_that_runs_into_a_sentence_or_a_list_is_none(line):
    assert match_heading(line) is None


def test_a_work_named_in_book_quotes_with_a_subtitle_is_no_glossary_entry():
    named = match_heading("1.5 《說文解字》：解讀漢字的橋梁")
    defined = match_heading("1.“两重”：工人阶级和农民阶级的两重性")
    assert why_not_candidate("1.5 《說文解字》：解讀漢字的橋梁", named) != "a glossary entry ('1.“term”：definition')"
    assert why_not_candidate("1.“两重”：工人阶级和农民阶级的两重性", defined) == "a glossary entry ('1.“term”：definition')"


def test_a_title_between_two_weeks_lies_inside_the_first_and_every_week_is_kept():
    doc = load_document(DOCS / "d30_01_kecheng_biji_gudai_hanyu.txt")
    weeks = [h for h in doc.headings if h.marker.startswith("第") and h.marker.endswith("周")]
    assert [h.marker for h in weeks] == [f"第{n}周" for n in range(1, 13)]
    assert len({h.depth for h in weeks}) == 1
    preface = next(h for h in doc.headings if h.title == "說文解字序")
    first, second = weeks[0], weeks[1]
    assert first.offset < preface.offset < second.offset and preface.depth > first.depth
    assert next(h for h in doc.headings if h.marker == "1.5").title.startswith("《說文解字》")


def _titles(lines: list[str]) -> list[str]:
    doc = parse_document("\n\n".join(lines).encode(), "guide.md.txt")
    return [h.title for h in doc.headings]


@pytest.mark.parametrize("fence", [":::", "```"])
def test_a_title_right_under_a_closing_fence_opens_a_section(fence):
    """A docs site's ':::' box (or a code fence) closes; the line under it is framed as after a paragraph (d30_09)."""
    lines = ["化学与化工学院学习指南", "::: tip 作者声明" if fence == ":::" else fence,
             "本页内容由学院同学提供，网站作者整理。", fence, "绩点与综测", "1. 绩点",
             "- 俗称 GPA，是学业成绩的衡量标准\n- 只与各门课程期末成绩有关", "2. 量化",
             "- 参加文体活动获奖、竞赛获奖等均可获得量化分\n- 是综测成绩的组成要素之一",
             "实验课与实验报告", "1. 课程设置", "- 化学院开设课程一般会理论课与实验课配套开设\n- 理论课与正常课程无异"]
    assert "绩点与综测" in _titles(lines)


def test_a_markdown_lists_items_keep_their_lines_however_full():
    """d30_10's '- …受版权、商标和其它法律保护' was glued to the next item as a wrapped sentence's tail."""
    doc = load_document(DOCS / "d30_10_shengming_yonghu_xieyi.txt")
    items = [p.text for p in doc.paragraphs if p.text.startswith("- ")]
    assert "- 本项目源代码遵循 GPL-3.0 协议" in items
    assert all(" - " not in t and "- " not in t[2:] for t in items), items


def test_steps_counted_from_zero_are_one_family():
    """A manual's '0. 硬件配置' before '1. Node.js' (d30_04): programmers count from 0."""
    body = "运行本项目需要一台能够长期开机的电脑或服务器，内存建议不少于两个吉字节，硬盘留出足够的空间。"
    lines = ["运行环境", "0. 硬件配置", body, "1. Node.js", body, "2. Redis", body, "3. 浏览器", body]
    assert _titles(lines) == ["硬件配置", "Node.js", "Redis", "浏览器"]
    assert match_heading("0.5倍") is None and match_heading("0 ") is None


def test_a_list_of_questions_from_zero_opens_its_level_inside_a_section():
    """'0.财务和会计有什么区别？' under a course's FAQ part (d30_12): 0 opens a level as 1 does."""
    answer = "会计是记录企业经济活动的语言，财务则是运用这些信息做出决策，二者相互依存，又各有侧重。"
    lines = ["财务分析笔记", "一、课程概述", answer, "二、常见问题", answer, "0.财务和会计有什么区别？", answer,
             "1.资产和费用有何区别？", answer, "2.存货和固定资产有何区别？", answer]
    assert _titles(lines)[2:] == ["财务和会计有什么区别？", "资产和费用有何区别？", "存货和固定资产有何区别？"]


_STORY = "2016 年，这家公司的首席执行官宣布从移动优先转向人工智能优先，随后两年里几乎每一款产品都接入了语音助手。"


def test_a_bar_an_editor_sets_before_each_sub_head_marks_the_pages_titles():
    """d31_09 (a CSDN commentary): '▌Google：…' over its story; the bar is no part of the title."""
    lines = ["盘点大厂人工智能战略变迁", _STORY, "▌Google：从 Mobile First 到 AI First 再到 AI Only", _STORY, _STORY,
             "▌Microsoft：AI 落后状态下的漫漫重构路", _STORY, "▌百度：掉队困局下的反超赌注", _STORY]
    assert _titles(lines) == ["Google：从 Mobile First 到 AI First 再到 AI Only", "Microsoft：AI 落后状态下的漫漫重构路",
                              "百度：掉队困局下的反超赌注"]


_LONG_HEADS = ["■谷歌从移动优先到人工智能优先再到人工智能唯一的转向之路与它在搜索广告上的代价",
               "■微软在人工智能落后的状态下从操作系统帝国开始的漫长重构之路与云计算的新赌注",
               "■百度在搜索巨头之间掉队的困局下押上全部身家的自动驾驶与语音助手反超赌注"]


@pytest.mark.parametrize("spoiled", [False, True])
def test_a_mark_that_also_opens_sentences_marks_a_list_not_titles(spoiled):
    """Sub-heads too long for a bare title are the page's only by their mark, unless it also opens a sentence."""
    lines = ["盘点大厂人工智能战略变迁", _STORY]
    for head in _LONG_HEADS:
        lines += [head, _STORY]
    if spoiled:
        lines += ["■百度在语音搜索上投入了大量资源，但商业回报迟迟没有到来。", _STORY]
    found = [t for t in _titles(lines) if t in [h[1:] for h in _LONG_HEADS]]
    assert found == ([] if spoiled else [h[1:] for h in _LONG_HEADS])


def test_stacked_titles_of_a_note_that_shows_markdown_nest_as_its_code_notes_do():
    """f28_03 (exam notes with Markdown tables and bullets, no code): '网络攻击' right over 'SQL注入（…）' is a part and
    its first section; the sections after it, up to the next such pair, are its siblings."""
    doc = load_document(DOCS / "f28_03_biji_ruankao_xinxi_anquan.txt")
    depth = {h.title: h.depth for h in doc.headings}
    assert depth["网络攻击"] == 1 and depth["SQL注入（SQL Injection）"] == depth["跨站脚本攻击"] == 2


_POINT = "马克思主义的物质范畴具有丰富而深刻的理论意义，它坚持了唯物主义一元论，批判了唯心主义一元论和二元论。"


def _md(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode(), "notes.md")
    return [(h.depth, h.marker + h.title) for h in doc.headings]


def test_an_ordered_lists_items_in_marked_up_markdown_are_no_headings():
    """A Markdown note whose sections are '#' headings (d18_02's source): its '1. …' lines are an <ol>'s items."""
    text = (f"# 第一章 世界的物质性\n\n## 1.1 物质及其存在方式\n\n{_POINT}\n\n1. 坚持了唯物主义一元论\n2. 坚持了能动的反映论\n\n"
            f"## 1.2 物质与意识的辩证关系\n\n{_POINT}\n\n1. 意识是人脑的机能\n2. 意识在内容上是客观的\n")
    assert _md(text) == [(1, "1.1物质及其存在方式"), (1, "1.2物质与意识的辩证关系")]


def test_without_heading_markup_a_numbered_line_may_still_title_its_part():
    text = f"# 学习笔记\n\n1. 概述\n\n{_POINT}\n\n2. 安装\n\n{_POINT}\n\n3. 使用\n\n{_POINT}\n"
    assert [t for _, t in _md(text)] == ["1.概述", "2.安装", "3.使用"]
