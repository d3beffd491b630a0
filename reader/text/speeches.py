"""A speech's parts set as parallel sentences: '当以爱国奉公之担当引领青春航向。' / '当以创新超越之作为点燃青春梦想。' /
'当以百折不挠之坚守彰显青春力量。', each alone on its line over its paragraphs.

A speaker lists the points of a speech in parallel form (排比), and a page prints them in bold; the text keeps only the
form: three or more short one-sentence lines of about the same length, written alike at the same places (the same
first character and two more), each over a paragraph of its own; or run into their paragraphs, each paragraph
opening with its point ('这一年，我们建立现代高校制度，积极推进现代治理。以《学院章程》为核心…'). Also a speech given in English with each line's
Chinese right below it (`english_over_chinese`), a talk's questions from the floor in its Q&A
(`floor_questions`), and the points a speaker counts inside one paragraph (`points_in_a_paragraph`). One pass over
the lines: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph, line_gap, packed_paragraphs
from reader.text.questions import QA_NAME

_POINT_MAX = 30
_HAN_ONLY = lazy(f"[\u4e00-\u9fff][\u4e00-\u9fff，、“”]{{5,{_POINT_MAX - 1}}}")  # quotes too: "做“全球南方”的坚定成员"
_BODY_MIN = 30  # the paragraph under a point runs on
_RUN_IN = lazy(f"[ \\t\u3000]*([\u4e00-\u9fff][\u4e00-\u9fff，、“”]{{5,{_POINT_MAX - 1}}})。")  # a point
# opening its paragraph: words, commas and quotes ('惟勤勉务实、潜心躬行者，方为“志士”。'), no other stop before it
_ADDRESS = lazy("[\u4e00-\u9fff]{1,5}们[，、]|亲爱的|各位")  # '同学们，希望你们…。' again and again calls on the
# listeners: no point
_POINTS_MIN = 3
_SHARED_MIN = 3  # places where every point has the same character (当以…之…)
_LENGTH_SPREAD = 2
_LATIN_LINE = lazy(r"[A-Za-z\[(\"'‘“][A-Za-z0-9 ,.;:!?'’‘“”\"()\[\]\-]*")  # English words, no Chinese
_HAN = lazy("[\u3400-\u9fff\U00020000-\U0003134f]")
_PAIRS_MIN = 5  # English lines each followed by its Chinese: a speech given in English, translated line by line
FLOOR_FIRST = "提问問Q"  # what a question from the floor opens with: a text none of whose lines does has none
_FLOOR = lazy(r"(?:提问|提問|问|問|Q)[ \t\u3000]*[：:]")  # '提问：您好，我简单问一下…？', 'Q:可以讲讲…吗？'
_FLOOR_MAX = 160  # a listener asks at length, greeting and all
_SESSION_NAME_MAX = 20  # 'Q&A', '四、一些Q&A', '问答环节': a part's name, not a sentence about one
_FLOOR_MIN = 2
_POINT_FAMILIES = ("ordinal", "shi")  # '第一，…。', '一是…。': a speaker's points, whole sentences


def parallel_heads(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None] = ()) -> set[int]:
    """The lines that are a speech's parallel points, or none (a numbered point, '第二，要…。', is its numbering's to
    judge: `matches`, the lines' numbering)."""
    by_first: dict[str, list[tuple[int, str]]] = {}
    numbered = {i for i, m in enumerate(matches) if m is not None}
    for i in [i for i in range(len(paragraphs) - 1) if "。" in paragraphs[i].text and i not in numbered]:  # a point
        text = paragraphs[i].text.strip()  # ends in '。': lines without one are passed over in one comprehension
        core = text[:-1] if text.endswith("。") and len(text) <= _POINT_MAX + 1 else ""  # (no copy of a long line)
        if core and _HAN_ONLY.fullmatch(core) and len(paragraphs[i + 1].text.strip()) > _BODY_MIN:
            by_first.setdefault(core[0], []).append((i, core))
    return {i for points in by_first.values() if _alike(points)
            and all(b[0] - a[0] >= 2 for a, b in zip(points, points[1:])) for i, _ in points}


