"""Navigation links a page's writer set as headings: '>>返回目录<<' over '---' in Markdown is an h2 by the syntax, yet a
reader takes a link back to the contents, the top or the list, or on to the next post, for no section of the text."""

from __future__ import annotations


from reader.text.lazyre import lazy

# Links back or on, as a blog, a wiki or a book site words them; no bare '首页' or '返回' (an app's design sets
# '## 首页' over what its home screen shows) and no plain 'Top' (a tutorial's '## top' is the command)
_LINKS = set((
    "返回目录 返回目錄 回到目录 回到目錄 返回目录页 返回顶部 返回頂部 回到顶部 回到頂部 返回顶端 回到顶端 返回首页 返回首頁 回到首页 "
    "回到首頁 返回主页 回到主页 返回列表 返回列表页 返回列表頁 返回上一页 返回上一頁 返回上级 返回上级目录 上一篇 下一篇 上一页 "
    "下一页 上一頁 下一頁 上一篇文章 下一篇文章 backtotop totop backtocontents backtotableofcontents backtotoc backtoindex "
    "backtohome"
).split())
_TRIM = lazy(r"[\s↑↓⬆⬇▲△^︿∧←→⇧↩⤴⤒《》〈〉<>»«›‹\[\]【】()（）|｜/\\:：·•\-—_=+*~!！.。]+")
_LONGEST = 40  # characters: a link's label with its arrows and brackets, never a sentence


def navigation_title(text: str) -> bool:
    """A heading's whole text is a link away ('返回目录', '↑ 回到顶部', '[Back to top]'), arrows and brackets round it."""
    return len(text) <= _LONGEST and _TRIM.sub("", text).lower() in _LINKS
