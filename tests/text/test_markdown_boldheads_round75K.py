"""Found on the Markdown corpus (session 75K): a note's sub-heads set as bold lines of their own under its '##'
sections ('**系统编程**' over its paragraph, '**Web 开发**' over the next) were read as text, so the outline showed
the sections with nothing under them. A Markdown viewer shows each as a line apart in bold: the writer's sub-head,
as a page's '<p><strong>…</strong></p>' under its h-tags already is. A bold label ('**适用场景：**'), a table's
caption or a bold line over a short one (a command, a figure's label) stays text."""

from __future__ import annotations

import pytest

from support import parse_document

INTRO = "Rust 是一门系统编程语言，下面介绍它被用在哪些地方，以及各个领域里的代表项目和公司。"
FIRST = "操作系统、驱动与嵌入式固件都能用 Rust 写成，它的内存安全让这些底层程序少了许多漏洞。"
SECOND = "后端服务与 WebAssembly 前端都有成熟的框架，例如 actix-web、axum 与 yew 等开源项目。"
LAST = "越来越多的公司在生产环境使用 Rust，社区也在持续增长，工具链日趋完善，前景广阔。"


def _note(first: str, second: str, under: tuple[str, str] = (FIRST, SECOND)) -> str:
    return (f"# 现代编程语言\n\n## 应用领域\n\n{INTRO}\n\n{first}\n\n{under[0]}\n\n{second}\n\n{under[1]}\n\n"
            f"## 发展前景\n\n{LAST}\n")


def _outline(text: str) -> list[tuple[int, str]]:
    return [(h.depth, h.marker + h.title) for h in parse_document(text.encode("utf-8"), name="note.md").headings]


SECTIONS = [(1, "应用领域"), (1, "发展前景")]


@pytest.mark.parametrize("text, headings", [
    (_note("**系统编程**", "**Web 开发**"), [(1, "应用领域"), (2, "系统编程"), (2, "Web 开发"), (1, "发展前景")]),
    (_note("__系统编程__", "__Web 开发__"), [(1, "应用领域"), (2, "系统编程"), (2, "Web 开发"), (1, "发展前景")]),
    (_note("> **系统编程**", "> **Web 开发**"), [(1, "应用领域"), (2, "系统编程"), (2, "Web 开发"), (1, "发展前景")]),
    (_note("**系统编程：**", "**Web 开发：**"), SECTIONS),  # labels, each over its value
    (_note("**系统编程项目**", "**Web 开发项目**", ("| 项目 | 公司 |\n|---|---|\n| tokio | AWS |",) * 2),
     SECTIONS),  # a table's caption over its rows
    (_note("**X86架构**", "**ARM架构**", ("$ uname -a",) * 2), SECTIONS),  # over a command, no paragraph of text
    (_note("**系统编程**", "Web 开发"), SECTIONS),  # one bold line in the section: a line stressed
])
def test_bold_lines_over_a_sections_paragraphs_are_its_sub_heads(text, headings):
    assert _outline(text) == headings
