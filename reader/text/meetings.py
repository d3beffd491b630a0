"""A meeting record's fields: each case it decides (第一案：…) is written in fields that open their lines ('說明：',
'委員發言紀錄：', '決議：本案依下列意見修正後通過'), the parts a reader of the record goes by.

The fields become numbered like a family ('field'), counted again under each case, so they nest inside the case and
what they hold ((一) 背景說明) nests inside them. The outline reads a PDF's compatibility ideographs as their
characters (`punctuation.as_full_width`), so its '說明' (U+F96F) is a field too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence, Set as AbstractSet

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.numerals import to_int
from reader.text.openings import colon_lines, lines_holding, opens_no_digit, opens_none
from reader.text.plainlines import lines_opening

_FIELDS = ("說明", "说明", "委員發言紀錄", "委员发言纪录", "委員意見", "委员意见", "決議", "决议", "決定", "决定", "結論",
           "结论")
_DECISIONS = frozenset(("決議", "决议", "決定", "决定"))  # what makes the fields a meeting's: it decides
_STARTS = frozenset(name[0] for name in _FIELDS)
_NAMES_MIN = 2
_MARKED_MIN = 2  # headings a Markdown record marks with "#": it marks its parts itself


def decides(m: HeadingMatch | None) -> bool:
    """'決議：請依下列意見修正：' over （一）…（九）: what follows is the decision's items, not sections."""
    return m is not None and m.family == "field" and m.title in _DECISIONS


def _field(text: str) -> str:
    """'決議：本案依下列意見修正後通過' -> '決議'; '' for any other line."""
    for name in _FIELDS:
        if text.startswith(name) and (len(text) == len(name) or text[len(name)] in "：:"):
            return name
    return ""


def meeting_fields(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                   opening: AbstractSet[str] | None = None, kind: str = "text") -> dict[int, HeadingMatch]:
    """The field lines of a meeting record, as matches numbered from 1 again after each line of the family that holds
    them (the one just before the first field: 第一案); none unless two different fields appear and one decides, nor
    in a Markdown record that marks its motions with '#' ('### 議題1.' over '**說明**: …'): its writer marked every
    part meant, and the fields are each motion's text, as a Markdown viewer shows them."""
    if opens_none(opening, _STARTS):  # `opening`: what the lines open with, when known
        return {}
    if kind == "markdown" and sum(p.heading_level > 0 for p in paragraphs) >= _MARKED_MIN:
        return {}
    found: dict[int, str] = {}
    for i in lines_opening(paragraphs, _STARTS):
        if matches[i] is None and (name := _field(paragraphs[i].text.strip())):
            found[i] = name
    names = set(found.values())
    if len(names) < _NAMES_MIN or not names & _DECISIONS:
        return {}
    if 2 * sum(_holds(i, found, paragraphs, matches) for i in found) < len(found):
        return {}  # every field says its piece on its own line: the record's text, not its parts
    first = min(found)
    holder = next((m.family for m in reversed(matches[:first]) if m is not None), "")
    out: dict[int, HeadingMatch] = {}
    number = 0
    for i, m in enumerate(matches):
        if m is not None and m.family == holder:
            number = 0
        elif i in found:
            number += 1
            text = paragraphs[i].text
            lead = len(text) - len(text.lstrip())
            name = found[i]
            rest = text.strip()[len(name) + 1:].strip()
            out[i] = HeadingMatch("field", "", name, rest, number, 1, lead + len(name), text.strip()[len(name):][:1])
    return out


def _holds(i: int, found: dict[int, str], paragraphs: Sequence[Paragraph],
           matches: Sequence[HeadingMatch | None]) -> bool:
    """'決議：依下列意見修正後通過：' over '（一）…': the field holds what follows it, up to the next field or case;
    '決議: 表決8票同意。' right over '議題2.' says all it has on its own line."""
    after = i + 1
    return after < len(paragraphs) and after not in found and (matches[after] is None or matches[after].number == 1)


_PARTICULAR = lazy(r"[\u4e00-\u9fff]{2,6}[ \t\u3000]*[：:][ \t\u3000]*\S")
_PARTICULARS_MIN = 3
_PARTICULAR_MAX = 120