def run_in_points(paragraphs: Sequence[Paragraph]) -> set[int]:
    """'这一年，我们创新人才培养模式，全创工作成效凸显。 全面启动合格评估工作；…': a speech's points, each the first
    sentence of its paragraph, written alike (a page keeps the paragraph, not the bold that set the point off). Only
    for a speech with no titles of its own: under its titles, such sentences are points inside a part."""
    by_first: dict[str, list[tuple[int, str]]] = {}
    for i, p in enumerate(paragraphs):
        m = _RUN_IN.match(p.text)  # bounded: at most one short sentence at the paragraph's start
        if m is not None and len(p.text) - m.end() > _BODY_MIN and _ADDRESS.match(m.group(1)) is None:
            by_first.setdefault(m.group(1)[0], []).append((i, m.group(1)))
    return {i for points in by_first.values() if _alike(points) for i, _ in points}


def run_in_point(text: str) -> str | None:
    """The point a paragraph opens with ('惟不忘初心、信念坚定者，方为“志士”' over its paragraph), the stop aside."""
    m = _RUN_IN.match(text)
    return m.group(1) if m is not None and len(text) - m.end() > _BODY_MIN else None


def _alike(points: list[tuple[int, str]]) -> bool:
    """Three or more different points of about one length, with the same characters at three places or more."""
    lengths = [len(core) for _, core in points]
    if len(points) < _POINTS_MIN or len({core for _, core in points}) < len(points) \
            or max(lengths) - min(lengths) > _LENGTH_SPREAD:
        return False
    return sum(len({core[k] for _, core in points}) == 1 for k in range(min(lengths))) >= _SHARED_MIN


def floor_questions(paragraphs: Sequence[Paragraph], heads: set[int]) -> set[int]:
    """'提问：…？' over the speaker's answer ('黄东旭：其实…'), again and again, in the part a talk names 'Q&A': the
    questions from the floor head that part's sections, whoever answers (`heads`: the lines already known as headings;
    a heading that names no Q&A ends the session)."""
    found: set[int] = set()
    session = False
    for i in range(len(paragraphs) - 1):
        text = paragraphs[i].text
        text = text.strip() if len(text) <= 2 * _FLOOR_MAX else ""  # running text (most lines) is neither: no copy
        if len(text) <= _SESSION_NAME_MAX and QA_NAME.search(text) is not None:
            session = True
        elif session and text[:1] in FLOOR_FIRST and len(text) <= _FLOOR_MAX and _FLOOR.match(text) is not None:
            if _FLOOR.match(paragraphs[i + 1].text.strip()) is not None:
                continue  # a question no one answers here
            found.add(i)
        elif i in heads:
            session = False
    return found if len(found) >= _FLOOR_MIN else set()


def english_over_chinese(paragraphs: Sequence[Paragraph], opening: frozenset[str] | None = None) -> set[int]:
    """The English lines of a text that gives each English line its Chinese one right below; empty otherwise."""
    if opening is not None and not any(_LATIN_LINE.match(c) for c in opening):
        return set()  # no line opens as English does (`opening`: what the lines open with)
    pairs = {i for i in range(len(paragraphs) - 1) if _LATIN_LINE.fullmatch(paragraphs[i].text.strip())
             and _HAN.search(paragraphs[i + 1].text)}
    return pairs if len(pairs) >= max(_PAIRS_MIN, len(paragraphs) // 10) else set()


def points_in_a_paragraph(paragraphs: Sequence[Paragraph], matches: Sequence[HeadingMatch | None]) -> dict[int, str]:
    """'第一，可以选择录制源。' / '你可以录整个屏幕…' / '第二，可以设置录制范围。': a speaker's points, each a sentence
    on its line, all inside one block of lines with the points' own sentences between them, in a text that sets its
    blocks apart with blank lines: the points of one paragraph, no titles ('一是从严日常管理。' over its paragraph, in
    a block of its own, heads it)."""
    by_family: dict[str, list[int]] = {}
    for i, m in enumerate(matches):
        if m is not None and m.family in _POINT_FAMILIES:
            by_family.setdefault(m.family, []).append(i)
    out: dict[int, str] = {}
    for points in by_family.values():
        if len(points) < 2 or points[-1] - points[0] < len(points):
            continue  # one point, or points one right under another: a list the numbering judges
        if all(line_gap(paragraphs[k], paragraphs[k + 1]) == 1 for k in range(points[0], points[-1])):
            out.update((i, "a point of a paragraph: the points and their sentences run on in one block of lines")
                       for i in points)
    return out if out and not packed_paragraphs(paragraphs) else {}
