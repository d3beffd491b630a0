"""Round 39g: the outline of a saved web page read as HTML, where the page's mark-up says less (or otherwise) than
the page shows: paragraphs spread over source lines, a section the site's <title> names, a chapter's own heading."""

from __future__ import annotations

from support import parse_document

_BODY = "本院门诊实行分时段预约，请患者按预约时间到达候诊区，由分诊护士依次叫号，过号者需重新排队等候就诊。"


def _outline(html: str) -> list[tuple[int, str]]:
    doc = parse_document(html.encode("utf-8"), "page.html")
    return [(h.depth, h.marker.strip() + h.title) for h in doc.headings]


def _spread(text: str) -> str:
    """A paragraph as a server template writes it: its tags and its text each on a line of their own."""
    return f"    <p>\n        {text}\n    </p>\n"


_NOTICE_ITEMS = [
    ("一、门诊就诊须知", [
        "1、先挂号（持医保卡者请出示医保卡）。",
        "初诊病人挂号时请同时购买门诊病历，并认真填写姓名、年龄、住址、过敏史等项目，复诊时请带来。",
        "2、凭挂号单及病历到各科候诊，将病历交分诊台护士，由护士依次叫号，轮到者进入指定诊室就诊。",
        "3、需做辅助检查者，先交费然后到相应检查科室检查。（个别项目需提前预约）。",
        "4、看病后凭处方到收费处交费，然后到门诊药房窗口取药。（门诊大厅东侧）。",
        "5、需住院者，凭门诊病历及住院证到住院处（住院楼一楼）办理入院登记手续。"]),
    ("二、挂号须知", [
        "1、挂号时间：上午7:30至11:30，下午1:30至5:00，双休日、节假日照常挂号。",
        "2、急诊随时优先挂号，军人及残疾人凭有效证件优先挂号。",
        "3、初诊病人看病挂号请购买门诊病历。",
        "4、挂号后请到各科候诊区排号候诊，不要随意进入诊室。",
        "5、挂号单当天有效，过期作废，请妥善保管。"]),
]


def test_a_pages_source_lines_are_no_blank_lines_between_its_items():
    """d33_10: a hospital's notice whose every '<p>' opens and closes on lines of their own ('<p>' / '1、先挂号…' /
    '</p>'): three source lines apart, the items '1、' … '5、' read as lines set off by blank lines, and so as sections
    under '一、门诊就诊须知'. A browser shows them one under another, as a list. Each heading still points at its
    line in the file."""
    body = "".join(_spread(text) for head, items in _NOTICE_ITEMS for text in (head, *items))
    html = "<html><head><meta charset=\"utf-8\"></head><body>\n<div class=\"content\">\n" + body + "</div>\n</body></html>\n"
    assert _outline(html) == [(1, "一、门诊就诊须知"), (1, "二、挂号须知")]
    lines = html.split("\n")
    doc = parse_document(html.encode("utf-8"), "page.html")
    assert [lines[h.line - 1].strip() for h in doc.headings] == ["一、门诊就诊须知", "二、挂号须知"]


def _school(title: str) -> str:
    parts = "".join(f"<h4>{name}</h4>\n<p>{_BODY.replace('门诊', name)}</p>\n" for name in ("概况", "关于学校", "发展战略"))
    return (f"<html><head><title>{title}</title></head><body>\n"
            "<div class=\"ways\">首页 &gt; 关于学校 &gt; 正文</div>\n"
            "<div class=\"article\">\n<h1>城南镇第一初级中学</h1>\n"
            "<p>编辑者：admin 发布时间：2019年3月12日</p>\n" + parts + "</div>\n</body></html>\n")


def test_a_section_the_sites_title_names_under_the_pages_headline():
    """d21_10: '<title>关于学校</title>' names the site's section, and the page's '<h4>关于学校</h4>' is one of its
    three parts under the '<h1>' headline: taken for the title, it went from the outline and the headline became a
    part holding the other two."""
    assert _outline(_school("关于学校")) == [(1, "概况"), (1, "关于学校"), (1, "发展战略")]
    assert _outline(_school("城南镇第一初级中学")) == [(1, "概况"), (1, "关于学校"), (1, "发展战略")]  # its headline


def test_a_chapters_own_numbered_heading_under_its_name():
    """d36_09: a book's chapter saved as a page: '<h1>问卷篇</h1>' (the <title>'s '问卷篇 · 2018…年度报告'), then
    '<h3>第一篇 问卷篇</h3>' over the chapter's '一、', '二、' and their '1.1', '1.2'. The only 第X篇, named as the title,
    is the title again, not a part holding the whole chapter one level down."""
    sections = [("h4", "一、报告概述"), ("h5", "1.1 背景"), ("h5", "1.2 特邀专家"), ("h4", "二、重要发现"),
                ("h5", "2.1 开发者群体"), ("h5", "2.2 开源参与")]
    body = "".join(f"<{tag}>{text}</{tag}>\n<p>{_BODY}</p>\n" for tag, text in sections)
    html = ("<html><head><title>问卷篇 · 2018开源年度报告</title></head><body>\n<h1>问卷篇</h1>\n"
            "<section class=\"markdown-section\">\n<h3>第一篇 问卷篇</h3>\n" + body + "</section>\n</body></html>\n")
    assert _outline(html) == [(1, "一、报告概述"), (2, "1.1背景"), (2, "1.2特邀专家"), (1, "二、重要发现"),
                              (2, "2.1开发者群体"), (2, "2.2开源参与")]