def particulars(paragraphs: Sequence[Paragraph], colons: Sequence[int] | None = None) -> set[int]:
    """'地點: 社區管理中心辦公室', '主席: 郭子仁', '記錄: 周如石', '出席住戶: …' one after another: a record's
    particulars (three or more short labels, each with its value on the line), never a part's heading (`colons`: the
    lines with a colon, when known)."""
    found: set[int] = set()
    run: list[int] = []
    # the pattern alone gives up a few characters in, cheaper than cutting out the label first; lstrip copies no
    # unindented line, and a match ends on a character of the stripped line. Only the lines with a colon are looked
    # at, and a run is their consecutive indices: no loop step for a line without one
    for i in [i for i in (colon_lines(paragraphs) if colons is None else colons)
              if len(paragraphs[i].text) <= _PARTICULAR_MAX and _PARTICULAR.match(paragraphs[i].text.lstrip())
              and paragraphs[i].text.rstrip()[-1:] not in "？?"]:  # '提问：…还有什么措施？' asks: no particular
        if run and i != run[-1] + 1:
            found.update(run if len(run) >= _PARTICULARS_MIN else ())
            run = []
        run.append(i)
    return found | set(run if len(run) >= _PARTICULARS_MIN else ())


SESSION_DATE = lazy(r"((?:19|20)[0-9]{2})(?:[ \t]*[./\-年][ \t]*([0-9]{1,2})[ \t]*[./\-月][ \t]*"
                    r"([0-9]{1,2})[ \t]*日?|"
                    r"(0[1-9]|1[0-2])([0-3][0-9])(?![0-9]))")  # '2024年6月21日', '20240723-工作安排'
_MONTH = lazy(r"((?:19|20)[0-9]{2})[ \t]*[./\-年][ \t]*(1[0-2]|0?[1-9])(?![0-9./\-])[ \t]*月?")  # '2021.07 月小聚'
_SHORT_DATE = lazy(r"(1[0-2]|0?[1-9])[.．/](3[01]|[12][0-9]|0?[1-9])(?:[ \t]*[（(][^）)]{1,6}[）)])?")
_DATE_LABEL = lazy(r"(?:会议|會議|开会|開會)?(?:时间|時間|日期)[ \t\u3000]*[：:][ \t\u3000]*")
_DATE_LABEL_FIRST = "会會开開时時日"
_PLACE_MAX = 12  # '2024年6月21日，管理学院919': the session's place after its date
_SESSION_TITLE_MAX = 30  # '2021/12/31 openEuler 20.03 LTS SP3发布评审': a date, then at most a short title
_TALK_TITLE_MAX = 50  # a talk's title, asked or with its subtitle, among sessions titled shorter
SESSIONS_MIN = 3
TEMPLATE_TITLE_MAX = 10  # '下一次会议内容': a session's part, named in a few words (sessionparts too)
_TIES_PER = 4  # sessions a day may hold two of, now and then
_SESSION_SPAN_MIN = 3  # the date's line and two of its own at least: a calendar's days and a feed's bylines hold less


def dated_sessions(paragraphs: Sequence[Paragraph], opening: AbstractSet[str] | None = None) -> set[int]:
    """'2019.10.11' or '2021/10/14 议题申报：' opening each session of a record kept over months: three or more, each
    holding lines of its own, dated in order (newest first or oldest first). A date that opens a sentence
    ('2019年3月5日，…') is a chronicle's entry, not a session."""
    if opens_none(opening, _DATE_LABEL_FIRST + "#") and opens_no_digit(opening):
        return set()  # no line opens with a date or its label (`opening`: what the lines open with; a law's with 第)
    found: list[tuple[int, tuple[int, int, int], bool]] = []
    days: list[tuple[int, tuple[int, int, int]]] = []  # '7.11' alone: a month and day, the year left out
    asked: list[tuple[int, tuple[int, int, int]]] = []  # '2023.12.21 政府 VS 平台：誰才是…真心人?': a talk's title
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if text[:1] == "#":
            text = text.lstrip("#").lstrip()  # '# 2021年7月20日' in a text file: a Markdown heading's marks
        if text[:1] in _DATE_LABEL_FIRST and (label := _DATE_LABEL.match(text)) is not None:
            text = text[label.end():]  # '时间: 2024年1月18日' opening each week's record: the date names the session
        if not text[:1].isdigit():
            continue
        monthly = (m := SESSION_DATE.match(text)) is None  # a month alone, if _MONTH matches
        if m is None and (m := _MONTH.match(text)) is None:
            if (short := _SHORT_DATE.fullmatch(text)) is not None:
                days.append((i, (0, int(short.group(1)), int(short.group(2)))))
            continue
        rest = text[m.end():].strip()
        if rest[:1] in "，," and len(rest) <= _PLACE_MAX:
            rest = rest[1:]  # a place, not the sentence of a chronicle's entry
        if monthly and not rest[:1].isalpha():
            continue  # '2021.07 月小聚: …' names a monthly meeting; '2020年4月' alone dates a letter
        date = (int(m.group(1)), int(m.group(2)), 0) if monthly else \
            (int(m.group(1)), int(m.group(2) or m.group(4)), int(m.group(3) or m.group(5)))
        if len(rest) <= _SESSION_TITLE_MAX and not any(ch in "。！？；，,;!?" for ch in rest):
            found.append((i, date, rest.endswith(("：", ":"))))
        elif rest[:1].isalnum() and len(rest) <= _TALK_TITLE_MAX and not any(ch in "。；;" for ch in rest) \
                and _asked_commas(rest):
            asked.append((i, date))
    if sessions := _in_order([(i, d) for i, d, _ in found], len(paragraphs)):
        dates = [(i, d) for i, d, _ in found]
        return sessions | _fitting([f for f in dates if f[0] in sessions], asked + _unwritten(dates, sessions))
    return sessions \
        or _in_order([(i, d) for i, d, label in found if not label], len(paragraphs)) \
        or (_in_order(days, len(paragraphs)) if not _numbered_like(days) else set())  # '2022/7/18 會議目標：' in a
    # session of 2022/7/4 names the next one's date: the sessions are the dates standing alone; '7.11', '7.14' too


