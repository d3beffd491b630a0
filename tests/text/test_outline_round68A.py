"""Session 68A: an amended law is dated by its last amendment (the version a reader has), read from its own note
under the title; its first adoption stays for the pane. Amendments cited in the body, a decision that amends another
law and a news lead are not the document's amendments."""

from __future__ import annotations

import pytest

from reader.documents import shown_metadata
from reader.storage.library import Entry
from reader.text.amended import versions
from reader.text.model import Document, Paragraph
from reader.text.official import extract

ARTICLE = "第一条　为了规范管理，制定本法。\n第二条　本法适用于全国。\n"
IIT = ("中华人民共和国个人所得税法\n（1980年9月10日第五届全国人民代表大会第三次会议通过　根据1993年10月31日第八届全国人民代表大会"
       "常务委员会第四次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正　根据2011年6月30日第十一届全国人民代表大会"
       "常务委员会第二十一次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第六次修正　根据2018年8月31日第十三届全国人民代表"
       "大会常务委员会第五次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第七次修正）\n" + ARTICLE)

# (case, text, written: the row's date, adopted: the pane's first date)
CASES = [
    ("mainland law, several amendments: the last", IIT, "2018-08-31", "1980-09-10"),
    ("mainland law revised (修订) after amendments",
     "中华人民共和国行政处罚法\n（1996年3月17日第八届全国人民代表大会第四次会议通过　根据2009年8月27日第十一届全国人民代表大会"
     "常务委员会第十次会议《关于修改部分法律的决定》第一次修正　2021年1月22日第十三届全国人民代表大会常务委员会第二十五次会议"
     "修订）\n" + ARTICLE, "2021-01-22", "1996-03-17"),
    ("state council rule: promulgated, then revised by decree",
     "某某管理条例\n(2007年4月5日中华人民共和国国务院令第492号公布　2019年4月3日中华人民共和国国务院令第711号修订　"
     "自2019年5月15日起施行)\n" + ARTICLE, "2019-04-03", "2007-04-05"),
    ("a constitution's amendments, one a line: each adopts a 修正案 of this law (the corpus's PRC constitution)",
     "中华人民共和国宪法\n\n1982年12月4日 第五届全国人民代表大会第五次会议通过\n\n1982年12月4日 全国人民代表大会公告公布施行\n"
     "\n1988年4月12日 第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》\n"
     "\n2018年3月11日 第十三届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》\n" + ARTICLE,
     "2018-03-11", "1982-12-04"),
    ("numbered 修正案 in a bracketed note",
     "中华人民共和国刑法\n（1979年7月1日第五届全国人民代表大会第二次会议通过　1997年3月14日第八届全国人民代表大会第五次会议修订"
     "　根据1999年12月25日第九届全国人民代表大会常务委员会第十三次会议通过的《中华人民共和国刑法修正案》、"
     "2001年8月31日第九届全国人民代表大会常务委员会第二十三次会议通过的《中华人民共和国刑法修正案（二）》）\n" + ARTICLE,
     "2001-08-31", "1979-07-01"),
    ("a note over several lines, one act a line",
     "行政复议法\n1999年4月29日第九届全国人民代表大会常务委员会第九次会议通过\n根据2009年8月27日第十一届全国人民代表大会"
     "常务委员会第十次会议《关于修改部分法律的决定》第一次修正\n2023年9月1日第十四届全国人民代表大会常务委员会第五次会议修订\n"
     + ARTICLE, "2023-09-01", "1999-04-29"),
    ("a bracketed note wrapped by a PDF extract",
     "中华人民共和国立法法\n（2000年3月15日第九届全国人民代表大\n会第三次会议通过　根据2015年3月15日\n第十二届全国人民代表大会第三次会议《\n"
     "关于修改<中华人民共和国立法法>的决定》\n修正）\n" + ARTICLE, "2015-03-15", "2000-03-15"),
    ("taiwan law's history, 修正公布 in Republic years",
     "公平交易法\n1.中華民國八十年二月四日總統（80）華總（一）義字第0410號令制定公布全文49條\n"
     "2.中華民國八十八年二月三日總統（88）華總一義字第8800025480號令修正公布第10、11條條文\n"
     "3.中華民國一百十二年六月二十一日總統華總一義字第11200053741號令修正公布第2條條文\n第 1 條\n為維護交易秩序，特制定本法。\n",
     "2023-06-21", "1991-02-04"),
    ("taiwan law, one 修正公布 line under the title",
     "某某條例\n中華民國一百十二年六月二十一日總統華總一義字第11200053741號令修正公布\n第 1 條\n本條例依法制定之。\n",
     "2023-06-21", ""),
    ("a school's rules listed by dotted Republic dates",
     "學生服務學習施行辦法\n89.06.20 88 學年度第 4 次臨時校務會議通過\n97.04.22 96 學年度第 2 次校務會議修正通過\n"
     "107.04.24 106 學年度第 2 次校務會議修正通過\n第 一 條 為培養學生服務之美德，特訂定本辦法。\n", "2018-04-24", "2000-06-20"),
    ("a 历次修正 list under the title",
     "某某省条例\n历次修正：\n2001年5月1日某某省人民代表大会常务委员会第二十次会议通过\n"
     "2010年7月30日某某省人民代表大会常务委员会第十八次会议修正\n" + ARTICLE, "2010-07-30", "2001-05-01"),
    # not the document's own amendments
    ("a decision that amends another law is dated by its own adoption",
     "全国人民代表大会常务委员会关于修改《中华人民共和国个人所得税法》的决定\n（2018年8月31日第十三届全国人民代表大会常务委员会"
     "第五次会议通过）\n第十三届全国人民代表大会常务委员会第五次会议决定对《中华人民共和国个人所得税法》作如下修改：\n"
     "一、将第一条修改为：“在中国境内有住所的个人，依照本法规定缴纳个人所得税。”\n本决定自2019年1月1日起施行。\n"
     "《中华人民共和国个人所得税法》根据本决定作相应修改，重新公布。\n", "2018-08-31", "2018-08-31"),
    ("a body citing an amendment date",
     "关于建设项目未批先建违法行为法律适用问题的意见\n（2018年2月22日环境保护部部务会议通过）\n"
     "2014年4月24日修订的环境保护法第六十一条规定，建设单位未依法提交文件的，责令停止建设\n"
     "2016年7月2日修正的环境影响评价法自2016年9月1日起施行\n" + ARTICLE, "2018-02-22", "2018-02-22"),
    ("a law amending another law in its body",
     "中华人民共和国某某法\n（2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议通过）\n" + ARTICLE
     + "第三条　2019年4月23日修正的《中华人民共和国某某管理法》第五条修改为：……\n", "2020-06-20", "2020-06-20"),
    ("a news lead on an amendment",
     "新修订的行政处罚法公布\n2021年1月22日，十三届全国人大常委会第二十五次会议表决通过新修订的行政处罚法，自2021年7月15日起施行\n"
     "修订后的行政处罚法共八章八十六条。\n", "", ""),
]


