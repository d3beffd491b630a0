"""'关于我们' over the company's own description: the first part of a job posting or a society's page, where a page's
footer sets the same words as a link beside '联系我们' and '网站地图'."""

from __future__ import annotations

_ABOUT = "关于我们"  # (the footer rule drops only this spelling)
_BODY_MIN = 40  # '邦道科技有限公司是蚂蚁金服生态企业，致力于…': a paragraph of its own, no link's caption
_BODY_LINES = 3  # the description's first paragraph, however narrow the wrap


def about_sections(texts: list[str], reasons: list[str]) -> None:
    """Keep a bare '关于我们' the footer rule took, when running text follows it: it heads the page's description
    ('关于我们' over '邦道科技有限公司是…，致力于…'); over '联系我们', '公司简介' or '地址：…' it is a link."""
    for i, text in enumerate(texts[:-1]):
        if reasons[i] and text.strip() == _ABOUT:
            after = _body(texts, reasons, i + 1)
            if len(after) >= _BODY_MIN and ("，" in after or "。" in after):
                reasons[i] = ""


def _body(texts: list[str], reasons: list[str], start: int) -> str:
    """The kept lines running on from `start` up to a blank line: a PDF's narrow wrap cuts the description's first
    paragraph into lines shorter than the paragraph ('…致力于为水、电、燃、有线电视、通信' over '运营商、…')."""
    parts = []
    for text in texts[start:start + _BODY_LINES]:
        if not text.strip() or reasons[start + len(parts)]:
            break
        parts.append(text.strip())
    return "".join(parts)
