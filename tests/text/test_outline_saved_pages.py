"""Saved web pages opened as .html: the app's own reading of a page (its title, its h-tags, its chrome), judged on
the pages the corpus documents were made from (bench/html_eval.py).

The lines are real: a college's notice saved from a Dreamweaver page titled 无标题文档 (d33_01), a library's rules
page whose only heading is an <h4> (d33_08), both dev documents of tests/data/corpus.
"""

from __future__ import annotations

import pytest

from support import DATA, parse_document

CORPUS = DATA / "corpus"

NOTICE_LINES = [
    "各二级学院：",
    "为加强我校本科生毕业设计（论文）（以下简称“毕业设计”）工作的过程管理，推动毕业设计管理工作的规范化"
    "、科学化、信息化，提高本科生毕业设计的质量和水平，实现人才培养的目标，结合毕业设计（论文）工作指导手"
    "册，现对2018届（2014年入学）本科生的毕业设计工作进行如下安排：",
    "一、毕业设计是人才培养的重要环节，是一项重要的教学任务。学校通过毕业设计管理系统，实现毕业设计管理的"
    "规范化、信息化，师生登陆毕业设计系统（另行通知）及时了解信息。",
    "二、学院要高度重视和加强毕业设计工作，切实有效地抓好毕业设计工作各个环节的进度与质量，按照专业培养方"
    "案的要求，注重培养学生严谨的科学态度、踏实的工作作风，提高知识应用、实践动手的能力。",
    "三、毕业设计指导是教师教学、科研素质的综合体现，每位指导教师要以严谨、认真、耐心的工作态度指导每位学"
    "生。学院要加强对指导教师的业务培训，提高教师指导毕业设计的业务水平，高质量地完成毕业设计指导任务。",
    "四、学院要严格把好毕业设计出题、审题关。毕业设计题目要结合“工本位”理念、要结合企事业单位实际、要结"
    "合社会热点，要有利于学生的知识应用，有利于学生独立工作能力的培养，注重审核选题的难易度、理论意义与应"
    "用价值以及可实现性等方面的内容。",
    "五、学院要加强毕业设计期间的学生管理工作，使之正确地处理升学、求职与毕业设计的关系。",
    "六、学院要根据专业特点和实际情况，采取有效措施加强对毕业设计过程管理，严格把关毕业设计评审环节，如实"
    "反映学生的毕业设计质量和水平。",
    "七、关于学生毕业设计资格",
    "（一）2017-2018学年第二学期补考结束后，毕业设计开题前，应修课程不及格学分累计不大于15学分"
    "的学生具有毕业设计资格，可以进入开题阶段。",
    "（二）答辩前，学院统一对学生毕业设计进行学术不端行为的检测（文字复制比不得超过30%），符合条件者，"
    "可以进入答辩阶段。",
    "八、2018届本科生毕业设计工作安排",
    "（一）元月12日前，学院要完成毕业设计指导教师的资格审核、出题与审题、毕业设计学生资格初审、毕业设计"
    "动员、组织学生选题、下达任务书等工作；",
    "（二）3月12日前，学院要完成开题报告审核工作，学生全面进入毕业设计；",
]
NOTICE = ("<html><head><title>无标题文档</title></head><body><table><tr><td>"
          "<h2 align='center'><strong>关于做好2018届本科生毕业设计(论文)工作的通知</strong></h2>"
          + "".join(f"<p>{line}</p>" for line in NOTICE_LINES) + "</td></tr></table></body></html>")

RULES = ("<html lang='zh'><head><title>首页</title></head><body>"
         "<h4 class='text-right text-primary'>借阅规章制度</h4>"
         "<p>一、本馆实行开架借阅，读者凭本人校园卡借阅图书，不得转借他人，遗失校园卡应及时挂失。</p>"
         "<p>二、教师每次可借图书十册，借期九十天；学生每次可借图书五册，借期三十天，到期可续借一次。</p>"
         "<p>三、读者应爱护图书，不得在书上圈点、批注、撕页，损坏或遗失图书者按规定赔偿。</p>"
         "</body></html>")


