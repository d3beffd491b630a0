"""Round 36: a contents list naming the same title under several parts."""

from __future__ import annotations

from support import parse_document

_KERNELS = ["QNX", "MINIX", "L4"]
_PARTS = ["简介", "特点", "应用"]


def _survey() -> bytes:
    lines = ["调研报告", "", "目录", "", "+ 项目背景", "\t+ 微内核", "\t+ 微内核架构举例"]
    for kernel in _KERNELS:
        lines += [f"\t\t+ {kernel}", *[f"\t\t\t+ {part}" for part in _PARTS]]
    lines += ["+ 前瞻性分析", "", "项目背景", "", "微内核", "", "微内核是一种把大部分服务移出内核的操作系统结构。", "",
              "微内核架构举例", ""]
    for kernel in _KERNELS:
        lines += [kernel, ""]
        for part in _PARTS:
            lines += [part, "", f"这一部分说明{kernel}的{part}，内容来自公开的资料和我们自己的实验记录。", ""]
    lines += ["前瞻性分析", "", "微内核的前景取决于性能和生态两方面的进展。", ""]
    return "\n".join(lines).encode("utf-8")


def test_a_contents_list_naming_a_title_under_each_part_names_each():
    """d40_12: '简介' is listed under QNX, MINIX and L4; the list was taken for one out of order and named nothing,
    so the kernels' Latin names were lost and their parts sat one level too high."""
    doc = parse_document(_survey())
    got = [(h.title, h.depth) for h in doc.headings]
    want = [("项目背景", 1), ("微内核", 2), ("微内核架构举例", 2)]
    for kernel in _KERNELS:
        want += [(kernel, 3), *[(part, 4) for part in _PARTS]]
    assert got == want + [("前瞻性分析", 1)]




_STEPS = ["甲. 准备安装介质", "乙. 划分磁盘分区", "丙. 配置网络参数", "丁. 安装常用软件"]


def test_a_title_the_text_moved_is_found_where_it_stands():
    """d84_02: a contents list names '项目结构' third; the text sets it second. The list holds for the others, so the
    moved title is a heading too, where it stands (before, the list was out of order and named none)."""
    lines = ["安装指南", "", "目录", *[f"{_STEPS[k]} {n}" for n, k in enumerate((1, 0, 2, 3), 1)], ""]
    for step in _STEPS:
        lines += [step, "", "这一步的要求见随附的说明书", ""]
    doc = parse_document("\n".join(lines).encode("utf-8"))
    assert [h.line for h in doc.headings] == [9, 13, 17, 21]
