"""Round 39c: a speech whose points run into their paragraphs ('这一年，我们…。' opening each one), as a page keeps a
speech once the bold that set each point off is gone: the points are its parts, each named by its first sentence."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document

_BODY = ("全年完成各类培训项目四十余个，覆盖教职工两千余人次，相关经验被省教育厅专题刊发推广，"
         "得到了兄弟院校的广泛关注和高度评价。")


def _speech(*paragraphs: str, title: str = "某某职业技术学院2023年新年致辞") -> bytes:
    return (title + "\n\n老师们、同学们：\n\n岁序更替，华章日新。值此新年到来之际，我谨代表学校向全体师生员工致以"
            "诚挚的问候和美好的祝愿！\n\n" + "\n\n".join(paragraphs) + "\n\n新的一年，让我们携手并进，再创佳绩！\n"
            ).encode("utf-8")


_YEAR = ["这一年，我们深化教学改革，人才培养质量稳步提升。" + _BODY,
         "这一年，我们加强队伍建设，师资整体水平明显提高。" + _BODY,
         "这一年，我们推进产教融合，社会服务能力不断增强。" + _BODY,
         "这一年，我们坚持从严治党，党建引领作用充分发挥。" + _BODY]
_ONLY = ["唯胸怀家国、志存高远者，方能行稳致远。" + _BODY,
         "唯求真务实、脚踏实地者，方能行稳致远。" + _BODY,
         "唯开拓进取、敢为人先者，方能行稳致远。" + _BODY]


@pytest.mark.parametrize("paragraphs, points", [
    (_YEAR, ["这一年，我们深化教学改革，人才培养质量稳步提升", "这一年，我们加强队伍建设，师资整体水平明显提高",
             "这一年，我们推进产教融合，社会服务能力不断增强", "这一年，我们坚持从严治党，党建引领作用充分发挥"]),
    (_ONLY, ["唯胸怀家国、志存高远者，方能行稳致远", "唯求真务实、脚踏实地者，方能行稳致远",
             "唯开拓进取、敢为人先者，方能行稳致远"]),
    ([_ONLY[0], "同学们：大学是人生的新起点。" + _BODY, _ONLY[1], "同学们：读万卷书，行万里路。" + _BODY, _ONLY[2]],
     ["唯胸怀家国、志存高远者，方能行稳致远", "唯求真务实、脚踏实地者，方能行稳致远",
      "唯开拓进取、敢为人先者，方能行稳致远"]),
])
def test_points_run_into_their_paragraphs_are_the_parts(paragraphs, points):
    """d67_07, d20_02: the points opening each paragraph alike were not found, the speech had no outline at all."""
    assert heading_texts(parse_document(_speech(*paragraphs), "speech.txt")) == points


def test_each_point_heading_covers_its_sentence_only():
    doc = parse_document(_speech(*_YEAR), "speech.txt")
    assert [doc.text[h.offset:h.end] for h in doc.headings][:1] == ["这一年，我们深化教学改革，人才培养质量稳步提升"]


_ONLY_POINTS = ["唯胸怀家国、志存高远者，方能行稳致远", "唯求真务实、脚踏实地者，方能行稳致远", "唯开拓进取、敢为人先者，方能行稳致远"]


@pytest.mark.parametrize("others", [
    ["同学们，希望你们志存高远，勇担时代重任。" + _BODY, "同学们，希望你们勤学苦练，打牢知识根基。" + _BODY,
     "同学们，希望你们知行合一，投身社会实践。" + _BODY],  # the listeners called on again and again: no points
    _YEAR[:2],  # two alike are a pair of sentences, not a speech's parts
    ["这一年，我们深化教学改革。" + _BODY, "去年，学校加强队伍建设，整体水平明显提高。" + _BODY,
     "今年，学院推进产教融合，能力增强。" + _BODY],  # not written alike
])
def test_only_sentences_written_as_points_are_parts(others):
    assert heading_texts(parse_document(_speech(*_ONLY, *others), "speech.txt")) == _ONLY_POINTS


def test_a_decked_headline_form_does_not_drop_run_in_points():
    """f20_10: four points on consecutive paragraphs read as two sub-heads each with its deck line under it."""
    doc = parse_document(_speech(*_YEAR), "speech.txt")
    assert len(doc.headings) == 4


_TALK_BODY = ("今天主要跟大家聊一聊我们团队这两年在持续交付上的一些实践，内容比较杂，有讲得不对的地方欢迎大家指正，"
              "会后也可以加我微信继续交流。")


@pytest.mark.parametrize("spoken", [
    "但是，作为老用户，我还是想先夸一夸它",
    "于是我们又回头把构建脚本重写了一遍",
    "不过这套流程在小团队里跑得并不顺",
    "所以后来我们干脆把测试环境全部容器化",
])
def test_a_spoken_line_that_goes_on_from_the_last_is_no_title(spoken):
    """d54_03, d68_11, d41_05: a transcript leaves the speaker's sentences without their stops, and one that opens
    with 但是 / 于是 / 不过 / 所以 read as a title between the talk's paragraphs."""
    text = "\n\n".join(["持续交付实践分享", _TALK_BODY, "为什么要做持续交付", _TALK_BODY, spoken, _TALK_BODY,
                        "我们踩过的坑", _TALK_BODY, "总结", _TALK_BODY]) + "\n"
    headings = heading_texts(parse_document(text.encode("utf-8"), "talk.txt"))
    assert headings == ["为什么要做持续交付", "我们踩过的坑", "总结"]


def test_a_point_on_its_own_line_may_quote_a_phrase():
    """d51_03: '我们坚持携手共进，做“全球南方”的坚定成员。' was left out of its four parallel siblings for its quotes."""
    points = ["我们坚持深化改革，做高质量发展的坚定推动者", "我们坚持扩大开放，做“一带一路”的积极建设者",
              "我们坚持创新驱动，做新质生产力的勇敢探索者"]
    paragraphs = [part for point in points for part in (point + "。", _BODY)]
    assert heading_texts(parse_document(_speech(*paragraphs), "speech.txt")) == points
