"""Round 45c: two forms a news page keeps when copied to text.

A page that sets its paragraphs and its 小标题 in by '　　' centres each picture with its caption, and the copy leaves
the caption flush among the set-in lines: no title. A page that marks every 小标题 with one symbol ('◇', '❔') marks
the one standing by a caption or a short answer too: a title, though no paragraph frames it. A commentary whose title
asks ('…何以成为…？') keeps that first line as its title, no part of it."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document

_IN = "\u3000\u3000"
_BODY = ("记者从市工业和信息化局了解到，今年前三季度全市新材料产业实现产值同比增长百分之十二，"
         "一批龙头企业加大研发投入，带动上下游配套企业集聚发展。")
_MORE = ("业内人士表示，产业链条的不断完善为企业降低了成本，也吸引了更多外地企业前来投资设厂，"
         "园区的承载能力正在进一步提升。")


def _page(*lines: str) -> bytes:
    return ("新材料产业迈向高质量发展\n" + "\n".join(lines) + "\n").encode("utf-8")


def _set_in(caption: str, titles: tuple[str, ...] = ("产业规模持续扩大", "创新能力不断增强", "园区配套日益完善")) -> bytes:
    first, second, third = (_IN + t for t in titles)
    return _page(_IN + _BODY, first, _IN + _BODY, _IN + _MORE, second, _IN + _MORE, caption, _IN + _BODY,
                 third, _IN + _BODY, _IN + _MORE)


@pytest.mark.parametrize("caption", ["技术人员在实验室检测新型复合材料", "园区企业的自动化生产线"])
def test_a_flush_line_among_set_in_titles_and_paragraphs_is_a_caption(caption):
    doc = parse_document(_set_in(caption), "news.txt")
    assert caption in [p.text.strip() for p in doc.paragraphs]
    assert caption not in heading_texts(doc)
    assert heading_texts(doc) == ["产业规模持续扩大", "创新能力不断增强", "园区配套日益完善"]


def test_flush_titles_over_a_set_in_body_stay():
    """A notice centres its titles over paragraphs set in by '　　': flush is its titles' own form."""
    doc = parse_document(_page(_IN + _BODY, "产业规模持续扩大", _IN + _BODY, _IN + _MORE, "创新能力不断增强",
                               _IN + _MORE, "园区配套日益完善", _IN + _BODY, _IN + _MORE), "news.txt")
    assert heading_texts(doc) == ["产业规模持续扩大", "创新能力不断增强", "园区配套日益完善"]


def test_a_flush_title_beside_one_set_in_title_stays():
    """One title set in, one flush: no form to stand apart from."""
    doc = parse_document(_page(_IN + _BODY, _IN + "产业规模持续扩大", _IN + _BODY, _IN + _MORE, "创新能力不断增强",
                               _IN + _MORE, _IN + _BODY), "news.txt")
    assert "创新能力不断增强" in heading_texts(doc)


_NEWS = ("该项目由学校与企业联合申报，经过专家组多轮评审后正式获批立项，将在未来三年内建设完成，"
         "预计可为区域产业发展输送大批专业人才。")


@pytest.mark.parametrize("mark", ["◇", "❖"])
def test_a_marked_title_by_a_caption_stays(mark):
    """'◇…' over the picture's caption, then its story: the page's mark makes it a title like the others."""
    doc = parse_document(_page(
        mark + "学院与企业共建人工智能实验室", _NEWS, _NEWS.replace("项目", "实验室"),
        mark + "学生团队获全国机器人大赛一等奖", "校领导与获奖学生合影", _NEWS.replace("三年", "两年"),
        mark + "学院举办首届开源技术交流会", _NEWS, _NEWS.replace("学校", "学院"),
        "会议现场座无虚席", mark + "计算机专业通过工程教育认证", _NEWS), "news.txt")
    assert [t.lstrip(mark) for t in heading_texts(doc)] == [  # (a title keeps its mark or not, as the page's form)
        "学院与企业共建人工智能实验室", "学生团队获全国机器人大赛一等奖", "学院举办首届开源技术交流会", "计算机专业通过工程教育认证"]


def test_a_marked_question_over_its_short_answer_stays():
    """'❔ 宿舍几点锁门' over '23:00', among '❔' questions over their paragraphs."""
    answer = ("每间宿舍配有独立卫浴和空调，热水全天供应，学校后勤部门会定期安排人员上门检修，"
              "有问题可以随时在后勤服务平台上报修。")
    doc = parse_document(_page(
        "❔ 宿舍是几人间", answer, "❔ 有没有空调和热水", answer.replace("每间", "每个"), "❔ 宿舍几点锁门",
        "二十三点整", "❔ 可以在宿舍使用电饭煲吗", answer.replace("热水", "饮水"), "❔ 快递在哪里取", answer),
        "faq.txt")
    assert "❔宿舍几点锁门" in heading_texts(doc)


def test_a_bracket_label_or_a_field_is_no_title_for_the_mark():
    """'【目标】' heads titles and labels alike, and '◇ 工作地点：北京' is a field: neither joins the titles."""
    doc = parse_document(_page(
        "【项目背景】", _NEWS, "【建设目标】", _NEWS.replace("项目", "平台"), "【知识】掌握三维建模的基本方法",
        "【能力】独立完成模型打印", "【实施步骤】", _NEWS), "plan.txt")
    assert not {"【知识】掌握三维建模的基本方法", "【能力】独立完成模型打印"} & set(heading_texts(doc))
    job = parse_document(_page(
        "◇ 岗位职责", _NEWS, "◇ 任职要求", _NEWS.replace("项目", "岗位"), "◇ 工作地点：北京", "◇ 工作性质：全职",
        "◇ 福利待遇", _NEWS), "job.txt")
    assert not {"◇ 工作地点：北京", "◇ 工作性质：全职"} & set(heading_texts(job))


_ESSAY = ("这几年，身边越来越多的年轻人月薪过万却存不下钱，信用卡和各种分期账单一个接着一个，"
          "表面光鲜的生活背后，其实是入不敷出的窘迫。")


@pytest.mark.parametrize("title", ["年轻人为什么总是存不下钱？", "一次社区议事会是怎么开起来的？"])
def test_a_title_that_asks_is_no_part_of_its_text(title):
    """A commentary's title asks its question on the first line: the document's title, not its first part."""
    doc = parse_document((title + "\n\n" + _ESSAY + "\n\n消费主义的推波助澜\n\n" + _ESSAY + "\n\n"
                          + "收入增长跟不上开支\n\n" + _ESSAY + "\n\n如何走出困境？\n\n" + _ESSAY + "\n").encode("utf-8"),
                         "essay.txt")
    assert heading_texts(doc) == ["消费主义的推波助澜", "收入增长跟不上开支", "如何走出困境？"]


def test_a_first_question_under_another_title_stays():
    """The first question under a headline of its own is the text's first part."""
    doc = parse_document(("社区议事会纪实\n\n一次社区议事会是怎么开起来的？\n\n" + _ESSAY + "\n\n会前要做哪些准备？\n\n"
                          + _ESSAY + "\n\n会后如何跟进落实？\n\n" + _ESSAY + "\n").encode("utf-8"), "essay.txt")
    assert "一次社区议事会是怎么开起来的？" in heading_texts(doc)
