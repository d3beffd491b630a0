"""Evidence for headings without a number, from a line's form judged against the rest of the document.

A news page frames its date headings ('▼11月26日▼'), a job posting labels its parts ('岗位职责：' over 1、2、…), a
headline may carry a colon ('消防顧問：實測非科學'), and a tutorial's code is never a heading ('# 字符串变大写',
's2 = …'). Each rule needs the document to repeat the form, or is a form no heading takes; all run in linear time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Paragraph

_FRAMES = "▼▲◆◇■□●○★☆◎※"
_FRAMED_MAX = 32
_LABEL = re.compile(r"[\u3400-\u9fff]{2,8}[：:]")
_LABEL_SPAN = 16  # a label with the spaces a layout may put in it ('岗 位 职 责：')
_LABEL_BARE = re.compile(r"[\u3400-\u9fff]{2,6}")
_GROUP_TITLE_MAX = 30
_BUTTON_MAX = 8
LIST_FAMILIES = ("arabic", "half-paren", "paren-arabic")
MARKDOWN_BULLETS = ("- ", "* ", "+ ")  # a Markdown list's items, the marks kept
_BULLET = MARKDOWN_BULLETS + ("• ",)
NOT_LABEL = ("附件", "附表", "附录", "附錄", "抄送", "主题词", "主題詞")  # a notice's attachments and copies
HEADLINE_MAX = 40  # a news 小標題 with a colon runs longer than a bare title
_HEADLINE_LEAD = 12  # '大埔火災捐款機構1：…', '消防顧問：…': the part before the colon is a short name
_STEM_MIN = 3  # the lead of a repeated headline, its number aside, is longer than '周#' or '方法#'
_ASSIGNMENT = re.compile(r"[A-Za-z_][\w.]*(?:\[[^\]\n]{0,40}\])?\s*[-+*/%]?=(?!=)")
_CALL = re.compile(r"(?<!\w)[A-Za-z_]\w*\(")  # from a word's start only: linear on a run of letters
_CJK = re.compile("[\u3400-\u9fff]")
_CODE_OPEN = re.compile(r"[A-Za-z_][\w<>\[\]*]*(?: [A-Za-z_*][\w<>\[\]*]*)* ?[({]")  # 'int select(…', 'public class X {'
_DIGITS = re.compile(r"[0-9０-９一二三四五六七八九十]+")


def framed_lines(paragraphs: list[Paragraph]) -> set[int]:
    """'▼11月26日▼': lines framed by one ornament at both ends are headings when the document frames two or more."""
    by_frame: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        if len(p.text) > 2 * _FRAMED_MAX:
            continue  # cheap: most paragraphs are running text
        text = p.text.strip()
        if 3 <= len(text) <= _FRAMED_MAX and text[0] in _FRAMES and text[-1] == text[0] and text[0] not in text[1:-1]:
            by_frame.setdefault(text[0], []).append(i)
    return {i for lines in by_frame.values() if len(lines) >= 2 for i in lines}


def label_lines(paragraphs: list[Paragraph], title: str = "") -> set[int]:
    """'岗位职责：' / '任职要求：' each over a list from 1: the parts of a posting, when two or more labels open lists.
    A label without its colon ('岗位要求') counts where a list, the page title, a button the page repeats ('立即申请')
    or the page's chrome ends just before it (no running text above it yet), or where the page uses it so already."""
    found: dict[str, list[int]] = {}  # label text → its lines
    again: dict[str, list[int]] = {}  # bare names over a list, but with text above them
    closing: dict[str, list[tuple[int, bool]]] = {}  # bare names over no list, and whether a list ends above them
    opening = next((i for i, p in enumerate(paragraphs) if _running(p.text)), len(paragraphs))  # page chrome above
    buttons = _buttons(paragraphs)
    for i in range(len(paragraphs) - 1):
        if len(paragraphs[i].text) > _LABEL_SPAN:
            continue  # cheap: most paragraphs are running text
        text = "".join(paragraphs[i].text.split())
        above = paragraphs[i - 1].text.strip()
        named = _LABEL_BARE.fullmatch(text) is not None
        bare = named and (i <= opening or above == title or above in buttons or match_heading(above) is not None)
        if not (named or _LABEL.fullmatch(text)) or text.startswith(NOT_LABEL):
            continue
        first = match_heading(paragraphs[i + 1].text)
        if first is not None and first.number == 1 and first.family in LIST_FAMILIES:
            (found if bare or not named else again).setdefault(text, []).append(i)
        elif named and first is None:
            closing.setdefault(text, []).append((i, match_heading(above) is not None))
    for text, lines in again.items():
        if text in found:  # '要求' under a line of text: the label the page already uses over its other lists
            found[text].extend(lines)
    if sum(map(len, found.values())) < 2:
        return set()
    for text, lines in closing.items():  # '技术栈' after each group's list, over a line of names: a label repeated
        if sum(1 for _, after_list in lines if after_list) >= 2:
            found.setdefault(text, []).extend(i for i, _ in lines)
    return {i for lines in found.values() for i in lines}


