"""A news page's dateline bar sets its widgets beside the stamp and the outlet ('2012年07月11日21:38中国新闻网[微博]戚亚平
我要评论(0)', '2011年01月01日 23:11中新网【大中小】 【打印】 共有评论0条'): read without them, the bar is a stamp and a
name, the page's metadata, not a paragraph of its article."""

from __future__ import annotations

from reader.text.lazyre import lazy

# a bracketed '[微博]' after the outlet, a comment or share counter ('我要评论(0)', '共有评论0条', '参与互动(0)'), the
# font-size and print buttons ('【大 中 小】', '【打印】'): each a closed run, so no word of a sentence is taken
_WIDGET = lazy(r"[\[【]\s*微博\s*[\]】]|(?:我要评论|发表评论|参与互动|参与评论)\s*[(（]\s*\d*\s*[)）]|共有评论\s*\d+\s*条"
               r"|【\s*大\s*中\s*小\s*】|【\s*打印\s*】|【\s*关闭\s*】")


def without_widgets(text: str) -> str:
    """The line with its dateline widgets taken out (each left as a space), or the line itself when it has none."""
    return _WIDGET.sub(" ", text).strip() if "【" in text or "[" in text or "评论" in text or "互动" in text else text
