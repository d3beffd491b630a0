"""When a law was last amended, from its own adoption and amendment note under the title ('（1980年9月10日…通过
根据…第一次修正 … 2018年8月31日…修订）', a 历次修正 list, Taiwan's '…號令修正公布'): the text a reader has is that
version's. Dates cited in the body, and the adoption of a decision that amends another law, are not its amendments."""

from __future__ import annotations

from reader.text.adopted import adoption, dates_in
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
    dates = _dotted(body) or dates_in(body[:_DATE_MAX])
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


def _clauses(text: str) -> list[tuple[str, bool]]:
    """Each dated clause of a note as (ISO date, whether it amends: '根据…《关于修改…的决定》第一次修正', '…令修正公布')."""
    body = _ENUMERATOR.sub("", text[:_NOTE_MAX].strip(_OPENERS + _CLOSERS), count=1)
    lead = _dotted(body)
    dates = lead + [d for d in dates_in(body) if not lead or d[0] >= lead[0][1]]
    found = []
    for k, (_, end, iso) in enumerate(dates):
        clause = body[end: dates[k + 1][0] if k + 1 < len(dates) else len(body)][:_CLAUSE_MAX]
        if clause[:1] in "，,、；;。":
            break  # a sentence, not a note
        found.append((iso, bool(_AMEND.search(_CITED.sub("", clause)) or _AMENDMENT.search(clause))))
    return found


def _note_clauses(lines: list[str]) -> list[tuple[str, bool]]:
    """The dated clauses of the note under a law's title (lines: the head, title first), in order."""
    start = -1
    for k in range(1, min(len(lines), _HISTORY_LINES)):
        if _history(lines[k]):
            start = k
            break
        if lines[k].rstrip("：:") in _LIST_HEADS and k + 1 < len(lines) and _history(lines[k + 1]):
            start = k + 1
            break
    found: list[tuple[str, bool]] = []
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
    """The last amendment date (ISO) in the note under a law's title (lines: the head, title first), else ''."""
    return max((iso for iso, amends in _note_clauses(lines) if amends), default="")


def versions(lines: list[str]) -> tuple[str, str]:
    """(adopted, last amended) of a law from its head lines: adoption or first promulgation, else the note's first
    date when it amends nothing ('89.06.20 …校務會議通過'); ('', '') when it tells neither."""
    clauses = _note_clauses(lines)
    last = max((iso for iso, amends in clauses if amends), default="")
    adopted, promulgated, _ = adoption(lines)
    first = clauses[0][0] if clauses and not clauses[0][1] else ""
    amending = {iso for iso, amends in clauses if amends}  # '…號令修正公布' promulgates an amendment
    return next((d for d in (adopted, promulgated, first) if d and d not in amending), ""), last
