"""Session 69K: an official document's 文号 and date are read in more layouts. A saved page's info table below its
chrome ('文　　号： 穗府办规〔2021〕7号' at line 64), a signature with text after it (a reader's note, a page footer),
a signature run on one line after the text (a page that lost its breaks), and a 文号 before its date in the brackets
under a title. Each rule only adds a value where none was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.text.decode import read_file
from reader.text.official import extract

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "docs"
CHROME = "\n".join(["用户登录", "市民网页", "您好", "退出", "语言", "简体", "繁體", "English", "手机端", "无障碍"] * 5)
BODY = "根据有关规定，结合本市实际，现就有关事项通知如下。\n一、认定范围\n本市特困人员认定条件按国家、省有关规定实施。\n"

# (source, text, field, value)
CASES = [
    ("tests/data/corpus d32_04 (广州 portal page): the info table at line 64, its label spaced to the table's width",
     "广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知 - \n" + CHROME + "\n基本信息\n统一编号： GZ0220210007\n"
     "文　　号： 穗府办规〔2021〕7号\n实施日期： 2021年04月16日\n失效日期： 2023年06月01日\n发布机关： 广州市人民政府办公厅\n"
     + BODY, "number", "穗府办规〔2021〕7号"),
    ("d32_04: the signature over ~100 lines of page footer",
     "广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知\n各区人民政府，市政府各部门、各直属机构：\n" + BODY
     + "本通知自印发之日起施行，有效期5年。\n广州市人民政府办公厅\n2021年4月13日\n公开方式：主动公开\n"
     "广州市人民政府办公厅 2021年4月16日印发\n【返回顶部】【关闭窗口】\n扫一扫在手机打开当前页\n" + CHROME,
     "written", "2021-04-13"),
    ("tests/data/corpus jud07 (a blog's repost of a 最高人民法院 notice): a reader's note after the signature",
     "【立此存照】最高法院发文：判决无法律依据的，应以核心价值观为指引！（3月1日实施）\n最高人民法院\n"
     "印发《关于深入推进社会主义核心价值观融入裁判文书释法说理的指导意见》的通知\n法〔2021〕21号\n"
     "各省、自治区、直辖市高级人民法院，解放军军事法院，新疆维吾尔自治区高级人民法院生产建设兵团分院：\n"
     "现将《关于深入推进社会主义核心价值观融入裁判文书释法说理的指导意见》予以印发，请结合实际认真贯彻执行。\n"
     "最高人民法院\n2021年1月19日\n读者按：本文转自最高人民法院网站，原文附有指导意见全文，此处从略。\n",
     "written", "2021-01-19"),
    ("tests/data/corpus f6_09 (最高人民检察院): the issued 意见 after the notice's signature, no 附件 line",
     "最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见\n最高人民检察院关于印发\n《最高人民检察院关于适用刑法分则\n"
     "规定的犯罪的罪名的意见》的通知\n各省、自治区、直辖市人民检察院，军事检察院：\n"
     "最高人民检察院检察委员会第八届第八十一次会议讨论通过了《最高人民检察院关于适用刑法分则规定的犯罪的罪名的意见》，现印发给你们，请遵照执行。\n"
     "最高人民检察院\n1997年12月25日\n最高人民检察院关于适用\n刑法分则规定的犯罪的罪名的意见\n"
     "为保证正确、统一执法，现对检察工作中适用刑法分则规定的犯罪的罪名提出如下意见：\n第一章　危害国家安全罪\n1．背叛国家罪（第102条）\n",
     "written", "1997-12-25"),
    ("tests/data/corpus d24_08 (国办函〔2018〕46号): the signature run on after the 附件 line",
     "国务院办公厅关于部分地方优化营商环境典型做法的通报\n国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号\n"
     "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：党中央、国务院高度重视。各地区要及时总结推广好的经验做法。\n"
     "附件：部分地方优化营商环境典型做法国务院办公厅           2018年7月24日          （此件公开发布）\n附件\n"
     "部分地方优化营商环境典型做法（共计28项）\n序号改革举措主要内容一、改革投资审批等制度1企业投资项目承诺制改革\n",
     "written", "2018-07-24"),
    ("a 纪要 headed as tests/data/corpus d14_02, its 文号 before the date ('（法〔2001〕8号 2001年1月21日）')",
     "最高人民法院关于全国法院审理金融犯罪案件工作座谈会纪要\n（法〔2001〕8号 2001年1月21日）\n为进一步加强人民法院对金融犯罪案件的审判工作。\n",
     "number", "法〔2001〕8号"),
    ("the same: its date", "最高人民法院关于全国法院审理金融犯罪案件工作座谈会纪要\n（法〔2001〕8号 2001年1月21日）\n"
     "为进一步加强人民法院对金融犯罪案件的审判工作。\n", "written", "2001-01-21"),
    # what stays unread
    ("a lone label deep in the body, far from the head and the tail, is no info table",
     "关于某某的通知\n" + CHROME + "\n" + BODY + "文号：某某〔2020〕1号\n" + BODY * 6, "number", ""),
    ("a page's publisher and date over the text, no paragraph closed above them, are no signature",
     "关于某某的通知\n国务院办公厅\n2018-07-24\n" + BODY + "附：说明\n", "written", ""),
    ("a source label run on with a date is the page's byline, not a signature",
     "关于某某的通知\n" + BODY + "来源：国务院办公厅           2018年7月24日\n责任编辑：某某\n", "written", ""),
]


@pytest.mark.parametrize("source,text,field,value", CASES, ids=[c[0] for c in CASES])
def test_official_metadata_is_read_in_more_layouts(source, text, field, value):
    assert getattr(extract(text, text.split("\n", 1)[0].strip(" -")), field) == value


def test_the_guangzhou_page_saved_as_text_gets_its_number_and_date():
    """The real file (a dev document) as the library reads it: before, neither value."""
    text = read_file(CORPUS / "d32_04_tongzhi_guangzhou_tekun_renyuan_jiuzhu_gongyang.txt").text
    got = extract(text, "广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知")
    assert (got.number, got.written, got.authority) == ("穗府办规〔2021〕7号", "2021-04-13", "广州市人民政府办公厅")
