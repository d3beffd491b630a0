"""Lines that quote a provision of a statute by its article: '中華民國憲法第 130 條' over the article's text, or
'根据《劳动保障监察条例》第一章第九条规定' over what that article says, name where the quoted text comes from; they are a
citation standing alone, not the title of a section of the document (whose own articles a law numbers at the start
of their lines, where `markers` reads them)."""

from __future__ import annotations

from reader.text.lazyre import lazy

_ARTICLE_END = lazy(
    r".*\S[ \t\u3000]*第[ \t\u3000]*[0-9０-９〇零一二三四五六七八九十百千两]+[ \t\u3000]*[条條款]"  # '…法第 130 條'
    r"(?:之[一二三四五六七八九十0-9]+)?(?:[的之]?(?:规定|規定))?")  # '第一条之一', '…第九条规定'
_LAST = frozenset("条條款定一二三四五六七八九十0123456789")  # how such a line ends: the cheap test first


def cited_provision(text: str) -> bool:
    """'中華民國憲法第 130 條', '根据《劳动保障监察条例》第一章第九条规定': a line that ends naming an article of a
    statute (something stands before the article: the statute's name) cites it, and heads no part of the text."""
    line = text.strip()
    return line[-1:] in _LAST and _ARTICLE_END.fullmatch(line) is not None
