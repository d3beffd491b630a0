"""Rule tables for the debris around and inside articles: page chrome, document-site junk, ads, captions, pinyin.

Each rule names a class of debris (a widget row, a file-size label, a group ad), never a string from one page.
Classification is per line; the few constructs that span lines (font-size widgets split one token per line,
breadcrumbs, 'related' tails, wrapped ads) are handled by `classify_lines` with a little state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.text.aboutus import about_sections
from reader.text.emptylabels import empty_labels
from reader.text.fold import fold
from reader.text.lazyre import lazy
from reader.text.markers import match_heading
from reader.text.pages import page_footer, page_footers
from reader.text.relatedtail import related_tail
from reader.text.wikichrome import mark_wiki_chrome
from reader.text.slots import page_slots
from reader.text.yearlines import keep_year_dividers

# Widget labels that make up toolbars, share rows and login bars; a line made only of these is chrome.
WIDGET_WORDS = (
    "登录 登陆 登錄 注册 註冊 退出 加入收藏夹 加入收藏 收藏本页 收藏本文 收藏 設為首頁 设为首页 打印本页 打印本文 打印 "
    "列印 关闭窗口 关闭本页 关闭 關閉 分享到微信 分享到微博 分享到QQ空间 分享到QQ 分享到 分享 全屏 下载 下載 返回顶部 "
    "回到顶部 返回首页 返回列表页 返回列表 返回 首页 首頁 纠错 我要纠错 字号 字體 字体 默认 加大 还原 減小 减小 放大 缩小 上一篇 "
    "下一篇 上一页 下一页 复制链接 复制 在手机上打开 手机版 无障碍 繁体 简体 繁體 簡體 微信 微博 QQ空间 朋友圈 QQ 点赞 "
    "评论 評論 举报 推荐 顶 踩 更多 English RSS 字号大小 打印文章 关闭文章 手机阅读 保存 发送 邮件 E-mail 在看 赞赏 留言 "
    "写留言 阅读原文 长者模式 关怀模式 适老化 老年模式 智能问答 网站地图 網站地圖 站点地图 站點地圖 站内搜索 搜索 高级搜索 政务微博 政务微信 "
    "查看视频 观看视频 播放视频 全文下载 下载全文 word下载 pdf下载 下载word 下载pdf "
    # the same widgets in Taiwan's words (OpenCC s2twp): 列印 for 打印, 視窗 for 窗口, 影片 for 视频 …
    "傳送 儲存 列印文章 列印本文 列印本頁 在手機上開啟 字型 搜尋 播放影片 智慧問答 檢視影片 登入 站內搜尋 複製連結 觀看影片 "
    "關閉視窗 預設 高階搜尋"
).split()
# One-character size labels: widget tokens only inside a font-size widget, never on their own elsewhere.
_SIZE_WORDS = set("大 中 小 特大 较大 标准 默认 A A+ A- 超大 巨大 大号 中号 小号".split())
_SIZE_BUTTONS = set("加大 还原 減小 减小 放大 缩小 默认".split())
_SEPARATORS = r"\s|｜/\\>»«<〉〈›‹\[\]【】()（）:：·•,，、\-—_=+↗→"  # a link's arrow: '查看视频 ↗'
_SEPARATOR_CHAR = lazy(r"[" + _SEPARATORS + r"]")
# A lone '（' starts a broken heading and a lone '，' or '。' ends a wrapped line: rewrapping joins those instead.
_SEPARATOR_ONLY = lazy(r"^(?![（(，,、：:]+$)[" + _SEPARATORS + r"×✕*#~]+$")
_FONT_WIDGET = lazy(r"^[【\[(（]?\s*(文字大小|字体大小|字號大小|字号|字號|字体|字體)\s*[:：]?")
_SIZE_LINE = lazy(r"^[【\[(（]?\s*(" + "|".join(map(re.escape, sorted(_SIZE_WORDS, key=len, reverse=True)))
                  + r"|加大|还原|減小|减小|放大|缩小|默认)?\s*[】\])）]?$")

_BREADCRUMB = lazy(r"^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|现在位置|所在位置|您當前的位置|目前位置|"
                   r"當前位置|您的位置是|[您你](?:现在|現在|当前|當前|目前)?所在的?位置(?=\s|[:：]|$))\s*[:：]?")  # '您所在的位置：'
_CRUMB_SEP = lazy(r"^(>|>>|»|›|/|→|-|＞|＞＞|》|》》)$")
_PREV_NEXT = lazy(r"^[【\[]?(上一篇|下一篇|上一条|下一条|上篇|下篇|上一頁|下一頁|上一篇文章|下一篇文章)[】\]]?\s*[:：]")
_PREV_NEXT_AFTER = lazy(r"[^。！？；，,\s][^。！？；]{0,39}[ \t\u3000]+(上一篇|下一篇|上一頁|下一頁)")  # '自由意志 上一篇':
# a blog theme's link to the next post, its title then the label (Hexo's Fluid, NexT)
_HOME = {"首页", "首頁", "网站首页", "主页", "主頁"}
_NAVIGATION = _HOME | {"返回首页", "返回首頁", "返回列表", "返回列表页", "返回列表頁", "返回", "返回目录", "返回目錄", "返回顶部", "回到顶部", "上一篇",
                       "下一篇", "上一页", "下一页", "上一頁", "下一頁"}
_SHARE_LABELS = {"分享到", "分享至", "分享给", "分享給", "分享本文", "分享此文", "分享文章"}
_INLINE_CRUMBS = lazy(r"^(首页|首頁|网站首页|主页)\s*(>|>>|»|›|/|→|＞|-|－|—)")  # "首页-公告" too
# 'X >> Y' or 'A > B > C' as a page's first line: the trail to the document, whatever its first crumb is called
_CRUMB = r"[^<>»›＞。！？，；?!\n]{1,30}"
_CRUMB_TRAIL = lazy(rf"{_CRUMB}(?:(?:>>|»|›|＞＞){_CRUMB}){{1,5}}|{_CRUMB}(?:[>＞]{_CRUMB}){{2,5}}")  # 'A > B' alone may be a title
_CRUMB_LINES, _CRUMB_AT = 2, 6  # the page's first two lines of its own, among its first six

_COUNT = (r"[【\[(（]?\s*(?:阅读量|阅读数|阅读次数|阅读|閱讀|浏览量|浏览次数|浏览|瀏覽次數|点击量|点击数|点击率|點擊|访问量|"
          r"评论数|评论|点赞|赞|查看|回复|回覆|回帖)\s*[:：]?\s*[\d,.]+\s*[万wW千kK+]?\s*(?:次|人)?\s*[】\])）]?")
# '阅读 1234', a forum's '查看: 8901|回复: 67': counters alone or in a row
_COUNTER = lazy(rf"^{_COUNT}(?:\s*[|｜/]\s*{_COUNT}){{0,3}}$")
_READING_TIME = lazy(r"[^。，]{0,20}?[0-9][0-9.,]*\s*[kKwW千万]?\s*[个個]?字[，,、]?[^。，]{0,24}?[0-9]+(?:\.[0-9]+)?\s*"
                     r"(?:分钟|分鐘|min)[^。，]{0,6}(?:[，,][^。，]{0,10})?[。.]?")
# '字数统计: 2.2k 字 | 阅读时长 ≈ 7 分钟', '1k 字 10 分钟': a blog's count of words and minutes under its title
_SCAN = lazy(r"扫一扫|掃一掃|扫描二维码|扫码(阅读|分享|关注|打开)|微信扫|用手机(看|打开|阅读)|手机扫描")
_SHARE_TO = lazy(r"(?:分享|转发|轉發)(?:到|至|给|給)[^。，！？\s]{0,8}(?:朋友圈|好友|微信|微博|QQ空间|QQ)")  # a share row's
# prompt as a line of its own ('分享至好友和朋友圈', '转发给微信好友')
_CLICK = lazy(r"点击(图片|圖片|这里|此处|查看|进入|阅读|下载|播放|链接)|點擊(圖片|這裡|此處|查看|進入)|进入专题|進入專題")
_COPYRIGHT = lazy(r"^(版权所有|版權所有|copyright|©|主办单位|主辦單位|承办单位|网站标识码|[京沪粤浙苏鲁川渝]?ICP备|"
                  r"联系我们|網站地圖|网站地图|免责声明|关于我们)", re.IGNORECASE)
# '北京亿众时代科技有限公司版权所有': a page's owner closing its footer (or the tail a wrap cut from its copyright line)
_OWNED = lazy(r"[^。！？]{0,40}(版权所有|版權所有|保留所有权利|保留所有權利|all rights reserved\.?)", re.IGNORECASE)
# '← 第3章 理论基础', '第5章 声明式编程 →', '← 返回目录': a book site's links to the chapters beside this one
_PAGER = lazy(r"←\s*\S.{0,58}|\S.{0,58}\s*→")
_RELATED = lazy(r"^[【\[]?(相关报道|相关新闻|相关文档|相关文章|相关链接|相关阅读|延伸阅读|推荐阅读|热点推荐|往期回顾|往期推荐|"
                r"精彩回顾|往期精选|历史文章|热门文章|更多精彩|"
                r"相關報導|相關新聞|相關文章|相關連結|相關閱讀|延伸閱讀|猜你喜欢|为你推荐|热门推荐|精彩推荐|"
                r"获取更多[^\s:：]{0,10}|獲取更多[^\s:：]{0,10}|相关附件|相關附件)[】\]]?\s*[:：]?\s*(?:>>|»|＞＞|》)?\s*$")  # a feed's '获取更多RSS：' links

# Document-sharing sites (文库-like): labels, counters and buttons around an uploaded document.
_CUT_TAG = lazy(r'="[^"<>]*"\s*/?>')  # an attribute closing its tag
_CJK = lazy("[\u4e00-\u9fff]")
_ICON_ONLY = lazy("[\\s]*[\ue000-\uf8ff][\ue000-\uf8ff\\s]*")  # private-use glyphs only: an icon font's
_PLACEHOLDER = lazy(r"(?:Loading|loading|LOADING|加载中|加載中|載入中|正在加载|正在載入)\s*(?:\.{2,6}|…{1,2}|。{3})?")
_SITE_JUNK = lazy(
    r"^(VIP\S{0,6}|\S{0,4}VIP|\d{1,7}\+?|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})|"
    r"\d+(\.\d+)?\s*[KMG]i?B|(共\s*)?\d+\s*[页頁](\s*[/，,]?\s*共\s*\d+\s*[页頁])?|"
    r"第\s*\d+\s*[页頁](\s*[/，,]?\s*共\s*\d+\s*[页頁])?|[-—]\s*\d+\s*[-—]|\d+\s*/\s*\d+|"
    r"(?:#{1,6}\s*)?page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|"  # a converter's '## Page 3' over a PDF page's text
    r"海报|海報|侵权投诉|侵權投訴|版权投诉|举报|举报文档|下载文档|立即下载|免费下载|文档下载|下载积分.*|积分下载|"
    r"阅读全文|继续阅读|全文阅读|展开全文|点击查看全文|查看全文|展开阅读全文|摘要|摘要[:：]|展开|收起|展开>+|收起<+|"
    r"展开全部|收起全部|开通VIP|加入VIP|成为VIP|VIP免费下载|上传者[:：]\s*\S{1,20}|贡献者[:：]\s*\S{1,20}|文档格式.*|原创力文档|百度文库|道客巴巴|豆丁网|"
    r"付费文档|免费文档|精品文档|专业文档|相似文档|相关文档推荐|本文档.*下载.*|\d+(\.\d+)?\s*积分|\d+\s*人已下载|"
    r"已阅读\s*\d+.*|下载\s*\d+.*次|预览\s*\d+.*页|[\d.]+\s*(分|星)|评分\s*[\d.]+)$",
    re.IGNORECASE,
)
_ABSTRACT = lazy(r"^(摘要|內容摘要|内容摘要|简介|簡介|文档简介)\s*[:：]?\s*$")

# Promotional lines: a contact channel with a call to join it, or a handle to copy.
_CHANNEL = r"(微信号|微信群|微信|公众号|公眾號|[Qq]{2}群|[Qq]{2}|V信|[Vv][Xx]|[Ww][Xx]|交流群|读者群|粉丝群)"
_PROMO = lazy(
    r"(加|添加|加入)(我们的|我的|小编|客服|作者)?" + _CHANNEL
    + r"|(关注|搜索|長按識別|长按识别|识别二维码)\S{0,6}(公众号|公眾號|微信号|二维码)"
    r"|" + _CHANNEL + r"\s*[:：]\s*[A-Za-z0-9_\-]{5,}"
    r"|(扫码|掃碼|扫描二维码|扫一扫)\S{0,2}(关注|进群|加群|领取|获取|添加|下载|免费|咨询)"
    r"|(进|加入)(微信群|[Qq]{2}群|交流群|读者群|粉丝群)"
    r"|" + _CHANNEL + r"\S{0,10}(免费领取|领取|免费获取|获取资料|素材|范文|优惠券)"
    r"|更多\S{0,12}(素材|资料|范文|文稿)\S{0,12}(请|可|欢迎)?(加|关注|搜索|访问|联系)"
    r"|点击(上方|下方|上面|下面|蓝字|关注)|关注我们|设为星标|星标我们|置顶公众号"
)
_PROMO_HINT = lazy("微信|公众号|公眾號|QQ|qq|群|V信|vx|VX|wx|WX|二维码|扫|掃|更多|点击|关注|星标")
_PROMO_TAIL = lazy(r"免费|素材|资料|范文|获取|获得|領取|领取|更新|下载|优惠|海量|每日|福利")
_CAPTION = lazy(r"(本报记者|新华社记者|记者|記者|通讯员|摄影|攝影|图\s*[/／:：]|圖\s*[/／:：])\s*\S{0,8}\s*摄[)）]?$"
                r"|^[(（]?\s*(图|圖|摄影|攝影)\s*[/／:：]\s*\S{2,8}\s*[)）]?$|[\s\u3000]\S{2,4}\s*摄[)）]?$")

_TERMINAL = "。！？!?；;…"


def might_promote(text: str) -> bool:
    """Cheap test before the promotional patterns: does the text name a channel at all?"""
    return _PROMO_HINT.search(text) is not None


_NAV_ITEMS = lazy(r"[|｜]")


def _nav_bar(text: str) -> bool:
    """'无障碍 | 长者模式 | English': three or more short labels between bars, no sentence."""
    items = [t.strip() for t in _NAV_ITEMS.split(text)]
    return len(items) >= 3 and all(0 < len(t) <= 8 for t in items) and not any(c in text for c in "。，；")


@lru_cache(maxsize=1)
def _widget_words_by_initial() -> dict[str, tuple[str, ...]]:
    """Widget words (folded: either script, any width or case) by their first character, for the row test below."""
    table: dict[str, list[str]] = {}
    for word in map(fold, WIDGET_WORDS):
        table.setdefault(word[0], []).append(word)
    return {k: tuple(v) for k, v in table.items()}


def is_widget_row(text: str) -> bool:
    """A line made only of widget words and separators ('返回首页 | 打印 | 关闭').

    The words overlap (返回首页 = 返回 + 首页), so a regular expression over them backtracks exponentially on a line
    that almost matches; this walks the line once, keeping the set of positions a split into words can reach.
    """
    words = _widget_words_by_initial()
    first = fold(text[:1])  # (fold is one character for one: the line's first as folded with the line)
    if not first or first not in words and _SEPARATOR_CHAR.match(first) is None:
        return False  # nothing starts at the line's start: no split reaches its end (most lines, without a fold)
    line = fold(text)  # '查看視頻 ↗' as '查看视频 ↗'; the same length, so positions hold
    n = len(line)
    reachable = bytearray(n + 1)
    reachable[0] = 1
    found_word = False
    for i in range(n):
        if not reachable[i]:
            continue
        if _SEPARATOR_CHAR.match(line, i):
            reachable[i + 1] = 1
        for word in words.get(line[i], ()):
            if line.startswith(word, i):
                reachable[i + len(word)] = 1
                found_word = True
    return bool(reachable[n]) and found_word and not all(_SEPARATOR_CHAR.match(c) for c in line)


def navigation(text: str) -> bool:
    """'返回首頁', '上一篇', '分享到': a link away from the page or a share row's label, chrome even where the mark-up
    sets it as a heading (a site's <h3>分享到</h3>)."""
    bare = _SEPARATOR_CHAR.sub("", text)
    return bare in _NAVIGATION or bare in _SHARE_LABELS


def _cut_tags(text: str) -> bool:
    """The line holds tags whose openings a scraper cut off (an XML listing's indented 'Target="x.xml"/>' is code)."""
    return text[:1] not in " \t" and "<" not in text and _CUT_TAG.search(text) is not None


def cut_tags_end(text: str) -> int:
    """Where a line's own text starts after tags a scraper cut the openings off ('…gywm.css"/> 关于我们'); 0: none."""
    end = text.rfind(">") + 1 if _cut_tags(text) else 0
    return end if end and _CJK.search(text, end) else 0


def line_reason(text: str) -> str:
    """Class of debris a single line belongs to, judged on its own: '' for content."""
    if _cut_tags(text) and not cut_tags_end(text):
        return "site-junk"  # 'web/image/gywm.jpg" alt="呵护地球" style="…" />': tags a scraper cut the openings off
    if len(text) > 120:
        return ""  # a paragraph, not a line of debris (no promotion scan over a 2 MB line)
    promo = might_promote(text) and bool(_PROMO.search(text)) and not _sentence_like(text)
    if len(text) > 80:
        return "promo" if promo else ""
    if _SEPARATOR_ONLY.match(text) or is_widget_row(text) or _nav_bar(text):
        return "chrome"
    if _BREADCRUMB.match(text) or _INLINE_CRUMBS.match(text) or _COUNTER.match(text) or _COPYRIGHT.match(text) \
            or _PREV_NEXT.match(text) or _PREV_NEXT_AFTER.fullmatch(text.strip()) or _OWNED.fullmatch(text.strip()) \
            or _PAGER.fullmatch(text.strip()) \
            or (len(text) <= 60 and _READING_TIME.fullmatch(text.strip())):
        return "chrome"
    if (_SCAN.search(text) or _SHARE_TO.fullmatch(text.strip()) or _CLICK.search(text) and match_heading(text) is None) \
            and len(text) <= 40:
        return "chrome"  # a section's or a step's number makes it text: '二、招生流程（点击查看具体流程）', '3. 点击下载…'
    if len(text) <= 30 and (_font_widget(text) or _ICON_ONLY.fullmatch(text) or _PLACEHOLDER.fullmatch(text.strip())):
        return "chrome"  # '\ue62b' (an icon font's glyph), 'Loading...': a page's widgets without their look
    if _SITE_JUNK.match(text) or page_footer(text):
        return "site-junk"
    if promo:
        return "promo"  # a line with several sentences keeps them; the ad sentence alone goes later
    if _CAPTION.search(text) and len(text) <= 50:
        return "caption"
    return ""


def _sentence_like(text: str) -> bool:
    """Long text with several sentences is an article's paragraph even when it mentions WeChat."""
    return sum(text.count(c) for c in "。！？") >= 2


def is_promo_sentence(sentence: str) -> bool:
    """A sentence inside a paragraph that is an ad (a channel to join plus a call to act)."""
    return len(sentence) <= 80 and might_promote(sentence) and bool(_PROMO.search(sentence))


_SIZE_BUTTON_ROW = lazy(r"(?:[Aa][+＋\-－]?\s*[大中小]\s*){2,3}")  # 'A+大A+中A+小': the buttons, unlabelled


def _font_widget(text: str) -> bool:
    """'【字号：大 中 小】', '字体 A A+ A-': a page's size buttons; '字体映射', '字号规范' name a section on type."""
    m = _FONT_WIDGET.match(text)
    if m is None:
        return _SIZE_BUTTON_ROW.fullmatch(text.strip()) is not None
    rest = _SEPARATOR_CHAR.sub(" ", text[m.end():]).split()
    return m.group(0).rstrip()[-1:] in ":：" or all(w in _SIZE_WORDS or w in _SIZE_BUTTONS for w in rest)


def classify_lines(texts: list[str]) -> list[str]:
    """Reason per line ('' keeps it), with the multi-line widgets, breadcrumbs, wrapped ads and tails."""
    n = len(texts)
    judged: dict[str, str] = {}  # pages repeat their furniture (and hostile files their lines): judge each once
    reasons = [judged[t] if t in judged else judged.setdefault(t, line_reason(t)) for t in texts]
    i = 0
    while i < n:
        t = texts[i]
        if reasons[i] == "chrome" and _FONT_WIDGET.match(t):
            j = i + 1  # the size labels that follow, one per line, up to the closing bracket
            while j < n and j - i <= 8 and _SIZE_LINE.match(texts[j]):
                reasons[j] = "chrome"
                j += 1
            i = j
            continue
        m = _BREADCRUMB.match(t)
        prefix_only = bool(m) and reasons[i] == "chrome" and not t[m.end():].strip()
        home_first = t in _HOME and i + 1 < n and bool(_CRUMB_SEP.match(texts[i + 1]))
        if prefix_only or home_first:
            i = _breadcrumb(texts, reasons, i + 1, expect_item=prefix_only)
            continue
        if reasons[i] == "promo" and not t.endswith(tuple(_TERMINAL)):
            j = i + 1  # an ad wrapped over a second line
            if j < n and len(texts[j]) <= 50 and _PROMO_TAIL.search(texts[j]) and not reasons[j]:
                reasons[j] = "promo"
        i += 1
    own = [i for i in range(min(_CRUMB_AT, n)) if not reasons[i]][:_CRUMB_LINES]  # past a login row ('登录 注册')
    for i in own:
        if len(texts[i]) <= 120 and _CRUMB_TRAIL.fullmatch(texts[i].strip()):
            reasons[i] = "chrome"
    _crumbs_repeated(texts, reasons)
    related_tail(texts, reasons, _RELATED)
    empty_labels(texts, reasons, _RELATED)
    _table_cells(texts, reasons)
    mark_wiki_chrome(texts, reasons)  # a wiki page's tagline and contents box, saved as text
    page_slots(texts, reasons)  # '官方微博', '广告', '友情链接' alone, not a table's cell
    keep_year_dividers(texts, reasons)
    _repeated_links(texts, reasons)
    about_sections(texts, reasons)  # '关于我们' over the company's description heads it
    for i in page_footers(texts):
        reasons[i] = "site-junk"  # a page's foot, its number beside the same words each time (a copyright too)
    return reasons


_LINK_LABEL = lazy(r"(原始網址|原始网址|原文連結|原文链接|原文連接|原文地址|原文網址|本文链接|本文鏈接|文章链接|文章鏈接|"
                   r"来源链接|來源連結|網址|网址|電子郵件|电子邮件|電郵|邮箱|郵箱|E-?mail)\s*[:：]\s*", re.IGNORECASE)
_LINK_VALUE = lazy(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK_REPEATS = 3


def _repeated_links(texts: list[str], reasons: list[str]) -> None:
    """'原始網址：' over a URL, '電子郵件:' over an address, after every item of a feed: furniture when it repeats."""
    found: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        m = _LINK_LABEL.match(text.strip()) if len(text) <= 200 else None
        if m is None:
            continue
        rest = text.strip()[m.end():]
        if rest and _LINK_VALUE.fullmatch(rest):
            found.setdefault(m.group(1).lower(), []).extend(_with_tail(texts, i))
        elif not rest and i + 1 < len(texts) and _LINK_VALUE.fullmatch(texts[i + 1].strip()):
            found.setdefault(m.group(1).lower(), []).extend((i, *_with_tail(texts, i + 1)))
    for lines in found.values():
        if len(lines) >= _LINK_REPEATS:
            for i in lines:
                reasons[i] = reasons[i] or "chrome"


# The rest of an address a hard wrap cut ('…/1800770-20250417.h' over 'tm'): URL characters only, no space
_URL_TAIL = lazy(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]{1,80}")
_URL_CUT = 30  # a line shorter than this was not cut by a wrap


def _with_tail(texts: list[str], i: int) -> tuple[int, ...]:
    """The address's line, and the line under it when that holds the rest of an address the wrap cut."""
    if i + 1 < len(texts) and len(texts[i].strip()) >= _URL_CUT and _URL_TAIL.fullmatch(texts[i + 1].strip()):
        return i, i + 1
    return (i,)


_BARE_INTEGER = lazy(r"\d{1,7}")
_VALUE_CELL = lazy(r"[>＞<≥≤+\-—–~～0-9０-９.．,，%％/ ]{1,16}")  # '72.45', '>79', '—', '32/28'


def _table_cells(texts: list[str], reasons: list[str]) -> None:
    """'16' among '—', '17.1', '13': a table set one cell per line, not a page number; page numbers stand among prose."""
    kinds: dict[int, int] = {}  # each line's cell, read once: a run of numbers is every one's neighbour four times

    def kind(j: int) -> int:
        """0: no value cell; 1: a bare integer; 2: another value ('—', '17.1')."""
        if (known := kinds.get(j)) is None:
            t = texts[j].strip()
            known = kinds[j] = 0 if not _VALUE_CELL.fullmatch(t) else 1 if _BARE_INTEGER.fullmatch(t) else 2
        return known

    for i, text in enumerate(texts):
        if reasons[i] != "site-junk" or not _BARE_INTEGER.fullmatch(text.strip()):
            continue
        near = [kind(j) for j in range(max(0, i - 2), min(len(texts), i + 3)) if j != i]
        if len(near) - near.count(0) >= 2 and 2 in near:
            reasons[i] = ""


def _breadcrumb(texts: list[str], reasons: list[str], j: int, expect_item: bool) -> int:
    """Breadcrumbs one item per line (item, separator, item …); returns the first line after them."""
    n = len(texts)
    crumbs: set[str] = set()
    while j < n and len(texts[j]) <= 16 and not any(c in texts[j] for c in "。，,；"):
        if _CRUMB_SEP.match(texts[j]):
            expect_item = True
        elif expect_item:
            crumbs.add(texts[j])
            expect_item = False
        else:
            break  # an item not preceded by a separator: the crumbs have ended
        reasons[j] = "chrome"
        j += 1
    while j < n and texts[j] in crumbs:  # a channel label repeating the last crumb
        reasons[j] = "chrome"
        j += 1
    return j


_CRUMB_SPLIT = lazy(r"\s*(?:>>|>|»|›|＞＞|＞|→)\s*")
_CRUMB_NEAR = 3  # the section's name sits right over or under the trail
_CRUMB_NAME_MAX = 12


def _crumbs_repeated(texts: list[str], reasons: list[str]) -> None:
    """'规章制度' over '首页 > 规章制度 > 自律公约': a section the trail passes through, named again beside it, is
    navigation like the trail; the trail's last name is the page's own, which may head it ('协会章程')."""
    for i, text in enumerate(texts[:200]):  # a page's trail sits near its top
        if reasons[i] != "chrome" or not (_BREADCRUMB.match(text) or _INLINE_CRUMBS.match(text)):
            continue
        m = _BREADCRUMB.match(text)
        names = {c for c in _CRUMB_SPLIT.split(text[m.end():] if m else text)[:-1]
                 if 2 <= len(c) <= _CRUMB_NAME_MAX and c not in _HOME}
        for j in range(max(0, i - _CRUMB_NEAR), min(len(texts), i + _CRUMB_NEAR + 1)):
            if not reasons[j] and texts[j].strip() in names:
                reasons[j] = "chrome"


def trail_line(text: str) -> bool:
    """'当前位置：首页 > 新闻', '您所在的位置：': a breadcrumb trail's line."""
    return _BREADCRUMB.match(text) is not None


def separator_line(text: str) -> bool:
    """'---', '***': a rule drawn between parts, no widget."""
    return bool(_SEPARATOR_ONLY.match(text))


def is_abstract_marker(text: str) -> bool:
    """'摘要：' lines that introduce a repeat of the opening on document sites."""
    return bool(_ABSTRACT.match(text))
