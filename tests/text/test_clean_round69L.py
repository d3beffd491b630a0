"""Page chrome left in saved pages (session 69L, issue 9 class 11): each case is made of real lines of a dev
document of the gold corpus (d17_02 乌鲁木齐, d37_04 吉林 saved as text; d17_01 台灣語文學會 saved as HTML), cut short.

- A site's top bar and letter-spaced menu ('中央人民政府' … '首 页' / '市 情' / …) with the home link past the
  first lines, running down to the headline the page's <title> leads with, is the page's, and so is its dateline
  under the headline ('2024-03-03 15:54:07 来源:… 阅读:'): date and source.
- A headline set again centred on four short lines under a disclosure table whose '标 题：' label is letter-spaced,
  under a breadcrumb that follows a login row, is the title, not body.
- A page whose first heading names a box of its site ('<h2>最新消息</h2>') is not titled by it.
The kept cases pass before and after.
"""

from __future__ import annotations

import pytest

from reader.text.clean import clean
from reader.text.decode import decode_bytes
from reader.text.document import build_document

_D17_02_TITLE = "关于举办2024年度自治区艺术、图书资料、文物博物、群众文化系列（专业）专业技术人员继续教育培训班的通知"
_D17_02 = "\n".join([
    _D17_02_TITLE + " - 乌鲁木齐市人民政府", "中央人民政府", "自治区政府", "繁體中文", "手机版",
    "首 页", "市 情", "要 闻", "公 开", "互 动", "政 务 服 务", "首页", "市局部门", "乌鲁木齐市文化和旅游局", "通知公告",
    "正文", _D17_02_TITLE, "2024-03-03 15:54:07 来源:新疆维吾尔自治区文化和旅游厅 阅读:", "分享到", "打印",
    "【字体:大中小】",
    "伊犁哈萨克自治州文化和旅游局，各地（州、市）文体广电和旅游局，自治区各委、办、厅、局，人民团体、大专院校、"
    "大中型企业人事（职称）部门，中央驻疆单位人事（职称）部门：",
    "根据《专业技术人员继续教育规定》（人社部令第25号）和自治区人社厅《关于进一步做好自治区专业技术人员继续教育工作的通知》"
    "（新人社发〔2021〕29号）文件要求，专业技术人员每年须参加继续教育学习，总学时累计不少于90学时，专业课不少于60学时。",
    "一、培训对象", "（一）继续教育培训", "自治区从事艺术、图书资料、文物博物、群众文化系列（专业）工作的专业技术人员。",
    "二、培训时间", "第一期：", "报名时间：2024年3月7日-4月26日", ""])

_D37_04_TITLE = "吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告"
_D37_04 = "\n".join([
    _D37_04_TITLE, "登录 注册", "吉林省政府信息公开专栏 >> 吉林省人民政府 >> 政府信息公开基础平台",
    "索 引 号： 11220000013544357T/2022-00426", "分 类： 环境监测、保护与治理;通告", "发文机关： 吉林省人民政府",
    "成文日期： 2022年01月27日", "标 题： " + _D37_04_TITLE, "发文字号： 吉政明电〔2022〕1号", "发布日期： 2022年01月28日",
    "分享到 - 微信", "吉林省人民政府关于禁止在", "吉林省嫩江干流补充治理工程建设", "征占地范围内新增建设项目", "和迁入人口的通告",
    "吉政明电〔2022〕1号",
    "　　为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，维护相关单位和人民群众合法权益，"
    "根据《大中型水利水电工程建设征地补偿和移民安置条例》等相关规定，现就有关事项通告如下：",
    "　　三、自本通告发布之日起，上述区域内新迁入的人口不享有相关补偿政策。", "　　特此通告。", ""])

