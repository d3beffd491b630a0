"""Lines that point the reader elsewhere, never a section's title: a web page's link ('了解更多 》', '詳細資訊 》') and a
report's pointer to a figure or a table ('具体见图 4.6', '其RTL描述详见附表 4', '如图3所示'). A title names what
follows it; these send the reader to another place. Each look is one anchored match or a scan of one line: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph

# '》' closing no '《' is a link's arrow ('了解更多 》'), as '>' and '〉' are (furniture.furniture_line)
_ARROWS = "》»"
_LINK_MAX = 30  # '詳細資訊 》 軟體網頁在地化專案': the link's words and what it names
# '(详)见图 4.6', '参见表2', '详见附表 4', '如图3所示': a sentence sending the reader to a numbered figure or table
_REFERENCE = lazy(r"(?:(?<![意可预預少罕常偏])(?:见|見)|参看|參看|参阅|參閱|如)"  # not '意见表', '常见表格'
                  r"[ 　]?(?:附|下|上)?[图表圖][ 　]*[-－‐]?[ 　]*[0-9０-９]")
_REFERENCE_MAX = 30  # a sentence's length, no paragraph's
# What a link says of itself or of where the rest is: '链接戳这里', '点击此处' (click here), '更详细的说明可以看 RedisMap说明'
# (more: see there), '详细内容单独写了一个章节进行记录' (the details: another chapter), '以PDF格式打开以太坊白皮书' (the
# download). Each phrase is a fixed word pair a few characters apart, no title's words ('更好看的界面', '下载与安装')
_LINK_WORDS = lazy(r"(?:戳|点击|點擊|点|點)[ 　]?(?:这里|這裡|这儿|這兒|此处|此處)"
                   r"|(?:更多|更|详细|詳細|具体|具體|完整)[^，。,；;]{0,8}?(?:可以|可|请|請)[ 　]?"
                   r"(?:看|见|見|查看|参见|參見|参阅|參閱|参考|參考|移步)"
                   r"|(?:详细|詳細|具体|具體)(?:的)?(?:内容|內容|说明|說明|过程|過程|步骤|步驟)[^，。,；;]{0,4}?(?:单独|單獨|另外|另)"
                   r"[^，。,；;]{0,8}?(?:章节|章節|文章|一篇|文档|文檔|记录|記錄)"
                   r"|(?:PDF|pdf)[ 　]?(?:格式|版)?[ 　]?(?:打开|打開|下载|下載|阅读|閱讀)|(?:打开|打開|下载|下載)[ 　]?(?:PDF|pdf)")


def points_elsewhere(text: str) -> bool:
    """'了解更多 》' or '具体见图 4.6': a link's arrow or a pointer to a figure or a table, no title, nor a link's own
    words ('链接戳这里', '更详细的说明可以看 …'); '《论语》' and '图书馆' are left alone."""
    text = text.strip()
    if not text or len(text) > max(_LINK_MAX, _REFERENCE_MAX):
        return False
    if any(a in text for a in _ARROWS) and "《" not in text and "«" not in text:
        return True
    return _REFERENCE.search(text) is not None or _LINK_WORDS.search(text) is not None


def drop_pointers(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """An unnumbered title that points elsewhere ('了解更多 》', '具体见图 4.6') is a link or a sentence: not kept."""
    for c in candidates:
        if c.accepted and not c.numbered() and points_elsewhere(paragraphs[c.index].text):
            c.accepted = False
            c.reason = "it points elsewhere (a link's '》', '详见附表 4'): no section"
