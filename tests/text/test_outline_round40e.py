"""Round 40e: saved web pages read as HTML. A notice's roster of members ('何洪明（市纪委）' a line in <li>) is no run of
titles, and its 文号 over the headline is no title; a numbered heading set in a link to a file to download is the
text's own; a name on a card set in a <button> (an interview's speaker) is shown."""

from __future__ import annotations

import pytest

from reader.text.lineshape import roster_lines
from reader.text.document import load_document
from reader.text.model import Block
from reader.text.region import _numbered_back
from support import DATA, heading_texts, parse_document

_BODY = "负责施工场地平整、道路畅通、临时用电到位，保证设备进出场的条件。"
_ROSTER = ["组    长：周明远", "副组长：陈 立", "林 涛", "赵海峰（县纪委）", "成    员：孙志强（县府办）",
           "钱卫东（县发改局）", "吴 敏（县财政局）", "郑光辉（县统计局)", "王晓燕（县教育局）", "冯建国（县卫生健康局）"]


def _page(body: str, title: str = "") -> bytes:
    head = f"<head><meta charset='utf-8'><title>{title}</title></head>" if title else ""
    return f"<html>{head}<body>{body}</body></html>".encode("utf-8")


def test_a_roster_of_members_is_no_outline():
    """f24_04: thirty '姓名（单位）' lines under '成员：' stood in the outline, each a title, one under the other."""
    items = "".join(f"<li>{line}</li>" for line in _ROSTER)
    body = ("<p><strong>县政办函〔2021〕15号</strong></p>"
            "<p><span>某县人民政府办公室关于成立某县<br/>社会信用体系建设工作领导小组的通知</span></p>"
            f"<div><ul>{items}<li>领导小组下设办公室，办公室设在县发改局，孙志强同志兼任办公室主任。</li>"
            "<li>某县人民政府办公室</li><li>2021年5月10日</li></ul></div>")
    doc = parse_document(_page(body), "notice.html")
    assert heading_texts(doc) == []
    assert doc.title == "某县人民政府办公室关于成立某县社会信用体系建设工作领导小组的通知"


@pytest.mark.parametrize("lines, expected", [
    (_ROSTER, set(range(len(_ROSTER)))),
    (["一、工作目标", "张三（组长）", "李四（副组长）", "王五（成员）", "二、工作要求"], {1, 2, 3}),
    (["实施方案（试行）", "全面推进各项工作，确保取得实效。", "管理办法（修订）"], set()),
    (["张三（组长）", "李四（副组长）", "工作职责", "负责统筹协调全县信用体系建设工作。"], set()),
    (["张三（组长）", "李四（副组长）", "王五（成员）", "工作职责", "负责统筹协调全县信用体系建设工作。"], {0, 1, 2}),
])
def test_roster_lines_need_three_names_with_their_unit(lines, expected):
    assert roster_lines(lines) == expected


def test_a_numbered_heading_in_a_link_to_a_file_stays():
    """f23_02: '<a href="…4-5-1.pdf"><b>1. 經費稽核委員會</b></a>' was dropped as a link, its section lost."""
    body = ("<div class='panel'><h2>其他</h2></div><div class='panel-body'>"
            "<a href=\"{{ url('/info/4-5-1.pdf') }}\"><b>1. 經費稽核委員會</b></a>"
            "<p>本會負責學校教學、研究與推廣計畫財務運用之經費稽核，以及校務基金年度決算之稽核。</p>"
            "<p>本會置委員九人，由校務會議代表中經公開之提名及票選程序產生八人，另一人由校長推選之。</p></div>"
            "<div class='panel-body'><b>2. 本校各年度現金捐(募)款金額統計表</b><br>"
            "<p>本校各年度「現金捐（募）款金額統計」資料，請連結到下列網頁查詢，謝謝各位的關心。</p></div>")
    doc = parse_document(_page(body), "page.html")
    assert heading_texts(doc) == ["1.經費稽核委員會", "2.本校各年度現金捐(募)款金額統計表"]
    menu = ("<p><a href='/news/list.html'>1. 新闻中心</a></p><h1>关于开展安全检查的通知</h1>"
            "<p>各单位：为进一步做好安全生产工作，经研究决定，在全校范围内开展一次安全大检查，现将有关事项通知如下。</p>"
            "<p>一、检查时间</p><p>本次检查自即日起至月底结束，请各单位认真组织，按时完成自查自纠。</p>"
            "<p>二、检查内容</p><p>重点检查消防设施、用电安全和实验室危险化学品管理情况，发现问题及时整改。</p>")
    assert "1.新闻中心" not in heading_texts(parse_document(_page(menu), "page.html"))  # a menu's link to a page


def _turn(name: str, text: str) -> str:
    return (f"<div class='turn'><div class='who'><button class='button js-user'><div class='avatar'><img src='a.png'>"
            f"</div><div class='authorname'>{name}</div></button></div><div class='said'><p>{text}</p></div></div>")


