"""Official-document metadata: 文号, 发文机关, 成文日期, publication date, source and kind, read from the text."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from reader.text.adopted import adoption, delivered, roc_date
from reader.text.amended import amended
from reader.text.decrees import decree, noted, signed_on
from reader.text.fold import fold
from reader.text.gluednumbers import (cited as _cited, closes as _closes, title_before, title_without_number,
                                      wrapped_start)
from reader.text.issuers import authority_of_number
from reader.text.lazyre import lazy
from reader.text.meta import parse_meta_line
from reader.text.metavalues import (CN_YEAR, date_value, labels_joined, month_date, numeral_year, time_word,
                                   without_site)
from reader.text.model import Decoded, Document
from reader.text.serials import (after_title, appendix_start, chapter, court_header, notice_serial, ordinance,
                                 without_note)
from reader.text.signatures import closing, signed_within
from reader.text.standards import cover_dates, cover_issuer, standard_number


@dataclass(frozen=True)
class Official:
    """What a reader of official texts sorts and filters by; '' when the text does not say."""

    authority: str = ""  # 发文机关
    number: str = ""  # 文号, brackets normalised to 〔〕
    written: str = ""  # 成文日期, ISO yyyy-mm-dd (an amended law's last amendment)
    published: str = ""  # 发布日期, ISO
    source: str = ""
    kind: str = ""  # 通知, 意见, 办法 ... (simplified)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


_OPEN, _CLOSE = "〔[［(（【﹝", "〕]］)）】﹞"
_YEAR = r"(?:19|20|１９|２０)\d\d"  # \d takes full-width digits too (２０２１年), as int() does
_SEP = "[-/.－／．]"
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_NUMBER = lazy(
    rf"(?:^|(?<=[\s:：（(【\[“「]))([\u4e00-\u9fff]{{1,14}})\s*[{re.escape(_OPEN)}]\s*({_YEAR}|{CN_YEAR})\s*"
    rf"[{re.escape(_CLOSE)}]\s*第?\s*(\d{{1,5}})\s*([号號])")
_TW_NUMBER = lazy(r"(?:^|(?<=[\s:：（(]))([\u4e00-\u9fff]{1,12}(?:[(（][一二三四五六七八九十]{1,3}[)）][\u4e00-\u9fff]{0,4})?字)"
                  r"\s*第\s*(\d{3,12})\s*([号號])")  # 臺教高(二)字第1120012345號: a unit's grade in brackets
_GLUED_NUMBER = lazy(rf"[{re.escape(_OPEN)}]\s*(?:{_YEAR}|{CN_YEAR})\s*[{re.escape(_CLOSE)}]\s*第?\s*\d{{1,5}}\s*[号號]")
_ABOUT = lazy("(关于|關於|關于|关於|印发(?=《)|印發(?=《))")  # ('關于': a page's traditional script, 于 left as it was)
_LABEL = lazy(r"^[【\[(（]?\s*(发文字号|發文字號|文号|文號|字号|發文機關|发文机关|制定机关|發布機關|发布机关|成文日期|成文时间|"
              r"发文日期|發文日期|印发日期|发稿日期|發稿日期|发稿时间|發稿時間|发布日期|發布日期|發佈日期|发布时间|發布時間|发布于|發布於|發佈於|公布日期|公布時間|施行日期|来源|來源)"
              r"\s*[】\])）]?\s*[:：]\s*(.{1,60})$")
_LABEL_FIELD = {"发文字号": "number", "文号": "number", "字号": "number", "发文机关": "authority",
                "制定机关": "authority", "发布机关": "authority", "成文日期": "written", "成文时间": "written",
                "发文日期": "written", "印发日期": "written", "发布日期": "published", "发布时间": "published", "发布于": "published",
                "公布日期": "published", "公布时间": "published", "发稿日期": "published",
                "发稿时间": "published", "来源": "source"}

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "o": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGIT_CLASS = "〇○零ＯOo0一二三四五六七八九"
_CN_DATE = lazy(rf"([{_CN_DIGIT_CLASS}]{{4}})\s*年\s*([一二三四五六七八九十]{{1,3}})\s*月\s*([一二三四五六七八九十]{{1,3}})\s*日")
_DATE = lazy(rf"({_YEAR})\s*(?:年|{_SEP})\s*(\d{{1,2}})\s*(?:月|{_SEP})\s*(\d{{1,2}})(?!\d)\s*日?")
_DATE_ONLY = lazy(rf"^[（(【\[]?\s*(?:{_YEAR}\s*(?:年|{_SEP})\s*\d{{1,2}}\s*(?:月|{_SEP})\s*\d{{1,2}}\s*日?|"
                  rf"[{_CN_DIGIT_CLASS}]{{4}}\s*年\s*[一二三四五六七八九十]{{1,3}}\s*月\s*[一二三四五六七八九十]{{1,3}}\s*日)"
                  r"(?:\s*[（(]星期[一二三四五六日天][）)])?\s*[）)】\]]?$")  # '2024年11月20日（星期三）'
_ORG_END = lazy(r"(人民政府|政府|办公厅|办公室|委员会|常委会|常务委员会|中央|国务院|部|局|厅|委|院|署|行|会|中心|法院|检察院|"
                r"总局|总署|组|处|所|司|集团|公司)$")

# Kinds by the end of a (folded) title, longest first; the document is the outer genre ('…的通知' is a 通知).
_KINDS = ("实施细则", "实施意见", "指导意见", "实施办法", "管理办法", "暂行办法", "暂行规定", "工作报告", "意见", "通知", "通报",
          "决定", "决议", "办法", "规定", "条例", "细则", "报告", "讲话", "致辞", "公告", "通告", "批复", "方案", "规划", "纲要",
          "计划", "纪要", "公报", "规则", "章程", "命令", "指引", "准则", "答复", "宪法", "法", "函", "令", "要点", "总结",
          "答记者问", "判决书", "裁定书", "调解书", "决定书", "起诉书")
_KIND_NAME = {"实施细则": "细则", "实施意见": "意见", "指导意见": "意见", "实施办法": "办法", "管理办法": "办法", "暂行办法": "办法",
              "暂行规定": "规定", "工作报告": "报告", "致辞": "讲话", "宪法": "法律", "法": "法律"}
_TRAILING_NOTE = lazy(r"[（(][^（()）]{1,20}[）)]$")
_SPEECH = lazy(r"(在.{1,40}上的讲话|讲话稿|讲话)")

_HEAD_LINES, _TAIL_LINES = 40, 15
_PREFIX_MAX = 10


def _ascii(digits: str) -> str:
    """A serial's digits as ASCII, keeping its leading zeros (字第0980012345号)."""
    return digits.translate(_ASCII_DIGITS)