def opening_session(lines: Sequence[Paragraph]) -> set[int]:
    """'2024年6月21日，管理学院919' as a record's first line, over '讨论主题：' as each later date is: the first
    session's date line, not the record's title (the line, when so; `lines`: anything with a text)."""
    if not lines or not lines[0].text.strip()[:1].isdigit():
        return set()  # a record that opens with its name, or with a label ('时间：…'), has a title of its own
    return {0} & dated_sessions(lines)


def _fitting(sessions: list[tuple[int, tuple[int, int, int]]], asked: list[tuple[int, tuple[int, int, int]]]) -> set[int]:
    """The talks whose dates fall in the sessions' order where they stand: one more session each ('2020.12.6 …' amid
    the sessions of 2022 is a date in some session's notes)."""
    if not asked:
        return set()
    starts = [i for i, _ in sessions]
    dates = [d for _, d in sessions]
    newest_first = dates[0] > dates[-1]
    out = set()
    for i, date in asked:
        k = bisect_right(starts, i)
        before, after = (dates[k - 1] if k else None), (dates[k] if k < len(dates) else None)
        if newest_first:
            before, after = after, before
        if (before is None or before <= date) and (after is None or date <= after) and (before or after):
            out.add(i)
    return out


def _numbered_like(days: list[tuple[int, tuple[int, int, int]]]) -> bool:
    """'2.1', '2.2', '3.1' count as sections do (one on, or the next part's first): a numbering, not days."""
    return all(b == (0, m, d + 1) or b == (0, m + 1, 1) for (_, (_, m, d)), (_, b) in zip(days, days[1:]))


def _asked_commas(rest: str) -> bool:
    """'丞相，起風了？近日的網軍與輿論探討': a talk's title may ask, its question's comma and all; other commas are a
    chronicle's sentence."""
    comma = max(rest.rfind("，"), rest.rfind(","))
    return comma < 0 or comma < max(rest.find("？"), rest.find("?"))


def _unwritten(found: list[tuple[int, tuple[int, int, int]]],
               held: AbstractSet[int]) -> list[tuple[int, tuple[int, int, int]]]:
    """'2023.11.16 戶籍資料外洩' right over the next session: a session whose notes were never written, when the dated
    lines beside it open sessions (dates over dates, a contents list's, stay out)."""
    marks = [i in held for i, _ in found]
    return [f for k, f in enumerate(found) if not marks[k] and (k == 0 or marks[k - 1])
            and (k + 1 == len(found) or marks[k + 1])]


