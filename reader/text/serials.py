"""Official-document shapes the 文号 pattern of official.py does not cover: a 公告's yearly serial, a Hong Kong
ordinance's number and its bracketed date, a court's name over its paper, and a closing date with its note."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

# '国家税务总局公告2023年第1号', '财政部 税务总局公告2023年第12号': the line is the number, nothing around it.
_NOTICE_SERIAL = lazy(r"^[（(]?\s*([\u4e00-\u9fff][\u4e00-\u9fff 　、]{0,30}?公告)\s*((?:19|20)\d\d)\s*年\s*"
                      r"第\s*(\d{1,4})\s*([号號])\s*[）)]?$")
_GAZETTE = lazy(r"^第\s*(\d{1,5})\s*([號号])\s*公告$")  # a Hong Kong Gazette notice ('G.N. 1234')
# '2023年第12號條例', '(2023年第12號條例)': a Hong Kong ordinance's number.
_ORDINANCE = lazy(r"^[（(]?\s*((?:19|20)\d\d)\s*年\s*第\s*(\d{1,3})\s*([號号])\s*(條例|条例)\s*[）)]?$")
_PLAIN_DATE = r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_BRACKET_DATE = lazy(rf"^[［\[]\s*{_PLAIN_DATE}\s*[］\]]$")
_SIGNED_DATE = lazy(rf"^{_PLAIN_DATE}$")  # '2023年7月7日' under the Chief Executive's name
_ENACTED = ("由立法會制定。", "由立法会制定。")
_COURT = lazy(r"^[\u4e00-\u9fff]{2,30}?(?:人民法院|法院|检察院|檢察院|仲裁委员会|仲裁委員會)$")
_PAPER = lazy(r"^(?:民事|刑事|行政|执行|執行|国家赔偿|國家賠償)?\s*(?:判决书|判決書|裁定书|裁定書|调解书|調解書|决定书|決定書)$")
_NOTE = lazy(r"[（(]\s*此件[\u4e00-\u9fff]{1,10}\s*[）)]$")  # '（此件公开发布）' run on after the date
_ANNEX = lazy(r"^附(?:\s?件|\s*[:：]|相关法律|相關法律|本判决|本判決|本裁定|本案|法律条文|法律條文)")
_GENRES = ("通知", "通報", "通报", "复函", "復函", "函",
           "意见", "意見", "决定", "決定", "批复", "批覆", "公告", "通告", "办法", "辦法", "规定", "規定",
           "报告", "報告", "纪要", "紀要")
_PREFIX_MAX = 10  # a 文号's prefix ('国办函', '国能综通安全') before its bracketed year
_NOTED_MAX = 40
_RECORD_LEADS = ("抄送", "抄报", "抄報", "主送", "分送")
_RECORD_MAX = 200
_SIGN_GAP = 3  # lines between a signature's date and an appendix (书记员 …, 本件与原本核对无异)
_HEAD_COURT = 6


def notice_serial(line: str) -> tuple[str, str]:
    """(number, issuer) of a line that is a 公告's yearly serial ('国家税务总局公告2023年第1号') or a Gazette
    notice's number ('第 1234 號公告'), else ('', '')."""
    m = _NOTICE_SERIAL.match(line.strip()) if len(line) <= 60 else None
    if m is None:
        g = _GAZETTE.match(line.strip()) if len(line) <= 20 else None
        return (f"第{int(g.group(1))}{g.group(2)}公告", "") if g else ("", "")
    issuer = m.group(1)[: -len("公告")].strip(" 　")
    return f"{''.join(m.group(1).split())}{m.group(2)}年第{int(m.group(3))}{m.group(4)}", " ".join(issuer.split())


def _iso(m: re.Match) -> str:
    month, day = int(m.group(2)), int(m.group(3))
    return f"{m.group(1)}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else ""


def ordinance(head: list[str]) -> tuple[str, str, str, str]:
    """(number, date signed, gazette date, enacting body) of a Hong Kong ordinance: '2023年第12號條例', then the
    Chief Executive's '2023年7月7日' and '［2023年7月10日］' over '由立法會制定。'."""
    number = signed = gazetted = body = ""
    for line in head:
        if not number and (m := _ORDINANCE.match(line)) is not None:
            number = f"{m.group(1)}年第{int(m.group(2))}{m.group(3)}{m.group(4)}"
        elif number and not gazetted and (d := _BRACKET_DATE.match(line)) is not None:
            gazetted = _iso(d)
        elif number and not signed and not gazetted and (d := _SIGNED_DATE.match(line)) is not None:
            signed = _iso(d)
        elif number and line in _ENACTED:
            body = line[1:4]
    return number, signed, gazetted, body


