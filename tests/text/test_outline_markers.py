"""match_heading: which line openings are section-heading markers, and what is only a number in a sentence."""

from __future__ import annotations

import pytest

from reader.text.numerals import cn_to_int, enclosed_number, int_to_cn, to_int
from reader.text.outline import match_heading

# line, family, marker, title, rest, number, level
MATCHES = [
    ("一、总体要求", "cn", "一、", "总体要求", "", 1, 1),
    ("十二、其他事项", "cn", "十二、", "其他事项", "", 12, 1),
    ("（一）完善理论学习制度。落实集体学习安排。", "paren-cn", "（一）", "完善理论学习制度", "落实集体学习安排。", 1, 1),
    ("(二)从严的原则。", "paren-cn", "(二)", "从严的原则", "", 2, 1),
    ("（ 三 ）基本原则", "paren-cn", "（ 三 ）", "基本原则", "", 3, 1),
    ("㈣保障措施", "paren-cn", "㈣", "保障措施", "", 4, 1),
    ("1.加强领导", "arabic", "1.", "加强领导", "", 1, 1),
    ("2、健全机制", "arabic", "2、", "健全机制", "", 2, 1),
    ("3．压实责任", "arabic", "3．", "压实责任", "", 3, 1),
    ("１２．强化考核", "arabic", "１２．", "强化考核", "", 12, 1),
    ("10. 附则", "arabic", "10.", "附则", "", 10, 1),
    ("⒊ 抓好落实", "arabic", "⒊", "抓好落实", "", 3, 1),
    ("（1）明确分工；", "paren-arabic", "（1）", "明确分工", "", 1, 1),
    ("(2)细化措施", "paren-arabic", "(2)", "细化措施", "", 2, 1),
    ("⑶ 跟踪问效", "paren-arabic", "⑶", "跟踪问效", "", 3, 1),
    ("①统筹推进", "circled", "①", "统筹推进", "", 1, 1),
    ("⑫ 第十二项", "circled", "⑫", "第十二项", "", 12, 1),
    ("1.1 适用范围", "decimal", "1.1", "适用范围", "", 1, 2),
    ("2.3.1 术语", "decimal", "2.3.1", "术语", "", 1, 3),
    ("3.2术语和定义", "decimal", "3.2", "术语和定义", "", 2, 2),
    ("1 范围", "decimal", "1", "范围", "", 1, 1),
    ("第一章 总则", "zhang", "第一章", "总则", "", 1, 1),
    ("第一章总则", "zhang", "第一章", "总则", "", 1, 1),
    ("第 十一 章 地方制度", "zhang", "第 十一 章", "地方制度", "", 11, 1),
    ("第二節 縣", "jie", "第二節", "縣", "", 2, 1),
    ("第三编 分则", "bian", "第三编", "分则", "", 3, 1),
    ("第一編 總則", "bian", "第一編", "總則", "", 1, 1),
    ("第二部分 主要任务", "bufen", "第二部分", "主要任务", "", 2, 1),
    ("第一部分：总体要求", "bufen", "第一部分", "总体要求", "", 1, 1),
    ("第一款 通則", "kuan", "第一款", "通則", "", 1, 1),
    ("第二目 登記", "mu", "第二目", "登記", "", 2, 1),
    ("第一条　为了规范管理，制定本办法。", "tiao", "第一条", "第一条", "为了规范管理，制定本办法。", 1, 1),
    ("第 12 條", "tiao", "第 12 條", "第 12 條", "", 12, 1),
    ("第一百二十条之一 新增规定。", "tiao", "第一百二十条之一", "第一百二十条之一", "新增规定。", 120, 1),
    ("  一、缩进的标题", "cn", "一、", "缩进的标题", "", 1, 1),
    ("一、一年接着一年干，建设持续取得新成效", "cn", "一、", "一年接着一年干，建设持续取得新成效", "", 1, 1),
    ("三、一鼓作气勇争先", "cn", "三、", "一鼓作气勇争先", "", 3, 1),
    # Roman section numbers: a report's, an agenda's, a translated paper's top level
    ("I. 引言", "roman", "I.", "引言", "", 1, 1),
    ("IV、研究方法", "roman", "IV、", "研究方法", "", 4, 1),
    ("XIV．结语", "roman", "XIV．", "结语", "", 14, 1),
    ("Ⅲ 附则", "roman", "Ⅲ", "附则", "", 3, 1),
    ("II. Related Work", "roman", "II.", "Related Work", "", 2, 1),
    # 壹、貳、參: the capital numerals a Taiwan plan or report numbers its parts with, above 一、
    ("貳、執行方式", "capital", "貳、", "執行方式", "", 2, 1),
    ("拾壹、附錄", "capital", "拾壹、", "附錄", "", 11, 1),
    # 一． 二. as a Word file or a web page writes them; 〔一〕【一】 as some documents bracket them
    ("一．总则", "cn", "一．", "总则", "", 1, 1),
    ("三.保障措施", "cn", "三.", "保障措施", "", 3, 1),
    ("〔二〕工作要求", "paren-cn", "〔二〕", "工作要求", "", 2, 1),
    ("【三】组织实施", "paren-cn", "【三】", "组织实施", "", 3, 1),
    # the heavenly stems: a Taiwan text's parts or items
    ("乙、申請程序", "stem", "乙、", "申請程序", "", 2, 1),
    ("（丙）審查", "paren-stem", "（丙）", "審查", "", 3, 1),
    ("二　怎样学习", "lone-cn", "二", "怎样学习", "", 2, 1),  # an essay's numeral, a space and its title
    # 1-1 2-1-1: Taiwan reports and theses number their sections with hyphens
    ("1-1 研究背景", "decimal", "1-1", "研究背景", "", 1, 2),
    ("1-2、研究目的", "decimal", "1-2、", "研究目的", "", 2, 2),
    ("2-1-1 人力資本", "decimal", "2-1-1", "人力資本", "", 1, 3),  # three parts count nothing: '人' is no unit here
    ("1.1 人力资源", "decimal", "1.1", "人力资源", "", 1, 2),
    ("1.3　本文主要工作", "decimal", "1.3", "本文主要工作", "", 3, 2),  # a thesis's own work: '3 本' counts no books
    ("2.4 本項計畫架構", "decimal", "2.4", "本項計畫架構", "", 4, 2),
    # a Hong Kong ordinance's parts in Roman numerals
    ("第II部 罪行", "di-部", "第II部", "罪行", "", 2, 1),
    ("第IV分部 牌照", "di-分部", "第IV分部", "牌照", "", 4, 1),
    # （1） before a title word whose first character also counts things ('项', '人', '年', '时')
    ("（1）项目概况", "paren-arabic", "（1）", "项目概况", "", 1, 1),
    ("（2）人员配置及分工", "paren-arabic", "（2）", "人员配置及分工", "", 2, 1),
    ("(3)年度目标", "paren-arabic", "(3)", "年度目标", "", 3, 1),
    ("（4）时间安排", "paren-arabic", "（4）", "时间安排", "", 4, 1),
    ("2）部门职责", "half-paren", "2）", "部门职责", "", 2, 1),
    ("（5）场馆建设", "paren-arabic", "（5）", "场馆建设", "", 5, 1),
]


