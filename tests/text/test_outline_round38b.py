"""Round 38b: news pages. A photo's credit or the person it shows is a caption, not a 小标题; an interview may have
one asker and several answerers; a 'Q&A' line names the session its questions belong to; an interviewee's own story
that ends by asking itself is no interviewer's question; a short line set in by spaces where the body and the other
titles stand flush is a centred caption."""

from __future__ import annotations

import pytest

from reader.text.furniture import furniture_line
from reader.text.model import Paragraph
from reader.text.questions import interviewer_turns
from reader.text.setin import indent_of
from support import heading_texts, parse_document

_STORY = ("那几年里他几乎每个周末都泡在图书馆，从历史读到哲学，又从哲学读回文学，笔记本写满了一本又一本，"
          "后来这些笔记成了他第一本书的底稿。")
_WORK = ("疫情改变了很多人的工作方式，他也不例外，原本每周都要出差的日程全部取消，录音棚搬进了家里的书房，"
         "节目却一期也没有停过。")


def _page(title: str, *blocks: str) -> bytes:
    return (title + "\n\n" + "\n\n".join(blocks) + "\n").encode("utf-8")


@pytest.mark.parametrize("caption, headline", [
    ("梁文道 图片来源：受访者供图", "勇于读书，勇于认识自己"),
    ("2022年文学奖颁奖现场一景 图片来源：主办方公众号", "2022年文学奖颁奖典礼回顾"),
    ("图源：视觉中国", "图书馆里的夏天"),
    ("会场一角 李明/摄", "会场内外的故事"),
    ("集团党委副书记 周凯", "专访清华大学校长王希勤"),  # an interview's headline names its guest by post too
    ("集团党委副书记杨凤雏", "理事会委员任命"),  # '任' opens a name and '任命' too
    ("公司董事长魏华山", "总经理办公会"),
    ("市教育局局长 陈立新", "院长办公会议纪要"),
])
def test_a_photos_credit_or_the_person_it_shows_is_a_caption(caption, headline):
    """A caption with a photo's credit, or the post and name of whom it shows; the headline beside it is none."""
    assert furniture_line(caption) and not furniture_line(headline)


def test_captions_with_a_credit_stand_outside_a_features_subheads():
    """d64_09: '梁文道 图片来源：受访者供图' under each part of a feature stood in its outline among the 小标题."""
    doc = parse_document(_page("专访梁文道：读书是一种特别的体验", _STORY, "读书本是我的兴趣", _STORY,
                               "梁文道 图片来源：受访者供图", _WORK, "把故事讲好的能力", _WORK,
                               "2022年文学奖颁奖现场 图片来源：主办方公众号", _STORY, "勇于认识自己", _STORY),
                         "feature.txt")
    headings = heading_texts(doc)
    assert {"读书本是我的兴趣", "把故事讲好的能力", "勇于认识自己"} <= set(headings)
    assert not [h for h in headings if "图片来源" in h]


def test_the_people_a_releases_photos_show_are_no_titles():
    """d28_05: a company's release names each photo's person by post and name ('集团党委副书记 周凯'); with them gone
    the release has no outline, as written."""
    body = ("大会上，集团党委副书记宣读了表彰决定，对一年来涌现出的先进基层党组织和优秀共产党员进行了表彰，"
            "与会人员纷纷表示要以先进为榜样。")
    doc = parse_document(_page("集团召开庆祝建党大会", body, "集团党委副书记 周凯", body,
                               "集团党委书记、董事长 魏华山", body, "集团党委副书记杨凤雏", body), "release.txt")
    assert heading_texts(doc) == []


def _paragraphs(lines: list[str]) -> list[Paragraph]:
    return [Paragraph(text=text, line=2 * n + 1, start=0) for n, text in enumerate(lines)]


def test_one_asker_and_two_answerers():
    """A reporter talks to a son and then to his father ('记者：…？' over '杜传青：…', later over '杜义厚：…'): the
    asker's questions head the parts, however many people answer."""
    son = "杜传青：父亲修了三十多年自行车，供我和姐姐读完了大学，我从不觉得这件事有什么丢人的地方。"
    father = "杜义厚：孩子们懂事，我吃点苦不算什么，只要他们好好读书，日子总会一天天好起来。"
    lines = ["记者：这则帖子是在什么情况下发的？", son, "记者：在你的眼里，父亲是个怎样的人？", son,
             "记者：你认为最需要教给学生什么？", son, "记者：儿子把你的故事发到了网上，您怎么看？", father,
             "记者：是什么支撑您走过来的？", father, "记者：在您眼里，儿子是个怎样的人？", father]
    assert interviewer_turns(_paragraphs(lines)) == {0, 2, 4, 6, 8, 10}


