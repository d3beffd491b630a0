"""What a labelled date or source may hold: a date that reads as one, a source that names someone, not a time."""

from __future__ import annotations

from typing import Callable

from reader.text.lazyre import lazy

# A date at the value's start: a year of the era (2024) or of the Republic (民國 112, 114/3/11), a month and a day,
# then perhaps a time of day; what follows it is another field run on or a note ('地點:', '（周六').
_DATE_HEAD = lazy(
    r"(?:(?:中華民國|中华民国|民國|民国)\s*)?(\d{2,4})\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*(日?)"
    r"(?:\s*(\d{1,2}\s*(?::\s*\d{2}(?::\d{2})?|[时時]\s*\d{1,2}\s*分)))?")
_MONTH_DAY = lazy(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_BAD_MONTH = lazy(r"\d{3,}\s*月")  # '2021月2日': a year where the month goes
_RANGE = ("~", "～", "至", "到", "-", "－", "—", "–")  # '19:00~21:00': an event's span, its start no stamp
_TIMES_OF_DAY = frozenset("上午 下午 中午 晚上 晚间 晚間 凌晨 早上 早晨 清晨 傍晚 夜间 夜間 夜里 夜裡 今天 昨天 明天 今日 昨日 明日 "
                          "本周 上周 下周 周末 週末 近日 日前 刚刚 剛剛".split())
_WEEKDAY = lazy(r"^(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]$")


def date_value(value: str) -> str:
    """A labelled date as a reader reads it: the date (and its time) at the value's start, spaces out, without an
    event's end time or a field run on after it; '' when the value starts with no date in range ('2021月2日')."""
    value = value.strip()
    m = _DATE_HEAD.match(value)
    if m is None:
        md = _MONTH_DAY.match(value)  # '9月7日（周六' : a date with no year, kept as far as its day
        if md is not None:
            return value[: md.end()].replace(" ", "") if _in_range(2000, md.group(1), md.group(2)) else ""
        return "" if _BAD_MONTH.match(value) else value
    year, sep, month, day = m.group(1), m.group(2), m.group(3), m.group(4)
    roc = len(year) < 4 and (sep in "/年" or value.startswith(("民", "中")))  # 114/3/11, 民國 112 年
    if not (roc or len(year) == 4 and 1800 <= int(year) <= 2100) or not _in_range(int(year), month, day):
        return ""
    date = "".join(value[: m.end(5) if m.group(5) else m.end(4)].split())
    if roc and (len(year) == 3 or value.startswith(("民", "中")) or sep == "/" and int(year) >= _ROC_TAIWAN):
        date = _roc_iso(int(year), int(month), int(day)) or date  # 114/3/11, 民國112年5月6日: as the year it means
    time = m.group(6) or ""
    if time and value[m.end():].lstrip().startswith(_RANGE):
        time = ""  # '19:00~21:00': the span an event takes, its day is the date
    return f"{date} {''.join(time.split())}" if time else date


_ROC_OFFSET, _ROC_TAIWAN = 1911, 34  # '94/2/15' is 2005; '12/3/4' (1923?) is more likely no Republic date at all


def _roc_iso(year: int, month: int, day: int) -> str:
    """A date counted in the years of the Republic as yyyy-mm-dd, the form the library sorts and a reader reads."""
    return f"{year + _ROC_OFFSET:04d}-{month:02d}-{day:02d}" if 1 <= year <= 189 else ""


def _in_range(year: int, month: str, day: str) -> bool:
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31 and year > 0


def time_word(value: str) -> bool:
    """'晚上', '星期三', '今天': a time of day or a day of the week, which names no source."""
    value = value.strip()
    return value in _TIMES_OF_DAY or _WEEKDAY.match(value) is not None


_SITE_SEP = lazy(r"\s*(?:_{1,2}|\s[-－|｜—]\s|[|｜])\s*")
_SITE_MAX = 30


def without_site(title: str) -> str:
    """'关于…的通知__上海市卫生健康委员会', '…的通知 - 中国政府网': a page's <title> without the site's name after it."""
    parts = _SITE_SEP.split(title, maxsplit=1) if len(title) <= 200 else [title]
    return parts[0] if len(parts) == 2 and parts[0] and len(parts[1]) <= _SITE_MAX else title


# A page's own date as it wrote it: '2021年12月30日', '2024-07-09 11:18', '民國 111 年 05 月 11 日' (Republic years).
# The spaces after 民國 belong to it: a search that let a date open with spaces ran each of a long run of them to its
# end (a date of 10,000 tabs took 0.55 s, of 40,000 8.7 s).
_WRITTEN_DATE = lazy(r"(?:(民[國国])\s*)?(\d{1,4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")


def sortable_date(text: str) -> str:
    """A page's date as yyyy-mm-dd ('' when none reads as one), so that 民國 111 年 sorts among the years it means."""
    m = _WRITTEN_DATE.search(text)
    if m is None:
        return ""
    year = int(m.group(2)) + (1911 if m.group(1) else 0)
    month, day = int(m.group(3)), int(m.group(4))
    return f"{year:04d}-{month:02d}-{day:02d}" if year >= 1000 and 1 <= month <= 12 and 1 <= day <= 31 else ""


# A 文号's parts: the year in brackets ('国发〔2019〕12号', '[2019]', '（2019）', '【2019】') or before 年 ('公告2019年第3号'),
# then the serial ('12号', '第712号', Taiwan's '院臺法字第1120012345號', its year in the serial's first digits); an
# older Taiwan number leads with its year of the Republic ('（86）台財稅字第861893589號').
# A year written in Chinese numerals ('国发〔二〇二四〕3号', 〇 or its look-alike ○), as some offices type it.
CN_YEAR = "(?:一九|二[〇○零Ｏ])[〇○零Ｏ一二三四五六七八九]{2}"
NUMBER_YEAR = rf"(?:(?:19|20)\d\d|{CN_YEAR})"  # a 文号's year in brackets: '2024' or '二〇二四'
_YEAR_DIGITS = str.maketrans("〇○零Ｏ一二三四五六七八九", "0000123456789")
_NUMBER_YEAR = lazy(rf"[〔［\[（(【〖]\s?(\d{{2,4}}|{CN_YEAR})\s?[〕］\]）)】〗]|(\d{{4}}|{CN_YEAR})\s?年")
_NUMBER_SERIAL = lazy(r"(\d{1,15})\s?[号號]?")
_NUMBER_MAX = 80  # characters: a 文号 is short; a long value is read no further
_PREFIX_END = " \u3000第"  # '国务院令第712号', '院臺法字第…號': 第 only leads the serial


# '2017年11月', '二〇一七年十一月': a signature dated by its month only, as a committee's rules or a report close
_MONTH_ONLY = lazy(rf"^((?:19|20|１９|２０)\d\d|{CN_YEAR})\s*年\s*(\d{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月$")
_MONTH_ONLY_MAX = 16
_CN_MONTHS = {"十": 10, "十一": 11, "十二": 12} | {c: k for k, c in enumerate("一二三四五六七八九", 1)}


def month_date(line: str) -> str:
    """A line that is a month and nothing else as yyyy-mm ('2017年11月', '二〇一七年十一月'), else ''."""
    m = _MONTH_ONLY.match(line) if len(line) <= _MONTH_ONLY_MAX else None
    if m is None:
        return ""
    month = int(m.group(2)) if m.group(2).isdigit() else _CN_MONTHS[m.group(2)]
    return f"{numeral_year(m.group(1)):04d}-{month:02d}" if 1 <= month <= 12 else ""


def numeral_year(year: str) -> int:
    """A year as a number, in ASCII, full-width or Chinese digits ('2024', '２０２４', '二〇二四', '二○二四')."""
    return int(year.translate(_YEAR_DIGITS))


def sortable_number(number: str) -> str:
    """A 文号 as a reader of official documents orders them, by issuer, then year, then serial by value (国发〔2019〕3号
    before 国发〔2019〕12号, where code points put '1' before '3'); '' when there is none. Compared as plain strings
    (issuers by code point: reader.text.collation.number_key orders them in 拼音, as the list does)."""
    issuer, year, serial, rest = number_parts(number)
    if year < 0:  # none, or no year and no serial: by its words alone
        return issuer
    return f"{issuer}\x00{year:04d}\x00{serial:015d}\x00{rest}"


def number_parts(number: str) -> tuple[str, int, int, str]:
    """A 文号's (issuer, year, serial, what follows); ('', -1, -1, '') when there is none, (words, -1, -1, '') when
    it has neither year nor serial."""
    text = number.strip()[:_NUMBER_MAX]
    if not text:
        return "", -1, -1, ""
    year_m = _NUMBER_YEAR.search(text)
    start = year_m.end() if year_m is not None else 0
    serial_m = _NUMBER_SERIAL.search(text, start)
    if year_m is None and serial_m is None:
        return text, -1, -1, ""  # no year and no serial: by its words alone
    prefix_end = year_m.start() if year_m is not None else serial_m.start()
    prefix = text[:prefix_end].rstrip(_PREFIX_END)
    if not prefix and year_m is not None:  # '（86）台財稅字第…號': the issuer after its year
        prefix = text[start:serial_m.start() if serial_m is not None else len(text)].rstrip(_PREFIX_END)
    year = numeral_year(year_m.group(1) or year_m.group(2)) if year_m is not None else 0
    roc = year_m is not None and year_m.group(1) is not None and len(year_m.group(1)) < 4  # '（86）': of the Republic
    year += _ROC_OFFSET if roc else 0  # ('公告2019年第3号' is 2019, not 3930)
    serial = int(serial_m.group(1)) if serial_m is not None else 0
    rest = text[serial_m.end():] if serial_m is not None else text[start:]
    return prefix, year, serial, rest


_LABEL_COLON = lazy(r"(?<!\d)[:：]")  # a label's colon, not a time's ('2024年04月06日 16:40')
_WIDGET_LABELS = ("字号", "字號")  # a page's font-size widget ('【字号：' over '加大' / '还原' / '减小'), no 文号
_BARE_LABEL_MAX = 8  # characters: '发文字号：', '成文日期' — a portal's info table saved with each value under its label


def labels_joined(lines: list[str], label: Callable[[str], object]) -> list[str]:
    """A government portal's info table saved as text sets each label alone on its line and its value on the next
    ('发文字号：' over '国发〔2024〕5号'): the two read as one labelled line when `label` accepts the pair, the value
    holds no label of its own (an empty field over the next label stays apart) and is itself no labelled line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        bare = lines[i].lstrip("•·●▪ \u3000【[").rstrip(":： \u3000")  # (a list's bullet before each label)
        if i + 1 < len(lines) and 0 < len(bare) <= _BARE_LABEL_MAX and bare not in _WIDGET_LABELS \
                and not _LABEL_COLON.search(lines[i + 1]) and not label(lines[i]) and label(bare + "：" + lines[i + 1]):
            out.append(bare + "：" + lines[i + 1])
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


_SENTENCE_MARKS = "。！？"
_CLAUSE_SEP = lazy(r"[，,；;]")
_PART_MAX, _LIST_LONG, _NAME_MEAN = 20, 30, 8  # a clause's length, a long value, a name's length in a list


def prose(value: str) -> bool:
    """A labelled value that reads as a sentence or a paragraph ('林启 编者按：这是…。'), never a name list, a date, an
    outlet or a number: a sentence mark, a clause wider than any name, or long comma-set parts ('张三，李四' is a list)."""
    value = value.strip(" \t\u3000，,；;|｜")  # the separator before the next label ('…《香港自由報》；作者：')
    if value.startswith(("http", "www.")):
        return False  # a link's query may hold a comma
    if sentence(value):
        return True
    if not _CLAUSE_SEP.search(value):
        return False
    parts = _CLAUSE_SEP.split(value)
    return max(_width(p.strip()) for p in parts) > _PART_MAX or (
        "，" in value and len(value) > _LIST_LONG and len(value) / len(parts) > _NAME_MEAN)


def _width(text: str) -> float:
    """Latin letters take half a Chinese character's width: 'Hong Kong Free Press' is an outlet's name, no clause."""
    return sum(0.5 if ch.isascii() else 1 for ch in text)


def sentence(value: str) -> bool:
    """A value that holds a sentence's end: no date, name or outlet does ('3月5日上午9时，在会议室召开。')."""
    return any(c in value for c in _SENTENCE_MARKS)
