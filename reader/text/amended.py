"""When a law was last amended, from its own adoption and amendment note under the title ('（1980年9月10日…通过
根据…第一次修正 … 2018年8月31日…修订）', a 历次修正 list, Taiwan's '…號令修正公布'): the text a reader has is that
version's. A Taiwan law's header labels say the same ('修正日期：民國 110 年 12 月 17 日', '公布日期：…'). Dates cited in
the body, and the adoption of a decision that amends another law, are not its amendments."""

from __future__ import annotations

from reader.text.adopted import adoption, dates_in, roc_date
from reader.text.lazyre import lazy

_OPENERS = "（(［[【 　"
_CLOSERS = "）)］]】"
_AMEND = lazy(r"(?:修正|修订|修訂|修改)(?![的后後前])")  # '…修订的《环境保护法》' cites a version, no act
_CITED = lazy(r"《[^《》]{0,80}》|〈[^〈〉]{0,80}〉|<[^<>]{0,80}>")  # '《关于修改…的决定》' names a decision, no act
# '…通过的《中华人民共和国宪法修正案》': the note's own line adopts an amendment of this law
_AMENDMENT = lazy(r"《[^《》]{0,80}修正案(?:[（(][^《》]{1,6}[）)])?》")
_ENUMERATOR = lazy(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、](?!\d{1,2}[.．]\d)\s*")  # '2.中華民國…修正公布', not '97.04.22'
_ROC_DOTTED = lazy(r"^(\d{2,3})[.．](\d{1,2})[.．](\d{1,2})(?=[\s　])")  # '97.04.22 96學年度…會議修正通過'
_BY = ("根据", "根據", "依据", "依據")
_LIST_HEADS = ("历次修正", "歷次修正", "历次修订", "歷次修訂", "修正沿革", "立法沿革", "沿革", "修正记录", "修正紀錄")
_HISTORY_LINES = 6  # where a note starts: right under the title
_RUN_MAX = 40  # lines of one history (a Taiwan law amended thirty times lists each)
_NOTE_LINES = 8  # lines a bracketed note wrapped by a PDF extract spans
_CLAUSE_MAX = 80
_DATE_MAX = 40  # where a history line's opening date ends ('中華民國一百十二年十二月二十一日')
_NOTE_MAX = 4000  # a note of thirty amendments; a longer line is text, read no further
_ROC_OFFSET = 1911
# '2001年10月修正', '民國 115 年 6 月': a month with no day ('2018年7月底前修订' is a deadline, no act)
_MONTH = lazy(r"(?:(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})|((?:19|20)\d\d)|([〇○零一二三四五六七八九]{4}))\s*年\s*"
              r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?!\s*[\d一二三四五六七八九十])(?![底初中末旬前后後以起至到份])")