def _in_order(found: list[tuple[int, tuple[int, int, int]]], end: int) -> set[int]:
    """The dated lines, when three or more, dated in order and each holding lines of its own, open sessions."""
    if len(found) < SESSIONS_MIN:
        return set()
    spans = [b - a for (a, _), b in zip(found, [i for i, _ in found[1:]] + [end])]
    if min(spans) < _SESSION_SPAN_MIN <= max(spans):  # a contents list of the sessions' dates over the sessions: the
        return _in_order([f for f, n in zip(found, spans) if n >= _SESSION_SPAN_MIN], end)  # dates that hold lines
    lines = [i for i, _ in found] + [end]
    dates = [d for _, d in found]
    ties = sum(a == b for a, b in zip(dates, dates[1:]))  # '2022.3.12 放映會' and that day's talk: two sessions
    ordered = _TIES_PER * ties < len(dates) and (all(a <= b for a, b in zip(dates, dates[1:]))
                                                 or all(a >= b for a, b in zip(dates, dates[1:])))
    held = all(b - a >= _SESSION_SPAN_MIN for a, b in zip(lines, lines[1:]))
    return set(lines[:-1]) if ordered and held else set()


_ORDINAL = lazy(r"第([一二三四五六七八九十]{1,3}|[0-9]{1,2})次(?:(?:会议|會議|例会|例會|组会|組會|周会|週會)"
                r"(?:记录|紀錄|記錄|纪要|紀要|录|錄)?[ \t\u3000]*[：:]?|[ \t\u3000]*[（(]([0-9]{4}[./\-][0-9]{1,2}[./\-]"
                r"[0-9]{1,2})[）)])")  # '第一次（2025.4.18）': the session's date names it where 会议 is left out


def ordinal_sessions(paragraphs: Sequence[Paragraph]) -> set[int]:
    """'第一次会议：', '第二次会议记录' standing alone: the sessions of a record kept over a project, two or more,
    counted on from one to the next, each holding lines of its own."""
    found: list[tuple[int, int]] = []
    stamps: list[str | None] = []  # each session's bracketed date, if it has one
    for i in lines_holding(paragraphs, "次"):  # a session counts with 次: most lines, one look
        text = paragraphs[i].text.strip()
        if text[:1] == "第" and (m := _ORDINAL.fullmatch(text)) is not None and (n := to_int(m.group(1))):
            found.append((i, n))
            stamps.append(m.group(2))
    numbers = [n for _, n in found]
    # a count said twice ('第四次（2025.5.9）', '第四次（2025.5.16）') is a slip the two dates set right
    dates = [a is not None and b is not None and a != b for a, b in zip(stamps, stamps[1:])]
    if len(found) < 2 or any(b != a + 1 and not (b == a and dated) for a, b, dated in zip(numbers, numbers[1:], dates)) \
            or any(b - a < 2 for (a, _), (b, _) in zip(found, found[1:])):
        return set()
    return {i for i, _ in found}


def nest_under_sessions(candidates: list, sessions: set[int]) -> None:
    """'20190305会议纪要' over '到会情况' and '对本周任务进行分配': in a record kept session by session, the titles
    between two sessions are the first one's parts. Only a flat outline of unnumbered titles opening with a session
    is read so."""
    chosen = [c for c in candidates if c.accepted]
    if not sessions or any(c.key not in ("container", "named") or c.parent >= 0 for c in chosen) \
            or not sessions <= {c.index for c in chosen} or chosen[0].index not in sessions:
        return  # titles before the first session: the record is more than its sessions
    at = {c.index: n for n, c in enumerate(candidates)}
    head = -1
    for c in chosen:
        if c.index in sessions:
            head = at[c.index]
        elif head >= 0:
            c.parent = head


_PART_WORDS = ("议程", "議程", "议题", "議題", "纪要", "紀要", "简记", "簡記", "记录", "記錄", "紀錄", "纪录", "内容", "內容",
               "事项", "事項")
_PART_MAX = 16  # '会议主要内容及任务：', '議程', '2024年9月20日第一次会议': a record's part, named in a few words
_MEETING_WORDS = ("会议", "會議", "例会", "例會")
_ITEM_FAMILIES = frozenset(("arabic", "cn", "capital", "paren-cn", "paren-arabic"))
_RULE = lazy(r"[-*_=]{3,}")
_PART_STOPS = "，,。；;！？!?、（）()《》“”\"'"


