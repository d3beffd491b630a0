"""Round 49j: saved web pages read as HTML. A page whose headings all stand at one level (three or more '<h1>'
parts, or the '<h2>' sections of a department's page) sets its parts side by side: the first of them is one part,
not the headline over the rest, even where the page's <title> ends with its words. A heading over deeper ones, or
with one sibling after it, may still head the page."""

from __future__ import annotations

import pytest

from support import heading_texts, parse_document


def _page(body: str, title: str = "") -> bytes:
    head = f"<head><meta charset='utf-8'><title>{title}</title></head>" if title else ""
    return f"<html>{head}<body>{body}</body></html>".encode("utf-8")


_PARTS = (("注意事项", "请使用较新版本的浏览器打开本页面，以免页面显示不完整。"),
          ("报名办法", "本次活动采取网上报名，报名截止后不再接受补报。"),
          ("活动对象", "全体在校本科生均可参加，每人限报一个项目。"),
          ("日程安排", "初赛在五月上旬举行，决赛在五月下旬举行。"))


def _parts(tag: str, parts=_PARTS) -> str:
    return "".join(f"<{tag}>{t}</{tag}><p>{p}</p>" for t, p in parts)


@pytest.mark.parametrize("data, want", [
    # no <title>: the page's <h1> parts, the first of them one of them
    (_page(_parts("h1")), ["注意事项", "报名办法", "活动对象", "日程安排"]),
    # the <title> names the site and the first <h2> part: still a part of the page
    (_page(_parts("h2", _PARTS[:3]), "某某中学 | 注意事项"), ["注意事项", "报名办法", "活动对象"]),
])
def test_the_first_of_parts_at_one_level_is_a_part(data, want):
    """d71_09, d22_07: '<h1>特别提醒</h1>' over eight more <h1> parts, and '<h2>训导处 …</h2>' (the <title>'s last
    part) beside two more <h2> sections, were taken as the page's title and left the outline."""
    assert heading_texts(parse_document(data, "page.html")) == want


@pytest.mark.parametrize("data, want", [
    # a headline over deeper parts: the title, its parts the outline
    (_page("<h1>校园科技节活动方案</h1>" + _parts("h2", _PARTS[1:])), ["报名办法", "活动对象", "日程安排"]),
    # a headline with one sibling after it (a subtitle or a closing part): read as before
    (_page(_parts("h1", _PARTS[:2]), "注意事项 - 某某中学"), ["报名办法"]),
])
def test_a_headline_over_its_parts_still_heads_the_page(data, want):
    assert heading_texts(parse_document(data, "page.html")) == want
