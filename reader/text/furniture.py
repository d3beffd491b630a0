"""Page furniture among short lines: date stamps, bylines, widgets, photo captions and a story's printed source,
never unnumbered headings."""

from __future__ import annotations


from reader.text.lazyre import lazy

_FIGURE = r"[图表圖][ 　]*[-－‐]?[ 　]*(?:[A-Z][.．]?)?[0-9０-９]"  # '图4.4 …', '表 2 …': a figure's or a table's number
_STAMP = lazy(rf"^[0-9０-９]+[-/.:：](?=[0-9０-９\s]|$)|^{_FIGURE}|^(?:来源|來源|时间|時間)(?:[\s：:0-9０-９]|$)")
_DATE = lazy(r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月|[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日")
# ('2024-05-06', '12:30'; not '1979：早期文件系统工作', a year over a history's part)
_BYLINE = lazy(r"作者|编辑|編輯|记者|記者|通讯员|通訊員|发布|發布|责任|責任|图片|圖片|摄影|攝影|点击|點擊|扫码|掃碼|关注|關注|"
               r"分享|收藏|打印|阅读|閱讀")
_LABEL_END = lazy(r"(?:编辑|編輯)?[ 　]*[：:]")  # '责任编辑：', '作者:'
# A photo's caption names the scene or the person shown: '培训会现场', '与会人员合影', '图为…', '副部长印兴波讲话'
# ('…上的讲话' titles a speech, not a photo).
_CAPTION = lazy(r"(?:现场|現場|合影|合照|留影|留念|掠影|剪影|一角)$|^(?:图为|圖為)|(?<!的)(?:讲话|講話|致辞|致辭|发言|發言)$")
_CAPTION_MAX = 24
# A photo's credit, wherever in the line: '梁文道 图片来源：受访者供图', '会场一角 李明/摄'
_PHOTO_CREDIT = lazy(r"图片来源|圖片來源|图源[：:]|圖源[：:]|供图|供圖|[ 　/／](?:摄|攝)$|(?:摄影|攝影)[：:]"
                     # a credit in brackets, a file picture, an agency's: '（新华社记者 李明 摄）', '（资料图）',
                     # '图/视觉中国', '新华社发（张三 摄）'
                     r"|(?:摄|攝)[ 　]*[）)]$|资料图(?!书)|資料圖(?!書)|^[（(]?(?:图|圖)[ 　]*[/／:：|｜]"
                     r"|(?:新华社|新華社|中新社)(?:发|發)(?:$|[ 　（(])|(?:视觉中国|視覺中國|东方IC|東方IC)[）)]?$")
# The person a photo shows, by post and name: '集团党委副书记 周凯', '董事长魏华山' (a name opens with a common surname:
# '…主任任命' / '…经理办公会' go on with no name)
_POSTED = lazy(r"(?:书记|書記|主任|院长|院長|校长|校長|部长|部長|局长|局長|厅长|廳長|处长|處長|主席|董事长|董事長|总经理|總經理|"
               r"总监|總監|教授|研究员|研究員|秘书长|秘書長|理事长|理事長|会长|會長|总裁|總裁|市长|市長|县长|縣長|区长|區長|"
               r"省长|省長|所长|所長|馆长|館長|社长|社長|行长|行長|负责人|負責人)[ 　]?"
               r"[王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁"
               r"潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛"
               r"闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯][\u4e00-\u9fff]{1,2}$")
# A story's printed source: the paper, the day and the page ('《光明日报》（ 2022年02月13日 02版）')
_PRINTED = lazy(r"《[^》]{2,12}》\s*[（(]\s*[0-9０-９]{4}\s*年[^（）()]{3,16}版\s*[）)]")
_TIMED = lazy(r"\s*[0-9]{1,2}:[0-9]{2}\s*[-–—~～]\s*[0-9]{1,2}:[0-9]{2}\s+(?=[^\s0-9]).*[\u4e00-\u9fff]{2}")  # '00:30 -
# 01:10 顶部与整体结构': a part of a talk or a day's programme named after its time, no stamp
# '专访清华大学校长王希勤': a headline names its guest by post too
_MEETING = lazy(r"专访|專訪|对话|對話|访谈|訪談|采访|採訪|走近|走進|走进|寄语|寄語")
_CREDITED_MAX = 40  # a caption with its credit ('2022年宝珀理想国文学奖 图片来源：理想国公众号')
_FURNITURE_REST = 8  # what a date stamp or a byline leaves besides itself: a weekday, a name
_JOINED = lazy(r"[\u4e00-\u9fff]{2}[和与與及][\u4e00-\u9fff]{2}")  # '洞察力和责任感': two nouns joined name a quality, and
# '甲方的义务责任' a party's duty; a byline ('本报记者 王五') joins and qualifies nothing


# A newsroom's credit line, its role then who: '撰文 张三', '监制 李四', '责编：王五', '实习生 赵六'; a wire's or a
# paper's dateline alone: '央视网消息', '本报讯（记者 张三）'
_CREDIT = lazy(r"[ \t\u3000]*[（(【□■]?[ \u3000]*(?:(?:撰文|监制|監製|策划|策劃|责编|責編|编审|編審|审核|審核|校对|校對|统筹|統籌"
               r"|实习生|實習生|美编|美編|摄像|攝像|出品人|[一二三终]审|[一二三終]審)[ \t\u3000]*[/／:：|｜ \t\u3000]"
               r"[ \t\u3000]*(?=[^ \t\u3000])"
               r"|(?:本报|本報|[\u4e00-\u9fff]{1,6}(?:网|網|社|台))(?:消息|讯|訊)(?:$|[ \t\u3000（(]))")
_CREDIT_MAX = 40


def credit_line(text: str) -> bool:
    """'撰文 张三', '监制 李四', '央视网消息': who wrote, checked or sent the story, at its head or its foot: no title."""
    return len(text) <= _CREDIT_MAX and _CREDIT.match(text) is not None


def furniture_line(text: str) -> bool:
    """A date stamp, a byline, a widget or a photo's caption ('2024年5月6日 星期一', '责任编辑：王五', '点击查看',
    '答疑现场'); a headline that mentions a date or a duty ('警方擬6月15日起實施…', '…社會責任貸款') is not one."""
    if _STAMP.search(text) and not _TIMED.match(text) or (len(text) <= _CAPTION_MAX and _CAPTION.search(text.strip())) \
            or _PRINTED.fullmatch(text.strip()):
        return True
    if len(text) <= _CREDITED_MAX and (_PHOTO_CREDIT.search(text.strip())
                                       or _POSTED.search(text.strip()) and not _MEETING.search(text)):
        return True  # a photo's credit or the person it shows: a caption, however long its own words run
    if credit_line(text):
        return True
    if text.rstrip().endswith((">", "＞")) or (text.rstrip().endswith("〉") and "〈" not in text):
        return True  # '邮件内容区开始>', '更多>', '頭條要聞 〉': a template's marker or a link's arrow, pointing on,
        # never a title ('读〈论语〉' closes its bracket)
    date = _DATE.search(text)
    if date and (date.start() == 0 or len(text) - len(date.group()) <= _FURNITURE_REST):
        return True
    byline = _BYLINE.search(text)
    return byline is not None and (byline.start() <= 1 or len(text) <= _FURNITURE_REST + 2 and "的" not in text
                                   and _JOINED.search(text) is None
                                   or _LABEL_END.match(text, byline.end()) is not None)


def photo_caption(text: str) -> bool:
    """'梁文道 图片来源：受访者供图', '图为执法人员在检查超市食品', '演练现场': a caption that says it is one stands where
    its picture stood, between a story's paragraph and the 小标题 below it (a person's name and post, '集团党委副书记
    周凯', may caption the picture over a photo story's next caption instead)."""
    text = text.strip()
    return len(text) <= _CREDITED_MAX and _PHOTO_CREDIT.search(text) is not None \
        or len(text) <= _CAPTION_MAX and _CAPTION.search(text) is not None


# The source under a chart or a box of facts: '资料来源：国家统计局', '資料提供：台北市新活力自立生活協會'
_SOURCED = lazy(r"[ \t\u3000]*(?:资料|資料|数据|數據)(?:来源|來源|提供|出处|出處)[ \t\u3000]*[：:]")


def source_note(text: str) -> bool:
    """'资料来源：…', '數據來源：…': the source a chart or a box of facts closes with, where its picture's caption
    would stand, between the story's text and the 小标题 after it."""
    return len(text) <= _CREDITED_MAX and _SOURCED.match(text) is not None


_CAPTIONED = lazy(rf"[ \t\u3000]*{_FIGURE}")


def figure_caption(text: str) -> bool:
    """'图4.4 单周期CPU结构图', '表 2 …': a figure's or a table's caption, numbered as the document numbers them."""
    return _CAPTIONED.match(text) is not None
