"""Session 70G: metadata faults seen on dev documents of the gold corpus, each read by a rule that holds beyond it.

- A regulation's note names the order that published its text ('…国务院令第492号公布　2019年4月3日…国务院令第711号
  修订'): its 文号 is the last order named (reg01; an amendment by decision keeps the order's number, reg02), its
  issuer the order's; a decree's serial run on into its sentence ('国务院令第　475　号　　《…条例》已经…') is read too.
- The first date of a note that puts a version in force ('1998年1月实施', f7_06) is no adoption date.
- A month written in Chinese numerals ('二〇〇〇年五月修订') is read as the digits are, and a signature dated by its
  month only ('2018…组委会' over '二〇一七年十一月', d66_08; '2020年10月', d34_03) dates the document to its month.
- A signer set out letter by letter ('教 务 处', d33_12) is its name.
"""

from __future__ import annotations

import pytest

from reader.text.amended import versions
from reader.text.official import extract

_ARTICLE = "第一条　为了规范有关工作，制定本条例。\n第二条　本条例自公布之日起施行。\n"

# (case, text, field, value)
CASES = [
    ("reg01: the order that revised the text",
     "中华人民共和国政府信息公开条例\n(2007年4月5日中华人民共和国国务院令第492号公布　2019年4月3日中华人民共和国国务院令第711号"
     "修订　自2019年5月15日起施行)\n第一章 总则\n" + _ARTICLE, "number", "国令第711号"),
    ("reg01: its issuer", "中华人民共和国政府信息公开条例\n(2007年4月5日中华人民共和国国务院令第492号公布　2019年4月3日"
     "中华人民共和国国务院令第711号修订　自2019年5月15日起施行)\n" + _ARTICLE, "authority", "国务院"),
    ("reg02: amended by a decision, the order's number stays",
     "行政执法机关移送涉嫌犯罪案件的规定\n（2001年7月9日中华人民共和国国务院令第310号公布　根据2020年8月7日《国务院关于修改"
     "〈行政执法机关移送涉嫌犯罪案件的规定〉的决定》修订）\n" + _ARTICLE, "number", "国令第310号"),
    ("min02: a ministry's order", "突发环境事件信息报告办法\n（2011年4月18日环境保护部令第17号公布　自2011年5月1日起施行）\n"
     + _ARTICLE, "number", "环境保护部令第17号"),
    ("min02: the ministry issues it", "突发环境事件信息报告办法\n（2011年4月18日环境保护部令第17号公布　自2011年5月1日起施行）\n"
     + _ARTICLE, "authority", "环境保护部"),
    ("d24_07: the decree's serial run on into its sentence",
     "防治海洋工程建设项目污染损害海洋环境管理条例\n中华人民共和国国务院令第　475　号　　《防治海洋工程建设项目污染损害海洋环境管理条例》"
     "已经2006年8月30日国务院第148次常务会议通过，现予公布，自2006年11月1日起施行。\n" + _ARTICLE, "number", "国令第475号"),
    ("d66_08: a committee's rules signed with a month in Chinese numerals",
     "竞赛规程\n一、主办单位\n南京市体育局\n十五、本规程解释权归组委会。\n2018汇添富南京山地马拉松赛组委会\n二〇一七年十一月\n",
     "written", "2017-11"),
    ("d66_08: the committee signs", "竞赛规程\n一、主办单位\n南京市体育局\n十五、本规程解释权归组委会。\n"
     "2018汇添富南京山地马拉松赛组委会\n二〇一七年十一月\n", "authority", "2018汇添富南京山地马拉松赛组委会"),
    ("d34_03: a month in digits", "参观预约制度\n一、参观须提前三天预约。\n联系电话：022-60600990\n人工智能学院融媒体中心\n2020年10月\n",
     "written", "2020-10"),
    ("d33_12: a signer set out letter by letter", "关于做好毕业设计后期工作的通知\n各二级学院：\n请各学院按时完成各项工作。\n"
     "教 务 处\n2018年5月7日\n", "authority", "教务处"),
    ("a law's note: the President's order, its issuer named as its header names it",
     "中华人民共和国某某法\n（2014年4月24日第十二届全国人民代表大会常务委员会第八次会议修订　2014年4月24日中华人民共和国主席令第9号"
     "公布）\n" + _ARTICLE, "authority", "中华人民共和国主席"),
    # what stays unread
    ("an order cited in the body is no note", "彩票管理规则\n第一条　根据《彩票管理条例》（国务院令第 554 号）等有关规定，制定本规则。\n"
     "第二条　本规则自公布之日起施行。\n", "number", ""),
    ("a note that cites no order", "某某条例\n（2001年7月9日某省人民代表大会常务委员会通过）\n" + _ARTICLE, "number", ""),
    ("a month line inside the body is no signature", "工作总结\n2017年11月\n本月完成了各项工作，情况如下。\n一、主要工作\n"
     "完成了全部任务，达到预期目标。\n", "written", ""),
    ("two organs on one line stay apart", "关于某事项的通知\n各有关单位：\n现将有关事项通知如下。\n财政部 税务总局\n2019年1月24日\n",
     "authority", "财政部 税务总局"),
]


@pytest.mark.parametrize(("case", "text", "field", "value"), CASES, ids=[c[0] for c in CASES])
def test_official_field(case: str, text: str, field: str, value: str) -> None:
    title = text.split("\n", 1)[0]
    assert getattr(extract(text, title), field) == value


# (case, head lines, (adopted, last amended))
VERSIONS = [
    ("f7_06: put in force in 1998, no adoption", ["上海证券交易所股票上市规则", "（1998年1月实施  2000年5月第一次修订  "
                                                "2001年6月第二次修订  2026年4月第二十次修订）"], ("", "2026-04")),
    ("a first version put in force on a day", ["某某规则", "（2019年1月1日起施行  2020年5月6日第一次修订）"], ("", "2020-05-06")),
    ("months in Chinese numerals", ["某某规则", "（二〇〇〇年五月通过  二〇〇三年十一月第一次修订）"], ("2000-05", "2003-11")),
    ("a month in Chinese numerals put in force", ["某某规则", "（二〇〇〇年五月实施  二〇〇三年十二月第一次修订）"], ("", "2003-12")),
    # what stays as it was read
    ("a first version adopted stays its adoption", ["某某规则", "（1998年1月通过  2000年5月第一次修订）"], ("1998-01", "2000-05")),
    ("a deadline is no act", ["某某规则", "（二〇一八年七月底前修订）"], ("", "")),
]


@pytest.mark.parametrize(("case", "lines", "expected"), VERSIONS, ids=[c[0] for c in VERSIONS])
def test_versions(case: str, lines: list[str], expected: tuple[str, str]) -> None:
    assert versions(lines) == expected
