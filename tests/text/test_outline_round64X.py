"""Hard wraps at other widths (issue class 10): a text set flush, one paragraph a line, wrapped at 20–60 characters as
a PDF extract is. A paragraph that happens to stop two characters short of the width, with no full stop, ends there
when the document's paragraphs start full (no indentation was dropped); an extract that dropped its indentation still
joins such a first line to the rest."""

from __future__ import annotations

import sys

import pytest

from support import DATA, parse_document

sys.path.insert(0, str(DATA / "corpus"))
from make_pdf_extracts import wrap  # noqa: E402

PROSE = ("各地区各部门要结合实际抓好贯彻落实及时研究解决工作中遇到的新情况新问题重要情况及时报告"
         "全面推进依法治国建设社会主义法治国家必须坚持中国特色社会主义法治道路深化法治领域改革")
PARAS = [
    "各地区各部门要结合实际抓好贯彻落实，及时研究解决工作中遇到的新情况新问题，重要情况及时报告。"
    "全面推进依法治国，建设社会主义法治国家，必须坚持中国特色社会主义法治道路。",
    "优化营商环境是建设现代化经济体系、促进高质量发展的重要基础，也是政府提供公共服务的重要内容。"
    "近年来，各地区各部门认真贯彻落实党中央、国务院决策部署，推动营商环境持续改善。",
    "为进一步加强学校安全管理，保障师生人身和财产安全，维护正常教学秩序，根据有关法律法规，"
    "结合本校实际，制定本制度。学校安全工作坚持预防为主、防治结合、加强教育、群防群治的原则。",
    "坚持以人民为中心的发展思想，把群众满意作为衡量工作的根本标准，切实解决群众急难愁盼问题。"
    "各级干部要深入基层调查研究，掌握第一手材料，提高解决实际问题的能力。",
    "加强组织领导，明确责任分工，建立健全工作台账，定期通报工作进展情况，确保各项任务落到实处。"
    "对工作中发现的问题要及时整改，对推诿扯皮、敷衍塞责的要严肃问责。",
    "在宣讲过程中我们采用了直播与录播相结合的方式，事先录好视频之后再以直播的形式播放，"
    "宣讲同学们在评论区与微信群回答家长们的问题，宣讲视频也上传到了网站。",
]
TAIL = "，活动形式为网络直播"


def _short_paragraph(chars: int) -> str:
    """An open paragraph two characters short of `chars` (four columns): no full stop, a clause inside."""
    return PROSE[:chars - 2 - len(TAIL)] + TAIL


def _extract(chars: int, dropped_indent: bool) -> tuple[str, str]:
    """A title, then paragraphs wrapped at `chars` and set flush (or with each first line two characters short, as an
    extract that dropped a paragraph's indentation sets it), the short one second to last."""
    paras = PARAS[:5] * 2 + [_short_paragraph(chars)] + PARAS[5:]  # (enough lines to show how full they run)
    lines = ["学校工作总结"]
    for text in paras:
        if dropped_indent:
            first = wrap("　　" + text, chars)
            lines += [first[0].lstrip("　")] + wrap(text[len(first[0]) - 2:], chars)
        else:
            lines += wrap(text, chars)
    return "\n".join(lines), paras[10]


@pytest.mark.parametrize("chars", [20, 24, 30, 35, 40, 50, 60])
def test_a_flush_paragraph_short_of_the_width_ends_there(chars):
    text, short = _extract(chars, dropped_indent=False)
    found = [p.text for p in parse_document(text.encode("utf-8")).paragraphs]
    assert short in found  # not run on into '在宣讲过程中…'
    assert PARAS[5] in found and PARAS[0] in found  # and the wrapped paragraphs are whole


@pytest.mark.parametrize("chars", [20, 24, 35, 50, 60])
def test_an_extract_that_dropped_its_indentation_still_joins_a_short_first_line(chars):
    text, short = _extract(chars, dropped_indent=True)
    found = [p.text for p in parse_document(text.encode("utf-8")).paragraphs]
    assert short + PARAS[5] in found  # its first line is as short as every paragraph's first line there
    assert PARAS[0] in found


LEAVE_ALONE = {
    "a poem's lines": ["静夜思", "床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。"],
    "an address block": ["联系方式", "地址：北京市海淀区中关村大街1号", "邮编：100080", "电话：010-12345678"],
    "a list of short items": ["工作要点", "一、加强组织领导", "二、完善工作机制", "三、强化督促检查"],
}


@pytest.mark.parametrize("lines", LEAVE_ALONE.values(), ids=LEAVE_ALONE.keys())
def test_short_lines_stay_lines(lines):
    body = lines[1:]
    text = "\n".join(lines + [piece for para in PARAS[:5] * 2 for piece in wrap(para, 24)])
    found = [p.text for p in parse_document(text.encode("utf-8")).paragraphs]
    assert all(line in found for line in body)