def test_a_pages_one_heading_over_its_text_is_its_title_not_a_section():
    doc = parse_document(NOTICE.encode(), "notice.html")
    assert doc.title == "关于做好2018届本科生毕业设计(论文)工作的通知"  # not the editor's 无标题文档
    assert [(1, m) for m in "一二三四五六七八"] == [(h.depth, h.marker[0]) for h in doc.headings if h.depth == 1]


def test_a_headline_in_a_lower_h_tag_titles_a_page_the_site_calls_home():
    doc = parse_document(RULES.encode(), "rules.html")
    assert doc.title == "借阅规章制度"
    assert all(h.title != "借阅规章制度" for h in doc.headings)


def test_a_markdown_files_lone_second_level_heading_stays_a_heading():
    text = "---\ntitle: 笔记\n---\n\n## 概述\n\n本文记录学习过程中的体会与问题，供以后查阅。\n\n## 小结\n\n以上是全部内容。\n"
    assert [h.title for h in parse_document(text.encode(), "a.md").headings] == ["概述", "小结"]


def test_a_page_without_a_title_tag_has_its_headline_for_title():
    page = ("<html><body><div class='nav'><a href='/'>首頁</a></div>"
            "<h2><a href='news?id=74'>北護74榮耀雙喜學思爾雅二樓啟用</a></h2>"
            "<p>國立臺北護理健康大學創校邁進74週年，今年校慶主題為「北護74．榮耀雙喜」，110年10月23日在石牌校區舉行"
            "校慶大會、運動會及學思樓、爾雅樓落成啟用典禮。</p>"
            "<p>校慶大會於當天上午在明倫館大禮堂舉行，同時開放線上直播；首先校旗進場正式揭開大會序幕，隨後唱校歌並播放"
            "學校簡介影片。</p></body></html>")
    doc = parse_document(page.encode(), "news.html")  # d20_09: a university's news page saved without its <head>
    assert doc.title == "北護74榮耀雙喜學思爾雅二樓啟用"
    assert doc.headings == ()


def test_a_page_whose_head_is_never_closed_is_read_as_a_browser_reads_it():
    page = ("<%@ Page Language=\"C#\" CodeBehind=\"Waterprice.aspx.cs\" %>\n<!DOCTYPE html>\n<html lang='zh-CN'>\n"
            "<head>\n<title>水价标准</title>\n<style>.bottom{ text-align:center;}</style>\n"  # no </head>, no <body>
            "<div class='container'><article class='article'>"
            "<h2>筠连县自来水有限责任公司水价说明</h2>"
            "<p>为促进节约用水、合理配置水资源、提高用水效率和推动我县城区供水事业健康发展，现将水价说明如下：</p>"
            "<p><strong>（一）水量分档</strong></p>"
            "<p>1、第一档水量为240立方米/年.户及以下部分；</p><p>2、第二档水量为240立方米/年.户（含360立方米/年.户）部分；</p>"
            "<p><strong>（二）水价标准</strong></p>"
            "<p>筠连县自来水有限责任公司供区范围内居民生活用水第一档水价为每立方米2.60元。</p>"
            "</article></div></html>")
    doc = parse_document(page.encode(), "Waterprice.html")  # d33_04, a county water company's page
    assert "现将水价说明如下" in doc.text
    assert [h.marker for h in doc.headings] == ["（一）", "（二）"]


def test_a_part_that_goes_on_with_the_articles_numbering_is_the_articles_not_chrome():
    page = ("<html><head><title>善园基金会-宁波公益地标“善园”奠基仪式于17日举行</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/notice'>公告</a></div>"
            "<h3>宁波公益地标“善园”奠基仪式于17日举行</h3>"
            "<p>一、活动背景</p><p>善园定位为宁波爱心城市的公益地标、宁波市志愿者广场，善园也是“义乡鄞州”建设的主要公益平台。"
            "该项目由鄞州银行公益基金会与鄞州区政府合作实施，占地约十五亩。</p>"
            "<p>二、活动目的</p><p>通过网上善园——“善园基金会”这个平台推动更多社会力量参与公益事业，将公益潜能转化为实际行动。</p>"
            "<p>三、活动内容</p><p>① 【义乡鄞州发布】</p><p>LOGO、口号投票结果现场公布</p><p>主题歌曲发布</p>"
            "<p>② 【善园奠基仪式】</p><p>善园及善园基金会项目介绍</p><p>捐赠证书颁发</p>"
            "<div class='footer'><a href='/about'>关于我们</a></div></body></html>")
    doc = parse_document(page.encode(), "notice.html")  # d20_06: its list items score as no prose
    assert "主题歌曲发布" in doc.text
    assert [h.marker for h in doc.headings if h.depth == 1] == ["一、", "二、", "三、"]


