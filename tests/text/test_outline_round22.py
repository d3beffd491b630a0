"""Contents lists and what stands after them: the list's last entry ('附录\t26') is no appendix holding the text."""

from __future__ import annotations

import pytest

from support import parse_document

_THESIS = ("酒精浓度检测仪的设计\n\n目  录\n1 绪论{gap}1\n1.1论文研究的背景{gap}1\n2 设计方案{gap}3\n2.1功能设计{gap}3\n"
           "结束语{gap}25\n致谢{gap}26\n参考文献{gap}26\n附录{gap}26\n\n\n"
           "1 绪论\n1.1论文研究的背景\n酒驾是当今社会的一大公害，严重威胁着人们的生命财产安全。\n2 设计方案\n2.1功能设计\n"
           "本设计采用单片机作为控制核心，实现酒精浓度的检测。\n结束语\n本文设计了一种酒精浓度检测仪。\n致谢\n感谢老师的指导。\n"
           "参考文献\n[1] 张三. 单片机原理[M]. 北京: 高教出版社, 2010.\n附录\n程序清单如下。\n")


@pytest.mark.parametrize("gap", ["\t", "……"])  # (leaders: a guard, read right before)
def test_a_contents_lists_last_entry_is_no_appendix_over_the_chapters(gap):
    """d49_04: a Word thesis's contents end in '附录\t26'; read as the appendix it names, every chapter below it
    stood a level too deep (depth 0.15)."""
    doc = parse_document(_THESIS.format(gap=gap).encode("utf-8"))
    got = [(h.depth, h.marker, h.title) for h in doc.headings]
    assert got[:3] == [(1, "1", "绪论"), (2, "1.1", "论文研究的背景"), (1, "2", "设计方案")]
    assert all(gap not in h.title for h in doc.headings)