@pytest.mark.parametrize("case,text,written,adopted", CASES, ids=[c[0] for c in CASES])
def test_an_amended_law_is_dated_by_its_last_amendment(case, text, written, adopted):
    assert extract(text, text.split("\n", 1)[0]).written == written
    assert versions([line.strip() for line in text.split("\n") if line.strip()])[0] == adopted


def _document(text: str) -> Document:
    """The text as cleaning gives it: its title apart, a paragraph a line."""
    title, *lines = text.rstrip("\n").split("\n")
    starts = [sum(len(x) + 1 for x in lines[:k]) for k in range(len(lines))]
    paragraphs = tuple(Paragraph(line, k + 2, start) for k, (line, start) in enumerate(zip(lines, starts)))
    return Document(title=title, paragraphs=paragraphs)


def test_the_pane_names_the_adoption_and_the_last_amendment():
    doc = _document(IIT)
    entry = Entry(path="", authority="全国人民代表大会", written="2018-08-31")
    assert shown_metadata(doc, entry) == [("authority", "全国人民代表大会"), ("adopted", "1980-09-10"),
                                          ("amended", "2018-08-31")]


def test_a_law_never_amended_keeps_one_date():
    text = "中华人民共和国某某法\n（2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议通过）\n" + ARTICLE
    doc = _document(text)
    assert shown_metadata(doc, Entry(path="", written="2020-06-20")) == [("date", "2020-06-20")]