def test_a_speaker_named_on_a_button_card_is_shown():
    """d55_01: each speaker's name sat in a <button> card over the turn: skipped as a control, the interview lost
    its turns and its questions."""
    answer = "我觉得最重要的是放下身段，老老实实地做事，认认真真地生活，不要总想着走捷径，这是我这些年最大的体会。"
    body = "<h1>对话：人在苦难中才更像一个人</h1>" + "".join(
        _turn("林晓", question) + _turn("王川", answer) for question in (
            "如果把这次危机当作一堂课，你认为我们应该学到什么？", "你近期去过一趟土耳其，面对不同文明的浸染，有何感悟？",
            "艺术在这种际会下能起到什么功用？"))
    doc = parse_document(_page(body + "<button class='btn'>分享</button>"), "talk.html")
    texts = [p.text for p in doc.paragraphs]
    assert "林晓" in texts and "王川" in texts and "分享" not in texts
    assert heading_texts(doc) == ["如果把这次危机当作一堂课，你认为我们应该学到什么？",
                                  "你近期去过一趟土耳其，面对不同文明的浸染，有何感悟？", "艺术在这种际会下能起到什么功用？"]


def test_the_first_articles_above_a_form_stay_in_the_article():
    """d22_08: '第一条：…' and '第二条：工程概况' over a table of blanks to fill ('${element.quantity}') were marked as
    page chrome, the article taken to start at '第三条'."""
    doc = load_document(DATA / "corpus" / "html" / "d22_08_hetong_jixie_anchai.html")
    assert [h.marker.strip(" ：:") for h in doc.headings][:3] == ["第一条", "第二条", "第三条"]


@pytest.mark.parametrize("lines, expected", [
    (["第一条：租赁设备", "设备名称", "${item.name}", "第二条：工程概况", "工程名称见附表", "第三条：甲方职责", _BODY], 0),
    (["第一条：租赁设备", "设备名称", "第三条：甲方职责", _BODY], 2),  # no '第二条': the body opens where it stood
    (["第一条：总则", "第二条：工程概况", "某某大学", "第三条：甲方职责", _BODY], 0),
    (["1. 新闻中心", "2. 通知公告", "第三条：甲方职责", _BODY], 2),  # a menu's numbers are of another kind
])
def test_the_body_moves_back_over_the_parts_its_numbering_opens_with(lines, expected):
    start = next(k for k, text in enumerate(lines) if text.startswith("第三条"))
    assert _numbered_back([Block(text, k + 1) for k, text in enumerate(lines)], start) == expected




def test_a_link_showing_its_own_address_is_a_fields_value():
    """d66_08: '网址：<a href="http://…">http://…</a>' under '十二、组委会联系方法' read as a menu's link, and the
    article was taken to end there: '十三、…' to '十五、…' after it were lost."""
    rules = "".join(f"<h4>{n}、{title}</h4><p>{text}</p>" for n, title, text in (
        ("十", "奖励办法", "完成比赛的选手可获得完赛奖牌和成绩证书，前八名选手另获奖金，具体金额以赛前公布为准。"),
        ("十一", "裁判员", "裁判员由组委会选拔，赛前统一进行培训，比赛当天按照竞赛规则执行裁判工作。")))
    body = ("<div class='nav'><a href='/'>首页</a> <a href='/news'>赛事新闻</a> <a href='/join'>报名</a></div>"
            f"<h1>2024山地马拉松赛竞赛规程</h1>{rules}<h4>十二、组委会联系方法</h4><p>山地马拉松赛组委会</p>"
            "<p>地址：某市某区某路100号</p><p>电话：010－1234 5678</p>"
            "<p>赛事网址：<a href='http://race.example.com'>http://race.example.com</a></p>"
            "<p>电子邮箱：<a href='mailto:service@example.com'>service@example.com</a></p>"
            "<h4>十三、如遇不可抗力情况，组委会有权取消比赛。</h4><h4>十四、未尽事项，另行通知。</h4>"
            "<div class='footer'><a href='/about'>关于我们</a> <a href='/contact'>联系我们</a></div>")
    doc = parse_document(_page(body), "rules.html")
    assert [h.marker.strip() for h in doc.headings][-2:] == ["十三、", "十四、"]


def test_the_next_section_at_the_bodys_level_after_its_prose_is_the_articles():
    """d71_09: '<h1>比赛环境</h1>' over a table of compilers, after the notice's '<h1>特别提醒</h1>', '<h1>报名方式</h1>'
    …: the article was taken to end with the last prose, and its last section was lost."""
    sections = "".join(f"<h2>{title}</h2><p>{text}</p>" for title, text in (
        ("特别提醒", "请务必使用较新版本的浏览器浏览本页面，以免由于兼容性引发页面排版错乱、注册失败等问题。"),
        ("报名方式", "比赛采取网上报名，报名截止后不再接受补报，请各位同学留意报名时间，按时完成报名。"),
        ("奖项设置", "本次比赛设一等奖、二等奖和三等奖若干名，另设最佳女生奖和顽强拼搏奖，获奖同学颁发证书。")))
    rows = "".join(f"<tr><td>{lang}</td><td>{cmd}</td></tr>" for lang, cmd in (
        ("C", "gcc -O2 -std=c99 main.c"), ("C++", "g++ -O2 -std=c++11 main.cpp"), ("Java", "javac Main.java")))
    body = ("<div class='menu'><a href='/'>通知</a> <a href='/reg'>注册与报名</a></div>"
            f"<h1>第十届程序设计竞赛</h1>{sections}<h2>比赛环境</h2><p><strong>测评环境：</strong></p>"
            f"<table><tr><td>语言</td><td>编译命令</td></tr>{rows}</table>"
            "<div class='footer'><a href='/about'>关于我们</a> <a href='/contact'>联系我们</a></div>")
    doc = parse_document(_page(body), "contest.html")
    assert heading_texts(doc) == ["特别提醒", "报名方式", "奖项设置", "比赛环境"]