def _rows(*rows: tuple[str, ...]) -> str:
    return "<table>" + "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows) + "</table>"


def test_a_table_of_data_inside_the_article_is_the_articles_text_not_chrome():
    page = ("<html><head><title>浙江省文化和旅游厅</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/gs'>公示公告</a></div>"
            "<h1>浙江省文化和旅游厅关于2020年度文物博物、图书资料专业技术职务任职资格评审结果的公示</h1>"
            "<p>根据《浙江省职称评审管理实施办法》，近期，浙江省文物博物、图书资料专业高级专业技术职务任职资格评审委员会"
            "，浙江省文化和旅游厅图书资料专业中级专业技术职务任职资格评审委员会，召开了2020年度评审会议，现将评审结果予以公示。</p>"
            "<p>一、文物博物专业</p>"
            + _rows(("序号", "姓 名", "工作单位", "拟任专业技术职务任职资格"), ("1", "金伟明", "丽水市博物馆", "副研究馆员"),
                    ("2", "黄 懿", "余姚市文物保护管理所", "副研究馆员"), ("3", "唐颖华", "南湖革命纪念馆", "副研究馆员"),
                    ("4", "张 青", "嘉兴市文物保护所", "副研究馆员"), ("5", "徐学敏", "宁波市天一阁博物院", "副研究馆员"))
            + "<p>二、图书资料专业</p>"
            + _rows(("序号", "姓 名", "工作单位", "拟任专业技术职务任职资格"), ("1", "石洪岭", "杭州图书馆", "研究馆员"),
                    ("2", "胡韵", "湖州市图书馆", "副研究馆员"))
            + "<p>公示时间：2020年12月30日—2021年1月6日。公示期内，如有异议，可来信、来电、来访向浙江省文化和旅游厅"
            "人事处反映情况。以单位名义反映情况的请加盖公章，以个人名义反映情况的提倡署本人真实姓名。联系电话：0571—85215842。"
            "</p><p>浙江省文化和旅游厅</p>"
            "<div class='footer'><a href='/about'>网站地图</a></div></body></html>")
    doc = parse_document(page.encode(), "notice.html")  # d37_01: its tables had cost the article all but one paragraph
    assert "根据《浙江省职称评审管理实施办法》" in doc.text and "公示时间" in doc.text
    assert "1\n金伟明" in doc.text  # a row's number, no page number
    assert [h.marker for h in doc.headings] == ["一、", "二、"]
    assert "网站地图" not in doc.text


def test_the_articles_next_part_a_few_plain_lines_on_is_still_the_article():
    page = ("<html><head><title>招生简章</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zs'>招生信息</a></div>"
            "<p>一、学院简介</p><p>华南师范大学网络教育学院是经教育部批准开展现代远程教育试点的高校之一，"
            "面向全国招收网络教育学生，实行学分制管理。</p>"
            "<p>二、注意事项</p><p>凡被华南师范大学录取的各专业新生，应按入学录取通知上规定的时间到所属校外学习中心"
            "办理报到入学注册、缴费手续，无故逾期不报到注册者取消入学资格。</p>"
            "<p>三、联系方式</p><p>有关具体报考事宜，请咨询华南师范大学网络教育学院或校外学习中心，如有疑问，请与网络教育学院"
            "招生部联系。</p><p>招生电话：020-85210169 传真：020-85210062</p>"
            "<p>报名地址：广州石牌华南师范大学网络教育学院 邮编：510631</p>"
            "<p>四、华南师范大学现代远程教育校外学习中心一览表</p>"
            + _rows(("地区", "学习中心名称", "电话"), ("广州", "华南师范大学网络教育学院校本部", "020-85210169"),
                    ("佛山", "顺德大良李伟强职业高级中学", "0757-22294603"))
            + "<ul class='links'><li><a href='/a'>网络教育学院简介</a></li><li><a href='/b'>常见问题</a></li></ul>"
            "</body></html>")
    doc = parse_document(page.encode(), "brochure.html")  # d23_06: its contacts stood between 六、 and 七、
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、", "四、"]
    assert "顺德大良李伟强职业高级中学" in doc.text