def agenda_parts(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None],
                 sessions: AbstractSet[int] = frozenset(), title: str = "") -> set[int]:
    """'会议简记' or '議程' right over the '1.' or '壹、' that opens a meeting record's numbered items (a line above
    says 会议, or the record's title): the part of the record that holds them, though no other line stands
    unnumbered beside it. A label the record repeats (each session's '會議內容：') is a field, not a part."""
    first = next((i for i, m in enumerate(matches) if m is not None), -1)
    if sessions and (first < 0 or min(sessions) < first):
        first = min(sessions)  # '会议纪要' over '2022年9月7日', the newest of the sessions it holds
    elif first < 1 or matches[first].number != 1 or matches[first].family not in _ITEM_FAMILIES:
        return set()
    at = first - 1 - (first > 1 and _RULE.fullmatch(paragraphs[first - 1].text.strip()) is not None)  # a '---' apart
    name = _part_name(paragraphs[at].text)
    if not (2 <= len(name) <= _PART_MAX and (any(w in name for w in _PART_WORDS) or name.endswith(_MEETING_WORDS))
            and not any(ch in _PART_STOPS for ch in name)):
        return set()  # ('96年2月5日校務會議通過' under a rule's title dates it)
    if not any(w in text for text in [title] + [p.text for p in paragraphs[:at]] for w in _MEETING_WORDS):
        return set()  # no meeting named above it: a plan's '工作内容' over its points
    if name == _part_name(title) or sum(_part_name(p.text) == name for p in paragraphs) > 1:
        return set()  # '# 会议记录' under the record's title '会议记录': the title again
    return {at}


def _part_name(text: str) -> str:
    """'# 会议纪要', '会议主要内容及任务：' -> the part's name, its marks aside."""
    return text.strip().lstrip("#").strip().rstrip("：:").rstrip()


def hollow_parts(candidates: Sequence, parts: AbstractSet[int]) -> set[int]:
    """'会议事项：' over '1. 是否更换主题', '2. 确定短期分工' read as a list: the agenda's items, no sections under a
    part."""
    return {c.index for c, after in zip(candidates, list(candidates[1:]) + [None])
            if c.index in parts and after is not None and after.match is not None and not after.accepted}


def nest_sessions_in_part(candidates: list, parts: AbstractSet[int], sessions: AbstractSet[int]) -> None:
    """'会议纪要' right over the newest of the dated sessions: they are its parts, not its siblings."""
    at = {c.index: n for n, c in enumerate(candidates) if c.accepted}
    if not sessions or min(sessions) - 1 not in parts or min(sessions) - 1 not in at:
        return
    for i in sessions:
        if i in at and candidates[at[i]].parent < 0:
            candidates[at[i]].parent = at[min(sessions) - 1]


_AGENDA_WORDS = ("议程", "議程", "议题", "議題")  # a meeting's part holding its topics ('内容' may hold anything)
_RECORD_WORDS = ("纪要", "紀要", "记录", "記錄", "紀錄", "简报", "簡報", "例会", "例會")  # the record of a meeting held


def nest_under_record_parts(candidates: list, paragraphs: Sequence[Paragraph], title: str,
                            sessions: AbstractSet[int] = frozenset()) -> None:
    """'主要议题' or '议程' over '开源社茶礼', 'COSCon 2023 会务预算' in a flat outline of unnumbered titles: the part of
    a meeting's record that holds its topics, each topic a title of its own under it with its own sub-titles
    ('2020 重大活动时程表' over '参考文档'; a record of sessions has a '会议议题' in each, holding no session)."""
    chosen = [c for c in candidates if c.accepted]
    if len(chosen) < 3 or sessions or any(c.key not in ("container", "named") for c in chosen):
        return
    parts = [c for c in chosen if _record_part(paragraphs[c.index].text)]
    if not parts or len(parts) * 2 > len(chosen) or chosen[-1] in parts:
        return
    if not any(w in title for w in _RECORD_WORDS):
        return  # an event's notice ('…聚会通知') over '具体的议程': its programme, then the notice's other parts
    at = {c.index: n for n, c in enumerate(candidates)}
    held = {c.parent for c in chosen}
    head = -1
    for c in chosen:
        if c in parts:
            head = at[c.index] if c.parent < 0 and at[c.index] not in held else -1  # one holding its topics already
        elif head >= 0 and c.parent < 0:  # a topic's own sub-titles go with it
            c.parent = head


def _record_part(text: str) -> bool:
    """'主要议题', '议程', '议程及会议记录：': a record's part that holds its topics, by its name."""
    name = _part_name(text)
    return 2 <= len(name) <= TEMPLATE_TITLE_MAX and any(w in name for w in _AGENDA_WORDS) \
        and not any(ch in _PART_STOPS for ch in name)
