"""Markdown and web pages' outlines (round 52h), on texts of my own: a list's item is never a named part."""

from __future__ import annotations

import pytest

from support import parse_document

PROSE = "本项目面向校园网络服务，目标是在一学期内完成需求调研、原型设计与部署测试，并形成可复用的运维文档。"


def _md(*parts: str) -> bytes:
    return "\n\n".join(("# 课程项目报告",) + parts).encode()


def _titles(data: bytes, name: str = "notes.md") -> list[str]:
    return [h.title for h in parse_document(data, name).headings]


TOC = "- [1 项目简介](#1-项目简介)\n- [2 设计思路](#2-设计思路)\n- [参考文献](#参考文献)"
BODY = (f"## 1 项目简介\n\n{PROSE}", f"## 2 设计思路\n\n{PROSE}", "## 参考文献\n\n[1] 张三. 网络服务设计. 2020.")


@pytest.mark.parametrize("parts, want", [
    # a contents list of in-page links ('- [参考文献](#参考文献)'): its last entry is an entry, not the part
    ((TOC,) + BODY, ["项目简介", "设计思路", "参考文献"]),
    (("- [摘要](#摘要)\n- [致谢](#致谢)", f"## 摘要\n\n{PROSE}", f"## 正文\n\n{PROSE}", f"## 致谢\n\n{PROSE}"),
     ["摘要", "正文", "致谢"]),
    # a bare item naming a part ('- 结论') in a list of what the report holds
    (("本报告包括：\n\n- 背景\n- 结论", f"## 一、背景\n\n{PROSE}", f"## 二、分析\n\n{PROSE}"), ["背景", "分析"]),
    # left alone: the '#' headings themselves, named or not
    (BODY, ["项目简介", "设计思路", "参考文献"]),
    # and a named part standing alone on its line, no list: still a part
    ((f"## 1 项目简介\n\n{PROSE}", f"## 2 设计思路\n\n{PROSE}", "参考文献", "[1] 张三. 网络服务设计. 2020."),
     ["项目简介", "设计思路", "参考文献"]),
])
def test_a_list_item_is_never_a_named_part(parts: tuple[str, ...], want: list[str]):
    assert _titles(_md(*parts)) == want


def _fronted(author: str, title: str, *parts: str) -> bytes:
    head = f'---\ntitle: "{title}"\nauthor: "{author}"\ndate: "2020/05/01"\n---\n'
    return (head + "\n\n".join(parts)).encode()


SECTIONS = (f"### 一\n\n{PROSE}", f"### 二\n\n{PROSE}", f"## 回望\n\n{PROSE}")


@pytest.mark.parametrize("data, title, want", [
    # the writer's name set as the file's '#' heading, his account in brackets, over the article's own headline
    (_fronted("王小明", "王小明-《山城记事》", "# 王小明（山城笔记的作者）", "## 山城记事", *SECTIONS),
     "王小明-《山城记事》", ["一", "二", "回望"]),
    # the outlet's name alone over the headline the front matter declares
    (_fronted("山城日报", "山城日报“特稿”：一座城的十年", "# 山城日报", "## 山城日报“特稿”：一座城的十年", *SECTIONS),
     "山城日报“特稿”：一座城的十年", ["一", "二", "回望"]),
    # left alone: an author's name that is no heading of its own, and a section about the writer further down
    (_fronted("王小明", "山城记事", "# 山城记事", f"## 写作缘起\n\n{PROSE}", f"## 王小明\n\n{PROSE}"),
     "山城记事", ["写作缘起", "王小明"]),
    # and a heading that only opens with the name ('王小明的十年') is a title, not a byline
    (_fronted("王小明", "随笔两篇", "# 王小明的十年", f"## 上篇\n\n{PROSE}", f"## 下篇\n\n{PROSE}"),
     "王小明的十年", ["上篇", "下篇"]),
])
def test_a_heading_naming_the_front_matters_author_is_a_byline(data: bytes, title: str, want: list[str]):
    doc = parse_document(data, "article.md")
    assert (doc.title, [h.title for h in doc.headings]) == (title, want)