def test_a_heading_tag_in_a_table_of_data_labels_a_cell_not_a_section():
    card = ("<table><tr><td><h3>中文名</h3></td><td>唐莉莉</td><td><h3>国籍</h3></td><td>中国</td></tr>"
            "<tr><td><h3>职业</h3></td><td>教师</td><td><h3>性别</h3></td><td>女</td></tr></table>")
    page = ("<html><head><title>唐莉莉</title></head><body>" + card
            + "<p>一、倾尽爱心</p><p>作家冰心说：有了爱，就有了一切。在1994年至2003年担任班主任期间，无论是尖子班、普通班，"
            "还是基础薄弱班，唐老师都能够以饱满的热情、倾尽全力地做好班主任工作。</p>"
            "<p>二、爱岗敬业</p><p>唐老师认为：作为教师保持“职业青春”常在的秘决只有一条，那就是终身学习、不断进取。"
            "为了能在教育教学中与时俱进，得心应手，她以优异的成绩考取了研究生课程班。</p>"
            "<p>三、教研教改</p><p>2000年至2006年唐老师任初中数学教研组组长期间，在全组教师的大力支持下，除抓好常规工作外，"
            "她还组织开展了各种内容丰富、形式多样的校内、校际教研活动。</p></body></html>")
    doc = parse_document(page.encode(), "profile.html")  # d33_13: a teacher's profile card over her record
    assert [(h.depth, h.marker + h.title) for h in doc.headings] == [(1, "一、倾尽爱心"), (1, "二、爱岗敬业"), (1, "三、教研教改")]


def test_the_text_of_a_read_the_docs_page_inside_its_nav_named_wrapper_is_read():
    page = ("<html><head><title>第一节 连续体系梁桥的特点 &mdash; 桥梁工程 第2版</title></head><body>"
            "<nav class='wy-nav-side'><a href='../index.html'>桥梁工程</a><ul><li><a href='a.html'>第一章 概论</a></li>"
            "<li><a href='b.html'>第二章 桥梁总体规划和设计要点</a></li></ul></nav>"
            "<section class='wy-nav-content-wrap'><div class='wy-nav-content'>"
            "<div role='main' class='document' itemprop='articleBody'><section id='id1'>"
            "<h1>第一节  连续体系梁桥的特点<a class='headerlink' href='#id1' title='此标题的永久链接'>\uf0c1</a></h1>"
            "<h3 id='test111'>第一节  连续体系梁桥的特点</h3>"
            "<p>[A2-6.1] 连续体系梁桥均为超静定结构，在结构内力计算时与简支梁桥最大的不同在于：预加力、混凝土收缩和徐变、"
            "温度变化以及基础不均匀沉降等都会使结构产生次内力。</p>"
            "<h2>1. 材料特点</h2><p>[A2-6.2] 连续体系梁桥按建筑材料分为混凝土连续体系梁桥、钢-混凝土组合梁连续体系梁桥、"
            "波形钢腹板预应力混凝土连续梁桥等。</p>"
            "<h2>2. 施工特点</h2><p>[A2-6.3] 连续梁桥设计与施工方法密切相关，施工方法不同将导致结构受力不同，"
            "从而使结构构造不尽相同。</p></section></div></div></section></body></html>")
    doc = parse_document(page.encode(), "bridge.html")  # f18_04: a Sphinx book's page came out empty
    assert "超静定结构" in doc.text and "\uf0c1" not in doc.text and "第二章" not in doc.text
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "1."), (1, "2.")]  # the page's <h1> is its title