def group_titles(paragraphs: list[Paragraph], labels: set[int], title: str = "") -> dict[int, int]:
    """'.Net 开发工程师' right above '工作职责：', '高级测试工程师' above the next: when two or more groups of labels each
    have a short title line above their first label (the label the page opens with, a button such as '立即申请' in
    between or not), the labels belong to it (label → title line)."""
    firsts = {}
    buttons = _buttons(paragraphs) if labels else set()
    opener = _label_key(paragraphs[min(labels)].text) if labels else ""
    for i in sorted(labels):
        if _label_key(paragraphs[i].text) != opener:
            continue  # each group opens with the page's first label ('负责内容'); '要求' after a note is inside one
        j = i - 1 - (i > 1 and paragraphs[i - 1].text.strip() in buttons)  # '📌 地图打点组' / '立即申请' / '负责内容'
        text = paragraphs[j].text.strip() if j >= 0 else ""
        if j not in labels and 0 < len(text) <= _GROUP_TITLE_MAX and text != title \
                and text[-1] not in "。！？；：，,.!?;:" and match_heading(text) is None \
                and not text.startswith(_BULLET):  # the last item of a bulleted list above is no group's title
            firsts[i] = j
    if len(firsts) < 2:
        return {}
    owner, current = {}, -1
    for i in sorted(labels):
        current = firsts.get(i, current)
        if current >= 0:
            owner[i] = current
    return owner


def _label_key(text: str) -> str:
    """'岗 位 职 责：' and '岗位职责' are one label."""
    return "".join(text.split()).rstrip("：:")


def _buttons(paragraphs: list[Paragraph]) -> set[str]:
    """'立即申请' under every group's title: a short line a page repeats three times or more is a button or a link,
    which a reader looks through to the title above it."""
    counts = Counter(text for p in paragraphs if len(p.text) <= 2 * _BUTTON_MAX
                     and 0 < len(text := p.text.strip()) <= _BUTTON_MAX)
    return {text for text, n in counts.items() if n >= 3 and _CJK.search(text)}


def label_items(candidates: list, labels: set[int], paragraphs: list[Paragraph]) -> None:
    """The numbered lines that follow a label one after another are its list, never sections of their own."""
    run_end = {}  # label → the first line after it that is not a numbered line: each list is read once
    for i in labels:
        j = i + 1
        while j < len(paragraphs) and paragraphs[j].text.strip() and match_heading(paragraphs[j].text) is not None:
            j += 1
        if j == i + 2 < len(paragraphs) and paragraphs[j].text.lstrip().startswith(_BULLET):
            j = i  # '1. Android 开发工程师：' over its own bullets: a part of the label's, not an item of a list
        run_end[i] = j
    for c in candidates:
        parent = candidates[c.parent] if c.parent >= 0 else None
        if c.accepted and parent is not None and parent.index in labels and c.match is not None \
                and c.index <= run_end[parent.index]:
            c.accepted, c.reason = False, f"an item of the list under the label on line {paragraphs[parent.index].line}"


def _running(text: str) -> bool:
    """Running text: a long paragraph, or a sentence that ends."""
    text = text.strip()
    return len(text) > _LABEL_SPAN * 2 or text.endswith(("。", "！", "？", "；"))