_CN_DIGITS = {c: str(k) for k, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
_MONTHS = {"十": 10, "十一": 11, "十二": 12} | {c: k for k, c in enumerate("一二三四五六七八九", 1)}
# '（1998年1月实施 2000年5月第一次修订 …）': the first version's effective date, no adoption
_IN_FORCE = lazy(r"\s*(?:起\s*)?(?:实施|實施|施行|生效)")
# law.moj.gov.tw's header: '修正日期：民國 112 年 02 月 15 日' (the version's), '公布日期'/'發布日期' (never amended)
_LABEL = lazy(r"^(修正日期|修訂日期|修订日期|公布日期|公佈日期|發布日期|发布日期|制定日期)\s*[:：]\s*(.{1,40})$")
_COMPACT = lazy(r"^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")  # '修正日期：19470101'
_ISO = lazy(r"^((?:19|20)\d\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")  # '2018/11/21'


def _months(text: str, full: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Dates of the text with a month and no day, as (start, end, 'yyyy-mm'), outside the full dates found."""
    out = []
    for m in _MONTH.finditer(text):  # '二〇〇〇年五月' as '2000年5月'
        cn_year = "".join(_CN_DIGITS[c] for c in m.group(3) or "")
        year = int(m.group(1)) + _ROC_OFFSET if m.group(1) else int(m.group(2) or cn_year)
        month = int(m.group(4)) if m.group(4).isdigit() else _MONTHS.get(m.group(4), 0)
        if 1 <= month <= 12 and 1912 <= year <= 2100 and not any(s < m.end() and m.start() < e for s, e, _ in full):
            out.append((m.start(), m.end(), f"{year:04d}-{month:02d}"))
    return out


def _dates(text: str) -> list[tuple[int, int, str]]:
    """Each date of a note's text in order: a full one as yyyy-mm-dd, one that names its month only as yyyy-mm
    (which sorts before the days of that month and after the month before)."""
    full = dates_in(text)
    return sorted(full + _months(text, full)) if "月" in text else full


def _label_date(value: str) -> str:
    """A header label's date as ISO: 民國 112 年 02 月 15 日, 2018/11/21, 19470101, 民國 115 年 6 月."""
    value = value.strip()
    if (roc := roc_date(value)) or (found := dates_in(value)):
        return roc or found[0][2]
    m = _COMPACT.match(value) or _ISO.match(value)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    months = _months(value, [])
    return months[0][2] if months and months[0][0] == 0 else ""


def labelled(lines: list[str]) -> tuple[str, str]:
    """(promulgated, last amended) from a law's header labels ('公布日期：…', '修正日期：…'), '' for each not there."""
    promulgated = amended_on = ""
    for k, line in enumerate(lines):
        m = _LABEL.match(line) if len(line) < 50 and "日期" in line[:4] else None
        wrapped = lines[k + 1] if k + 1 < len(lines) and len(lines[k + 1]) <= 2 else ""  # '…02 月 15' over '日'
        date = _label_date(m.group(2) + wrapped) if m else ""
        if date and m.group(1).startswith("修") and not amended_on:
            amended_on = date
        elif date and not m.group(1).startswith("修") and not promulgated:
            promulgated = date
    return promulgated, amended_on


def _body(line: str) -> str:
    """A history line without its bracket, its enumerator or the 根据 before its date."""
    body = _ENUMERATOR.sub("", line.lstrip(_OPENERS), count=1)
    return body[2:].lstrip() if body.startswith(_BY) else body


def _dotted(body: str) -> list[tuple[int, int, str]]:
    """'97.04.22 …' at the start: a date counted in years of the Republic, as a school's rules list them."""
    m = _ROC_DOTTED.match(body)
    if not m:
        return []
    year, month, day = int(m.group(1)) + _ROC_OFFSET, int(m.group(2)), int(m.group(3))
    ok = 34 <= int(m.group(1)) <= 150 and 1 <= month <= 12 and 1 <= day <= 31
    return [(0, m.end(), f"{year:04d}-{month:02d}-{day:02d}")] if ok else []


def _history(line: str) -> bool:
    """A line of a note: it opens with a date followed by the organ and its act, no lead's comma, no sentence."""
    body = _body(line[:2 * _DATE_MAX])
    dates = _dotted(body) or _dates(body[:_DATE_MAX])
    return bool(dates) and dates[0][0] == 0 and body[dates[0][1]:][:1] not in "，,、；;。" and not line.endswith("。")


def _note(lines: list[str], k: int) -> tuple[str, int]:
    """The note starting at line k, a bracketed one joined over the lines a PDF extract wrapped it on; and the
    line after it."""
    line = lines[k]
    if line[:1] in "（([【" and line[-1:] not in _CLOSERS:
        parts = [line]
        for j in range(k + 1, min(len(lines), k + _NOTE_LINES)):
            parts.append(lines[j])
            if lines[j][-1:] in _CLOSERS:
                return "".join(parts), j + 1
    return line, k + 1


def _clauses(text: str) -> list[tuple[str, bool, bool]]:
    """Each dated clause of a note as (ISO date, whether it amends: '根据…《关于修改…的决定》第一次修正', '…令修正公布',
    whether it only puts a version in force: '1998年1月实施')."""
    body = _ENUMERATOR.sub("", text[:_NOTE_MAX].strip(_OPENERS + _CLOSERS), count=1)
    lead = _dotted(body)
    dates = lead + [d for d in _dates(body) if not lead or d[0] >= lead[0][1]]
    found = []
    for k, (_, end, iso) in enumerate(dates):
        clause = body[end: dates[k + 1][0] if k + 1 < len(dates) else len(body)][:_CLAUSE_MAX]
        if clause[:1] in "，,、；;。":
            break  # a sentence, not a note
        found.append((iso, bool(_AMEND.search(_CITED.sub("", clause)) or _AMENDMENT.search(clause)),
                      _IN_FORCE.match(clause) is not None))
    return found


def _note_clauses(lines: list[str]) -> list[tuple[str, bool, bool]]:
    """The dated clauses of the note under a law's title (lines: the head, title first), in order."""
    start = -1
    for k in range(1, min(len(lines), _HISTORY_LINES)):
        if _history(lines[k]):
            start = k
            break
        if lines[k].rstrip("：:") in _LIST_HEADS and k + 1 < len(lines) and _history(lines[k + 1]):
            start = k + 1
            break
    found: list[tuple[str, bool, bool]] = []
    k = start
    while 0 <= k < min(len(lines), start + _RUN_MAX):
        note, after = _note(lines, k)
        if k > start and not _history(note):
            break
        found += _clauses(note)
        if note[:1] in "（([【" and note[-1:] in _CLOSERS:
            break  # a bracketed note is the whole history
        k = after
    return found


def amended(lines: list[str]) -> str:
    """The last amendment date (ISO) in the note under a law's title or its '修正日期' label (lines: the head, title
    first), else ''."""
    return max(max((iso for iso, amends, _ in _note_clauses(lines) if amends), default=""), labelled(lines)[1])


def versions(lines: list[str]) -> tuple[str, str]:
    """(adopted, last amended) of a law from its head lines: adoption or first promulgation, else the note's first
    date when it amends nothing ('89.06.20 …校務會議通過') and is no date of entry into force ('1998年1月实施' adopts
    nothing), else its '公布日期' label; ('', '') when it tells neither.
    A date the note gives to an amendment only is no adoption ('…號令修正公布'); one it also gives to an adopting
    clause is (a law adopted and amended on the same day keeps both)."""
    clauses = _note_clauses(lines)
    promulgated_label, amended_label = labelled(lines)
    last = max(max((iso for iso, amends, _ in clauses if amends), default=""), amended_label)
    adopted, promulgated, _ = adoption(lines)
    first = clauses[0][0] if clauses and not clauses[0][1] and not clauses[0][2] else ""
    amending = {iso for iso, amends, _ in clauses if amends} - {iso for iso, amends, _ in clauses if not amends}
    candidates = (adopted, promulgated, first, promulgated_label)
    return next((d for d in candidates if d and d not in amending), ""), last