def test_a_components_template_saved_as_a_page_is_read_and_a_template_inside_a_page_is_not():
    component = ("<template>\n  <div class='container'>\n    <chaptersHeader :chapterTitle='chapterTitle' />\n"
                 "    <el-card class='mainContext'>\n      <p class='paraBold'>（一）综合得分与城市排名</p>\n"
                 "      <p class='paraBold'>1. 综合得分</p>\n      <p class='para'>长三角高质量发展平均得分为55.38，总体发展"
                 "水平较高，呈现创新发展、协调发展、绿色发展、开放发展和共享发展多维度协同的高质量发展态势。</p>\n"
                 "      <p class='paraBold'>2. 城市排名</p>\n      <p class='para'>从长三角高质量发展各城市评价结果来看，"
                 "高质量发展水平呈现东高西低的分布格局，以上海为中心的集聚特征明显。</p>\n"
                 "      <p class='paraBold'>（二）分维度得分</p>\n      <p class='paraBold'>1. 创新发展空间集聚明显</p>\n"
                 "      <p class='para'>创新发展得分的空间分布与综合得分基本一致，上海、南京、杭州、苏州、合肥位居前列。</p>\n"
                 "    </el-card>\n  </div>\n</template>\n<script>\nexport default { name: 'chapter3' }\n</script>\n")
    doc = parse_document(component.encode(), "chapter3.html")  # f19_07's source, a report's chapter in Vue
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "（一）"), (2, "1."), (2, "2."), (1, "（二）"), (2, "1.")]
    assert "export default" not in doc.text
    page = ("<html><head><title>评价结果</title></head><body><p>长三角高质量发展平均得分为55.38，总体发展水平较高。</p>"
            "<template id='row'><p>{{ city }}：{{ score }}</p></template></body></html>")
    assert "{{ city }}" not in parse_document(page.encode(), "page.html").text  # a script's pattern, never shown


def test_a_page_whose_text_sits_in_an_element_named_like_a_menu_is_not_shown_empty():
    page = ("<html><head><title>关于开展民族地区教育帮扶工作的通知</title></head><body>"
            "<ul class='menu'><li><a href='/'>首页</a></li><li><a href='/tz'>通知公告</a></li></ul>"
            "<div class='nav-main'><h2>关于开展民族地区教育帮扶工作的通知</h2>"
            "<p>各市（州）教育局：为深入贯彻落实国家关于民族地区教育发展的部署，进一步提升民族地区教育质量，"
            "经研究，决定开展民族地区教育帮扶工作。现将有关事项通知如下。</p>"
            "<p>一、帮扶对象</p><p>民族地区各县（市）中小学校，重点是寄宿制学校和乡村小规模学校，由各市（州）教育局"
            "统筹确定名单后报送。</p>"
            "<p>二、帮扶内容</p><p>围绕教师培训、课程建设、教学管理和信息化应用四个方面，组织省内优质学校结对帮扶，"
            "每学期开展不少于两次现场指导。</p>"
            "<p>三、工作要求</p><p>各地要高度重视，明确专人负责，及时总结帮扶成效，并于每学期末报送工作情况。</p>"
            "</div><div class='footer'>版权所有</div></body></html>")
    doc = parse_document(page.encode(), "notice.html")
    assert "寄宿制学校" in doc.text and "通知公告" not in doc.text
    assert [h.marker for h in doc.headings] == ["一、", "二、", "三、"]


@pytest.mark.parametrize("headline", ["上菜网预付卡章程", "关于提供微信附加增值服务之合作协议"])  # d16_08, f27_01
def test_a_plain_line_titled_as_documents_are_titles_a_page_whose_title_names_only_its_section(headline):
    page = ("<html><head><title>购物指南</title></head><body>"
            "<div><p>新会员注册</p><p>如何下订单</p><p>查询我的订单</p><p>常见问题</p></div>"
            f"<div id='1080'><p align='center'><strong><font size='3'>{headline}</font></strong></p>"
            "<p><strong>第一章 总 则</strong><br>第一条 为了进一步促进上菜网消费能力，满足和方便广大消费者日益增长的消费需求，"
            "向消费者提供更好更快地电子化支付服务，切实保障有关各方的权益，特制定本章程。<br>第二条 上菜网预付卡是由上菜网"
            "发行的，在上菜网指定范围内使用的电子预付卡。</p>"
            "<p><strong>第二章 使用范围</strong><br>第三条 持卡人可在上菜网购买商品，并可用于支付配送费用。</p>"
            "</div></body></html>")
    doc = parse_document(page.encode(), "card.html")  # d16_08: every unit sat one level deep under the plain headline
    assert doc.title == headline
    assert [(h.depth, h.marker.strip()) for h in doc.headings] == [
        (1, "第一章"), (2, "第一条"), (2, "第二条"), (1, "第二章"), (2, "第三条")]


