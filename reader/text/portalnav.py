"""A government portal's navigation saved as text: its column links glued to their addresses ('政务公开/col/col12/
index.html法定主动公开内容/col/col13/index.html') and the rest of its trail under '当前位置：首页' ('> 政务公开 > 重要公告')."""

from __future__ import annotations

from reader.text import debris
from reader.text.lazyre import lazy

_LINE_MAX = 600  # a menu of a dozen columns; a longer line is text
# a site-relative address ending as a page does, not part of a longer address or word ('src/lagou/index.html' in a
# sentence has no slash first; 'www.x.cn/a.html' is a site's address, not a link's target)
_PATH = lazy(r"(?<![A-Za-z0-9_.:/-])/[A-Za-z0-9_./-]{0,200}\.(?:s?html?|jsp|aspx?|php)(?![A-Za-z0-9_])")
_LABEL_MAX = 20  # a column's name (with the menu's counter glued to the first: '3214政务公开')
_LINKS_MIN = 2
_SENTENCE = frozenset("。，；！？,;!?：:")
_SEP = r"(?:>>|>|»|›|＞＞|＞|→)"
_CRUMB = r"[^<>»›＞→。！？，；?!\n]{1,30}"
_TRAIL_TAIL = lazy(rf"[ \u3000]*{_SEP}{_CRUMB}(?:{_SEP}{_CRUMB}){{0,8}}[ \u3000]*")  # '> 政务公开 > 重要公告'
_HOME = frozenset(("首页", "首頁", "网站首页", "主页", "主頁"))


def link_menu(text: str) -> bool:
    """A line of column names each glued to its link's address: the site's menu, no reading text."""
    if len(text) > _LINE_MAX or "/" not in text:
        return False
    labels, at, links = [], 0, 0
    for m in _PATH.finditer(text):
        labels.append(text[at:m.start()])
        at, links = m.end(), links + 1
    labels.append(text[at:])
    return links >= _LINKS_MIN and all(len(t.strip()) <= _LABEL_MAX and not _SENTENCE & set(t) for t in labels)


def _trail_head(text: str) -> bool:
    """'当前位置：首页', '首页': the line a trail starts on."""
    text = text.strip()
    return text in _HOME or debris.trail_line(text)


def mark_portal_nav(texts: list[str], reasons: list[str]) -> None:
    """Mark a portal's link menu and a trail's tail ('> A > B', under its dropped '当前位置：首页') as chrome."""
    for i, text in enumerate(texts):
        if reasons[i]:
            continue
        if link_menu(text):
            reasons[i] = "chrome"
        elif i and reasons[i - 1] == "chrome" and _trail_head(texts[i - 1]) and len(text) <= 200 \
                and _TRAIL_TAIL.fullmatch(text):
            reasons[i] = "chrome"
