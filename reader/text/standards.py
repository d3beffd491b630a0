"""A standard's cover: the lines over its title (ICS 35.240 / L 70 / 中华人民共和国国家标准 / GB/T 22239—2019 /
代替 GB/T 22239—2008) and under it (2019-05-10发布 2019-12-01实施 / …发布), which name, date and issue the standard.

A reader of a standard knows it by its title and its number; the cover lines are neither its title nor a heading.
Every test looks at one line: linear time.
"""

from __future__ import annotations


from reader.text.lazyre import lazy

_SP = "[ \t\u3000]"
_ICS = lazy(rf"ICS{_SP}*\d{{2}}(?:\.\d{{2,3}}){{0,2}}(?:(?:{_SP}*[;；]|{_SP}){_SP}*\d{{2}}(?:\.\d{{2,3}}){{0,2}})*")
_CCS = lazy(rf"(?:CCS{_SP}*)?[A-Z]{_SP}?\d{{2}}")  # the Chinese classification: 'L 70', 'CCS L 70'
_SERIES = lazy(r"(?:中华人民共和国|中華人民共和國)?[\u4e00-\u9fff]{0,12}"
               r"(?:国家标准|國家標準|行业标准|行業標準|地方标准|地方標準|团体标准|團體標準|企业标准|企業標準)")
# 'GB/T 22239—2019', 'GB 17859-1999', 'JT/T 808-2019', 'T/CSAE 53—2020', 'DB31/T 1234—2020'
_NUMBER = lazy(rf"(?:代替{_SP}*|替代{_SP}*)?((?:GB(?:/[TZ])?|[A-Z]{{2,4}}(?:/[TZ])?|T/[A-Z]{{2,10}}|DB\d{{2}}(?:/T)?)"
               rf"{_SP}*\d{{1,6}}(?:\.\d{{1,3}})?{_SP}*[—–\-－]{{1,2}}{_SP}*\d{{4}})"
               rf"(?:{_SP}*[,，、;；]{_SP}*(?:GB(?:/[TZ])?|[A-Z]{{2,4}}(?:/[TZ])?)?{_SP}*\d{{1,6}}{_SP}*[—–\-－]{{1,2}}{_SP}*\d{{4}})*")
_FILED = lazy(rf"备案号{_SP}*[:：]?{_SP}*\S{{1,30}}")
_DATES = lazy(rf"(\d{{4}}[-－.]\d{{1,2}}[-－.]\d{{1,2}}){_SP}*发布{_SP}*(?:\d{{4}}[-－.]\d{{1,2}}[-－.]\d{{1,2}}{_SP}*实施)?")
_ISSUER = lazy(rf"([\u4e00-\u9fff（）() \t\u3000]{{2,76}}?)发{_SP}?布")
_ORG_ENDS = ("局", "委员会", "部", "总局", "协会", "学会", "联盟", "政府", "中心", "研究院", "公司")


def cover_line(text: str) -> str:
    """What a line of a standard's cover says ('ics', 'ccs', 'series', 'number', 'filed', 'dates', 'issuer'), or ''."""
    text = text.strip()
    if not text or len(text) > 80:
        return ""
    if text.startswith("ICS") and _ICS.fullmatch(text):
        return "ics"
    if len(text) <= 8 and _CCS.fullmatch(text):
        return "ccs"
    if text.endswith("标准") or text.endswith("標準"):
        return "series" if _SERIES.fullmatch(text) else ""
    if _NUMBER.fullmatch(text):
        return "number"
    if text.startswith("备案号") and _FILED.fullmatch(text):
        return "filed"
    if text[:1].isdigit() and _DATES.fullmatch(text):
        return "dates"
    if text.endswith("布") and (found := _ISSUER.fullmatch(text)) is not None \
            and found.group(1).split() and all(name.endswith(_ORG_ENDS) for name in found.group(1).split()):
        return "issuer"
    return ""


def standard_number(text: str) -> str:
    """'GB/T 22239—2019' when the line is a standard's number on its cover (not the one it replaces), else ''."""
    text = text.strip()
    if len(text) > 40 or text.startswith(("代替", "替代")):
        return ""
    found = _NUMBER.fullmatch(text)
    return " ".join(found.group(1).split()) if found is not None else ""


def cover_dates(text: str) -> str:
    """The date a cover says the standard was issued ('2019-05-10发布　2019-12-01实施' → 2019-05-10), else ''."""
    found = _DATES.fullmatch(text.strip()) if text.strip()[:1].isdigit() and len(text) <= 80 else None
    return found.group(1) if found is not None else ""


def cover_issuer(text: str) -> str:
    """The issuers a cover names over '发布' ('国家市场监督管理总局　中国国家标准化管理委员会　发布'), else ''."""
    found = _ISSUER.fullmatch(text.strip()) if cover_line(text) == "issuer" else None
    return " ".join(found.group(1).split()) if found is not None else ""
