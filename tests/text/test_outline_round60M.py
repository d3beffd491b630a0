"""Dates of laws, speeches and Taiwan documents in the library's metadata, and what must not be read as one."""

from __future__ import annotations

import pytest

from reader.text.amended import versions
from reader.text.hosts import source_host
from reader.text.official import extract

BODY = "各有关单位要认真贯彻执行。\n" * 3

# (case, title, text, field, expected)
CASES = [
    ("prc constitution, history in brackets: its amendment (session 68)", "中华人民共和国宪法",
     "中华人民共和国宪法\n（1982年12月4日第五届全国人民代表大会第五次会议通过　1982年12月4日全国人民代表大会公告公布施行"
     "　根据1988年4月12日第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》修正）\n目录\n" + BODY,
     "written", "1988-04-12"),
    ("prc constitution, promulgation", "中华人民共和国宪法",
     "中华人民共和国宪法\n\n1982年12月4日 第五届全国人民代表大会第五次会议通过\n\n1982年12月4日 全国人民代表大会公告公布施行\n"
     "\n1988年4月12日 第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》\n" + BODY,
     "published", "1982-12-04"),
    # The lead's decision changed in session 68: an amended law is dated by its last amendment (the version the
    # reader has; tests/text/test_outline_round68A.py); its first adoption is what the pane shows as 'Adopted'.
    ("amended law: its last amendment", "中华人民共和国个人所得税法",
     "中华人民共和国个人所得税法\n(1980年9月10日第五届全国人民代表大会第三次会议通过　根据1993年10月31日第八届全国人民代表大会"
     "常务委员会第四次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正)\n第一条　依照本法规定缴纳个人所得税。\n",
     "written", "1993-10-31"),
    ("amended law: its first adoption, as the pane's 'Adopted'", "中华人民共和国个人所得税法",
     "中华人民共和国个人所得税法\n(1980年9月10日第五届全国人民代表大会第三次会议通过　根据1993年10月31日第八届全国人民代表大会"
     "常务委员会第四次会议《关于修改〈中华人民共和国个人所得税法〉的决定》第一次修正)\n第一条　依照本法规定缴纳个人所得税。\n",
     "adopted", "1980-09-10"),
    ("roc constitution, dates of the Republic", "中華民國憲法",
     "中華民國憲法\n中華民國三十五年十二月二十五日國民大會制定\n中華民國三十六年一月一日國民政府公布\n前言\n", "written",
     "1946-12-25"),
    ("roc constitution, promulgation", "中華民國憲法",
     "中華民國憲法\n中華民國三十五年十二月二十五日國民大會制定\n中華民國三十六年一月一日國民政府公布\n前言\n", "published",
     "1947-01-01"),
    ("taiwan rule, year over a hundred", "內政部消防署災害應變中心作業要點",
     "內政部消防署災害應變中心作業要點\n中華民國一百十二年十二月二十一日內政部台內消字第1120827499號令訂定發布全文10條\n"
     "一、為規範本署災害應變中心之作業，特訂定本要點。\n", "written", "2023-12-21"),
    ("taiwan letter, labelled date", "行政院　函",
     "行政院　函\n受文者：內政部\n發文日期：中華民國113年5月6日\n發文字號：院臺法字第1130012345號\n主旨：請查照。\n",
     "written", "2024-05-06"),
    ("speech, date in brackets under the title", "在全国科技大会上的讲话",
     "在全国科技大会上的讲话\n（2024年6月24日）\n习近平\n同志们，朋友们：\n" + BODY, "written", "2024-06-24"),
    ("work report, dash date line", "政府工作报告",
     "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理　李强\n各位代表：\n" + BODY,
     "written", "2024-03-05"),
    ("a law's adopting organ, without its term", "广东省实施办法",
     "广东省实施办法\n（1997年12月1日广东省第八届人民代表大会常务委员会第三十二次会议通过）\n第一条　为了防治噪声，制定本办法。\n",
     "authority", "广东省人民代表大会常务委员会"),
    ("roc constitution's adopting organ", "中華民國憲法",
     "中華民國憲法\n中華民國三十五年十二月二十五日國民大會制定\n中華民國三十六年一月一日國民政府公布\n前言\n", "authority",
     "國民大會"),
    ("taiwan letterhead", "臺北市政府　公告",
     "臺北市政府　公告\n發文日期：中華民國112年3月1日\n發文字號：府授環綜字第1123001234號\n主旨：公告本市垃圾清運時間。\n",
     "authority", "臺北市政府"),
    # left alone
    ("a meeting is no organ", "專業服務學習課程暨制度實施辦法",
     "專業服務學習課程暨制度實施辦法\n民國103年04月30日行政會議通過\n第一條 為提升教學效果，特訂定本辦法。\n", "authority", ""),
    ("a page's notice bar is no letterhead", "最新消息",
     "最新消息\n最新　公告\n本站将于周末维护。\n", "authority", ""),
    ("a news lead's date is not an adoption", "全国人大表决通过",
     "全国人大表决通过\n2024年3月11日，十四届全国人大二次会议表决通过了国务院组织法\n" + BODY, "written", ""),
    ("dates in the body", "2023年全省经济运行情况",
     "2023年全省经济运行情况\n2023年，全省生产总值比上年增长5.2%。\n自2024年1月1日起施行新的统计制度。\n" + BODY,
     "written", ""),
    ("a 第3号 in a sentence", "2023年全省经济运行情况",
     "2023年全省经济运行情况\n根据国务院令第3号的有关规定，现将情况通报如下。\n" + BODY, "number", ""),
    ("a note under a signature is no promulgation", "国务院办公厅关于同意建立部际联席会议制度的函",
     "国务院办公厅关于同意建立部际联席会议制度的函\n交通运输部：经国务院同意，现函复如下。\n附件：制度国务院办公厅\n"
     "2021年1月26日（此件公开发布）\n附件\n", "published", ""),
    ("a signed notice keeps its signature's date", "国务院关于印发行动方案的通知",
     "国务院关于印发行动方案的通知\n国发〔2024〕7号\n（2023年12月1日国务院常务会议通过）\n各省、自治区、直辖市人民政府：\n"
     + BODY + "国务院\n2024年3月7日", "written", "2024-03-07"),
]


@pytest.mark.parametrize("case,title,text,field,expected", CASES, ids=[c[0] for c in CASES])
def test_official_dates(case, title, text, field, expected):
    if field == "adopted":  # the pane's 'Adopted' is read from the note, beside the row's date (the last amendment)
        assert versions(text.split("\n"))[0] == expected
        return
    assert getattr(extract(text, title), field) == expected


@pytest.mark.parametrize("source,host", [
    ("https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001", "law.moj.gov.tw"),
    ("http://www.gov.cn/zhengce/content/2024-03/13/content_6939155.htm", "www.gov.cn"),
    ("中国政府网", ""), ("北京日报", ""), ("http://[bad", ""),
])
def test_an_address_as_source_is_shown_by_its_host(source, host):
    assert source_host(source) == host
