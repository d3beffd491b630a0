"""Round 48i: in a Markdown file a paragraph is one block on its first line and a picture stays in it as '![…](…)':
the gap between blocks says nothing of a dropped picture, so a title after a wrapped paragraph is no caption
(`captions.image_captions` reads no gaps in Markdown); photo-marked captions still count."""

from __future__ import annotations

from support import parse_document

BODY = "这门语言的编译器会在编译阶段检查内存的使用方式，所以写出来的程序既快又稳，适合长期维护的项目。"
BODY2 = "社区提供了成熟的框架和大量的第三方库，新手按照官方文档一步步操作，一两天就能搭起一个可用的服务。"


def _md(text: str) -> list[tuple[int, str]]:
    doc = parse_document(text.encode("utf-8"), name="notes.md")
    return [(h.depth, h.title) for h in doc.headings]


# A Markdown file's paragraph is one block on its first line, its wrapped lines joined, and a picture stays
# in it as '![…](…)': the gap from one block's line to the next counts a paragraph's own lines, not a dropped image,
# so a title after a wrapped paragraph is no caption (rule: `captions.image_captions` reads no gaps in Markdown).
WRAPPED = "这本书从七万年前讲起，作者没有按照朝代和年份\n来安排章节，而是把人类的历史分成几次大的\n转折，每一部分都配了不少有趣的例子。"


def _reading_note(titles: list[str]) -> str:
    return "# 读《人类简史》\n\n" + "".join(f"{WRAPPED}\n\n{t}  \n{BODY}\n{BODY2}\n\n" for t in titles)


def test_a_title_after_a_wrapped_paragraph_is_no_caption():
    assert _md(_reading_note(["**认知革命**", "**农业革命**", "**科学革命**"])) == [
        (1, "认知革命"), (1, "农业革命"), (1, "科学革命")]


def test_a_photo_marked_line_is_still_a_caption():
    found = _md(_reading_note(["**认知革命**", "△ 作者在讲座现场", "**科学革命**"]))
    assert (1, "认知革命") in found and not any("讲座现场" in title for _, title in found)