def headline_colon(text: str) -> bool:
    """'消防顧問：實測非科學　可看拿開火機是否繼續燃燒': a short name, a colon, then the headline's words (Chinese)."""
    if len(text) > HEADLINE_MAX:
        return False
    lead, colon, rest = text.partition("：")
    return bool(colon) and 0 < len(lead) <= _HEADLINE_LEAD and (lead[0].isalnum() or _CJK.match(lead) is not None) \
        and len(_CJK.findall(rest)) >= 2 and "：" not in rest and not any(ch in "。！？；!?;，,《" for ch in text)


def colon_headlines(lines: dict[int, tuple[str, bool]], plain: int) -> set[int]:
    """Headlines with a colon: a form the document repeats ('大埔火災捐款機構1：…', '…2：…') is one wherever it
    stands; a single one counts only between body paragraphs and among three or more plain unnumbered headings (a
    lone '标题：…' in a page's card is a label and its value)."""
    leads: dict[str, list[int]] = {}
    for i, (text, _) in lines.items():
        leads.setdefault(_DIGITS.sub("#", text.partition("：")[0]), []).append(i)
    kept = {i for lead, group in leads.items() if len(group) >= 2 and "#" in lead and len(lead) > _STEM_MIN
            for i in group}  # '周一：全体会议', '方法二：…' name items of a list; '捐款机构2：…' a subject
    if plain >= 3:
        kept |= {i for i, (_, between_body) in lines.items() if between_body}
    return kept


def same_lead(found: list[int], texts: list[str]) -> list[int]:
    """'➤用高科技围成的牢笼', '➤再教育营内的不人道待遇' …: when most headings open with one symbol, a line without it
    (a book title quoted alone) is not one of them."""
    leads = [text[0] for text in texts if text and not text[0].isalnum() and _CJK.match(text) is None]
    if len(leads) < 3:
        return found
    symbol = max(set(leads), key=leads.count)
    if 3 * leads.count(symbol) < 2 * len(texts):
        return found
    return [i for i, text in zip(found, texts) if text.startswith(symbol)]


def code_line(text: str) -> bool:
    """'# 字符串变大写', 's2 = …': a comment or an assignment is code, never a heading."""
    text = text.lstrip()
    return text.startswith(("#", "//", "/*")) or _ASSIGNMENT.match(text) is not None


def code_like(text: str) -> bool:
    """'print(s1 in s2)', 'x = 1': a line that opens with Latin and calls or assigns ends a code block; Chinese
    before its '=' or '(' makes it text ('CDS收藏：<a href=')."""
    text = text.strip()
    if not (text and text[0].isascii() and (text[0].isalpha() or text[0] == "_") and not text.endswith(".")):
        return False
    call = _CALL.search(text)
    ends = [k for k in (text.find("="), call.end() - 1 if call else -1) if k >= 0]
    return bool(ends) and _CJK.search(text, 0, min(ends)) is None


_SUB_MAX = 30
_CODE_MIN = 5  # code lines that make a document a technical note
_SUB_STOPS = "。！？；：，,!?;:…"
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*){0,2}")  # 'Serializable', 'Datagram'
# 'select', 'transient', 'Group Membership', 'Yahoo! Message Broker': a term in Latin letters, a few words at most.
_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z0-9_!'’/\-]*(?: [A-Za-z0-9][A-Za-z0-9_!'’/\-]*){0,5}")
_TERM_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]{2,}")
_ECHO_SPAN = 200  # where the text under a heading names it again: its first words


def echoed(term: str, below: str) -> bool:
    """'select' over 'int select(int n, …)', 'transient' over 'transient 关键字可以…', 'Sockets' over '- ServerSocket：…':
    a sub-heading names what its section is about, and the line under it names it again (a plural's 's' aside); a
    stray Latin line (a token of code, a name in a speech) has no such echo."""
    below = below[:_ECHO_SPAN].lower()
    for word in _TERM_WORD.findall(term):
        word = word.lower()
        stem = word[:-1] if len(word) > 3 and word.endswith("s") else word
        if stem in below:
            return True
    return False



_SECTION_FAMILIES = ("cn", "decimal", "arabic")  # what a note numbers its sections with (one level: 2.1 numbers the rest)
_PAPER_SUBSECTIONS = 2  # '2.1', '2.2': numbered subsections show a paper or a manual


