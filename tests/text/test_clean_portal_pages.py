"""A government portal's page saved as text: its link menu, the rest of its trail, its disclosure table set without
colons and its long document title are read as such (issue 9), and the table's date and issuer still reach the
metadata."""

from __future__ import annotations

import pytest

from support import parse_document
from reader.text.longtitles import long_document_title
from reader.text.portalnav import link_menu

TITLE = ("浙江省文化和旅游厅关于2020年度文物博物、图书资料、群众文化、艺术、艺术系列美术专业中、高级专业技术职务"
         "任职资格评审结果的公示")
SHORT = "全省教育系统师德师风建设专题培训班举办"
MENU = "3214政务公开/col/col1229678744/index.html法定主动公开内容/col/col1229678745/index.html重要公告"
BODY = ("根据《浙江省职称评审管理实施办法》，近期，省评审委员会召开了2020年度评审会议，现将评审结果予以公示。"
        "公示期内，如有异议，可来信、来电、来访反映情况。")


@pytest.mark.parametrize("text, menu", [
    (MENU, True),
    ("3099政府信息公开/col/col1532802/index.html工作动态/col/col1532789/index.html图文报道/col/col1543973/index.html",
     True),
    ("首页/index.shtml 通知公告/tzgg/list.jsp", True),
    ("代码文件位置：src/lagou/index.html", False),  # one address, in a sentence
    ("例如，我们将 maps.google.com/index.html 的数据存储在 com.google.maps/index.html 键下方。", False),
    ("            index  index.html index.htm;", False),  # a server's configuration
    ("官网：http://tao.sustech.edu.cn/index.html", False),
    ("见/a/b.html与/c/d.html两页，它们说明了安装的步骤。", False),  # a sentence between the links
])
def test_a_line_of_names_glued_to_their_links_is_a_menu(text, menu):
    assert link_menu(text) is menu


@pytest.mark.parametrize("text, whole", [
    (TITLE, True),
    ("上海市人民政府办公厅关于印发《上海市进一步推进长三角一体化发展高质量建设生态绿色一体化发展示范区"
     "三年行动方案（2024—2026年）》的通知", True),
    ("廣東省人民政府關於進一步發揮標準引領作用促進廣東經濟社會高質量發展以及推進粵港澳大灣區標準化改革協同工作的若干政策措施實施的意見", True),
    (SHORT, False),  # a headline narrow enough to be judged as any is
    ("关于做好通知工作", False),
    ("我们认为，关于这项工作的各项安排应当尽快落实到位，请各单位认真研究并结合本地实际情况抓好落实的通知", False),
    (BODY, False),
])
def test_a_wide_line_shaped_as_a_document_title_is_one(text, whole):
    assert long_document_title(text) is whole


def _page(*lines: str):
    return parse_document("\n".join(lines).encode("utf-8"), "page.txt")


def test_a_portal_page_keeps_its_title_and_metadata_not_its_navigation():
    doc = _page(TITLE, MENU, "当前位置：", "首页", "> 政务公开 > 法定主动公开内容 > 政策文件及解读 > 重要公告",
                "索 引 号 002482330/2020-10091 公开分类", "发布机构 省文化和旅游厅 成文日期 2020-12-29",
                "文\u3000\u3000号 主题词", TITLE, "发布时间：2020-12-29 11:07", "来源：", "来源：省文化和旅游厅",
                "访问次数：", "打印", "分享至:", BODY, "一、文物博物专业", BODY, BODY)
    assert doc.title == TITLE
    assert doc.date.startswith("2020-12-29")
    assert doc.source == "省文化和旅游厅"
    assert doc.paragraphs[0].text == BODY


QUOTE = "> 学而时习之 > 不亦说乎"  # no trail's label over it: the text's own


@pytest.mark.parametrize("trail", ["当前位置：首页", "您的位置："])
def test_the_trail_under_its_label_goes(trail):
    doc = _page(SHORT, "3099政府信息公开/col/col1532802/index.html工作动态/col/col1532789/index.html", trail,
                "> 政府信息公开 > 工作动态 > 图文报道", BODY, QUOTE, BODY)
    assert doc.title == SHORT
    assert [p.text for p in doc.paragraphs] == [BODY, QUOTE, BODY]


@pytest.mark.parametrize("rows, date, source", [
    (["索 引 号 002482330/2020-10091 公开分类", "发布机构 省文化和旅游厅 成文日期 2020-12-29", "文\u3000\u3000号 主题词"],
     "2020-12-29", "省文化和旅游厅"),
    (["索引号 11330000002482082 主题分类 教育", "发布机构 省教育厅 生成日期 2024-10-21"], "2024-10-21", "省教育厅"),
])
def test_a_disclosure_table_without_colons_is_metadata(rows, date, source):
    row = "发布机构 应当在收到申请之日起 成文日期 后十日内答复。"  # the body's sentence, no table
    doc = _page(SHORT, *rows, BODY, row, BODY)
    assert doc.date.startswith(date) and doc.source == source
    assert [p.text for p in doc.paragraphs] == [BODY, row, BODY]


MENU_COLUMN = ["用户登录", "市民网页", "您好 退出", "语言", "关注 · 手机版", "政务公开", "政务服务", "互动交流",
               "政府信息公开 重点领域信息公开 新闻中心 领导之窗 机构设置 统计信息 政策解读 回应关切 在线访谈",
               "【一图读懂】《广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知》 2021-04-21"]


@pytest.mark.parametrize("site, column, menu", [
    (" - 广州市人民政府门户网站", MENU_COLUMN, True),
    ("_公共服务_旅游_安溪县人民政府", MENU_COLUMN, True),
    ("-广州市白云区人民政府门户网站", MENU_COLUMN, True),
    ("_青岛政务网", MENU_COLUMN, True),
    (" — 桥梁工程 第2版", MENU_COLUMN, False),  # a book's site: its contents column is its own
    (" - 广州市人民政府门户网站", MENU_COLUMN[:3], False),  # three short lines: a subtitle, a dateline
    (" - 广州市人民政府门户网站", MENU_COLUMN[:4] + ["会议指出，要加快推进互联网医疗发展。"] + MENU_COLUMN[4:], False),
])
def test_a_government_sites_menus_over_the_headline_go(site, column, menu):
    doc = _page(SHORT + site, *column, SHORT, "发布日期：2023-12-05", "来源：广州日报", BODY, BODY)
    texts = [p.text for p in doc.paragraphs]
    assert texts[-2:] == [BODY, BODY] and (column[0] not in texts) is menu
    assert not menu or doc.date.startswith("2023-12-05") and doc.source == "广州日报"  # the headline's dateline read


def test_the_metadata_among_the_menus_is_still_read():
    doc = _page(SHORT + " - 广州市人民政府门户网站", *MENU_COLUMN, "发布日期：2021-04-16", "来源：广州市人民政府办公厅",
                SHORT, BODY, BODY)
    assert doc.date.startswith("2021-04-16") and doc.source == "广州市人民政府办公厅"
    assert [p.text for p in doc.paragraphs] == [BODY, BODY]
