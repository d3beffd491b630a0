"""Round 55G: in notes on code, a field, keyword or function named as code spells it and glossed in Chinese
('pos:光源位置', 'enctype：数据传输类型', 'intersect(光线与该物体求交)') documents the code: no title. Titles that name
their subject in words ('Proxy：代理', 'Step 1：…', 'System.gc()方法') stay."""

from __future__ import annotations

import pytest

from support import parse_document

from reader.text.acronyms import field_entry

BODY = "它决定了光线从哪里出发，后面计算阴影时也要用到这个位置，所以必须在场景初始化时给出。"
BODY2 = "分别实现以上类，然后将所有的物体建立对应的类，插入到列表里，再编写主函数进行渲染和输出。"


def _titles(line: str) -> list[str]:
    """A note with three plain titles and `line` set apart between two paragraphs: the titles found."""
    text = ("光线追踪笔记\n\n类的设计\n\n" + BODY2 + "\n\n" + line + "\n\n" + BODY + "\n\n实现过程\n\n" + BODY2
            + "\n\n调试经验\n\n" + BODY + "\n")
    return [h.title for h in parse_document(text.encode("utf-8"), name="doc.txt").headings]


@pytest.mark.parametrize("line, entry", [
    ("pos:光源位置", True),  # a field and its gloss, as a class's members are listed
    ("dis:平面上任意一点到原点的向量和平面法向量的点积", True),
    ("r[6]:立方体的6个面", True),  # an array field
    ("a,b,c,d:四个顶点的坐标", True),  # several fields at once
    ("enctype：数据传输类型", True),  # a form's attribute, a full-width colon
    ("break：遇到break语句，马上退出循环", True),  # a keyword
    ("user_input:用户输入", True),
    ("intersect(光线与该物体求交)", True),  # a function, what it does in its brackets
    ("getN（求该物体上某点的法向量）", True),
    ("Proxy：代理", False),  # a capital: a word of the text, a title may be so
    ("Q: 换货需要多长时间？", False),
    ("Step 1：企业分类管理", False),
    ("sensor: 传感器", False),  # a space after the colon: written as text, not as code
    ("iOS:系统", False),  # a product's name
    ("System.gc()方法", False),  # the call names the API: a title
    ("vue（二）", False),  # a series' part
    ("python学习笔记", False),
])
def test_field_entry(line: str, entry: bool) -> None:
    assert field_entry(line) is entry


@pytest.mark.parametrize("line, kept", [
    ("pos:光源位置", False),
    ("enctype：数据传输类型", False),
    ("intersect(光线与该物体求交)", False),
    ("Proxy：代理", True),
    ("光源的设置", True),
])
def test_glossed_field_is_no_title(line: str, kept: bool) -> None:
    titles = _titles(line)
    assert ("类的设计" in titles and "实现过程" in titles and "调试经验" in titles)
    assert (line in titles or line.replace("：", ":") in titles) is kept


# A tutorial's titled examples: '获取所有虚拟机' over its code, then '分页获取虚拟机' over its own code, sit side by side.

from reader.text.candidate import Candidate  # noqa: E402
from reader.text.codesiblings import lift_code_siblings  # noqa: E402
from reader.text.markers import HeadingMatch  # noqa: E402
from reader.text.model import Paragraph  # noqa: E402
from reader.text.notes import sub_heading  # noqa: E402

CODE = ["vms = vm_api.get_vms({})", "api_client = ApiClient(conf)  # 客户端"]


@pytest.mark.parametrize("top, between, title, beside", [
    ("获取所有虚拟机", CODE, "分页获取虚拟机", True),  # two examples, each over its code
    ("获取所有虚拟机", ["for (int i = 1; i <= n; i++) {", "}"], "分页获取虚拟机", True),
    ("获取所有虚拟机", ['conf = Configuration(host="http://192.168.96.133/v2/api")'], "分页获取虚拟机", True),  # code
    # may hold a link
    ("获取所有虚拟机", ["下面的例子先创建客户端，再分页读取虚拟机列表，每页十条。"], "分页获取虚拟机", False),  # prose: a part
    ("获取所有虚拟机", CODE + ["返回的列表按创建时间排序。"], "分页获取虚拟机", False),
    ("资料", ["https://www.163.com/news/article/5CUNIMVR.html"], "西南联大的设立", False),  # a link is no code
    ("小聚", ["about Code of Conduct (COC)"], "Wiki 的 COC", False),  # English words with a gloss in brackets
    ("thread", CODE, "thread例子1", False),  # it carries the title before as its first words: its part
    ("获取所有虚拟机", [], "分页获取虚拟机", False),  # stacked right under it: nothing shows them side by side
])
def test_titled_examples_sit_side_by_side(top: str, between: list[str], title: str, beside: bool) -> None:
    texts = ["使用", top, *between, title]
    paragraphs = [Paragraph(t, 2 * n + 1, 0) for n, t in enumerate(texts)]
    last = len(texts) - 1
    candidates = [Candidate(0, None, "container"), Candidate(1, None, "container", parent=0),
                  Candidate(last, sub_heading(title), "sub", parent=1)]
    lift_code_siblings(candidates, paragraphs)
    assert candidates[2].parent == (0 if beside else 1)
    assert candidates[1].parent == 0


def test_numbered_sections_keep_their_levels() -> None:
    texts = ["使用", "获取所有虚拟机", *CODE, "1. 分页获取虚拟机"]
    paragraphs = [Paragraph(t, 2 * n + 1, 0) for n, t in enumerate(texts)]
    numbered = HeadingMatch("arabic", "1.", "分页获取虚拟机", "", 1, 1, 2)
    candidates = [Candidate(0, None, "container"), Candidate(1, None, "container", parent=0),
                  Candidate(len(texts) - 1, numbered, "arabic", parent=1)]
    lift_code_siblings(candidates, paragraphs)
    assert candidates[2].parent == 1
