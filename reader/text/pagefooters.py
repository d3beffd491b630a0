"""A PDF page's footer or running head that counts its pages and names the book or its author beside the count
('第 3 页 共 105 页    k_eckel', '《 编译原理 》试卷A 第 3 页 共 8 页'): a converter's leftover, never a line of text."""

from __future__ import annotations

from reader.text.lazyre import lazy

_N = r"[0-9０-９]{1,4}"
_COUNT = rf"第[ \t\u3000]*{_N}[ \t\u3000]*[页頁][ \t\u3000]*[/／，,]?[ \t\u3000]*共[ \t\u3000]*{_N}[ \t\u3000]*[页頁]" \
         rf"|共[ \t\u3000]*{_N}[ \t\u3000]*[页頁][ \t\u3000]*[/／，,]?[ \t\u3000]*第[ \t\u3000]*{_N}[ \t\u3000]*[页頁]"
_WORDS = r"[^\s。！？，；：:、]{1,24}(?:[ \t\u3000]+[^\s。！？，；：:、]{1,24}){0,2}"  # a name or a short title, no clause
_TITLED = r"《[^《》\n]{1,30}》[^\s。！？，；：:、《》]{0,8}[ \t\u3000]*"  # '《 数据库系统概论 》试卷第 2 页 共 5 页'
_FOOTER = lazy(rf"[ \t\u3000]*(?:(?:{_COUNT})[ \t\u3000]+{_WORDS}|{_WORDS}[ \t\u3000]+(?:{_COUNT})|{_TITLED}(?:{_COUNT}))"
               r"[ \t\u3000]*")
_FOOTER_MAX = 70


def page_footer(text: str) -> bool:
    """'第 2 页 共 105 页 k_eckel': a page count, both numbers, with a word beside it (a sentence that mentions a
    page, '详见第3页', never counts the pages)."""
    return len(text) <= _FOOTER_MAX and "共" in text and _FOOTER.fullmatch(text) is not None
