"""Meeting records (issue 9, session 74): the parts a session template repeats are found each time they stand, after
a list's last item too; a record of colon labels keeps a label that opens with a Latin word ('Beta阶段燃尽图：'); in a
record typed without blank lines, the short lines under a dated session are its notes, not its titles."""

from __future__ import annotations

import pytest

from support import parse_document

_BRIEF = "+ 接口文档由后端整理\n\n+ 前端页面按原型调整\n\n"  # a list, then the template's next part over a short line
_LONG = "本次会议确定了各模块的接口并分配了任务，组员各自领取了本周需要完成的工作。\n\n"


def _titles(text: str) -> list[tuple[int, str]]:
    return [(h.depth, h.title) for h in parse_document(text.encode(), "record.txt").headings]


def _sessions(last: str) -> str:
    """Four sessions of one template; the last one's '会议详情' holds `last`."""
    out = "项目组会议记录\n\n"
    for n, k in enumerate("一二三四"):
        details = last if n == 3 else _LONG
        after = "开始前后端对接" if n == 3 else "完成数据库设计文档的初稿，并提交给组长审阅，周五之前完成。"
        out += (f"第{k}次会议记录\n\n讨论记录\n\n时间：2023年3月{n + 1}日\n\n参会人员：全体组员\n\n"
                "会议简介：本次会议讨论了接口设计与数据库表结构，以及下一阶段的任务分配和进度安排\n\n"
                f"会议详情\n\n{details}下一次会议内容\n\n{after}\n\n")
    return out


@pytest.mark.parametrize("last", [_BRIEF, _LONG])
def test_a_template_part_counts_wherever_it_stands(last):
    titles = _titles(_sessions(last))
    assert titles.count((2, "下一次会议内容")) == 4 and titles.count((2, "会议详情")) == 4
    assert titles.count((2, "讨论记录")) == 4 and [t for d, t in titles if d == 1] == [
        "第一次会议记录", "第二次会议记录", "第三次会议记录", "第四次会议记录"]


def _labelled(label: str) -> str:
    return (f"第十二周例会记录\n\n开会照片：\n\n（照片略）\n\n关于困难和收获：\n\n"
            f"本周大家遇到的主要困难是接口联调，收获是熟悉了整个开发流程。\n\n{label}\n\n（图略）\n\n"
            "代码或文档迁入：\n\n本周共提交代码十二次，文档三篇。\n")


@pytest.mark.parametrize("label, name", [
    ("Beta阶段燃尽图：", "Beta阶段燃尽图"),
    ("UI 设计稿：", "UI 设计稿"),
    ("API接口进展:", "API接口进展"),
    ("燃尽图：", "燃尽图"),
    ("Note:", None),  # a Latin word alone names no part of a Chinese record
])
def test_a_colon_label_may_open_with_a_latin_word(label, name):
    want = ["开会照片", "关于困难和收获"] + ([name] if name else []) + ["代码或文档迁入"]
    assert _titles(_labelled(label)) == [(1, t) for t in want]



_PACKED = """仓储项目会议记录
本记录按周整理，供项目组内部查阅，有补充请直接在对应日期下添加。
2022年3月2日
本月底前完成接口列表页面和接口测试页面的开发
二期测试，与搬运机器人厂商对接，经由统一网关
扫码出库，系统分配库位，下发搬运指令
调度系统由谁维护？
时间节点：四月初联调完成
库位管理，上游供应商按箱号提供物料信息
2022年3月9日 需求评审
评审了出入库流程，补充了退货入库的分支
盘点功能，按库区分批进行，每批结束后生成差异报表
权限设计沿用公司统一认证平台
2022年3月16日 前端架构沟通
是否接入公司统一门户？
统一使用公司技术栈
数据大屏的刷新频率定为每分钟一次
"""


@pytest.mark.parametrize("text, note", [
    (_PACKED, []),  # one line under another: '时间节点：…' is a note like its neighbours
    (_PACKED.replace("\n", "\n\n"), [(2, "时间节点：四月初联调完成")]),  # set apart by blank lines, as before
])
def test_a_packed_sessions_notes_are_no_titles(text, note):
    assert _titles(text) == [(1, "2022年3月2日")] + note + [(1, "2022年3月9日 需求评审"), (1, "2022年3月16日 前端架构沟通")]
