"""Metadata lines of an article (来源 / 时间 / 作者 / 责任编辑 …), bylines, date lines, and the title."""

from __future__ import annotations

import re

from reader.text.credits import credit_bar
from reader.text.printcredit import print_credit
from reader.text.stampwidgets import without_widgets
from reader.text.debris import WIDGET_WORDS
from reader.text import slices
from reader.text.fold import fold_script
from reader.text.headervalues import value_pieces
from reader.text.lazyre import lazy
from reader.text.metavalues import NUMBER_YEAR, date_value, prose, sentence, time_word

# Labels for each field, simplified and traditional; 'other' labels are metadata with no field of their own.
_FIELD_KEYS = {
    "title": "标题 標題 法规名称 法規名稱 文件名称 文件名稱 题目 題目 名称 名稱",
    "source": "发稿单位 發稿單位 文章转载自 文章轉載自 本文转载自 本文轉載自 原文出自 原文出处 原文出處 文章来源 文章來源 信息来源 资讯来源 資訊來源 新闻来源 本文来源 稿件来源 来源于 来源 來源 出处 出處 稿源 转载自 轉載自 "
              "原文链接 原文網址 原文网址 法规网址 法規網址 网址 網址 链接 連結 连结 url URL",
    "date": "发稿时间 發稿時間 发稿日期 發稿日期 发布时间 發佈時間 發布時間 发表时间 發表時間 发布日期 發布日期 發佈日期 更新时间 更新時間 发布于 發布於 發佈於 发表于 發表於 更新于 更新於 修正日期 修订日期 公布日期 "
            "公佈日期 成文日期 发文日期 印发日期 日期 时间 時間",
    "author": "发稿人 發稿人 作者 撰文 撰稿人 撰稿 文字 文 记者 記者 通讯员 通訊員 口述 整理",
    "editor": "责任编辑 責任編輯 编辑 編輯 责编 責編 主编 主編 值班编辑",
    "other": "审核 審核 校对 校對 译者 譯者 选题 選題 审校 審校 核稿 监制 監製 终审 初审 签发 類別 类别 法规类别 法規類別 分类 分類 所属类别 索引号 索引號 "
             "主题分类 主題分類 发文机关 發文機關 发文字号 發文字號 关键词 關鍵詞 关键字 關鍵字 标签 標籤 浏览次数 瀏覽次數 阅读量 阅读 点击数 "
             "访问量 访问次数 訪問次數 字号 字號 字体 分享 分享到 分享至 摄影 攝影 图片 圖片 打印 收藏 阅读次数 閱讀次數 浏览量 点击量 點擊數 "
             "点击 點擊 浏览 瀏覽 人气 人氣 浏览字号 瀏覽字號 归档时间 歸檔時間 上载日期 上載日期",  # a CMS's counter after the byline ('作者:wlz 点击:198次')
}
_UNSTATED = frozenset("未知 不详 不詳 暂无 暫無".split())  # a CMS's placeholder ('来源:未知'): no value stated
_KEY_FIELD = {k: f for f, keys in _FIELD_KEYS.items() for k in keys.split()}
# A label may also follow a value with nothing between ('来源：求是网作者：陈海峰', '来源 :腾讯关键字 :文化馆广州时间 :2016.10.20':
# spans set side by side; '作者：Abhishek Prakash选题：lujun9972译者：wxy', soft-wrapped credits): its colon says so.
_GLUED = " ".join(k for k in _KEY_FIELD if len(k) >= 2 and not k.isascii())  # not '文' (a name's), not 'url'
_KEY_RE = lazy(
    r"(?:(?:^|(?<=[\s　|｜【\[(（\d；;，,]))(?:[【\[(（]\s*)?("
    + "|".join(sorted(map(re.escape, _KEY_FIELD), key=len, reverse=True))
    + r")|(?<=[\u4e00-\u9fffA-Za-z])(" + "|".join(sorted(map(re.escape, _GLUED.split()), key=len, reverse=True))
    + r"))\s*[:：]\s*"
)
_STRAY_MARKS = "#＃*＊※☆★◆◇■□●▲△@＠^~～_＿"  # a template's mark after a credit's name ('责任编辑：孙芸#'): no name's
_NOT_IN_LABEL = lazy("[。，]")  # no label holds these: a long line's labels are sought a slice at a time
_BRACKETED_WIDGET = lazy(r"[【\[(（]\s*(" + "|".join(map(re.escape, WIDGET_WORDS)) + r")\s*[】\])）]")
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}(?::\d{2}(?::\d{2})?|[时時]\d{1,2}分))?"
_GLUED_DATE = lazy(rf"{_DATE}$")  # '来源：新华社客户端2021年06月22日': spans set side by side, the date's own
_WEEKDAY = r"(?:[\s\u3000]*[(（]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?)?"  # '2018年11月27日 星期二'
_DATE_LINE = lazy(rf"^[【\[(（]?\s*(?:{_DATE}|\d{{8}})\s*[】\])）]?$")
_DAY_LINE = lazy(rf"^[【\[(（]?\s*{_DATE}\s*[】\])）]?{_WEEKDAY}(?:[\s\u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$")  # and its hour
_LEAD_BRACKETS = dict.fromkeys(map(ord, "【[(（"))
_HEAD_CHARS, _STAMP_MAX = 1024, 32  # a longer line: its first label sought in a growing head; a date stamp's size
_COMPACT_DATE = lazy(r"^(1[89]\d\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
_TITLES = r"(?:长|長|书记|書記|主任|主席|委员|委員|总理|總理|理事|代表|部长|部長|局长|局長|厅长|廳長|院长|院長|校长|校長|省长|市长)"
_OFFICIAL = lazy(rf"^([\u4e00-\u9fff（）()·]{{0,16}}{_TITLES})[\s\u3000]+([\u4e00-\u9fff·]{{2,4}})$")
_REPORTER = lazy(r"(全媒体记者|全媒體記者|本报记者|本報記者|记者|記者|通讯员|通訊員|特约撰稿人|撰稿人|作者|文\s*[/／])")
_INTERVIEW = lazy(r"答[记記]者[问問]")  # an interview's genre names the reporters, none of them
_SIGNATURE = lazy(rf"[（(]\s*((?:[\u4e00-\u9fff·]{{0,20}}{_TITLES}|作者)[\s\u3000]+[\u4e00-\u9fff·]{{2,4}}|"
                  r"[\u4e00-\u9fff]{0,4}(?:记者|記者)(?![会會站证證节節招])[\s\u3000]*[\u4e00-\u9fff·]{2,4})\s*[）)]$")
_EDITOR_TAIL = lazy(r"[（(【\[]\s*(责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*([^）)】\]]{1,20})\s*[）)】\]]$")
_TITLE_CONNECTIVE = ("关于", "關於", "的", "和", "与", "與", "及", "暨", "对", "對", "在", "为", "為", "转发", "轉發", "印发", "印發")
_TITLE_GENRE = lazy(r"(通知|意见|意見|决定|決定|办法|辦法|规定|規定|报告|報告|讲话|講話|公告|通报|通報|批复|批覆|方案|条例|條例|章程|"
                    r"纲要|綱要|规划|規劃|函|纪要|紀要|细则|細則|决议|決議|公报|公報|通告|答记者问|答記者問|"
                    r"判决书|判決書|裁定书|裁定書|调解书|調解書|决定书|決定書|起诉书|起訴書|协议|協議|合同|宪章|憲章|守则|守則|"
                    r"须知|須知|准则|準則|规则|規則)》?$")
_NOT_TITLE_END = "。，,；;：:、"
_KIND_LABEL_MAX = 6  # '用户服务协议', '招生章程': a site's label for a kind of document
_OPENING_MIN = 4  # '國立中央大學', '上海市人民政府': a name, not a title's first words wrapped
_LEAD_DATE = lazy(r"^(?:本报|本報|新华社|新華社|人民网|人民網|中新网|中新網)?\S{0,8}?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:电|電)?\s*[,，、]?\s*")


def parse_meta_line(text: str, tail: bool = False) -> dict[str, str] | None:
    """Fields of a '来源：… 时间：… [打印]' line, or None when the line is not such a line.

    After the body (`tail`) a bare 时间/日期/名称 label is more likely content ('时间：3月5日上午9时' in a notice),
    so only credit labels (责任编辑, 来源, 审核 …) count there.
    """
    if credits := credit_bar(text, slash=True) or print_credit(text):  # '编辑｜王五', '《人民日报》（2024年02月24日 05 版）'
        return credits
    short = len(text) <= _HEAD_CHARS  # '稿件來源：' as '稿件来源：', same place (labels are all listed in Simplified)
    matches = list(slices.finditer(_KEY_RE, fold_script(text), _NOT_IN_LABEL)) if short else []
    first = matches[0].start() if matches else -1 if short else _first_label(text)
    lead = text[: first].strip(" 　【[(（").replace("：", ":") if first >= 0 else ""  # '2016-12-20 14：30': a time's
    if first < 0 or (lead and not (tail is False and date_line(lead, weekday=True))):
        return None  # a stamp before the labels ('2017-03-10 09:58　来源：…') is the date
    matches = matches or list(slices.finditer(_KEY_RE, fold_script(text), _NOT_IN_LABEL))
    if tail and any(_KEY_FIELD[m.group(1) or m.group(2)] in ("date", "title") for m in matches):
        return None
    out: dict[str, str] = {"date": normalize_date(lead) if _DATE_LINE.match(lead) else date_line(lead, weekday=True)
                           } if lead else {}  # (a weekday after the date left off)
    loose_date = ""
    for m, nxt in zip(matches, matches[1:] + [None]):
        value = text[m.end(): nxt.start() if nxt else len(text)]
        field = _KEY_FIELD[m.group(1) or m.group(2)]
        if prose(value) if field in ("source", "author", "editor") else field == "date" and sentence(value):
            return None  # '作者：林启 编者按：这是…。', '时间：3月5日上午9时，在…召开。': the reader's text, no value
        value = _BRACKETED_WIDGET.sub(" ", without_widgets(value))  # '新华网　参与互动(0)': the outlet alone
        value, rest = value_pieces(value, field, bool(nxt and nxt.group(2)))
        if any(_unread_text(piece) for piece in rest):
            return None  # '作者：李明　　2023年9月12日召开会议': a piece of the reader's text, kept where it stands
        if not nxt and (loose := _loose_date(rest)):
            loose_date = loose  # '作者：李明　　2023年9月12日': the line's last piece, a date with no label of its own
        if field in ("source", "author", "editor") and (stamp := _GLUED_DATE.search(value)) is not None \
                and value[: stamp.start()].rstrip()[-1:].isalnum():  # a name, then the stamp ('郭磊2021年06月22日')
            value, out["date"] = value[: stamp.start()].strip(), out.get("date") or normalize_date(stamp.group())
        if field == "date":
            value = date_value(value)  # '114/3/11 19:00~21:00地點: …': the day, not the event's span and place
        elif field in ("author", "editor"):
            value = value.rstrip(_STRAY_MARKS).rstrip()
        elif field == "source" and time_word(value):
            value = ""  # '来源：晚上' names no one
        if value and value not in _UNSTATED and field != "other" and field not in out:
            out[field] = normalize_date(value) if field == "date" else value
    if loose_date and "date" not in out:
        out["date"] = loose_date
    return out


def _loose_date(pieces: list[str]) -> str:
    """The date a header line ends on when its last spaced-off piece is one, else ''."""
    last = [p for p in pieces if p.strip()][-1:]
    return date_line(last[0].strip(), weekday=True) if last else ""


def _unread_text(piece: str) -> bool:
    """A piece after a field's value that is a sentence or holds a date it is not: text no field shows."""
    piece = piece.strip()
    return sentence(piece) or _STAMP.search(piece) is not None and not date_line(piece, weekday=True)


def _first_label(text: str) -> int:
    """Where the first label starts, or -1: a growing head, so a 2 MB line of prose is turned down at its first KB."""
    size = _HEAD_CHARS
    while True:
        head = text[:size]
        m = _KEY_RE.search(fold_script(head))
        if m and (m.end() < len(head) or len(head) == len(text)):
            return m.start()  # a label found in the head is the whole line's first
        if len(head) == len(text):
            return -1
        if len("".join(head[: m.start() if m else size].split()).translate(_LEAD_BRACKETS)) > _STAMP_MAX:
            return -1  # a lead of prose: no stamp ('2017-03-10 09:58'), the line is not a metadata line
        size *= 4


_CREDIT_LABELS = frozenset("作者 撰文 撰稿 记者 記者 通讯员 通訊員 本报记者 本報記者".split())


def bare_label(text: str) -> str:
    """'发表时间：' alone on its line: the label whose value a page put on the next line, else ''."""
    m = _KEY_RE.match(text.strip())
    return (m.group(1) or m.group(2)) if m and m.end() == len(text.strip()) else ""


def credit_label(text: str) -> bool:
    """'作者' alone over '陈佳敏、徐毓茜…': a cover table's label cell, no colon, its value the next line."""
    return text.strip() in _CREDIT_LABELS


def label_value(text: str) -> bool:
    """The value a bare label's next line can hold: short, one phrase, not a sentence."""
    text = text.strip()
    return 0 < len(text) <= 40 and not any(c in text for c in "。！？；") and not _KEY_RE.match(text)


def normalize_date(value: str) -> str:
    """'19470101' reads better as 1947-01-01; other forms are kept as written."""
    m = _COMPACT_DATE.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else value.strip()


def date_line(text: str, weekday: bool = False) -> str:
    """The date when the whole line is one (a page's publication stamp), else ''; with `weekday`, a paper's dateline
    with its day of the week too ('2018年11月27日 星期二': a header's, not the dated entries of a diary)."""
    if _DATE_LINE.match(text) or weekday and _DAY_LINE.match(text):
        stamp = text.strip("【[(（）)]】 ")
        return normalize_date(date_value(stamp) or stamp)  # '2025年　 12月　 28日' as one date
    return ""


_NUMERIC_DATE = lazy(r"(?<!\d)(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?!\d)")
_STAMP = lazy(r"(?<!\d)(\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"
              r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?!\d)")
_STAMP_SOURCE = lazy(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·]{1,11}$")
_NOT_OUTLET = ("通过", "公布", "发布", "施行", "修正", "修订", "印发", "批准", "会议", "颁布",
               "通過", "公佈", "發布", "發佈", "修訂", "印發", "會議", "頒布")  # in either script
_DATED_AT = ("发布于", "發布於", "發佈於", "发表于", "發表於", "更新于", "更新於")  # a stamp's label with no colon


def stamped_line(text: str) -> str:
    """The date of a header line that carries a numeric date stamp among labels ('原创 某某发布 2024-03-15 18:30')."""
    if len(text) > 60 or text.startswith(("—", "－", "-")) or any(c in text for c in "。，；！？"):
        return ""
    m = _NUMERIC_DATE.search(text)
    return m.group(1) if m else ""


def stamped_source(text: str) -> tuple[str, str]:
    """'TNW中文站 2016年10月14日07:17': an outlet's name beside a date stamp, no label; (date, outlet) or ('', '');
    (date, '') when the word beside the stamp is its time of day."""
    bare = without_widgets(text) if len(text) <= 80 else text  # '…中新网【大中小】 【打印】 共有评论0条': a dateline bar
    m = _STAMP.search(bare) if len(bare) <= 40 else None
    rest = (bare[: m.start()] + " " + bare[m.end():]).strip(" \u3000|｜") if m else ""
    if bare != text and m and m.start() == 0 and len(rest.split()) == 2:
        rest = rest.split()[0]  # '中国新闻网[微博]戚亚平': the outlet, then its writer
    if _STAMP_SOURCE.match(rest) and not _KEY_RE.search(rest) and not rest.endswith(_NOT_OUTLET):
        return (m.group(1), "") if time_word(rest) or rest.endswith(_DATED_AT) else (m.group(1), rest)  # '2024年3月5日
        # 晚上': the hour, no outlet; '发布于 2024年3月5日': the stamp's own label
    return "", ""


# '记 者 | 张三', '作 者：张三': a label letter-spaced to the width of others ('作 者 姓 名：' is a cover's field)
_SPACED_ROLE = lazy(r"^(?:[记記][ \u3000]+者(?=[\s|｜:：])|作[ \u3000]+者(?=[ \u3000]*[|｜:：]))")
BYLINE_MARKS = "□■◇◆○●"  # a county paper's mark before its byline ('□融媒记者 张三'): no part of the name


def _unspaced(m: re.Match) -> str:
    """The matched label without the spaces set in it."""
    return "".join(m.group(0).split())


def byline(text: str) -> str:
    """The author when the line is a byline ('本报记者 张三', '北京市市长 殷勇'), else ''."""
    text = _SPACED_ROLE.sub(_unspaced, text[1:] if text and text[0] in BYLINE_MARKS else text, count=1)  # '记 者 | 张三'
    if len(text) > 40 or text.endswith(tuple(_NOT_TITLE_END + "。！？")):
        return ""
    m = _OFFICIAL.match(text)
    if m:
        return f"{m.group(1)} {m.group(2)}"
    m = _REPORTER.search(_INTERVIEW.sub("", text))
    if m and not any(c in text for c in "。，,；") and text.strip() not in _CREDIT_LABELS \
            and _names_after(_INTERVIEW.sub("", text)[m.end():]):  # ('…的意见》答记者问': the interview, no reporter)
        return " ".join(text.split())  # (the label alone names nobody: its value is on the next line)
    return ""


_NAME_SPLIT = lazy(r"[\s\u3000、/／:：()（）\[\]【】]+")
_NAME_MAX = 8  # '张建新', '邵香云白佳丽', '缪鲁报道': names after the word, never a clause ('四名记者抵达台中采访地震灾区')


def _names_after(tail: str) -> bool:
    """What follows the reporter word is names, each short (or Latin): a headline runs on in one long phrase."""
    return all(len(t) <= _NAME_MAX or t.isascii() for t in _NAME_SPLIT.split(tail))


def trailing_signature(text: str) -> str:
    """'（孝南区人大常委会主任 姚惠萍）' closing the last paragraph names the author; the text keeps it."""
    start = max(text.rfind("（"), text.rfind("("))  # the last opening bracket: no other is in a signature, so
    m = _SIGNATURE.match(text, start) if start >= 0 else None  # a search of a megabyte line starts there
    return " ".join(m.group(1).split()) if m else ""


def split_editor_tail(text: str) -> tuple[str, str, str]:
    """A paragraph ending in '（责任编辑：某某）': the paragraph without it, the editor, and the credit as written."""
    m = _EDITOR_TAIL.search(text)
    if not m:
        return text, "", ""
    return text[: m.start()].rstrip(), m.group(2).strip(), m.group(0)


_VENUE = lazy(r"^在\S{1,40}(?:会|會|议|議|式|礼|禮|坛|壇)上$")  # '在全市经济工作会议上': where a speech was given


_BARE_NUMBER = lazy(r"[（(]?\s*(?:[一二三四五六七八九十百〇零]{1,4}|\d{1,2})\s*[)）、.．]?")  # '(一)', '三、': a part's number, no words


def title_like(text: str, marked: bool = False) -> bool:
    """A title is a short line that does not end like a sentence or a list introduction, and has words ('(一)' alone,
    over its section's text under a page's dateline, names nothing).

    A long line with a comma reads as a wrapped sentence unless markup (`marked`: a Markdown or HTML heading) says
    it is a heading: a news headline often has a comma ('陈同佳案：…赴台，台湾香港政府角力再现').
    """
    return (2 <= len(text) <= 120 and _width(text) <= 60 and not text.endswith(tuple(_NOT_TITLE_END))
            and not text.startswith(("—", "－", "-"))
            and not date_line(text, weekday=True) and text.count("。") == 0 and not _VENUE.match(text)
            and not _BARE_NUMBER.fullmatch(text.strip()) and (marked or not (len(text) >= 20 and ("，" in text or "," in text))))


def _width(text: str) -> float:
    """A line's length as set: Latin letters take half a Chinese character's width (an English title of twelve
    words is as short as a Chinese one of thirty characters). Callers bound the length first: this counts."""
    return sum(0.5 if ch.isascii() else 1 for ch in text)


_OCCASION = lazy(r"^[—－-]*在\S{2,40}上的(?:讲话|講話|发言|發言|报告|報告|致辞|致辭|演讲|演講)$")


_NUMBER_TAIL = lazy(r"[（(]\s*[\u4e00-\u9fff]{1,8}\s*[〔［\[]\s*" + NUMBER_YEAR + r"\s*[〕］\]]\s*第?\s*\d{1,5}\s*[号號]\s*[）)]$")


def continues_title(first: str, second: str) -> bool:
    """A title broken over two lines: the first ends on a connective or the second on a document genre. A second
    line that names its own issuer ('国务院关于…的意见') is a whole title: the line over it is a masthead
    ('国务院公报2024年第5号'), not its first half; an issuer alone over '关于…' is ('中共中央办公厅 国务院办公厅')."""
    if first.endswith(_TITLE_CONNECTIVE):
        return title_like(second) and len(first) + len(second) <= 80
    second = _NUMBER_TAIL.sub("", second)  # '关于…的通知（国办发〔2023〕12号）': its 文号 no part of its genre
    whole = second.find("关于") > 0 or second.find("關於") > 0 or second == first  # (a page's headline under its <title>)
    whole = whole or bool(_OCCASION.match(second))  # '在全市经济工作会议上的讲话' under a speech's title: its occasion
    whole = whole or masthead_over(first, second)  # '國立中央大學服務學習網' over '國立中央大學學生…辦法'
    return genre_title(second) and len(first) + len(second) <= 80 and not whole and not genre_title(first)


def masthead_over(first: str, second: str) -> bool:
    """'國立中央大學服務學習網' over '國立中央大學學生服務學習施行辦法': a site's or unit's name over a whole title that
    opens with the same name again (a title wrapped in two never repeats its first words); the second is the title."""
    return (len(first) >= _OPENING_MIN and first[:_OPENING_MIN] == second[:_OPENING_MIN] and len(second) <= 80
            and genre_title(second) and not genre_title(first))


def names_again(first: str, second: str) -> bool:
    """'用户服务协议' over '三界生活用户服务协议', '安装协议' over '机械设备安拆合同': a site's label for the kind of
    document over the document's own full title, which ends as the label does or names its own kind; the second line
    is the title."""
    label, full = "".join(first.split()), "".join(second.split())
    return genre_title(first) and len(full) <= 80 and title_like(second) and (
        full.endswith(label) or len(label) <= _KIND_LABEL_MAX < len(full) and genre_title(second))


def genre_title(text: str) -> bool:
    """'…负责人就《条例》答记者问', '关于…的通知': a line that ends as a document's title does (its genre)."""
    return title_like(text) and bool(_TITLE_GENRE.search(text))


def derived_title(lead: str) -> str:
    """A news lead's first sentence, without its dateline, when it is short enough to serve as the title."""
    sentence = re.split(r"[。！？!?]", lead, maxsplit=1)[0]
    sentence = _LEAD_DATE.sub("", sentence).strip()
    if 6 <= len(sentence) <= 30 and not any(c in sentence for c in "，,；;：:"):
        return sentence
    return ""


def body_like(text: str) -> bool:
    """A line that is clearly article body: a sentence, or too long and comma-rich for a title."""
    return (len(text) > 120 or _width(text) > 60 or text.endswith(("。", "：", ":", "；", "！", "？")) or "。" in text
            or (len(text) >= 40 and text.count("，") + text.count(",") >= 2))


_ITEM_META_MAX = 80


_STAMP_START = frozenset("0123456789０１２３４５６７８９【[(（")
_ITEM_LABEL = lazy(r"([\u3400-\u9fff]{2,6})\s*[：:]")


def item_meta(text: str) -> str:
    """The labels of a short line of an item's metadata ('作者|拉取时间', or 'date' for a bare stamp), else ''."""
    if len(text) > _ITEM_META_MAX:
        return ""
    text = text.strip()
    # A label opens the line or follows its date stamp (a clause ending in '：' is read no further), and no label
    # asks: '记者：…是什么？' is an interview's question, and so is '记者：结合当前疫情防控需求，…' a wrap cut.
    if ("：" in text or ":" in text) and (text[:1] in _STAMP_START or _KEY_RE.match(text)) \
            and text[-1] not in "？?" and _ASKED.match(text) is None and parse_meta_line(text):
        return "|".join(m.group(1) for m in _ITEM_LABEL.finditer(text))
    return "date" if text[:1] in _STAMP_START and date_line(text) else ""


# A reporter's field names people; a clause of eight characters to a comma, in a long line, is a question's, and so
# is one after a comma running open to the line's end ('记者：特朗普总统，…您谈到了一个可能': a wrap cut the question).
_ASKED = lazy("(?:记者|記者|主持人)[：:](?=.{20}).{0,60}?(?:[\u3400-\u9fff“”（）]{8,}[，,]|[，,][\u3400-\u9fff“”（）]{8,}$)")
_DATE_FIRST = lazy(rf"[【\[(（]?\s*({_DATE})\s*[】\])）]?\s*([^\s\d].*)")


def dated_entry(text: str) -> bool:
    """'2022.07.12 第十五屆第一次臨時會員大會修訂通過': a line that opens with a full date, then says what happened then."""
    text = text.strip()
    return text[:1] in _STAMP_START and _DATE_FIRST.fullmatch(text) is not None


_ROC_DATE = lazy(r"(?:中華民國|中华民国|民國|民国)?\s*(?:\d{2,4}|[〇零一二三四五六七八九十百]{2,6})\s*年\s*"
                 r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")  # 中華民國一百零八年三月五日
_ADOPTED = ("通過", "通过", "修正", "修訂", "修订", "公布", "發布", "发布", "施行", "核定", "備查", "备查", "訂定", "订定", "制定")
_ADOPTED_IN = lazy("|".join(map(re.escape, _ADOPTED)))  # one search, not a scan per word
_HISTORY_MAX = 60


def history_line(text: str) -> bool:
    """'94年2月15日校務會議通過' under a rule's title: when it was adopted or amended (a Taiwan date counts the years
    of the Republic), the rule's history, never a heading."""
    text = text.strip()
    return (len(text) <= _HISTORY_MAX and _ADOPTED_IN.search(text) is not None
            and (dated_entry(text) or _ROC_DATE.match(text) is not None))


_HAN_CHAR = lazy(r"[\u4e00-\u9fff]")


def named_by_page(key: str, value: str, known: str) -> bool:
    """A page's '作者：陈海峰' names a person where its <meta name="author"> gave the site ('chinanews')."""
    return key == "author" and not _HAN_CHAR.search(known) and bool(_HAN_CHAR.search(value))


def more_precise(date: str, known: str) -> bool:
    """'2017-03-10 09:58' says more than the <meta> tag's '2017-03-10' about the same day."""
    new, old = ("".join(c for c in d if c.isdigit()) for d in (date, known))
    return len(new) > len(old) >= 8 and new.startswith(old)