def mark_note_subheadings(paragraphs: list[Paragraph], matches: list, title: str, named: Callable[[str], bool]) -> None:
    """Give the unnumbered sub-headings of a numbered technical note or paper a marker of their own ('sub'), so they
    nest under its sections; a part known by name ('参考资料' after the last section) is left to stand on its own."""
    if not any(m is not None and m.family in _SECTION_FAMILIES for m in matches):
        return
    subsections = sum(1 for m in matches if m is not None and m.family == "decimal" and m.level > 1)
    for i in code_note_subheadings(paragraphs, matches, title, paper=subsections >= _PAPER_SUBSECTIONS):
        text = paragraphs[i].text
        if not named(text):  # '参考资料' closes the note at the top level, below no section
            matches[i] = HeadingMatch("sub", "", text.strip(), "", 1, 1, len(text.rstrip()))


def code_note_subheadings(paragraphs: list[Paragraph], matches: list, title: str = "", paper: bool = False) -> set[int]:
    """'实现文件复制' over a code block, '编码与解码' over a paragraph, inside '三、字节操作': a technical note that shows
    code numbers its sections but not the sub-headings under them (a Markdown '###' whose '#' are gone). A short
    unpunctuated line with Chinese in it, between a section heading, running text or code above and running text, code
    or a list below, is one, when the note shows code and has two or more of them. In a paper whose subsections are
    numbered (`paper`: '2.1 …' shows the kind of text) the unnumbered ones under them ('数据模型', 'Sessions') stand
    between paragraphs of running text; one in Latin letters alone heads Chinese text (a translation keeps the
    original's heading)."""
    if paper:
        return _paper_subheadings(paragraphs, matches, title)
    shown = 0
    for p in paragraphs:  # a Chinese paragraph is no code: one look at its first character
        text = p.text.lstrip()
        if text[:1].isascii() and text and (code_line(text) or code_like(text)):
            shown += 1
            if shown >= _CODE_MIN:
                break
    else:
        return set()
    found = set()
    for i in range(1, len(paragraphs) - 1):
        if matches[i] is not None or len(paragraphs[i].text) > 2 * _SUB_MAX:
            continue
        text = paragraphs[i].text.strip()
        latin = _LATIN_NAME.fullmatch(text) is not None  # 'InetAddress', 'Reader 与 Writer' has Chinese anyway
        above, below = paragraphs[i - 1].text.strip(), paragraphs[i + 1].text.strip()
        term = not latin and _CJK.search(text) is None and _LATIN_TERM.fullmatch(text) is not None \
            and echoed(text, below)  # 'select' over 'int select(…)': named again right under it
        if (not 2 <= len(text) <= _SUB_MAX or text == title or (_CJK.search(text) is None and not latin and not term)
                or code_line(text) or code_like(text) or any(c in _SUB_STOPS for c in text)
                or text[0] in ">-*+|=—－–（(【[<"):
            continue
        prose_below = _running(below) or (len(below) > 8 and below[-1] in "：:")  # '以下展示了…的实例：'
        if ((matches[i - 1] is not None or _running(above) or code_like(above) or above.endswith(("}", ")", ";"))
             or above[:2] in ("- ", "* "))
                and (prose_below or ((not latin or echoed(text, below))
                                     and (code_like(below) or code_line(below) or below[:2] in ("- ", "* ")
                                          or matches[i + 1] is not None or _CODE_OPEN.match(below) is not None)))):
            found.add(i)  # a name in Latin letters alone needs prose under it, or code that names it: else it is code
    return found if len(found) >= 2 else set()


_BOTH_SCRIPTS = re.compile(r"[A-Za-z][A-Za-z0-9 '’\-]*[(（][^()（）\u3400-\u9fff]*[\u3400-\u9fff][^()（）]*[)）]")
_CAPTION = re.compile(r"(?:[图表圖]|Fig(?:ure)?\.?|Table)[ \t\u3000]*[0-9０-９]", re.IGNORECASE)  # '图1 系统架构'


