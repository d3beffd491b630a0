"""Round 60C: a news page's picture credits and a chart's source are captions, not sections. A credit in brackets
('（新华社记者 李明 摄）', '（资料图）'), a file picture's or an agency's ('资料图', '图/视觉中国', '新华社发（张三 摄）')
names the picture over it: it is no 小标题, and the 小标题 right under it still follows the story's text, as one under
'图为…' does; so does one under the source a box of facts or a chart closes with ('資料提供：…', '数据来源：…').

Left alone: titles that open with 图 as a word ('图形与图像', '图解：…'), a library ('资料图书馆'), a source line
that opens no chart's source ('来源：新华网' at a story's head), and a title over a line that is no caption."""

from __future__ import annotations

import pytest

from support import blocks_outline

from reader.text.furniture import credit_line, furniture_line, photo_caption, source_note

_P1 = "4月28日，市教育局公布今年义务教育阶段学校招生工作细则，明确了各类学校的招生时间、方式和入学条件。"
_P2 = "细则明确，公办学校按免试就近入学原则确定招生范围，民办学校原则上不得跨区招生，报名人数超过计划的实行电脑派位。"
_P3 = "对于残疾儿童，细则制定了细致安排，轻度残疾儿童随班就读，中重度残疾儿童由特殊教育学校招收，确保不漏一人。"


def _story(caption: str) -> list[str]:
    return ["义务教育招生细则公布", _P1, "小学招生", _P2, caption, "初中招生", _P3, "特殊群体保障", _P1]


@pytest.mark.parametrize("caption", ["新华社发（张三 摄）", "资料图", "图/视觉中国", "图：张三", "数据来源：国家统计局"])
def test_a_title_under_a_credit_or_a_source_is_found(caption):
    titles = [h.title for h in blocks_outline(_story(caption))]
    assert titles == ["小学招生", "初中招生", "特殊群体保障"]


@pytest.mark.parametrize("text", ["（新华社记者 李明 摄）", "（李明 摄）", "资料图", "（资料图）", "資料圖", "图/视觉中国",
                                  "图 | 网络", "图：张三", "新华社发", "新华社发（张三摄）", "视觉中国", "东方IC"])
def test_credits_are_captions(text):
    assert furniture_line(text) and photo_caption(text)


@pytest.mark.parametrize("text", ["图形与图像", "图书馆的故事", "资料图书馆", "图解：一张图看懂", "图说新闻", "配图 - ts-toolbelt",
                                  "摄影技巧入门"])
def test_titles_with_picture_words_are_no_credits(text):
    assert not photo_caption(text)


def test_a_title_named_with_a_picture_word_stays():
    titles = [h.title for h in blocks_outline(["义务教育招生细则公布", _P1, "小学招生", _P2, "图说新闻", _P3, "特殊群体保障",
                                               _P1])]
    assert titles == ["小学招生", "图说新闻", "特殊群体保障"]


@pytest.mark.parametrize("text, sourced", [("资料来源：六福村、台中榮總", True), ("數據來源：主計總處", True),
                                           ("来源：新华网", False), ("资料整理", False),
                                           ("资料来源：" + "很长" * 30, False)])
def test_source_notes(text, sourced):
    assert source_note(text) is sourced


# A newsroom's credit lines and a dateline alone ('撰文 张三', '监制 李四', '央视网消息') say who wrote, checked or sent
# the story, at its head or its foot: no section. Left alone: titles that open with the same words ('策划方案',
# '审核流程', '好消息'), a role with no name after it ('监制'), and '文/张三' (a credit, but '文：…' also opens titles).

@pytest.mark.parametrize("credit", ["撰文 张三", "监制 张三", "实习生 王五", "央视网消息"])
@pytest.mark.parametrize("at", ["head", "foot"])
def test_a_credit_line_is_no_title(credit, at):
    lines = (["义务教育招生细则公布", credit, _P1, "小学招生", _P2, "初中招生", _P3] if at == "head" else
             ["义务教育招生细则公布", _P1, "小学招生", _P2, "初中招生", _P3, credit, _P1])
    assert [h.title for h in blocks_outline(lines)] == ["小学招生", "初中招生"]


@pytest.mark.parametrize("text", ["本报讯（记者 张三 通讯员 李四）", "（责编：毛雅谊）", "■撰文 张三", "一审：张三", "新华社消息",
                                  "策划：李四"])
def test_credit_lines(text):
    assert credit_line(text) and furniture_line(text)


@pytest.mark.parametrize("text", ["策划方案", "审核流程", "统筹兼顾", "监制人员名单", "好消息", "监制", "审核：", "文学与人生",
                                  "设计 模式"])
def test_titles_with_credit_words_are_no_credits(text):
    assert not credit_line(text)