@pytest.mark.parametrize("line, family, marker, title, rest, number, level", MATCHES)
def test_heading_markers(line, family, marker, title, rest, number, level):
    m = match_heading(line)
    assert m is not None
    assert (m.family, m.marker, m.title, m.rest, m.number, m.level) == (family, marker, title, rest, number, level)


@pytest.mark.parametrize("line", [
    "2025年是“十四五”规划收官之年。",
    "1982年12月4日 第五届全国人民代表大会第五次会议通过",
    "1.1万个高校毕业生岗位已经落实。",
    "12.5%的增幅高于全省平均水平。",
    "0.1微克攻坚行动成效明显。",
    "1.5 万人参加培训",
    "3 本书的作者都来自本市",
    "2025.1.1 起施行",
    "21.88KB",
    "6 页",
    "4 位同志的发言很有建设性和",
    "14 条意见是管宏观、管根本、管长远的",
    "3 年来全市新建学校20所",
    "一是加强学习培训。各单位要抓好落实。",  # run in: a paragraph (alone on its line it is a point)
    "一是加强学习培训，提高干部队伍的整体素质和能力水平，推动各项",  # a wrapped line's start, no point
    "一要紧跟市委部署。",
    "一、二月份全市经济运行平稳。",
    "三、四季度经济增速回升",
    "一、二等奖各一名",
    "1、2月份规模以上工业增加值增长",
    "第三条规定的情形除外。",
    "第二章的内容已经修订。",
    "第一，坚持党的领导。这是我们的根本。",  # a point that runs into its argument (alone on its line it heads one)
    "第五届全国人民代表大会",
    "（GDP）增长5%",
    "(APP)下载",
    "一般公共预算收入增长",
    "X.509 证书的格式",  # a standard's number, not section X
    "甲、乙双方应当按照合同约定履行义务。",  # the parties named together
    "二.5倍于去年",
    "一 年来全市新建学校二十所",
    "三 个方面的工作",
    "3-5 年的时间里",  # a range of years
    "1-2 月份全市经济运行平稳",
    "10-20 分钟后复查",
    "3.2.7 条、第3.2.8 条和第3.2.9 条规定事项的",  # a wrapped reference to rules' articles (f4_04)
    "一.5",
    "（1）万元以下的项目",
    "（2）%的项目已完工",
    "3）倍于去年同期",
    "I.e. the second one",
    "V. 2 版本",
    "十四五时期",
    "“十五五”开局之年",
    "",
    "   ",
])
def test_not_heading_markers(line):
    assert match_heading(line) is None


def test_match_reports_where_the_heading_part_ends():
    line = "（一）完善理论学习制度。落实……"
    m = match_heading(line)
    assert line[:m.end] == "（一）完善理论学习制度"
    spaced = "  第 二 章  總綱"
    m = match_heading(spaced)
    assert spaced[:m.end].endswith("總綱") and m.marker == "第 二 章"


def test_title_is_cut_at_the_colon_of_a_glossary_entry():
    m = match_heading("1.“两重”：国家重大战略实施和重点领域安全能力建设。")
    assert (m.title, m.terminator) == ("“两重”", "：")


@pytest.mark.parametrize("text, value", [
    ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("九十九", 99), ("一百", 100), ("一百零五", 105),
    ("一百二十", 120), ("两百", 200), ("二〇二五", 2025), ("壹拾贰", 12), ("12", 12), ("１２", 12), ("十 一", 11),
])
def test_numerals(text, value):
    assert to_int(text) == value


def test_numeral_edges():
    assert cn_to_int("") is None and to_int("甲") is None and to_int("") is None
    assert [int_to_cn(n) for n in (1, 10, 11, 20, 35, 99)] == ["一", "十", "十一", "二十", "三十五", "九十九"]
    assert enclosed_number("⑳") == ("circled", 20) and enclosed_number("㈩") == ("paren-cn", 10)
    assert enclosed_number("⒛") == ("arabic", 20) and enclosed_number("a") is None