def _paper_subheadings(paragraphs: list[Paragraph], matches: list, title: str) -> set[int]:
    found = set()
    for i in range(1, len(paragraphs) - 1):
        if matches[i] is not None or len(paragraphs[i].text) > 2 * _SUB_MAX:
            continue
        text = paragraphs[i].text.strip()
        above, below = paragraphs[i - 1].text.strip(), paragraphs[i + 1].text.strip()
        chinese = _CJK.search(text) is not None
        both = _BOTH_SCRIPTS.fullmatch(text) is not None  # 'Worker Failure(Worker故障)': a title and its translation
        latin = not chinese and _LATIN_TERM.fullmatch(text) is not None  # English words run longer than Chinese
        if (not 2 <= len(text) <= (2 * _SUB_MAX if both or latin else _SUB_MAX) or text == title
                or any(c in _SUB_STOPS for c in text.replace("! ", " ")) or text[-1] in ".。!"
                or text[0] in ">-*+|=—－–（(【[<"
                or code_line(text) or (code_like(text) and not both)
                or _CAPTION.match(text)
                or not (chinese or (latin and _CJK.search(below)))):
            continue
        if (matches[i - 1] is not None or _running(above)) and _running(below):
            found.add(i)
    return found if len(found) >= 2 else set()


_VALUE_CELL = re.compile(r"[>＞<≥≤+\-—–~～0-9０-９.．,，%％/〔〕\[\]（）() ]{1,16}")  # '72.45', '>79', '—', '〔55〕'
_CELL_MAX = 16
_CELL_START = frozenset(">＞<≥≤+-—–~～0123456789０１２３４５６７８９.．〔")
_ROW_FAMILIES = frozenset(("arabic", "decimal", "half-paren", "paren-arabic"))
_ROW_CELLS = 1  # the cleaner may drop a bare figure as a page number: one cell left is evidence enough


def table_rows(paragraphs: list[Paragraph], matches: list) -> dict[int, str]:
    """'1.信息化发展指数' over '>79', '—', '72.45': a numbered line followed by cells of figures is a row of a table
    copied one cell to a line, not a section."""
    out = {}
    last = len(paragraphs) - _ROW_CELLS
    for i, m in enumerate(matches):
        if m is None or i >= last or m.family not in _ROW_FAMILIES:
            continue  # a row is numbered '1.' or '1' ('第一条' and '（一）' head text, not figures)
        cell = paragraphs[i + 1].text
        if len(cell) > 2 * _CELL_MAX or cell.lstrip()[:1] not in _CELL_START:
            continue  # cheap: the line after a heading is mostly text
        if all(value_cell(paragraphs[j].text.strip()) for j in range(i + 1, i + 1 + _ROW_CELLS)):
            out[i] = "a table's row: figures follow it one cell to a line"
    return out


def value_cell(text: str) -> bool:
    """A cell of figures ('72.45', '>79', '〔55〕') or a dash for none; a lone bracket is no cell."""
    return _VALUE_CELL.fullmatch(text) is not None and (any(c.isdigit() for c in text) or text.strip("—–-－~～ ") == "")


_CONTENTS_NAMES = frozenset(("目录", "目錄", "目次", "編章節", "编章节", "contents", "tableofcontents"))  # 編章節: Taiwan law pages
_CONTENTS_ENTRY_MAX = 60
_CONTENTS_KEY_TAIL = re.compile(r"[.．·…—\-_0-9０-９]+$")  # dot leaders and the page number a contents line ends in
CONTENTS_ENTRY = "a contents entry (the document repeats it below)"


def _contents_key(text: str) -> str:
    return _CONTENTS_KEY_TAIL.sub("", "".join(text.split()))


def contents_name(text: str) -> bool:
    """'目录', '目　　录': the line that opens a contents list."""
    return len(text) <= 24 and "".join(text.split()).lower() in _CONTENTS_NAMES


def contents_entries(paragraphs: list[Paragraph]) -> dict[int, str]:
    """The lines of a contents list ('目录' over the chapter lines): headings only where the document repeats them."""
    out: dict[int, str] = {}
    k = 0
    while k < len(paragraphs) - 1:
        if not contents_name(paragraphs[k].text):
            k += 1
            continue
        first = _contents_key(paragraphs[k + 1].text)
        j = k + 2
        while j < len(paragraphs) and first:
            text = paragraphs[j].text.strip()
            if _contents_key(text) == first:
                out.update((i, CONTENTS_ENTRY) for i in range(k + 1, j))  # the list ends where its first line recurs
                break
            if len(text) > _CONTENTS_ENTRY_MAX or text[-1:] in "。；;":
                break  # running text before any repeat: not a contents list (or one the document never follows)
            j += 1
        k = j
    return out

