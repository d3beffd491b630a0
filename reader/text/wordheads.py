"""A page widget's word ('首页', '登录', '更多', '免责声明') set alone between body lines and over a sentence is a section
heading: a specification names its pages and functions so ('首页' over '系统应该在主页显示轮播图…。'), a white paper
its disclaimer. A site's widget sits among other widgets, over a link's name or at the page's edge, never between text
and a sentence of its own."""

from __future__ import annotations


from reader.text.lazyre import lazy

_WORD = lazy(r"[\u4e00-\u9fff]{2,6}")  # one bare word: no separator, no colon, no digit
_STOPS = "。，,；"
# buttons that act on the page itself (print it, close it, share it), and a site's footer links to its own pages
# ('联系我们' over the site's word of welcome): never a section of the text
_BUTTONS = frozenset("打印 列印 关闭 關閉 分享 收藏 复制 複製 保存 儲存 字号 字號 字体 字體 放大 缩小 评论 評論 点赞 举报 推荐 "
                     "联系我们 聯繫我們 聯絡我們 关于我们 關於我們 网站地图 網站地圖".split())
_CJK = lazy(r"[\u4e00-\u9fff]")
# a link away from the page ('返回列表页' over the text it lists) or a share row's label ('分享到')
_AWAY = ("返回", "回到", "上一", "下一", "分享")
_MIN_SENTENCE = 16  # '即日起，松花湖禁止上冰！' under '更多' is a headline in a list


def _sentence(text: str) -> bool:
    """A line of prose: long enough, Chinese, with a sentence's punctuation inside it."""
    body = text.strip()
    return len(body) >= _MIN_SENTENCE and _CJK.search(body) is not None and any(c in body for c in _STOPS)


def word_over_sentence(texts: list[str], reasons: list[str], k: int) -> bool:
    """The line k, taken as chrome for its word alone, heads the sentence below it: a bare word, the lines on both
    sides kept, the line below prose."""
    word = texts[k].strip()
    if reasons[k] != "chrome" or not 0 < k < len(texts) - 1 or not _WORD.fullmatch(word) or word in _BUTTONS \
            or word.startswith(_AWAY):
        return False
    return not reasons[k - 1] and not reasons[k + 1] and _sentence(texts[k + 1])
