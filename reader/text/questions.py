"""Headings of web pages, postings and FAQs: a question ('为什么要加入我们？') or a label over a bulleted list.

Web articles, postings and FAQ-like pages head their parts with a question, and once the Markdown '#' is gone only
the question mark sets the line apart. Speeches and lectures are full of questions standing alone too ('为什么这么说
呢？', '那么，我为何选择退学呢？'), asked of the listener and answered in the next breath. The form tells them apart:
a heading names its topic in a bare question, while a question in running speech turns to the listener with a
particle (呢), opens with a connective that ties it to what came before (那么, 所以, 但是 …) or runs over a comma. And
the document must ask two or more such questions, all different (a refrain said twice is rhetoric), or set the
question among other plain titles. A page that asks its parts labels the others over its lists ('招聘岗位（收取人数仅
为参考）：' over '- Android 开发工程师（1名）'), while notes whose colons introduce bullets ('流有如下状态:') ask nothing.
Every test here looks at one line or its neighbours: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.text.lazyre import lazy
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.openings import colon_lines
from reader.text.plainlines import LEAD_INS, LIST_FAMILIES, MARKDOWN_BULLETS, NOT_LABEL

QUESTION_MAX = 20  # '怎样才能加入我们？'; a question that runs longer is a sentence of the text
INSIDE = "，,、：:；;。！!…“”\"「」《》（）()【】[]"  # a clause break or a quotation: a sentence, not a title
_QUOTED_WORDS = lazy(r"“[^“”，,：:。！？]{1,8}”")  # '彭丽媛“进政治局”？': a headline quotes a phrase; a quoted
# sentence holds a clause break, and a question naming a document ('《意见》出台的背景是什么？') is an interview's
# Openings that tie a question to what was said before it (a turn in running speech, never a heading's first word):
_CONNECTIVE = ("那", "所以", "但", "可是", "而", "因此", "于是", "难道", "其实", "还", "又", "这", "请问", "然而", "不过",
               "如果", "假如", "甚至", "至于", "至於", "倘若", "具体而言", "具體而言")
_ASKING_YOU = ("请问你", "请问您", "請問你", "請問您")  # '请问你们是如何…的？' asks as an interviewer does, not the reader
CJK = lazy("[\u3400-\u9fff]")
_PARTICLE_END = ("呢？", "呢?")  # '为什么这么说呢？' is asked of the listener
_BULLETS = MARKDOWN_BULLETS + ("• ", "· ", "●", "•")
LABEL_MAX = 24  # '招聘岗位（收取人数仅为参考）：', a label with its note
_LABEL_INSIDE = "，,、；;。！!？?…“”\"「」《》"


def _asks_once(text: str) -> bool:
    """One question mark, at the end, and not a turn of running speech ('那么…', '…呢？')."""
    return (text[-1:] in "？?" and "？" not in text[:-1] and "?" not in text[:-1]
            and not text.endswith(_PARTICLE_END) and (not text.startswith(_CONNECTIVE) or text.startswith(_ASKING_YOU)))


def question_title(text: str) -> bool:
    """'为什么要加入我们？': a short bare question that could name a part of the text."""
    text = text.strip()
    return (2 < len(text) <= QUESTION_MAX and _asks_once(text) and CJK.search(text) is not None
            and not any(ch in INSIDE for ch in _QUOTED_WORDS.sub("", text)))


_ASK = lazy(r"(?:问|問|提问|提問|记者|記者|Q)[ \t\u3000]*[：:]")  # 'Q：…？' over 'A：…' asks as '问：' over '答：'
_ASK_FIRST = "问問提记記Q"
_ASKED = lazy(r"(?:问|問|提问|提問|记者|記者|Q\d{0,2})[ \t\u3000]*[：:]")  # 'Q:如何看待…？' asks as '问：' does
_ANSWER = lazy(r"(?:答|答复|答覆|回答|A)[ \t\u3000]*[：:]")
_QA_TITLES = ("答记者问", "答記者問", "答问", "答問", "问答", "問答", "答疑", "解答", "解读", "解讀", "采访", "採訪", "访谈",
              "訪談", "专访", "專訪")
INTERVIEW_MAX = 80  # '在完善价格调控机制方面，《意见》提出了哪些举措？': an official's interview asks at length
_ANSWER_MIN = 50  # an interview answers at length; a record quoted in a brief ('答：浅色长裙子。') does not
_SESSION_MIN = 2  # questions answered at length that make a Q&A session of the text


def asks(paragraphs: list[Paragraph], i: int, title: str, is_body: Callable[[str], bool]) -> bool | None:
    """Whether line i is a question that heads the part after it (None: no question at all).

    Besides a bare short question over its answer, an interview's questions do: '问：《意见》出台的背景是什么？' over
    '答：…' ('Q：…？' over 'A：…' alike), and in a text that names itself an interview or a Q&A ('…负责人就《意见》
    答记者问') any question over its answer, however long, 《》 and commas and all."""
    text = paragraphs[i].text.strip()
    if text[:1] in _ASK_FIRST and _ASK.match(text) and len(text) <= INTERVIEW_MAX:
        answer = paragraphs[i + 1].text.strip()
        heads = not ("？" in text[:-1] or "?" in text[:-1] or _ANSWER.match(answer) is None) and (
            len(answer) >= _ANSWER_MIN or answer.endswith(("：", ":")) or _interview(title))  # '答：…主要包括：'
        if heads or text[:1] != "Q":  # '…是否可以詢問？或是…？請問…？' asks from the floor; a 'Q：' with no 'A：'
            return heads  # under it is weighed as any question is
    if not (question_title(text) or (2 < len(text) <= INTERVIEW_MAX and _asks_once(text) and _interview(title)
                                     and not _told(text))):
        return None
    return opens_answer(paragraphs, i, is_body)


def _told(text: str) -> bool:
    """'好在我有一定的工作经验，…。所以…自己最核心的能力是什么？': a sentence said before the question, with no asker
    named: the speaker's own story asking itself, no interviewer's question ('《中国企业家》：…。…？' names its asker)."""
    stop = text.find("。")
    return 0 <= stop and not any(ch in "：:" for ch in text[:stop])


def briefly_answered(paragraphs: Sequence[Paragraph], asked: Sequence[int]) -> list[int]:
    """'问：台湾GDP预计超过5%？' over a short '答：…' in a Q&A whose other questions are answered at length: a question
    of the same session, however short its answer, or asked in two ('…达到了您希望的目标？未来往哪个方向去发展？')."""
    if sum(_ASK.match(paragraphs[i].text.strip()) is not None for i in asked) < _SESSION_MIN:
        return []
    more, seen = [], set(asked)
    for i in range(len(paragraphs) - 1):
        text = paragraphs[i].text.strip()
        if i not in seen and text[:1] in "问問Q" and _ASK.match(text) and len(text) <= INTERVIEW_MAX \
                and text[-1:] in "？?" and text.count("？") + text.count("?") <= 2 \
                and _ANSWER.match(paragraphs[i + 1].text.strip()):  # three at once ask from the floor
            more.append(i)
    return more


def _interview(title: str) -> bool:
    """'…负责人就《意见》答记者问', '…接受专访': a text that names itself an interview or a Q&A."""
    return any(word in title for word in _QA_TITLES)


def bullet_line(text: str) -> bool:
    """'- 可以获得宝贵的创业经历': an item of a bulleted list, as a page writes one."""
    return text.lstrip().startswith(_BULLETS)


def opens_answer(paragraphs: list[Paragraph], i: int, is_body: Callable[[str], bool]) -> bool:
    """A question heads a part when its answer follows (body, a bulleted or a numbered list) and it is not one of a
    list of questions ('可以考虑以下几个问题：' then one question a line)."""
    before = paragraphs[i - 1].text.strip() if i > 0 else ""
    if before.endswith(("：", ":")) or (before and question_title(before)) or _list_item(paragraphs, i):
        return False
    after = paragraphs[i + 1].text
    first = match_heading(after)
    if is_body(after) or bullet_line(after) or (first is not None and first.number == 1):
        return True
    answer = after.strip()  # 'S阶段要具备什么素质？' right over '计算机组成原理、…', a blank line after: question and
    # one-line answer set as one block, as its siblings head their lists ('6. 它支持泛型吗？' over '7. ……' asks on)
    return paragraphs[i + 1].line == paragraphs[i].line + 1 and answer.strip("…. ") != "" and first is None \
        and (i + 2 >= len(paragraphs) or paragraphs[i + 2].line > paragraphs[i + 1].line + 1) \
        and not question_title(answer) and not answer.endswith(("：", ":"))


def _list_item(paragraphs: list[Paragraph], i: int) -> bool:
    """'- 举办场次是否要减少？' right under '- 会不会有人数参与的限制？…' at the same indent: a bulleted question beside
    a sibling bullet on the next line up or down is one point of a list, as notes jot their open questions, no part."""
    here = paragraphs[i]
    if not bullet_line(here.text):
        return False
    return any(0 <= j < len(paragraphs) and abs(paragraphs[j].line - here.line) == 1
               and paragraphs[j].indent == here.indent and bullet_line(paragraphs[j].text) for j in (i - 1, i + 1))


def asked_parts(questions: list[int], texts: list[str], plain: int, loose: Sequence[int] = ()) -> list[int]:
    """The question lines that head parts: two or more different ones, or any among two or more plain titles. Beside
    two or more, the longer questions with a clause break (`asked_loosely`) head theirs too."""
    if not questions:
        return []
    if len(set(texts)) < len(questions):
        return []  # the same question again: a refrain, not two parts
    return questions + list(loose) if len(questions) >= 2 else questions if plain >= 2 else []


def asked_loosely(paragraphs: list[Paragraph], i: int, is_body: Callable[[str], bool]) -> bool:
    """'作为一名普通市民，在创建…中可以做些什么？' over its answer: a question with a clause break, or one asked in
    two, a part's heading only among bare questions that head theirs (a Q&A leaflet), never on its own (a speech asks
    so)."""
    return asked_loosely_shaped(paragraphs[i].text.strip()) and opens_answer(paragraphs, i, is_body)


def asked_loosely_shaped(text: str) -> bool:
    """A question as `asked_loosely` reads one, its answer aside: asked once or in two, not as running speech asks."""
    text = _unparticled(text)
    return (len(text) <= INTERVIEW_MAX and not text[:1].isdigit() and (_asks_once(text) or _asks_twice(text))
            and CJK.search(text) is not None)


_ADDRESSED = ("你", "您")  # '你们会怎么鼓励他们…呢？' turns to the interviewee
_ELLIPTIC_MAX = 6  # '软件呢？': a follow-up that names the next topic and nothing else


def _unparticled(text: str) -> str:
    """'对于在校的学生，你们会怎么鼓励他们参与进来呢？' read as if without its 呢: beside bare questions that head
    parts (`asked_loosely` is read only there), an interviewer's question put to the interviewee, or a bare follow-up
    ('软件呢？'), ends in 呢 as often as not; a question with no one addressed ('…用这些原理“控制”我们呢？') or a
    sentence before it ('那倒是不錯。那價格方面呢？') stays a turn of speech."""
    if not text.endswith(_PARTICLE_END) or any(ch in text for ch in "。！!"):
        return text
    return text[:-2] + text[-1] if len(text) <= _ELLIPTIC_MAX or any(w in text for w in _ADDRESSED) else text


def _asks_twice(text: str) -> bool:
    """'校园网多少钱一个月?有额外收费吗？': one question asked in two, as an interviewer or a FAQ asks, never a turn of
    running speech ('那么…？', '…呢？')."""
    marks = text.count("？") + text.count("?")
    return (marks == 2 and text[-1:] in "？?" and text[:1] not in "？?" and not text.endswith(_PARTICLE_END)
            and not text.startswith(_CONNECTIVE))


def list_labels(paragraphs: list[Paragraph]) -> set[int]:
    """'招聘岗位（收取人数仅为参考）：' over '- …', '具体岗位要求：' over '1. …': labels over lists head a posting's parts
    when at least one opens a bulleted list and the page has two or more of them."""
    bullets, numbers = [], []
    for i in range(len(paragraphs) - 1):
        if len(paragraphs[i].text) > 2 * LABEL_MAX:
            continue  # cheap: most paragraphs are running text
        text = paragraphs[i].text.strip()
        if not _label(text):
            continue
        after = paragraphs[i + 1].text
        first = match_heading(after)
        if bullet_line(after):
            bullets.append(i)
        elif first is not None and first.number == 1 and first.family in LIST_FAMILIES:
            numbers.append(i)
    return set(bullets + numbers) if bullets and len(bullets) + len(numbers) >= 2 else set()


def _label(text: str) -> bool:
    """A short name ending in a colon, with Chinese in it and no clause inside."""
    return (3 <= len(text) <= LABEL_MAX and text[-1] in "：:" and text[:-1].count("：") + text[:-1].count(":") == 0
            and CJK.search(text) is not None and not any(ch in _LABEL_INSIDE for ch in text)
            and not text.startswith(NOT_LABEL) and not bullet_line(text) and match_heading(text) is None
            and not text[:-1].rstrip().endswith(LEAD_INS))  # '具体要求如下:' leads into its list, names nothing


def page_labels(paragraphs: list[Paragraph], parts: set[int]) -> set[int]:
    """Labels over lists count on a page that asks two or more of its parts: a notes page's '流有如下状态:' over its
    bullets introduces a list in running text. One right under a question ('你会优先学习的工具有那些？' over
    '值得优先学习的内容：' over '- …') opens that question's answer: its list's lead-in, no part."""
    if sum(1 for i in parts if question_title(paragraphs[i].text)) < 2:
        return set()
    return {i for i in list_labels(paragraphs) if not (i and question_title(paragraphs[i - 1].text))}


_TURN = lazy(r"([^\s：:，,。？?！!、；;（）()“”\"](?:[^\t：:，,。？?！!、；;（）()“”\"]{0,18}[^\s：:，,。？?！!、；;（）()“”\"])?)"
             r"[ \t\u3000]*[：:][ \t\u3000]*(\S)")  # 'Henry Kronk: …', '主持人：…
_SPEAKER = lazy(r"([^\s：:，,。？?！!、；;（）()“”\"]{1,20})[ \t\u3000]*[：:]")
_NAME_MAX = 20  # a speaker's name in `_TURN`, before the spaces and the colon
_QA_LABELS = frozenset("问 問 提问 提問 答 答复 答覆 回答".split())
_TURNS_MIN = 3  # an interview has each side speak three times or more
_ASKING = 0.6  # the interviewer's turns are questions for the most part; the interviewee's are answers
_ANSWERING = 0.2


def interviewer_turns(paragraphs: Sequence[Paragraph], colons: Sequence[int] | None = None) -> set[int]:
    """'Henry Kronk: 那么，卡内基梅隆大学的教育研究成果又是如何运用的呢?' over 'Norman Bier: …': in a transcript of
    named turns, the side that asks heads the parts (its every turn, a question or a prompt), the side that answers
    fills them. Two speakers or more, each three turns or more, one asking in most turns and the others seldom (a
    reporter who talks to a son and then his father asks them both; `colons`: the lines with a colon, when known)."""
    turns: dict[str, list[int]] = {}
    for i in colon_lines(paragraphs) if colons is None else colons:  # a turn has a colon: no look at the others
        text = paragraphs[i].text
        if len(text) <= 2:
            continue
        text = text.strip()
        wide, half = text.find("："), text.find(":")  # the first colon, without a regex
        if len(text[:wide if half < 0 or 0 <= wide < half else half].rstrip(" \t\u3000")) > _NAME_MAX:
            continue  # a sentence before the first colon, no name: no regex (an article's '…包括以下单位：')
        found = _TURN.match(text) or _SPEAKER.fullmatch(text)  # '姚洋：' alone, the answer on the lines below
        if found is not None and not found.group(1).isdigit() and found.group(1) not in _QA_LABELS:
            # '问：' / '答：' are asked above, each over its answer; '记者：' over '潘宏：…' is a named turn
            turns.setdefault(found.group(1), []).append(i)
    twins = _twins(turns)  # 'Reporter' beside '记者': one voice, in the original and in translation
    sides = sorted((lines for name, lines in turns.items() if len(lines) >= _TURNS_MIN and name not in twins),
                   key=lambda lines: _asking(paragraphs, lines), reverse=True)
    if len(sides) < 2:
        return set()
    ask, answers = sides[0], sides[1:]
    return set(ask) if _asking(paragraphs, ask) >= _ASKING and all(
        _asking(paragraphs, answer) <= _ANSWERING for answer in answers) else set()


_TWIN_GAP = 2  # 'Reporter: Sir, …' and '记者：先生，…' a line or a blank apart: one turn in two languages


def _twins(turns: dict[str, list[int]]) -> set[str]:
    """'Reporter' beside '记者', turn for turn: a bilingual transcript names each speaker in both languages, and the
    Chinese name is the text's own; its Latin twin (each turn a line or two from the Chinese one) is the original."""
    chinese = {lines[0]: lines for name, lines in turns.items() if len(lines) >= _TURNS_MIN and CJK.search(name)}
    return {name for name, lines in turns.items() if len(lines) >= _TURNS_MIN and not CJK.search(name)
            and any(len(twin := chinese.get(lines[0] + d, ())) == len(lines)
                    and all(abs(a - b) <= _TWIN_GAP for a, b in zip(lines, twin)) for d in (-2, -1, 1, 2))}


def _asking(paragraphs: Sequence[Paragraph], lines: Sequence[int]) -> float:
    """The share of these turns that end in a question mark."""
    return sum(paragraphs[i].text.rstrip()[-1:] in "？?" for i in lines) / len(lines)


_NAME_LINE = lazy("[\u4e00-\u9fffA-Za-z·]{2,8}")  # '陈燕妮' alone on its line: who speaks next


def named_turns(paragraphs: Sequence[Paragraph]) -> dict[int, bool]:
    """'陈燕妮' alone over '如果把经济危机当作一堂教育课，你认为…？', then '陈丹青' over the answer: an interview that
    names each speaker on a line of its own. The askers' questions head the parts (True); every name line is a label,
    never a title (False). Empty unless the askers ask in most turns and the answerers seldom, three turns or more a
    side, and names of neither kind speak no more often than the askers."""
    names: dict[str, list[int]] = {}
    for i in [i for i in range(len(paragraphs) - 1) if len(paragraphs[i].text.strip()) <= 8]:  # one comprehension
        text = paragraphs[i].text.strip()  # finds the short lines: no loop step for the rest
        if _NAME_LINE.fullmatch(text):
            names.setdefault(text, []).append(i)
    said = {name: [i + 1 for i in lines] for name, lines in names.items() if len(lines) >= 2}  # each turn's first line
    if len(said) < 2:
        return {}
    asked = [i for lines in said.values() if _asking(paragraphs, lines) >= _ASKING for i in lines]
    answered = sum(len(lines) for lines in said.values() if _asking(paragraphs, lines) <= _ANSWERING)
    labels = {i - 1 for lines in said.values() for i in lines}
    unsure = len(labels) - len(asked) - answered  # a second interviewer's remarks
    if unsure > len(asked) or len(asked) < _TURNS_MIN or answered < _TURNS_MIN or any(i in labels for i in asked):
        return {}
    return {i: False for i in labels} | {i: True for i in asked}


_LEAD_IN = 2  # a title over a Q&A may have a line or two of its own before the first question ('大家有什么要问的吗？')


def nest_questions(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """'问答环节' and then '问：…？' '问：…？': the asked questions of a session belong to the part whose title stands
    right over them (a line or two between), not beside it, when that part is one of several (a lone line over an
    interview is its title's second half). Only unnumbered parts at the top are read; questions with no title right
    over them stay where they are ('Q:如何看待…？' is asked as '问：' is)."""
    holder, last, first = -1, -1, -1
    lead = -1  # a bare question right under the title ('大家有什么要问的吗？'): its lead-in
    for n, c in enumerate(candidates):
        if c.key != "container" or c.parent >= 0 or not c.accepted:
            continue
        first = n if first < 0 else first
        text = paragraphs[c.index].text.strip()
        over = paragraphs[candidates[last].index].text.strip() if last >= 0 else ""
        if _ASKED.match(text) is not None or holder < 0 and text[-1:] in "？?" and qa_name(over):  # 'Q&A' over
            # '红领巾：…？': a named asker's question opens the session as '问：' does
            if holder < 0 and (first < last or last >= 0 and QA_NAME.search(over)) \
                    and c.index - candidates[last].index <= _LEAD_IN + 1 and _ASKED.match(over) is None:
                holder = last
                if lead >= 0:
                    candidates[lead].parent = holder
            if holder >= 0:
                c.parent = holder
        elif text[-1:] in "？?" and holder < 0 and last >= 0 and lead < 0:
            lead = n  # between the title and the first question: the title stays the one over them
            continue
        elif text[-1:] in "？?" and holder >= 0:
            c.parent = holder  # a question among the asked ones that lost its '问：' is theirs too
        else:
            holder = -1
        lead = -1
        last = n


# '热点问答', '常见问题', 'Q&A': a part named for questions holds those under it, even as the page's only part
QA_NAME = lazy(r"问答|問答|答疑|问与答|問與答|常见问题|常見問題|Q\s?&\s?A|FAQ", re.IGNORECASE)
_MARKED_QUESTION_MAX = 60  # a question that titles its answer; a listener's story ending in one is a turn


def marked_questions(paragraphs: Sequence[Paragraph], formats: dict[int, int]) -> dict[int, int]:
    """'**问：不发币经济没法成长？**' over '答：…' under '### 问答环节': in a file whose headings are marked up, the
    asked questions of a session still head their answers, one level under the marked heading above them."""
    found: dict[int, int] = {}
    level = 0
    asker = _asker(paragraphs, formats)
    for i, p in enumerate(paragraphs[:-1]):
        if i in formats:
            level = formats[i]
            continue
        text, after = p.text.strip(), paragraphs[i + 1].text.strip()
        if (level and not p.listed and len(text) <= _MARKED_QUESTION_MAX and text[-1:] in "？?"
                and (_ASK.match(text) is not None and _ANSWER.match(after) is not None
                     or asker and _named(text) == asker and i + 1 not in formats and after[-1:] not in "？?")):
            found[i] = level + 1
    return found if len(found) >= _TURNS_MIN else {}


def _named(text: str) -> str:
    """Who speaks a line that opens with a name and a colon ('红领巾：你做助教的契机是什么？'), or ''."""
    m = _TURN.match(text) if 0 <= text.find("：", 0, _NAME_MAX + 2) or 0 <= text.find(":", 0, _NAME_MAX + 2) else None
    return m.group(1) if m is not None and not m.group(1).isdigit() and m.group(1) not in _QA_LABELS else ""


def _asker(paragraphs: Sequence[Paragraph], formats: dict[int, int]) -> str:
    """'红领巾：…？' three times or more over the answers, among a page's marked headings: the interviewer, whose
    questions head the answers as '问：' does ('' when no name, or more than one, asks in most of its turns)."""
    turns: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        if i not in formats and (name := _named(p.text.strip())):
            turns.setdefault(name, []).append(i)
    askers = [name for name, lines in turns.items()
              if len(lines) >= _TURNS_MIN and _asking(paragraphs, lines) >= _ASKING]
    if len(askers) != 1 or max(formats, default=-1) < turns[askers[0]][0]:
        return ""  # every marked heading above the interview: the page's own, not parts the questions fall into
    if any(_asking(paragraphs, lines) > _ANSWERING for name, lines in turns.items() if name != askers[0]):
        return ""  # a second voice that asks too: a discussion, no interviewer ('张翰飞：…' answers, seldom asks)
    return askers[0]


def qa_name(text: str) -> bool:
    """'Q&A' alone over '红领巾：…？': a Q&A session's title, in English with no Chinese in it or not."""
    return QA_NAME.fullmatch(text.strip()) is not None
