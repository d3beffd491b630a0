"""Page furniture among short lines: date stamps, bylines, widgets, photo captions and a story's printed source,
never unnumbered headings."""

from __future__ import annotations

import re

_FIGURE = r"[图表圖][ 　]*[-－‐]?[ 　]*(?:[A-Z][.．]?)?[0-9０-９]"  # '图4.4 …', '表 2 …': a figure's or a table's number
_STAMP = re.compile(rf"^[0-9０-９]+[-/.:：](?=[0-9０-９\s]|$)|^{_FIGURE}|^(?:来源|來源|时间|時間)(?:[\s：:0-9０-９]|$)")
_DATE = re.compile(r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日")
# ('2024-05-06', '12:30'; not '1979：早期文件系统工作', a year over a history's part)
_BYLINE = re.compile(r"作者|编辑|編輯|记者|記者|通讯员|通訊員|发布|發布|责任|責任|图片|圖片|摄影|攝影|点击|點擊|扫码|掃碼|关注|關注|"
                     r"分享|收藏|打印|阅读|閱讀")
_LABEL_END = re.compile(r"(?:编辑|編輯)?[ 　]*[：:]")  # '责任编辑：', '作者:'
# A photo's caption names the scene or the person shown: '培训会现场', '与会人员合影', '图为…', '副部长印兴波讲话'
# ('…上的讲话' titles a speech, not a photo).
_CAPTION = re.compile(r"(?:现场|現場|合影|合照|留影|留念|掠影|剪影|一角)$|^(?:图为|圖為)|(?<!的)(?:讲话|講話|致辞|致辭|发言|發言)$")
_CAPTION_MAX = 24
# A story's printed source: the paper, the day and the page ('《光明日报》（ 2022年02月13日 02版）')
_PRINTED = re.compile(r"《[^》]{2,12}》\s*[（(]\s*[0-9０-９]{4}\s*年[^（）()]{3,16}版\s*[）)]")
_TIMED = re.compile(r"\s*[0-9]{1,2}:[0-9]{2}\s*[-–—~～]\s*[0-9]{1,2}:[0-9]{2}\s+(?=[^\s0-9]).*[\u4e00-\u9fff]{2}")  # '00:30 -
# 01:10 顶部与整体结构': a part of a talk or a day's programme named after its time, no stamp
_FURNITURE_REST = 8  # what a date stamp or a byline leaves besides itself: a weekday, a name


def furniture_line(text: str) -> bool:
    """A date stamp, a byline, a widget or a photo's caption ('2024年5月6日 星期一', '责任编辑：王五', '点击查看',
    '答疑现场'); a headline that mentions a date or a duty ('警方擬6月15日起實施…', '…社會責任貸款') is not one."""
    if _STAMP.search(text) and not _TIMED.match(text) or (len(text) <= _CAPTION_MAX and _CAPTION.search(text.strip())) \
            or _PRINTED.fullmatch(text.strip()):
        return True
    if text.rstrip().endswith((">", "＞")) or (text.rstrip().endswith("〉") and "〈" not in text):
        return True  # '邮件内容区开始>', '更多>', '頭條要聞 〉': a template's marker or a link's arrow, pointing on,
        # never a title ('读〈论语〉' closes its bracket)
    date = _DATE.search(text)
    if date and (date.start() == 0 or len(text) - len(date.group()) <= _FURNITURE_REST):
        return True
    byline = _BYLINE.search(text)
    return byline is not None and (byline.start() <= 1 or len(text) <= _FURNITURE_REST + 2
                                   or _LABEL_END.match(text, byline.end()) is not None)


_CAPTIONED = re.compile(rf"[ \t\u3000]*{_FIGURE}")


def figure_caption(text: str) -> bool:
    """'图4.4 单周期CPU结构图', '表 2 …': a figure's or a table's caption, numbered as the document numbers them."""
    return _CAPTIONED.match(text) is not None