def test_a_word_pages_bullets_and_bookmarks_read_as_word_shows_them():
    bullet = ("<p class='MsoListParagraph'><span style='font-family:Wingdings'>l<span style='font-size: 9px;"
              "font-family: &#39;Times New Roman&#39;'>&nbsp; </span></span><span style='font-family:宋体'>{}</span></p>")
    page = ("<html><head><title>镜海盟宪章</title></head><body><h1><a><span>序言</span></a></h1>"
            + "".join(bullet.format(t) for t in ("为规范联盟运作管理，定期修订本宪章", "联盟成员应熟悉本宪章的全部内容",
                                                 "详细事项及联盟相关行为活动，以本宪章为准则。"))
            + "<p><a name='_Toc1'><strong>第一章.宗旨和原则</strong></a></p><p><a name='_Toc2'><strong>第一条.宗旨和目标"
            "</strong></a></p><p>1.致力于威海IT产业的基础建设、精英协作，服务于IT人。</p>"
            "<p>2.共同学习、提升、实践先进的思想和技术。</p><p>3.开源协作产品共赢模式。</p>"
            "<p><a name='_Toc3'><strong>第二条.核心原则</strong></a></p><p>联盟成员之间相互尊重，平等协商，"
            "共同决定联盟的重大事项，任何成员不得以联盟名义从事与宗旨不符的活动。</p></body></html>")
    doc = parse_document(page.encode(), "charter.html")  # d20_04, a charter saved from Word
    assert "•为规范联盟运作管理，定期修订本宪章" in doc.text and "l为规范" not in doc.text
    assert "第一章.宗旨和原则" in doc.text  # a bookmark around a heading is no link: not a menu's entry
    assert [h.marker.strip(".") for h in doc.headings if h.marker.startswith("第")] == ["第一章", "第一条", "第二条"]


def test_a_scripts_button_without_an_address_is_still_a_link():
    body = "".join(f"<p>{t}</p>" for t in (
        "腾讯科技讯 近日，多家互联网公司发布了新一季的财报，其中云计算业务的收入增长尤为明显，成为拉动整体营收的重要力量。",
        "分析人士指出，企业数字化转型的需求仍在释放，云服务厂商之间的竞争将从价格转向产品和服务能力。"))
    page = ("<html><head><title>云计算业务收入增长明显_腾讯科技</title></head><body><h1>云计算业务收入增长明显</h1>"
            "<div><a class='shareBtn-hd' style='cursor: pointer;'>我要分享<i></i></a></div>" + body
            + "<div><a href='/a'>相关新闻一</a></div></body></html>")
    doc = parse_document(page.encode(), "qq.html")  # web_qq_tech.html of the cleaning corpus
    assert "我要分享" not in doc.text and "云服务厂商" in doc.text


def test_a_share_rows_label_marked_as_a_heading_is_chrome():
    page = ("<html><head><title>关于举办2024年度专业技术人员继续教育培训班的通知 - 乌鲁木齐市人民政府</title></head><body>"
            "<h1>关于举办2024年度专业技术人员继续教育培训班的通知</h1><h3>分享到</h3>"
            "<p>根据《专业技术人员继续教育规定》（人社部令第25号），现将2024年度继续教育培训有关事项通知如下：</p>"
            "<p>一、培训对象</p><p>自治区从事艺术、图书资料、文物博物、群众文化系列（专业）工作的专业技术人员。</p>"
            "<p>二、培训时间</p><p>报名时间：2024年3月7日-4月26日，培训时间：2024年3月8日-4月30日。</p>"
            "</body></html>")
    doc = parse_document(page.encode(), "notice.html")  # d17_02: the site sets its share row's label as an <h3>
    assert "分享到" not in doc.text
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "一、"), (1, "二、")]


