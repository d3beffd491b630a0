"""When a law was adopted and promulgated, from the history lines under its title, and dates counted in the
years of the Republic (中華民國三十五年十二月二十五日, 民國113年5月6日)."""

from __future__ import annotations

from collections.abc import Callable

from reader.text.lazyre import lazy

_CN = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,4}|[〇○零一二三四五六七八九十百]{1,6})"
_ROC = lazy(rf"(?:中華民國|中华民国|民國|民国)\s*({_NUM})\s*年\s*({_NUM})\s*月\s*({_NUM})\s*日")
_GREGORIAN = lazy(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_GREGORIAN = lazy(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
_ROC_OFFSET = 1911
_OPENERS = "（(［[【 　"
_ADOPT_WORDS = ("通过", "通過", "制定", "订定", "訂定", "核定", "批准")
_PROMULGATE_WORDS = ("公布", "公佈", "发布", "發布", "颁布", "頒布")
_HISTORY_LINES = 6  # a law's history sits right under its title
_CLAUSE_MAX = 80  # what follows one date in a history: its organ and act ('第五届全国人民代表大会第五次会议通过')
_DASH_DATE = lazy(r"^[—－-]{1,2}\s*")
_TERM = lazy(r"第[一二三四五六七八九十]{1,4}[届屆]")  # '第五届全国人民代表大会' is the 全国人民代表大会
_ORGAN_END = ("第", "通过", "通過", "制定", "会议", "會議", "公告", "公布", "公佈")
_ORGAN_MAX = 30
_ORGANS = ("人民代表大会", "人民代表大会常务委员会", "人民代表大會", "人民代表大會常務委員會", "國民大會", "国民大会",
           "立法院", "立法會", "立法会", "人民政府", "国务院", "國務院", "委员会", "委員會")  # bodies that adopt laws


def _numeral(text: str) -> int:
    """'35' → 35, '三十五' → 35, '一百零八' → 108, '一百十二' → 112, '十二' → 12; 0 when unreadable."""
    if text.isdigit():
        return int(text)
    hundreds, sep, rest = text.rpartition("百")
    total = ((_CN.get(hundreds, 0) if hundreds else 1) * 100) if sep else 0
    rest = rest.lstrip("零〇○")
    if "十" in rest:
        tens, _, ones = rest.partition("十")
        total += (_CN.get(tens, 0) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)
    elif rest:
        if any(c not in _CN for c in rest):
            return 0
        total += int("".join(str(_CN[c]) for c in rest)) if len(rest) > 1 else _CN[rest]
    return total


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100 else ""


def _dates(line: str) -> list[tuple[int, int, str]]:
    """Each date of a line as (start, end, ISO), in order: Gregorian, Chinese-numeral or Republic-era."""
    out = []
    for m in _ROC.finditer(line):
        out.append((m.start(), m.end(), _iso(_numeral(m.group(1)) + _ROC_OFFSET, _numeral(m.group(2)),
                                             _numeral(m.group(3)))))
    for m in _GREGORIAN.finditer(line):
        out.append((m.start(), m.end(), _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _CN_GREGORIAN.finditer(line):
        out.append((m.start(), m.end(), _iso(int("".join(str(_CN[c]) for c in m.group(1))), _numeral(m.group(2)),
                                             _numeral(m.group(3)))))
    out.sort()
    kept: list[tuple[int, int, str]] = []
    for date in out:  # '民國113年5月6日' also holds no Gregorian date; overlapping finds keep the first
        if not kept or date[0] >= kept[-1][1]:
            kept.append(date)
    return [d for d in kept if d[2]]


def dates_in(line: str) -> list[tuple[int, int, str]]:
    """Each date of a line as (start, end, ISO), in order (reader.text.amended reads a law's note with it)."""
    return _dates(line)


def roc_date(text: str) -> str:
    """The first Republic-era date in the text as yyyy-mm-dd ('中華民國113年5月6日' → 2024-05-06), else ''."""
    found = [d for d in _dates(text) if _ROC.match(text, d[0])]
    return found[0][2] if found else ""


def _organ(clause: str) -> str:
    """'第五届全国人民代表大会第五次会议通过' → 全国人民代表大会, '國民大會制定' → 國民大會: who adopted it, else ''."""
    text = _TERM.sub("", clause.strip(" 　"))
    cut = min((k for k in (text.find(w) for w in _ORGAN_END) if k > 0), default=-1)
    organ = text[:cut].strip(" 　") if cut > 0 else ""
    return organ if 2 <= len(organ) <= _ORGAN_MAX and organ.endswith(_ORGANS) else ""


def adoption(lines: list[str]) -> tuple[str, str, str]:
    """(adopted, promulgated, adopting organ) from the history lines right under a law's title ('（1982年12月4日第五届全国人民
    代表大会第五次会议通过　1982年12月4日全国人民代表大会公告公布施行 …）', '中華民國三十六年一月一日國民政府公布'):
    a line that opens with a date followed straight by the organ and its act; a news lead ('2024年3月5日，…通过')
    has a comma after its date, and a sentence ends in '。'."""
    adopted = promulgated = organ = ""
    for line in lines[1:_HISTORY_LINES]:
        body = line.lstrip(_OPENERS)
        dates = _dates(body)
        if not dates or dates[0][0] != 0 or line.endswith("。"):
            continue
        for k, (_, end, iso) in enumerate(dates):
            clause = body[end: dates[k + 1][0] if k + 1 < len(dates) else len(body)][:_CLAUSE_MAX]
            if clause[:1] in "，,、；;。（(":
                break  # a lead's comma, or a note under a signature ('2021年1月26日（此件公开发布）')
            if not adopted and any(w in clause for w in _ADOPT_WORDS):
                adopted, organ = iso, _organ(clause)
            if not promulgated and any(w in clause for w in _PROMULGATE_WORDS):
                promulgated = iso
        if adopted and promulgated:
            break
    return adopted, promulgated, organ


def delivered(lines: list[str], own_number: Callable[[str], str] = lambda rest: "") -> str:
    """The date under a speech's or report's title: '（2024年6月24日）' or '——2024年3月5日在…会议上', or beside the
    document's own 文号 in those brackets, either side ('（2001年1月21日 法〔2001〕8号）', as a court's 纪要 is headed)."""
    for line in lines[1:4]:
        if line[:1] in "（(" and line[-1:] in "）)":
            inner = line[1:-1].strip(" 　")
            dates = _dates(inner)
            rest = inner[dates[0][1]:].strip(" 　") if len(dates) == 1 and dates[0][0] == 0 else "-"
            before = inner[:dates[0][0]].strip(" 　") if len(dates) == 1 and dates[0][1] == len(inner) else ""
            if not rest or own_number(rest) or (before and own_number(before)):  # or after it: '（法〔2001〕8号 …日）'
                return dates[0][2]
        elif line[:1] in "—－-":
            body = _DASH_DATE.sub("", line, count=1)
            dates = _dates(body)
            if dates and dates[0][0] == 0 and body[dates[0][1]:].lstrip().startswith("在"):
                return dates[0][2]
    return ""
