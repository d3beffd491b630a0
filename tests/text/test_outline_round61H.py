"""Round 61H: a saved news page's photo caption ('逸仙生物科技生产线', set in its own centred <p> right under the <p>
that holds the picture, or after the picture's <br>) names the picture, not a section: it no longer heads the story's
paragraphs between two bold sub-heads.

Left alone: a picture in the line's own block (an icon before '活动亮点纷呈'), a word or two under an avatar ('主持人',
a speaker's label), a bold line or a numbered line under a picture (the article's own head after a banner), and the same
short line with no picture above it."""

from __future__ import annotations

import pytest

from support import parse_document

_P1 = ("<p>　　广州有这么一个制造业，其工业产值超过一千亿元，产业规模占到全国的一半以上，产品注册备案数量占全省八成，"
       "专利申请数量在国内也高居首位。</p>")
_P2 = ("<p>　　从代工开始到快速发展，大批化妆品生产企业加大研发创新，其中不少佼佼者已被认定为国家高新技术企业，"
       "引领行业的智能制造转型升级。</p>")
_HEADS = ["巨无霸正向高质量转型", "美妆有望成为新名片", "自主创新推动出海"]


def _titles(middle: str) -> list[str]:
    page = ("<html><head><title>广州美妆产业持续发力</title></head><body><h1>广州美妆产业持续发力</h1>" + _P1
            + f"<p><strong>{_HEADS[0]}</strong></p>" + _P2 + _P1 + middle + _P2
            + f"<p><strong>{_HEADS[1]}</strong></p>" + _P1 + _P2 + f"<p><strong>{_HEADS[2]}</strong></p>" + _P2
            + "</body></html>")
    return [h.title for h in parse_document(page.encode(), name="p.html").headings]


@pytest.mark.parametrize("middle", [
    '<p style="text-align:center"><img src="a.jpg"/></p><p style="text-align:center">逸仙生物科技生产线</p>',
    '<p><img src="a.jpg"/></p><p>逸仙生物科技生产线</p>',
    '<div><img src="a.jpg"/></div><div>逸仙生物科技生产线</div>',
    '<p><img src="a.jpg"/><br/>学生在图书馆阅读经典著作</p>',
])
def test_a_caption_under_a_picture_heads_nothing(middle):
    assert _titles(middle) == _HEADS


@pytest.mark.parametrize("middle, head", [
    ('<p><img src="dot.gif"/>活动亮点纷呈</p>', "活动亮点纷呈"),  # an icon in the line's own block: its bullet
    ('<p><img src="a.jpg"/></p><p>主持人</p>', "主持人"),  # a speaker's label under an avatar
    ('<p><img src="a.jpg"/></p><p><strong>绿色美妆未来可期</strong></p>', "绿色美妆未来可期"),  # a bold head
    ("<p>逸仙生物科技生产线</p>", "逸仙生物科技生产线"),  # no picture above it
])
def test_lines_that_are_no_caption(middle, head):
    assert _titles(middle) == [_HEADS[0], head, *_HEADS[1:]]