_D17_01 = ("<html><head><meta charset='utf-8'><title>台灣語文學會</title></head><body>\n<nav><ul>"
           "<li><a href='/'>首頁</a></li><li><a href='/a'>學會簡介</a></li><li><a href='/b'>學術活動</a></li>"
           "<li><a href='/c'>研討會</a></li><li><a href='/d'>期刊</a></li></ul></nav>\n"
           "<div class='breaking_news'><h2>最新消息</h2></div>\n"
           "<div class='story'><h3>台灣語文學會組織章程</h3>\n<p>1991.08.17 會員大會修訂通過</p>\n"
           "<p>2022.07.12 第十五屆第一次臨時會員大會修訂通過</p>\n<p>第一章　總則</p>\n"
           "<p>第一條 本會會名定為台灣語文學會，英文名為Taiwan Languages and Literature Society. 簡稱 \"ＴＬＬＳ\"。</p>\n"
           "<p>第二條 本會以從事臺灣語文的研究和教育為宗旨。</p>\n<p>第三條 本會以全國行政區域為組織區域。</p>\n"
           "<p>第二章　任務</p>\n<p>第四條 本會會址設於主管機關所在地區，並得報經主管機關核准設辦事處。</p></div>\n</body></html>")


def _doc(text: str, name: str = "page.txt"):
    return clean(decode_bytes(text.encode("utf-8"), name))


def _lines(text: str, name: str = "page.txt") -> list[str]:
    return [p.text for p in _doc(text, name).paragraphs]


@pytest.mark.parametrize("line", ["中央人民政府", "繁體中文", "首 页", "市 情", "政 务 服 务", "市局部门", "通知公告", "正文",
                                  "2024-03-03 15:54:07 来源:新疆维吾尔自治区文化和旅游厅 阅读:"])
def test_a_saved_pages_menu_and_dateline_are_no_body(line):
    assert line not in _lines(_D17_02)


def test_the_dateline_gives_the_date_and_source():
    doc = _doc(_D17_02)
    assert (doc.title, doc.date[:10], doc.source) == (_D17_02_TITLE, "2024-03-03", "新疆维吾尔自治区文化和旅游厅")
    assert doc.paragraphs[0].text.startswith("伊犁哈萨克自治州文化和旅游局")


@pytest.mark.parametrize("line", ["吉林省人民政府关于禁止在", "吉林省嫩江干流补充治理工程建设", "征占地范围内新增建设项目",
                                  "和迁入人口的通告", "标 题： " + _D37_04_TITLE,
                                  "吉林省政府信息公开专栏 >> 吉林省人民政府 >> 政府信息公开基础平台"])
def test_a_headline_set_again_on_short_lines_is_the_title(line):
    assert line not in _lines(_D37_04)


def test_the_notice_keeps_its_number_and_text():
    doc = _doc(_D37_04)
    assert doc.title == _D37_04_TITLE
    assert [p.text for p in doc.paragraphs][:2] == ["吉政明电〔2022〕1号", _D37_04.split("\n")[16].strip("　")]


def test_a_sites_box_heading_does_not_title_the_page():
    doc = build_document(decode_bytes(_D17_01.encode("utf-8"), "page.html"))
    assert doc.title == "台灣語文學會組織章程"  # the document's own title, not the box's
    assert ["最新消息", "總則", "第一條"] == [h.title for h in doc.headings][:3]


KEPT = [  # (text, a line that stays): a list of short lines with no home link; a title's words in the body
    ("某市图书馆读者须知\n借阅规则\n开放时间\n联系方式\n借书证办理\n馆藏查询\n读者培训\n某市图书馆读者须知\n"
     "本馆面向全体市民免费开放，读者凭借书证借阅图书，每证可借十册，借期三十天。\n", "借阅规则"),
    ("关于做好冬季供暖工作的通知\n关于做好冬季\n供暖\n各区县人民政府：\n现将有关事项通知如下，请认真贯彻执行。\n", "供暖"),
]


@pytest.mark.parametrize(("text", "line"), KEPT)
def test_a_documents_own_short_lines_stay(text, line):
    assert line in _lines(text)