def _cn_number(text: str) -> int:
    """十 → 10, 二十四 → 24, 三十一 → 31, 五 → 5 (month and day numerals)."""
    if "十" not in text:
        return _CN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _valid(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100 else ""


def iso_date(text: str) -> str:
    """The first date in the text as yyyy-mm-dd: '2024年5月6日', '2024-5-6', '二〇二四年五月六日'; else ''."""
    m = _DATE.search(text)
    cn = _CN_DATE.search(text)
    if cn and (not m or cn.start() < m.start()):
        year = int("".join(str(_CN_DIGITS[c]) for c in cn.group(1)))
        return _valid(year, _cn_number(cn.group(2)), _cn_number(cn.group(3)))
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return ""


def is_date_line(line: str) -> bool:
    """A line that is a date and nothing else (a signature's date, '2021年3月5日', '二〇二一年三月五日')."""
    return bool(_DATE_ONLY.match(line))


def names_an_authority(name: str) -> bool:
    """Ends as the name of an issuing body does (…人民法院, …国务院, …办公厅), in either script."""
    return bool(_ORG_END.search(fold(name)))


def normalize_number(text: str) -> str:
    """A 文号 as one spelling: 〔〕 for every bracket variant, no spaces, no 第 before the serial."""
    m = _NUMBER.search(text.strip())
    if m:
        return f"{m.group(1)}〔{numeral_year(m.group(2))}〕{int(m.group(3))}{m.group(4)}"
    m = _TW_NUMBER.search(text.strip())
    if m:
        return f"{m.group(1)}第{_ascii(m.group(2))}{m.group(3)}"
    return "".join(text.split()).translate(_ASCII_DIGITS)


def find_number(text: str) -> str:
    """The first 文号 in a line or text, normalised, else ''."""
    m = _NUMBER.search(text)
    if m:
        return f"{m.group(1)}〔{numeral_year(m.group(2))}〕{int(m.group(3))}{m.group(4)}"
    m = _TW_NUMBER.search(text)
    return f"{m.group(1)}第{_ascii(m.group(2))}{m.group(3)}" if m else ""


# A court's case number on its own line ('（2023）京0105民初12345号'): a judgment's 文号.
_CASE_NUMBER = lazy(r"[（(]\s*(?:19|20)\d\d\s*[）)]\s*[\u4e00-\u9fff0-9]{1,12}?\d{1,6}\s*号")


def case_number_line(line: str) -> bool:
    """'（2015）漳刑终字第42号' alone on its line: a ruling's own number, its header."""
    return line[:1] in "（(" and "号" in line and _CASE_NUMBER.fullmatch(line.strip()) is not None  # most: no 号


def _own_number(line: str, above: str = "") -> str:
    """The 文号 of a line that carries one as itself ('国发〔2019〕3号', '（国办发〔2018〕123号）', a title ending in
    one, the second half of a title wrapped over it), not one quoted in a sentence ('根据国发〔2019〕3号文件精神…')."""
    if len(line) > 2 * _OWN_MAX:
        return ""
    m = _GLUED_NUMBER.search(line)
    if m and m.start() > 0 and _closes(line[m.end():].strip(" 　）)】]”」")):
        k = wrapped_start(above, line)  # '…的' over '实施意见国办发〔2021〕11号'
        if k >= 0 or (k := after_title(line, m.start())) > 0:
            return find_number(line[k:])  # run on after its title ('…的通报国办函〔2018〕46号'), the salutation after
    if len(line) > _OWN_MAX:
        return ""
    for pattern in (_NUMBER, _TW_NUMBER):
        m = pattern.search(line)
        rest = line[m.end():].strip(" 　）)】]”」") if m else ""
        if m and (not rest or is_date_line(rest) or m.start() == 0 and (_closes(rest) or _repeats_title(rest))) \
                and not _cited(m.group(1)):  # '（法〔2001〕8号 2001年1月21日）': its date beside it
            return find_number(m.group(0))  # or the salutation run on after it ('国办发〔2015〕94号各省、…：')
    return "".join(line.split()).replace("(", "（").replace(")", "）") if case_number_line(line) else ""


_OWN_MAX = 80


def _repeats_title(rest: str) -> bool:
    """'国发〔2007〕37号国务院关于…的通知': the page repeating the title right after the number."""
    return ("关于" in rest or "關於" in rest) and bool(kind_of_title(rest)) and rest[-1:] not in "。，；："


def kind_of_title(title: str, site: bool = True) -> str:
    """The genre a title ends in ('…的通知' → 通知, '政府工作报告' → 报告), in simplified characters."""
    folded = fold(title_without_number(title.strip()))
    for _ in range(2):
        folded = _TRAILING_NOTE.sub("", folded).strip(" 　")
    folded = folded.rstrip("》〉」』\"”")
    if _SPEECH.search(folded) and not folded.endswith(("通知", "意见")):
        return "讲话"
    for kind in _KINDS:
        if folded.endswith(kind):
            return _KIND_NAME.get(kind, kind)
    bare = without_site(title)  # '…的通知__上海市卫生健康委员会': a page's <title>, the site after it
    return kind_of_title(bare, False) if site and bare != title else ""


def authority_of_title(title: str) -> str:
    """'国务院办公厅关于…的通知' → 国务院办公厅: the issuer named before 关于 when it reads as an organisation."""
    if (lead := _NUMBER.match(title)) is not None:
        title = title[lead.end():]  # '国发〔2007〕37号国务院关于…': the number run on before the title
    head, sep, _ = (_ABOUT.split(title, 1) + ["", ""])[:3]  # '上海市人民政府印發《…》的通知' names it before 印發
    for verb in ("转发", "轉發", "批转", "批轉", "印发", "印發"):
        head = head.split(verb, 1)[0]
    head = head.strip(" 　《〈「“")  # '鲁政发〔2014〕20号《山东省人民政府关于…》': a reposted title in its quotes
    if sep and 2 <= len(head) <= 40 and _ORG_END.search(fold(head).split()[-1] if head.split() else ""):
        return " ".join(head.split())
    return ""


_COURT_PAPER = lazy(r"(.{2,30}?(?:法院|检察院|檢察院|仲裁委员会|仲裁委員會))(?:民事|刑事|行政|执行|執行|国家赔偿|國家賠償)?"
                    r"(?:判决书|判決書|裁定书|裁定書|调解书|調解書|决定书|決定書|起诉书|起訴書)")


def _court_of_title(title: str) -> str:
    """'北京市朝阳区人民法院民事判决书' → 北京市朝阳区人民法院: the court that issues its judgment."""
    found = _COURT_PAPER.fullmatch(title.strip()) if len(title) <= 50 else None
    return found.group(1).strip() if found else ""


def _lines(text: str) -> tuple[list[str], list[str], list[str]]:
    """The head, and the tail that closes the document itself: the lines before its attachments, when a bare
    '附件' or '附相关法律条文' line a few lines under a date line starts them (a notice signed, then the 办法 it
    issues; a ruling signed, then the statutes it applied)."""
    lines = [line.strip(" \t　") for line in text.split("\n")]
    lines = [_unspaced(line) if _colon_near(line) else line for line in lines if line]
    end = appendix_start(lines, lambda line: is_date_line(without_note(line)))
    return lines[:_HEAD_LINES], lines[max(0, end - _TAIL_LINES):end], lines[:end]


def _first_field(value: str) -> str:
    """A label's value up to the next field on the same line ('中国政府网　时间：…' -> '中国政府网')."""
    return re.split(r"\s{2,}|\u3000|[|｜]", value.strip(), maxsplit=1)[0].strip()


_LETTERHEAD = lazy(r"^(\S{2,20})[ \t\u3000]+(函|書函|书函|公告|令|開會通知單|开会通知单)$")
_LETTER_KIND = {"書函": "函", "书函": "函", "開會通知單": "通知", "开会通知单": "通知"}


def _letterhead(head: list[str]) -> tuple[str, str]:
    """'行政院　函', '臺北市政府　公告': a Taiwan 公文's issuer, spaced from its kind on the letterhead line; (issuer,
    kind) or ('', '')."""
    for line in head[:6]:
        m = _LETTERHEAD.match(line)
        if m and names_an_authority(m.group(1)):
            return m.group(1), _LETTER_KIND.get(m.group(2), m.group(2))
    return "", ""


def _dated(line: str) -> str:
    """The date of a line that is one and nothing else, else '' (a month with no day as yyyy-mm)."""
    return iso_date(line) if is_date_line(line) else month_date(line)


def _colon_near(line: str) -> bool:
    """A colon where a label's would be (a cheap test before the label patterns, on every line of a long text)."""
    return "：" in line[:_SPACED_MAX] or ":" in line[:_SPACED_MAX]


def _unspaced(line: str) -> str:
    """'文　　号： 穗府办规〔2021〕7号': a label spaced out to the width of the others in its table, as '文号：…'."""
    start = line[:_SPACED_MAX]
    if not any(c in start for c in " \t\u3000"):
        return line
    colon = next((k for k, c in enumerate(start) if c in ":："), -1)
    label = line[:colon] if colon > 0 else ""
    bare = "".join(label.split())
    return bare + line[colon:] if label != bare and 2 <= len(bare) <= 6 else line


_SPACED_MAX, _TABLE_GAP = 12, 3


def _table(lines: list[str]) -> list[str]:
    """A saved page's info table below the head its chrome fills (d32_04: '文号：' at line 64, '发布机关：' three
    lines under): label lines past the head, each with another within three lines."""
    at = [k for k, line in enumerate(lines) if _colon_near(line) and _LABEL.match(line)]
    return [lines[k] for n, k in enumerate(at) if (n and k - at[n - 1] <= _TABLE_GAP)
            or (n + 1 < len(at) and at[n + 1] - k <= _TABLE_GAP)]


def _labelled(lines: list[str]) -> dict[str, str]:
    """The fields labelled lines name ('发文字号：国发〔2024〕5号', '成文日期：2024年5月6日'), the first of each."""
    found: dict[str, str] = {}
    for line in lines:
        m = _LABEL.match(line)
        if m:
            field = _LABEL_FIELD.get(fold(m.group(1)))
            value = m.group(2).strip()
            if field and field not in found:
                if field == "number":
                    value = normalize_number(value)
                elif field in ("written", "published"):
                    value = roc_date(value) or iso_date(value) or iso_date(date_value(value))  # '發文日期：中華民國113年5月6日', 114/3/11
                elif field == "source" and time_word(value):
                    value = ""  # '来源：晚上' names no one
                elif field == "source" and len(fields := parse_meta_line(line) or {}) > 1:
                    value = fields.get("source") or value  # '来源：某某统计局发布日期：2024-06-05': a label run on
                if value:
                    found[field] = value
    return found


def extract(text: str, title: str = "", source: str = "", date: str = "") -> Official:
    """Metadata of an official document from its text (header labels, 文号 line, closing signature) and title."""
    head, tail, body = _lines(text)
    found = _labelled(labels_joined(head, _LABEL.match) + tail)  # '发文字号：' over '国发〔2024〕5号'
    late = _labelled(_table(body[_HEAD_LINES:]))  # fills only what nothing else gave
    serial_issuer = number_title = ""
    if "number" not in found:
        for i, line in enumerate(head):
            number, serial_issuer = notice_serial(line)
            number = number or _own_number(line, head[i - 1] if i else "")
            if number:
                found["number"], number_title = number, title_before(head[i - 1] if i else "", line, number)
                break
    ordinance_number, signed, gazetted, enacted = ordinance(head) if "number" not in found else ("", "", "", "")
    if ordinance_number:
        found["number"] = ordinance_number
    cap_name = ""
    if "number" not in found:
        cap_number, cap_name = chapter(head)
        found.update({"number": cap_number} if cap_number else {})
    cover = _standard_cover(head) if "number" not in found else {}
    found = {**cover, **found}  # a standard's cover: its number, issue date and issuers
    decree_authority, decree_date = "", ""
    if "number" not in found:
        decree_authority, found["number"], at = decree(head)
        decree_date = signed_on(head, at, iso_date, lambda line: is_date_line(without_note(line))) if at >= 0 else ""
    if not found.get("number"):
        decree_authority, found["number"] = noted(head)  # a regulation's note: '…国务院令第711号修订'
    sig_authority, sig_date = closing(tail, _dated, names_an_authority)
    if not sig_date:  # text after the signature: a note, an attachment list, a saved page's footer
        sig_authority, sig_date = signed_within(body, _dated, names_an_authority)
    letterhead, letter_kind = _letterhead(head)
    number = found.get("number") or late.get("number", "")
    adopted, promulgated, organ = adoption(head) if not (found.get("written") or sig_date) else ("", "", "")
    authority = (found.get("authority") or authority_of_title(title) or _court_of_title(title) or court_header(head)
                 or decree_authority or letterhead or sig_authority or authority_of_number(number) or organ
                 or serial_issuer or enacted or late.get("authority", ""))
    written = max(found.get("written") or decree_date or sig_date or signed or adopted or delivered(head, _own_number)
                  or _cover_date(head, title) or late.get("written", ""),
                  amended(head))  # an amended law's text is its last version's
    return Official(
        authority=authority, number=number, written=written,
        published=found.get("published") or promulgated or gazetted or (iso_date(date) if date else "")
        or late.get("published", ""),
        source=source or _first_field(found.get("source", "")),
        kind=(kind_of_title(title) or cover.get("kind", "") or kind_of_title(cap_name) or letter_kind
              or kind_of_title(number_title)),  # the title run on before its 文号, when the page shows none
    )


def _cover_date(head: list[str], title: str) -> str:
    """A notice that issues another text ('关于印发《…》的通知') and is signed before it: the first date line under
    its 文号 or salutation, when the closing block gave none (the issued text runs to the end)."""
    if not any(w in fold(title) for w in ("印发", "转发", "批转")):
        return ""
    opened = False
    for line in head:
        opened = opened or bool(_own_number(line)) or line.endswith(("：", ":"))
        if opened and is_date_line(without_note(line)):
            return iso_date(line)
    return ""


def _standard_cover(head: list[str]) -> dict[str, str]:
    """Number, issue date and issuers from a standard's cover lines ('GB/T 22239—2019', '2019-05-10发布 …')."""
    out: dict[str, str] = {}
    for line in head:
        for field, value in (("number", standard_number(line)), ("published", cover_dates(line)),
                             ("authority", cover_issuer(line))):
            if value and field not in out:
                out[field] = iso_date(value) if field == "published" else value
    if "number" in out:
        out["kind"] = "标准"
        return out
    return {}


def source_text(decoded: Decoded, document: Document) -> str:
    """What to read the metadata from: the raw lines (cleaning takes label lines out) or, for HTML, the removed
    metadata lines and the cleaned text."""
    if decoded.kind == "html":
        return "\n".join(r.text for r in document.removed if r.reason == "meta") + "\n" + document.text
    return decoded.text


def of_document(decoded: Decoded, document: Document) -> Official:
    """The metadata of a cleaned document (CLI info, the library's full pass)."""
    return extract(source_text(decoded, document), document.title, document.source, document.date)
