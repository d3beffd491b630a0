"""Round 74D: a link's own words are no titles. A report or a blog post often leaves a line that sends the reader
elsewhere standing alone between its paragraphs: 'click here' ('链接戳这里', '点击此处下载'), 'for more, see …'
('更详细的说明可以看 …'), 'the details are in another chapter' ('详细过程另外写了一篇文章记录'), 'open as PDF'
('以PDF格式打开…'). Short and unpunctuated as a title is, such a line names no part of the text."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.pointers import points_elsewhere

BODY = "今年我们把发布流程迁到了新的流水线上，构建时间缩短了一半，回归测试也全部自动化，团队把精力放回了功能开发。"
MORE = "测试平台接入了三类新设备，夜间任务覆盖所有分支，失败的用例会自动开单并指派给最近修改代码的同事跟进。"
TEAM = "团队新来了两位同事，我们每两周做一次分享，轮流讲自己负责的模块，新人一个月内就能独立提交修改。"


def _found(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="doc.txt")
    return [(h.depth, h.title) for h in doc.headings]


CASES = {
    "a 'see more' line under a report's plain title": (
        f"年度工作总结\n\n{TEAM}\n\n构建与发布\n\n{BODY}\n\n更详细的说明可以看 发布手册\n\n{MORE}\n\n测试平台\n\n{MORE}\n\n"
        f"团队建设\n\n{TEAM}\n",
        [(1, "构建与发布"), (1, "测试平台"), (1, "团队建设")]),
    "a 'click here' link and a PDF's link between a post's parts": (
        f"项目周报\n\n{TEAM}\n\n本周进展\n\n{BODY}\n\n完整日志链接戳这里\n\n{MORE}\n\n下周计划\n\n{TEAM}\n\n以PDF格式打开本周报\n\n"
        f"{BODY}\n\n风险提示\n\n{MORE}\n",
        [(1, "本周进展"), (1, "下周计划"), (1, "风险提示")]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_link_words_are_no_titles(name: str) -> None:
    text, want = CASES[name]
    assert _found(text) == want


LINES = {
    "完整日志链接戳这里": True,
    "点击此处下载安装包": True,
    "更详细的配置说明可以看 官方文档": True,
    "具体的用法请参阅 使用手册": True,
    "详细过程另外写了一篇文章记录": True,
    "用PDF格式下载本报告": True,
    # what must stay: titles that hold the same words without sending anyone anywhere
    "下载与安装": False,
    "更好看的界面设计": False,
    "详细设计": False,
    "具体实施步骤": False,
    "点评与展望": False,
    "完整示例代码": False,
    "参考资料": False,
    "此处省略": False,
}


@pytest.mark.parametrize("text", list(LINES))
def test_link_words_point_elsewhere(text: str) -> None:
    assert points_elsewhere(text) is LINES[text]
