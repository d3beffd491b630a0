"""'引言' over '编写目的', '项目背景', '术语定义', '参考资料': a specification written to the national template for
software documents (GB/T 8567) opens with 引言 and these sections inside it; with their numbers ('1.1 编写目的') lost,
they still sit under 引言, not beside it."""

from __future__ import annotations

import dataclasses

from reader.text.model import Heading

_INTRO = frozenset({"引言", "前言", "概述", "文档说明", "文檔說明", "简介"})  # the template's first section, as named
_PURPOSE = frozenset({"编写目的", "編寫目的"})  # the first section inside it: the one that shows the template
_SECTIONS = _PURPOSE | frozenset({
    "背景", "项目背景", "項目背景", "定义", "定義", "术语定义", "術語定義", "术语", "术语表", "缩写说明", "缩略语",
    "术语和缩写", "术语与缩写", "名词解释", "参考资料", "參考資料", "参考文献", "读者对象", "预期读者",
    "预期的读者和阅读建议", "文档范围", "项目范围", "范围", "文档约定", "适用范围", "系统概述", "项目概述",
})  # the sections the template puts inside 引言, and their usual variants


def _name(h: Heading) -> str:
    return "".join(h.title.split()).rstrip("：:")


def intro_sections(headings: tuple[Heading, ...]) -> tuple[Heading, ...]:
    """The headings with the plain sections the template puts in 引言 ('编写目的' right after it, then '项目背景' …)
    set one level under it (the titles inside them with them), up to the first heading of another name or a
    numbered one."""
    out = list(headings)
    for k in range(len(out) - 1):
        intro, first = out[k], out[k + 1]
        if intro.marker or first.marker or _name(intro) not in _INTRO or _name(first) not in _PURPOSE:
            continue
        if first.depth != intro.depth:
            continue  # nested already, or set apart by evidence of its own
        j = k + 1
        while j < len(out) and (out[j].depth > intro.depth or out[j].depth == intro.depth and not out[j].marker
                                and _name(out[j]) in _SECTIONS):
            out[j] = dataclasses.replace(out[j], depth=out[j].depth + 1)  # a section, or a title inside one
            j += 1
    return tuple(out)