# '第 282 章 僱員補償條例', '第282章' over '《僱員補償條例》': a Hong Kong ordinance's chapter (Cap.) number, a law's
# name under it; a chapter of a Mainland law ('第一章 总则', '第3章 罚则') names no ordinance.
_CAP = lazy(r"^第\s*(\d{1,4}[A-Z]{0,2})\s*章\s*(.*)$")
_CAP_NAME = lazy(r"^《?[\u4e00-\u9fff（）()]{1,40}?(?:條例|条例|規例|规例|規則|规则)》?$")
_CAP_HEAD = 4


def chapter(head: list[str]) -> tuple[str, str]:
    """(number, ordinance name) of a Hong Kong ordinance headed by its chapter ('第999章'), else ('', '')."""
    for i, line in enumerate(head[:_CAP_HEAD]):
        m = _CAP.match(line) if len(line) <= 60 else None
        if m is None:
            continue
        name = m.group(2).strip() or (head[i + 1].strip() if i + 1 < len(head) else "")
        if _CAP_NAME.match(name):
            return f"第{m.group(1)}章", name.strip("《》")
    return "", ""


def court_header(head: list[str]) -> str:
    """'福建省漳州市中级人民法院' over '刑事裁定书' (or '民 事 判 决 书'): the court issuing the paper under its name."""
    for above, below in zip(head[:_HEAD_COURT], head[1:_HEAD_COURT + 1]):
        if len(above) <= 32 and _COURT.match(above) and len(below) <= 16 and _PAPER.match("".join(below.split())):
            return above
    return ""


def without_note(line: str) -> str:
    """'2021年1月26日（此件公开发布）': the signature's date without the publication note run on after it."""
    m = _NOTE.search(line) if len(line) <= _NOTED_MAX and line.endswith(("）", ")")) else None
    return line[: m.start()].rstrip() if m else line


def appendix_start(lines: list[str], dated) -> int:
    """Where an appendix starts right after the signature ('附相关法律条文：' two lines under a ruling's date, '附件'
    under a notice's), or len(lines); `dated` tells a signature's date line."""
    for k in range(1, len(lines)):
        if _ANNEX.match(lines[k]) and any(dated(lines[j]) for j in range(max(0, k - _SIGN_GAP), k)):
            return k
    return len(lines)


def after_title(line: str, bracket: int) -> int:
    """'…典型做法的通报国办函〔2018〕46号': where a 文号 run on after its title starts (right after the title's
    genre), the year's bracket at `bracket`; -1 unless a title ('…关于…的通报') ends just before it. A genre after
    '的' ends the title; a prefix may hold one of its own ('环办法规函': 办法, 函)."""
    start, after_de = -1, -1
    for genre in _GENRES:
        k = line.rfind(genre, max(0, bracket - _PREFIX_MAX - len(genre)), bracket)
        if k >= 0 and k + len(genre) == bracket:  # the prefix's own kind ('…的函国办函'): the title's is before it
            k = line.rfind(genre, max(0, bracket - _PREFIX_MAX - len(genre)), k)
        if k >= 0 and bracket - (k + len(genre)) >= 1 and "的" not in line[k + len(genre): bracket]:
            start = max(start, k + len(genre))  # the genre nearest the number: '通知' in '…的通知国办发'
            after_de = max(after_de, k + len(genre)) if line[k - 1:k] == "的" else after_de
    start = after_de if after_de > 0 else start
    return start if start > 0 and ("关于" in line[:start] or "關於" in line[:start]) else -1


def record_of_issue(line: str) -> bool:
    """'抄送：…' or '国家能源局综合司　2021年12月7日印发': the 版记 under a notice's signature, who else gets it and
    when it was printed, never the closing block itself."""
    return len(line) <= _RECORD_MAX and ((line.startswith(_RECORD_LEADS) and line[2:3] in "：:")
                                         or (line.endswith(("印发", "印發")) and "年" in line))


# '勞工處處長 陳小明' over the date: a public officer signing by office and name (a Hong Kong Gazette notice); the
# office, a department and its head's title, is the issuer.
_OFFICE = lazy(r"^([\u4e00-\u9fff]{2,20}?(?:處|处|局|署|司|部|院|會|会|委員會|委员会|辦公室|办公室)"
               r"(?:處長|处长|局長|局长|署長|署长|司長|司长|部長|部长|院長|院长|主席|主任|秘書長|秘书长|專員|专员|總監|总监))"
               r"[ \t\u3000]+[\u4e00-\u9fff·]{2,4}$")


def office_signer(line: str) -> str:
    """The office of a signer's '〈office〉 〈name〉' line ('勞工處處長 陳小明' → 勞工處處長), else ''."""
    m = _OFFICE.match(line.strip()) if len(line) <= 40 else None
    return m.group(1) if m else ""
