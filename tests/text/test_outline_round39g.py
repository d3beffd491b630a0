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


_TALK = [
    ("h3", "走进实验室"),
    ("p", "校报记者：你第一次走进实验室是什么感受？"),
    ("p", "那时候什么都觉得新鲜，师兄带着我认识每一台仪器，讲它们的用途和注意事项，我记了满满一本笔记。"),
    ("h3", "从失败中学习"),
    ("p", "校报记者：做实验时遇到过哪些挫折？"),
    ("p", "最难的一次是样品连续三周都没有培养成功，我把每一步都重新核对了一遍，最后发现是温度记录出了偏差。"),
    ("p", "校报记者：那段时间你是怎么坚持下来的？"),
    ("p", "导师经常和我们一起讨论数据，也鼓励我们把失败的过程写下来，这让我明白科研本来就是不断试错的过程。"),
    ("h3", "给学弟学妹的话"),
    ("p", "校报记者：最后，有什么话想对刚入学的同学说吗？"),
    ("p", "不要害怕提问，也不要害怕失败，多去实验室看看，多和老师同学交流，慢慢就会找到自己的方向。"),
]


def test_an_interviewers_questions_among_a_pages_marked_headings():
    """d48_01, d48_02: a campus paper's interview whose parts are '<h3>'s, the reporter's questions plain '<p>'s
    ('红领巾：你做助教的契机是什么？') over unnamed answers: each question heads its answer under the part, as the
    text reading of the same page finds it; with marked headings no other line was looked at."""
    html = "<html><body>\n" + "".join(f"<{tag}>{text}</{tag}>\n" for tag, text in _TALK) + "</body></html>\n"
    assert _outline(html) == [
        (1, "走进实验室"), (2, "校报记者：你第一次走进实验室是什么感受？"),
        (1, "从失败中学习"), (2, "校报记者：做实验时遇到过哪些挫折？"), (2, "校报记者：那段时间你是怎么坚持下来的？"),
        (1, "给学弟学妹的话"), (2, "校报记者：最后，有什么话想对刚入学的同学说吗？")]


def test_a_faqs_questions_under_its_marked_heading():
    """d39_12: '<h2>常见问题</h2>' over 'Q: 退货后多久能收到退款？' and its answer, then '<h2>联系客服</h2>'."""
    faq = "".join(f"<p>Q: {q}</p>\n<p>{a}</p>\n" for q, a in (
        ("申请售后需要提供哪些材料？", "请提供订单号、商品照片以及问题说明，客服会在一个工作日内联系您。"),
        ("退货后多久能收到退款？", "仓库签收并检验无误后，退款将在三到五个工作日内原路退回。"),
        ("赠品需要一起退吗？", "如果整单退货，赠品需要一并寄回；部分退货时可以保留赠品。")))
    html = (f"<html><body>\n<h2>售后流程</h2>\n<p>{_BODY}</p>\n<h2>常见问题</h2>\n" + faq
            + f"<h2>联系客服</h2>\n<p>{_BODY}</p>\n</body></html>\n")
    assert _outline(html) == [(1, "售后流程"), (1, "常见问题"), (2, "Q: 申请售后需要提供哪些材料？"),
                              (2, "Q: 退货后多久能收到退款？"), (2, "Q: 赠品需要一起退吗？"), (1, "联系客服")]



def test_a_space_typed_inside_a_heading_parts_its_number_from_its_title():
    """d39_07: '<h3>第九条 规则更新</h3>' lost its space with the source's line breaks, and '第九条规则更新' reads as
    '第九条规定…', a sentence that cites an article. A line break between Chinese characters still joins them."""
    articles = [("第一条", "适用范围"), ("第二条", "倡导内容"), ("第三条", "禁止内容"), ("第四条", "规则更新")]
    body = "".join(f"<h3>{number} {name}</h3>\n<p>{_BODY}</p>\n" for number, name in articles)
    html = ("<html><head><title>社区准则</title></head><body>\n<h1>社区准则</h1>\n" + body
            + "<p>本准则由社区管理委员会负责\n解释，自发布之日起施行。</p>\n</body></html>\n")
    doc = parse_document(html.encode("utf-8"), "page.html")
    assert [(h.marker.strip(), h.title) for h in doc.headings] == articles
    assert "负责解释" in doc.text


def test_the_issuer_set_over_a_pages_agreement_as_a_heading_of_its_own():
    """f27_01: '<h3>北京龙链科技有限公司</h3>' over '<h3>关于提供微信附加增值服务之合作协议</h3>' (<title>首页</title>):
    the headline is the agreement's name, and the company over it is its issuer, not a part holding every article."""
    terms = [("第一条：服务内容", "乙方为甲方开通公众帐号的课程功能，并代为编写课程名称与介绍。"),
             ("第二条：合同金额及付款方式", "甲方须在签订合同后三个工作日内一次性支付合同款给乙方。"),
             ("第三条：乙方权利和义务", "乙方必须指定专人与甲方对接联络，并按约定提供服务。"),
             ("第四条：违约责任", "任何一方违反本协议约定的，应赔偿对方因此遭受的损失。")]
    body = "".join(f"<p>{name}</p>\n<p>{text}</p>\n" for name, text in terms)
    html = ("<html><head><title>首页</title></head><body>\n<div class=\"content\">\n"
            "<h3>星河网络科技有限公司</h3>\n<h3>关于提供课程平台增值服务之合作协议</h3>\n"
            "<p>经甲、乙双方友好协商，就甲方所需乙方提供的增值服务达成以下共识，双方均表示理解并自愿遵守。</p>\n"
            + body + "</div>\n</body></html>\n")
    doc = parse_document(html.encode("utf-8"), "page.html")
    assert doc.title == "关于提供课程平台增值服务之合作协议"
    assert [(h.depth, h.marker.strip()) for h in doc.headings] == [(1, "第一条"), (1, "第二条"), (1, "第三条"), (1, "第四条")]


def test_a_sites_greeting_in_a_heading_is_its_top_bar():
    """d59_12: '<h3>欢迎访问科捷物流校园招聘网!</h3>' in the page's top bar, then the article's '<h3>' headline
    (<title>文章详情</title>): the greeting stood as a part of the article, and the headline as another."""
    html = ("<html><head><title>文章详情</title></head><body>\n<div class=\"header-top\">\n"
            "<h3>欢迎访问城北物流校园招聘网!</h3>\n</div>\n<div class=\"article\">\n"
            "<h3>体育局深入开展“民族团结一家亲”活动</h3>\n<p>发布时间：2017-08-17</p>\n"
            f"<p>{_BODY}</p>\n<p>{_BODY.replace('门诊', '体育馆')}</p>\n</div>\n</body></html>\n")
    doc = parse_document(html.encode("utf-8"), "page.html")
    assert doc.title == "体育局深入开展“民族团结一家亲”活动"
    assert doc.headings == () and "欢迎访问" not in doc.text
