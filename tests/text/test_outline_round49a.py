"""Round 49a: lines that point the reader elsewhere, and a glossary's abbreviations, are no titles. A web page's link stands on a line of its own under
each item it offers ('了解更多 》', '詳細資訊 》 文档翻译项目': '》' with no '《' is the link's arrow), and a report sends
the reader to a figure or a table in a short sentence of its own ('具体见图 4.6', '其真值表详见附表 2'); both are short
and unpunctuated as titles are, but name no part of the text. A specification's '缩写说明' lists its abbreviations
one to a line ('SAN:存储区域网络 (Storage Area Network)'): entries defining terms, not sections."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.acronyms import acronym_entry
from reader.text.pointers import points_elsewhere

BODY = "控制单元根据指令的操作码字段产生各个部件的控制信号，并送往数据通路中的多路选择器和寄存器堆。"
SPEC = "本系统面向公园的日常运营管理，覆盖票务、场地、会员和财务等业务，供客户确认需求范围与边界。"
JOIN = "我们欢迎每一位有兴趣的朋友加入社区，一起参与翻译、设计和推广工作，为开放的网络贡献自己的力量。"


def _found(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.title) for h in doc.headings]


CASES = {
    "a link's arrow under each item of a web page": (
        f"参与我们\n\n社区活动\n{JOIN}\n了解更多 》\n翻译文档\n{JOIN}\n详细信息 》 文档翻译项目\n美术设计\n{JOIN}\n"
        f"了解更多 》\n联系我们\n{JOIN}\n",
        [(1, "社区活动"), (1, "翻译文档"), (1, "美术设计")]),
    "a pointer to a table or a figure under a numbered section": (
        f"处理器设计报告\n\n1 总体结构\n\n{BODY}\n\n1.1 控制单元\n\n{BODY}\n\n其真值表详见附表 2\n\n{BODY}\n\n"
        f"1.2 运算器\n\n{BODY}\n\n具体见图 4.6\n\n{BODY}\n\n2 总结\n\n{BODY}\n",
        [(1, "总体结构"), (2, "控制单元"), (2, "运算器"), (1, "总结")]),
    "a specification's abbreviations under 缩写说明": (
        f"需求规格说明书\n引言\n编写目的\n{SPEC}\n项目背景\n{SPEC}\n缩写说明\nDB:数据库(Database)\n"
        "ESB:企业服务总线(Enterprise Service Bus)\nSAN:存储区域网络 (Storage Area Network)\nHA:高可用性 (High Availability)\n"
        "UI:用户界面(User Interface)\nSDK:软件开发工具包(Software Development Kit)\n术语定义\n雪季：指每年12月、1月、2月的时间。\n"
        f"总体描述\n{SPEC}\n",
        [(1, "引言"), (2, "编写目的"), (2, "项目背景"), (2, "缩写说明"), (2, "术语定义"), (1, "总体描述")]),  # round 54O:
        # the template's sections sit under 引言
}


@pytest.mark.parametrize("name", list(CASES))
def test_pointers_are_no_titles(name: str) -> None:
    text, want = CASES[name]
    assert _found(text) == want


LINES = {
    "了解更多 》": True,
    "詳細資訊 》 軟體網頁在地化專案": True,
    "阅读全文»": True,
    "具体见图 4.6": True,
    "其RTL描述详见附表 4": True,
    "运算部件详见附表 2.": True,
    "参见表2": True,
    "如图3所示": True,
    # what must stay: a book's title in its brackets, words that hold 图 or 表 without pointing, a caption itself
    "《论语》选读": False,
    "读《史记》》": False,
    "图书馆": False,
    "总体结构图": False,
    "代表大会": False,
    "意见表": False,
    "征求意见表2": False,
    "图 3.1 总体结构图": False,
    "见习期管理": False,
    "": False,
}


@pytest.mark.parametrize("text", list(LINES))
def test_points_elsewhere(text: str) -> None:
    assert points_elsewhere(text) is LINES[text]


ENTRIES = {
    "DB:数据库(Database)": True,
    "SAN:存储区域网络 (Storage Area Network)": True,
    "IOPS：每秒输入输出次数（Input/Output Operations Per Second）": True,
    # what must stay: a company or a term over its part, a question's number, a bracket that is no English name
    "Google：从 Mobile First 到 AI First": False,
    "Proxy：代理": False,
    "Q1：如何报名(Online)": False,
    "API：接口说明（见附录A）": False,
    "ESB:企业服务总线(Enterprise Service Bus) 说明": False,
    "企业服务总线(Enterprise Service Bus)": False,
}


@pytest.mark.parametrize("text", list(ENTRIES))
def test_acronym_entry(text: str) -> None:
    assert acronym_entry(text) is ENTRIES[text]
