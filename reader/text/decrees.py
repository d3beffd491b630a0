"""Decrees (令) and their signer: '中华人民共和国国务院令 / 第707号', a ministry's '…部令 / 2023年第5号', the
President's '主席令 / （九届第37号）', and the date under '总理　李强' that dates them."""

from __future__ import annotations

from reader.text.fold import fold
from reader.text.lazyre import lazy
from reader.text.numerals import to_int

# A serial in Arabic digits or in Chinese numerals, as older orders are numbered: '第707号', '第二十二号', '第一百号'.
_N = r"(\d{1,5}|[〇○零一二三四五六七八九十百千]{1,9})"

_DECREE = lazy(r"^(?:中华人民共和国|中華人民共和國)?([\u4e00-\u9fff]{2,20}?)令\s*(.*)$")
# The serial on the decree's line or the next: '第707号', '2023年第5号', '（九届第37号）'.
_SERIAL = lazy(rf"^[（(]?\s*(?:((?:19|20)\d\d)\s*年\s*|([一二三四五六七八九十]{{1,3}}届)\s*)?第\s*{_N}\s*[号號]\s*[）)]?$")
# The serial run on into the sentence announcing the text: '国务院令第475号《…条例》已经…通过，现予公布'.
_RUN_ON = lazy(rf"^(?:((?:19|20)\d\d)年)?([一二三四五六七八九十]{{1,3}}届)?第{_N}[号號](?=《|现予|現予)")
# A signer's title and name closing the decree's sentence, the date run on or on the next line: '总理　李强'.
_SIGNER = lazy(r"(?:中华人民共和国|中華人民共和國)?[\u4e00-\u9fff]{0,12}?(?:总理|總理|主席|部长|部長|主任|局长|局長|署长|署長|"
               r"行长|行長|省长|省長|市长|市長|委员长|委員長)[\u4e00-\u9fff·]{2,4}?([0-9０-９〇○零一二].*)?")
_HEAD, _SIGN_SPAN, _SIGN_MAX = 8, 6, 48
# An order cited by the note under a regulation's title, after the date of the act it records: '(2007年4月5日中华人民
# 共和国国务院令第492号公布　2019年4月3日中华人民共和国国务院令第711号修订…)'.
_NOTED = lazy(rf"(?<=[日月\s　（(])(?:中华人民共和国|中華人民共和國)?([\u4e00-\u9fff]{{2,12}}?)令\s*第\s*{_N}\s*[号號]"
              r"(?=\s*(?:公布|公佈|发布|發布|颁布|頒布|修订|修訂|修正|修改))")
_NOTE_OPENERS = "（(［[【"
_NOTE_LINES = 6  # the note sits right under the title


def _compact(line: str) -> str:
    return "".join(line.split())


def decree(head: list[str]) -> tuple[str, str, int]:
    """(issuer, number, line index) of a decree's header, or ('', '', -1): decrees are numbered by a serial, per
    issuer, with a year (ministries), a term (the President) or neither (the State Council)."""
    for i, line in enumerate(head[:_HEAD]):
        m = _DECREE.match(_compact(line))
        if not m:
            continue
        serial = (_SERIAL.match(m.group(2)) or _RUN_ON.match(m.group(2))) if m.group(2) else (
            _SERIAL.match(_compact(head[i + 1])) if i + 1 < len(head) else None)
        if serial is None:
            continue
        org, year, term, n = m.group(1), serial.group(1), serial.group(2), to_int(serial.group(3))
        folded = fold(org)
        if folded == "国务院":
            return org, f"国令第{n}号", i
        if year:
            return org, f"{org}令{year}年第{n}号", i
        if term:
            return ("中华人民共和国主席" if folded == "主席" else org), f"{org}令（{term}第{n}号）", i
        return ("中华人民共和国主席" if folded == "主席" else org), f"{org}令第{n}号", i
    return "", "", -1


def noted(head: list[str]) -> tuple[str, str]:
    """(issuer, number) of the order that last published the regulation, as the note under its title records its
    versions ('…国务院令第492号公布　2019年4月3日中华人民共和国国务院令第711号修订'): the text is that order's, and
    a later amendment by decision ('根据…《国务院关于修改…的决定》修订') keeps its number; ('', '') when none."""
    for line in head[1:_NOTE_LINES]:
        if line[:1] not in _NOTE_OPENERS:
            continue
        found = list(_NOTED.finditer(line))
        if found:
            org, n = found[-1].group(1), to_int(found[-1].group(2))
            if fold(org) == "国务院":
                return org, f"国令第{n}号"
            return ("中华人民共和国主席" if fold(org) == "主席" else org), f"{org}令第{n}号"  # a law's, as decree() reads it
    return "", ""


def signed_on(head: list[str], start: int, date_of, is_date) -> str:
    """The date under the decree's signer ('总理　李强' over '2024年3月10日', or run on after the decree's sentence),
    the few lines after its header at `start`; '' when no signer is there (a date in the body is not the decree's).
    A page that lost its line breaks runs the title on after the date ('二○○六年九月十九日 某某条例'): the date is read."""
    for i in range(start + 1, min(len(head), start + 1 + _SIGN_SPAN)):
        line = _compact(head[i])
        tail = line[line.rfind("。") + 1:]  # the signer closes the sentence that announces the text
        m = _SIGNER.fullmatch(tail) if 0 < len(tail) <= _SIGN_MAX else None
        if m is None:
            continue
        if m.group(1):
            return date_of(m.group(1)) if is_date(m.group(1)) else ""
        below = head[i + 1].strip() if i + 1 < len(head) else ""
        below = below if is_date(below) else below.split(None, 1)[0] if below else ""  # text run on after a space
        return date_of(below) if below and is_date(below) else ""
    return ""
