"""'关于我们' over the company's own description: the first part of a job posting or a society's page, where a page's
footer sets the same words as a link beside '联系我们' and '网站地图'."""

from __future__ import annotations

_ABOUT = "关于我们"  # (the footer rule drops only this spelling)
_BODY_MIN = 40  # '邦道科技有限公司是蚂蚁金服生态企业，致力于…': a paragraph of its own, no link's caption


def about_sections(texts: list[str], reasons: list[str]) -> None:
    """Keep a bare '关于我们' the footer rule took, when running text follows it: it heads the page's description
    ('关于我们' over '邦道科技有限公司是…，致力于…'); over '联系我们', '公司简介' or '地址：…' it is a link."""
    for i, text in enumerate(texts[:-1]):
        if reasons[i] and text.strip() == _ABOUT:
            after = texts[i + 1].strip()
            if len(after) >= _BODY_MIN and ("，" in after or "。" in after) and not reasons[i + 1]:
                reasons[i] = ""