def test_every_related_label_under_an_article_is_chrome():
    page = ("<html><head><title>四川省卫生健康委员会关于第14040218号建议的复函- 四川省人民政府网站</title></head><body>"
            "<h2>四川省卫生健康委员会关于第14040218号建议的复函</h2><p>川卫函〔2025〕46号</p><p>唐家文代表：</p>"
            "<p>首先非常感谢您对全省医药健康产业发展的关心、支持。您提出的建议收悉，现答复如下。</p>"
            "<p>为加快构建我省现代化产业体系，推动全省重点产业建圈强链，省政府办公厅印发了有关通知，明确医药健康产业链。</p>"
            "<p>四川省卫生健康委员会</p><p>2025年4月24日</p>"
            "<h3>相关附件&gt;&gt;</h3><h3>相关链接&gt;&gt;</h3>"
            + "".join(f"<p>{'这是打印版页面重复的正文内容，供读者打印或保存使用，共有若干段落。' * 3}</p>" for _ in range(32))
            + "</body></html>")
    doc = parse_document(page.encode(), "reply.html")  # d22_05: a reply letter, then a printable copy of it
    assert not doc.headings  # neither '相关附件>>' nor '相关链接>>' titles a part of the letter


def test_a_chapter_page_titled_with_its_number_has_its_numbered_heading_for_title():
    body = "<p>我们有许多不同的方式在网上流通趋势币，除了在交易所流通，也可以在我们的平台中使用，参与各种活动。</p>"
    page = ("<html><head><title>5. 商业场景及设计 · Trillionaire Token Whitepaper</title></head><body>"
            "<section class='normal markdown-section'><h2>5. 业务场景以及设计</h2><h3>5.1 业务场景</h3>" + body
            + "<h4>场景1: 涨跌预测模块</h4>" + body + "<h4>场景2: 虚拟交易模块</h4>" + body
            + "<h3>5.2 系统设计</h3>" + body + "</section></body></html>")
    doc = parse_document(page.encode(), "5.html")  # d25_06: a GitBook chapter; its <title> names it '5. …'
    assert doc.title == "5. 业务场景以及设计"
    assert [h.marker for h in doc.headings if h.depth == 1] == ["5.1", "5.2"]


def test_a_headline_naming_the_article_part_of_the_pages_title_is_its_title_and_a_home_crumb_is_chrome():
    page = ("<html><head><title>善园基金会-宁波公益地标“善园”奠基仪式于17日举行</title></head><body>"
            "<h2>首页-公告</h2><p>宁波公益地标“善园”奠基仪式于17日举行</p>"
            "<p>一、活动背景</p><p>善园定位为宁波爱心城市的公益地标、宁波市志愿者广场，善园也是“义乡鄞州”建设的主要公益平台。"
            "该项目由鄞州银行公益基金会与鄞州区政府合作实施。</p>"
            "<p>二、活动目的</p><p>通过网上善园——“善园基金会”这个平台推动更多社会力量参与公益事业，将公益潜能转化为实际行动。</p>"
            "</body></html>")
    doc = parse_document(page.encode(), "notice.html")  # d20_06: its <title> opens with the foundation's name
    assert doc.title == "宁波公益地标“善园”奠基仪式于17日举行"
    assert [(h.depth, h.marker) for h in doc.headings] == [(1, "一、"), (1, "二、")]


def test_a_placeholder_title_is_no_title():
    body = "<p>为加强我校本科生毕业设计工作的过程管理，推动毕业设计管理工作的规范化，现将有关事项通知如下。</p>"
    for placeholder in ("无标题文档", "Untitled Document", "${pd.SYSNAME}"):
        page = f"<html><head><title>{placeholder}</title></head><body>{body}{body}</body></html>"
        assert parse_document(page.encode(), "a.html").title != placeholder  # an editor's or template's stand-in


def test_a_page_with_no_link_runs_from_its_headline_to_its_end():
    """A shop's after-sales page kept as a Vue component (d39_12): short list items under each '<h2>', then a Q&A
    with long answers; it holds no link and no menu, so nothing in it is chrome (all but the Q&A was hidden)."""
    path = CORPUS / "html" / "d39_12_shouhou_fuwu_shuoming_vela.html"
    doc = parse_document(path.read_bytes(), path.name)
    assert doc.title == "售后服务说明"
    titles = [h.title for h in doc.headings]
    assert titles[:3] == ["售后服务承诺", "我们的承诺", "售后服务范围"] and "联系客服" in titles
    assert "7天无理由退货（贴身用品除外）" in doc.text