def test_a_qa_line_holds_the_named_askers_questions():
    """d48_02: 'Q&A' over '红领巾：…？' lines, each over its team's short answer: 'Q&A' has no Chinese in it, yet it
    titles the session, and the questions stand under it."""
    team = ("我们是宿舍四人组，庞旭负责硬件设计和整体架构，钱骁伟负责代码编写，冉越升负责无线模块，"
            "单兴中负责配件采购和测试。")
    design = ("小车的外壳是我们自己用亚克力板切割拼装的，传感器放在车头，电池放在底盘，"
              "这样重心低一些，跑起来也更稳当。")
    text = "\n".join([
        "大一宿舍中诞生的创客团队", "团队成员", team, "Q&A",
        "红领巾：宿舍组队的感受是什么？", "庞旭：讨论起来方便，晚上熄灯前还能再改一版代码。",
        "红领巾：平时都利用什么时间做这些东西？", "单兴中：主要是周末，有时候也在没课的下午。",
        "红领巾：当初怎样想到做环境监测车的？", "庞旭：导论课上学了开发板，就想做点有用的东西。",
        "红领巾：遇到困难都怎么解决呢？", "单兴中：先查资料，再去问学长，实在不行就重新来过。",
        "红领巾：过程中有什么好玩的事情吗？", "庞旭：超声波测距总是测不准，最后发现是桌腿挡住了。",
        "红领巾：接下来还有什么打算？", "单兴中：想给小车加上摄像头，让它能自己认路。",
        "关于设计", design, "关于团队", team, ""])
    doc = parse_document(text.encode("utf-8"), "qa.txt")
    depth = {f"{h.marker}{h.title}".replace(" ", ""): h.depth for h in doc.headings}
    assert depth.get("Q&A") == 1
    asked = [d for h, d in depth.items() if h.startswith("红领巾")]
    assert asked == [2] * 6


def test_an_interviewees_story_asking_itself_is_no_question():
    """d64_09: '好在我有一定的工作经验，…。所以…自己最核心的能力是什么？' in a feature titled an interview is the
    interviewee's own story ending in a question, no asker's: a full stop before it, and no asker named."""
    told = "好在我有一定的工作经验，多少还有一点东西。所以我也会认为，年轻朋友要想清楚，自己最核心的能力是什么？"
    doc = parse_document(_page("专访梁文道：读书是一种特别的体验", _STORY, "读书本是我的兴趣", _STORY, told, _WORK,
                               "勇于认识自己", _STORY), "told.txt")
    headings = heading_texts(doc)
    assert "读书本是我的兴趣" in headings and "勇于认识自己" in headings
    assert not [h for h in headings if h.endswith("能力是什么？")]


@pytest.mark.parametrize("line, columns", [
    ("  小組討論狀況", 2),
    ("\t主实现代码", 4),
    ("\u3000\u3000专家点评", 4),
    (" 翟志勇", 1),
    ("\u3000 \t  标题", 9),  # mixed: each counted as it shows
])
def test_a_lines_indent_in_columns(line, columns):
    assert indent_of(line) == columns


_MEETING = ("交通部在會議一開始就說明，為了避免大眾誤解，這次會議並不是要決定費率，而是希望先聽聽各方對徵收方式的意見，"
            "再回頭研擬方案。")


def _flush_page(*titles: str) -> bytes:
    blocks = []
    for t in titles:
        blocks += [t, _MEETING]
    return _page("汽燃費協作會議有共識", _MEETING, *blocks)


def test_a_caption_set_in_among_flush_titles_is_none():
    """d80_08: a PDIS feature stands its body and its 小标题 flush, and its photos' captions in by two spaces
    ('  小組討論狀況'): the captions are no titles. Where set-in lines are as many as the flush ones, they are a level
    of the page's own and stay."""
    doc = parse_document(_flush_page("隨油徵收問題多 隨里程徵收方案交通部研擬", "  小組討論狀況",
                                     "美國奧勒岡州 以新技術建立隨里程徵收制度", "各組討論 均認為隨里程徵收較公平"), "pdis.txt")
    headings = heading_texts(doc)
    assert "美國奧勒岡州以新技術建立隨里程徵收制度" in headings and "各組討論均認為隨里程徵收較公平" in headings
    assert "小組討論狀況" not in headings
    levels = parse_document(_flush_page("徵收方式的比較", "  隨油徵收", "  隨里程徵收", "各組的討論結果", "  第一組",
                                        "  第二組"), "levels.txt")
    assert {"隨油徵收", "第一組"} <= set(heading_texts(levels))
