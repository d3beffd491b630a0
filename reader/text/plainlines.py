"""Evidence for headings without a number, from a line's form judged against the rest of the document.

A news page frames its date headings ('▼11月26日▼'), a job posting labels its parts ('岗位职责：' over 1、2、…), a
headline may carry a colon ('消防顧問：實測非科學'), and a tutorial's code is never a heading ('# 字符串变大写',
's2 = …'). Each rule needs the document to repeat the form, or is a form no heading takes; all run in linear time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Set as AbstractSet

from reader.text.agendaitems import lone_topic, record_topics
from reader.text.lazyre import lazy
from reader.text.lineshape import contents_name
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Paragraph
from reader.text.openings import opens_none
from reader.text.punctuation import label_name

_FRAMES = "▼▲◆◇■□●○★☆◎※/"  # '/开营仪式/' too, a WeChat editor's frame
_FRAMED_MAX = 32
_TAG = lazy(r"[\[【]([\u3400-\u9fff]{1,4})[\]】](?=\S)")  # '[视频]', '【图文】' before a headline
_TAGGED_MAX = 80
_TAGGED_MIN = 3
DASHES = ("——", "──", "--")  # a subhead's lead dash, doubled
_DASHED_LEN = (6, 40)
# '——斯蒂芬斯', '——司马迁《史记》', '——范长江《记者工作随想》1961年', '——2019.01.10': a quotation's source or a date
# under it, a name and its work, no subhead
_ATTRIBUTION = lazy(r"[\u4e00-\u9fff·•A-Za-z. ]{1,12}(?:《[^》]{1,30}》)?\s*(?:\d{4}年?)?|[\d.\-/年月日 ]{6,12}")
_LABEL = lazy(r"[\u3400-\u9fff]{2,8}[：:]|[A-Z]{2,4}[：:]")  # 'AI：' beside '前端：', '後端：': a team's part
_LABEL_SPAN = 16  # a label with the spaces a layout may put in it ('岗 位 职 责：')
_LABEL_BARE = lazy(r"[\u3400-\u9fff]{2,6}")
_LABEL_NAME = lazy(r"[\u3400-\u9fff]{2,8}")  # a label bare of its colon may be as long as one with it:
# '工作内容和职责', '本周课程辅助资料' over a list from 1
_BARE_FIRST = lazy(r"[1１][.．、]|[（(][1１][）)]")  # a list's first number set apart from its item
_LABEL_BULLETS = "•●▪◆■◇□"  # a web page sets its labels behind a bullet as often as bare
_GROUP_TITLE_MAX = 30
_FACT = lazy(r"[•●▪]?\s*[\u3400-\u9fff]{2,6}\s*[：:]\s*[^\s：:。，；][^：:。；]{0,19}")  # '学历要求:不限'
_FACTS_MAX = 8
_FACTS_MIN = 2
_SECTION_TEXT = 2  # lines of lead text between a section's name and its first record
_SECTION_MAX = 6
_CRUMB = lazy(r"\s*[>＞»›]\s*")  # '招聘职位 > 培训经理', '首页 » 新闻'
_BUTTON_MAX = 8
LIST_FAMILIES = ("arabic", "half-paren", "paren-arabic")
MARKDOWN_BULLETS = ("- ", "* ", "+ ")  # a Markdown list's items, the marks kept
LIST_BULLETS = MARKDOWN_BULLETS + ("• ",)  # and the bullet a web page's list keeps
NOT_LABEL = ("附件", "附表", "附录", "附錄", "抄送", "主题词", "主題詞")  # a notice's attachments and copies
LEAD_INS = ("如下", "如下所示", "以下几点", "下列")  # a line ending so leads into its list: '具体要求如下:'
_CJK = lazy("[\u3400-\u9fff]")


def leads_in(title: str) -> bool:
    """'3、委员会的工作如下：', '4.4.1 检测应包括下列内容：': a numbered sentence that leads into the list under it, as
    '具体要求如下：' does unnumbered, names no section of its own."""
    return title.endswith(LEAD_INS) or "下列" in title


def framed_lines(paragraphs: list[Paragraph], opening: AbstractSet[str] | None = None) -> set[int]:
    """'▼11月26日▼': lines framed by one ornament at both ends are headings when the document frames two or more."""
    if opens_none(opening, _FRAMES):  # (`opening`: what the lines open with, when known; so in every pass below)
        return set()
    by_frame: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        if len(p.text) > 2 * _FRAMED_MAX:
            continue  # cheap: most paragraphs are running text
        text = p.text.strip()
        if 3 <= len(text) <= _FRAMED_MAX and text[0] in _FRAMES and text[-1] == text[0] and text[0] not in text[1:-1] \
                and not text[1:-1].isspace() and (text[0] != "/" or _CJK.search(text) and text[1] != "*"):
            # '◆ ◆' frames nothing: a divider; '/*注释*/' is code
            by_frame.setdefault(text[0], []).append(i)
    return {i for lines in by_frame.values() if len(lines) >= 2 for i in lines}


def tagged_lines(paragraphs: list[Paragraph], opening: AbstractSet[str] | None = None) -> set[int]:
    """'[视频]韩正会见南非副总统' over its story, three times or more: a news digest's items, long headlines and all.
    Lines tagged alike one after another link elsewhere ('相关视频' rows) and are none."""
    if opens_none(opening, "[【"):
        return set()
    by_tag: dict[str, list[int]] = {}
    for i in range(len(paragraphs) - 1):
        text = paragraphs[i].text
        if len(text) > 2 * _TAGGED_MAX or "[" not in text[:4] and "【" not in text[:4]:
            continue  # cheap: most paragraphs are running text
        text = text.strip()
        if len(text) > _TAGGED_MAX or text[-1:] in "。！？；：!?;:" or (m := _TAG.match(text)) is None:
            continue
        after = _TAG.match(paragraphs[i + 1].text.strip())
        if after is None or after.group(1) != m.group(1):
            by_tag.setdefault(m.group(1), []).append(i)
    return {i for lines in by_tag.values() if len(lines) >= _TAGGED_MIN for i in lines}


def dashed_subheads(paragraphs: list[Paragraph], opening: AbstractSet[str] | None = None) -> set[int]:
    """'——醫院需有倫理委員會，設整形外科10年。' between paragraphs, three times or more: a news story's subheads, as a
    wire service sets them (one dash-led line under the title is its subtitle, and too few)."""
    if opens_none(opening, (dash[0] for dash in DASHES)):
        return set()
    dashed = [p.text[:2] in DASHES or p.text[:1] in INDENTS and p.text.lstrip()[:2] in DASHES for p in paragraphs]
    found = [i for i in range(1, len(paragraphs) - 1) if dashed[i] and not dashed[i - 1] and not dashed[i + 1]
             and _DASHED_LEN[0] <= len(paragraphs[i].text.strip()) <= _DASHED_LEN[1]
             and not _ATTRIBUTION.fullmatch(paragraphs[i].text.strip().lstrip("—─-").strip())
             and running_text(paragraphs[i + 1].text) and running_text(paragraphs[i - 1].text)]
    return set(found) if len(found) >= _TAGGED_MIN else set()


def label_lines(paragraphs: list[Paragraph], title: str = "") -> set[int]:
    """'岗位职责：' / '任职要求：' each over a list from 1: the parts of a posting, when two or more labels open lists
    ('目 录' over '1. 问题描述……' names a contents list, whatever follows it).
    A label without its colon ('岗位要求') counts where a list, the page title, a button the page repeats ('立即申请')
    or the page's chrome ends just before it (no running text above it yet), or where the page uses it so already."""
    found: dict[str, list[int]] = {}  # label text → its lines
    again: dict[str, list[int]] = {}  # bare names over a list, but with text above them
    closing: dict[str, list[tuple[int, bool]]] = {}  # bare names over no list, and whether a list ends above them
    unlisted: dict[str, list[int]] = {}  # labels with a colon over no list
    opening = next((i for i, p in enumerate(paragraphs) if running_text(p.text)), len(paragraphs))  # page chrome above
    buttons = _buttons(paragraphs)
    for i in [i for i in range(len(paragraphs) - 1) if len(paragraphs[i].text) <= _LABEL_SPAN]:  # most paragraphs are
        # running text: one comprehension passes over them
        text = "".join(paragraphs[i].text.split()).lstrip(_LABEL_BULLETS)  # '• 岗位职责：': a page's bullet
        above = paragraphs[i - 1].text.strip()
        named = _LABEL_BARE.fullmatch(text) is not None or (_LABEL_NAME.fullmatch(text) is not None
                                                            and match_heading(text) is None)  # '第一章预防措施' numbers
        bare = named and (i <= opening or above == title or above in buttons or match_heading(above) is not None)
        if not (named or _LABEL.fullmatch(text)) or text.startswith(NOT_LABEL) or contents_name(text) \
                or text.rstrip("：:").endswith(LEAD_INS):
            continue  # '具体要求如下:' leads into its list, names nothing
        first = match_heading(paragraphs[i + 1].text)
        if (first is not None and first.number == 1 and first.family in LIST_FAMILIES) \
                or _BARE_FIRST.fullmatch(paragraphs[i + 1].text.strip()):  # '1.' alone, its item on the next line
            (found if bare or not named else again).setdefault(text, []).append(i)
        elif named and first is None:
            closing.setdefault(text, []).append((i, match_heading(above) is not None))
        elif not named:
            unlisted.setdefault(text, []).append(i)
    for text, lines in again.items():
        if text in found:  # '要求' under a line of text: the label the page already uses over its other lists
            found[text].extend(lines)
    for text, lines in unlisted.items():
        if len(found.get(text, ())) >= 2:  # '讨论主题：' over one line of its own, in a record that sets it over a
            found[text].extend(lines)  # list under its other dates: the same label
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
    firsts, facts = {}, {}
    buttons = _buttons(paragraphs) if labels else set()
    opener = label_name(paragraphs[min(labels)].text) if labels else ""
    for i in sorted(labels):
        if label_name(paragraphs[i].text) != opener:
            continue  # each group opens with the page's first label ('负责内容'); '要求' after a note is inside one
        j = i - 1
        while j >= max(0, i - _FACTS_MAX) and (paragraphs[j].text.strip() in buttons
                                                 or _FACT.fullmatch(paragraphs[j].text.strip())):
            j -= 1  # '立即申请', '薪资: 3000-5000' / '工作地点:武汉': a button or the job's facts under its name
        facts[i] = sum(_FACT.fullmatch(paragraphs[k].text.strip()) is not None for k in range(j + 1, i))
        text = paragraphs[j].text.strip() if j >= 0 else ""
        if j > 0 and paragraphs[j - 1].text.strip() == text:
            j -= 1  # an accordion's header over its panel's repeat of the name: the record starts at the header
        if j not in labels and 0 < len(text) <= _GROUP_TITLE_MAX and text != title \
                and text[-1] not in "。！？；：，,.!?;:" and match_heading(text) is None and not _FACT.fullmatch(text) \
                and not text.startswith(LIST_BULLETS):  # the last item of a bulleted list above is no group's title
            firsts[i] = j
    if len(firsts) < 2:
        name = _crumbed_name(paragraphs, min(labels)) if labels else -1
        if name < 0 and firsts and facts[min(firsts)] >= _FACTS_MIN:
            name = firsts[min(firsts)]  # one job: its name over its facts ('工作地点：北京', '工作经验：…') over its labels
        return {i: name for i in labels if i > name} if name >= 0 else {}
    owner, current = {}, -1
    for i in sorted(labels):
        current = firsts.get(i, current)
        if current >= 0:
            owner[i] = current
    section = _records_section(paragraphs, min(firsts.values()), title, buttons)
    owner.update({name: section for name in firsts.values()} if section >= 0 else {})
    return owner


def _records_section(paragraphs: list[Paragraph], first: int, title: str, buttons: set[str]) -> int:
    """'人才招聘' over the first job's name, or over a line or two of text before it: the short name of the page's
    section that holds the jobs, the level above their names."""
    j = first - 1
    while j >= max(0, first - 1 - _SECTION_TEXT) and running_text(paragraphs[j].text):
        j -= 1  # '我们正在寻找三观一致、做事高效、脑洞大开的人。': the section's lead
    text = paragraphs[j].text.strip() if j >= 0 else ""
    ok = 2 <= len(text) <= _SECTION_MAX and _LABEL_BARE.fullmatch(text) is not None and text != title \
        and text not in buttons and match_heading(text) is None
    return j if ok else -1


def _crumbed_name(paragraphs: list[Paragraph], first: int) -> int:
    """'招聘职位 > 培训经理' then '培训经理' above a posting's first label: a page's breadcrumb ends in the name of the
    page, and the page's own line with that name is what its labels belong to (a posting of one job)."""
    crumb = ""
    for i in range(first):
        text = paragraphs[i].text.strip()
        if len(text) > 2 * _GROUP_TITLE_MAX:
            return -1  # running text before the labels: the page's chrome is over
        parts = _CRUMB.split(text)
        if len(parts) >= 2 and all(0 < len(part) <= _GROUP_TITLE_MAX for part in parts):
            crumb = parts[-1]
        elif crumb and text == crumb:
            return i
    return -1


def _buttons(paragraphs: list[Paragraph]) -> set[str]:
    """'立即申请' under every group's title: a short line a page repeats three times or more is a button or a link,
    which a reader looks through to the title above it."""
    counts = Counter(text for p in paragraphs if len(p.text) <= 2 * _BUTTON_MAX
                     and 0 < len(text := p.text.strip()) <= _BUTTON_MAX)
    return {text for text, n in counts.items() if n >= 3 and _CJK.search(text)}


def label_items(candidates: list, labels: set[int], paragraphs: list[Paragraph]) -> None:
    """The numbered lines that follow a label one after another are its list, never sections of their own."""
    run_end = {}  # label → the first line after it that is not a numbered line: each list is read once
    ends: dict[int, int] = {}  # numbered line → the end of its run, shared by labels that are numbered lines themselves
    for i in labels:
        j = numbered_run_end(i + 1, paragraphs, ends)
        if j == i + 2 < len(paragraphs) and (paragraphs[j].text.lstrip().startswith(LIST_BULLETS) or (
                running_text(paragraphs[j].text) and _short_title(paragraphs[i + 1].text))):
            j = i  # '1. Android 开发工程师：' over its own bullets, '（一）抢劫' over its facts: a part of the label's
        if j > i + 1 and (record_topics(i + 1, j - 1, paragraphs) or lone_topic(i + 1, j - 1, paragraphs)):
            j = i  # '讨论主题：' over topics, one of them noted: the record's parts, no list
        run_end[i] = j
    for c in candidates:
        parent = candidates[c.parent] if c.parent >= 0 else None
        if c.accepted and parent is not None and parent.index in labels and c.match is not None \
                and c.index <= run_end[parent.index]:
            c.accepted, c.reason = False, f"an item of the list under the label on line {paragraphs[parent.index].line}"


def numbered_run_end(start: int, paragraphs: list[Paragraph], ends: dict[int, int]) -> int:
    """The first line from `start` on that is not a numbered line; `ends` keeps the runs already read, so labels that
    are numbered lines ('第一节 要求：' over '1、…', one after another) read each line once, not once per label."""
    j, seen = start, []
    while j < len(paragraphs) and j not in ends and paragraphs[j].text.strip() \
            and match_heading(paragraphs[j].text) is not None:
        seen.append(j)
        j += 1
    end = ends.get(j, j)
    for k in seen:
        ends[k] = end
    return end


def _short_title(text: str) -> bool:
    """'（一）抢劫': a numbered line that only names what follows (no clause, no run-in text)."""
    m = match_heading(text)
    return m is not None and not m.rest and len(m.title) <= _LABEL_SPAN and not any(ch in "，,。；;" for ch in m.title)


def running_text(text: str) -> bool:
    """Running text: a long paragraph, or a sentence that ends."""
    text = text.strip()
    return len(text) > _LABEL_SPAN * 2 or text.endswith(("。", "！", "？", "；"))


def same_lead(found: list[int], texts: list[str], set_aside: dict[int, str] | None = None,
              shaped: dict[int, str] | None = None) -> list[int]:
    """'➤用高科技围成的牢笼', '➤再教育营内的不人道待遇' …: when most headings open with one symbol, a line without it
    (a book title quoted alone) is not one of them, and a short line set aside as an image's caption (`set_aside`:
    index → text) that opens with that symbol ('➤外人的关注是有用的' after a wide gap) is: the symbol is the
    document's own mark for its titles, which a caption does not borrow. So is a line shaped as a title (`shaped`) that
    opens with it, though a caption or a short answer stands by it ('❔ 限电多少瓦' over '800 W'), unless the symbol is
    a label's bracket ('【知识】…') or the line a field ('• 工作地点：北京')."""
    leads = [text[0] for text in texts if text and not text[0].isalnum() and _CJK.match(text) is None]
    if len(leads) < 3:
        return found
    symbol = max(set(leads), key=leads.count)
    if 3 * leads.count(symbol) < 2 * len(texts):
        return found
    kept = [i for i, text in zip(found, texts) if text.startswith(symbol)]
    more = dict(set_aside or {}) if symbol in _LABEL_BRACKETS else (set_aside or {}) | {
        i: text for i, text in (shaped or {}).items() if "：" not in text and ":" not in text}
    return sorted(kept + [i for i, text in more.items() if text.startswith(symbol) and i not in kept])


_LABEL_BRACKETS = "【[［(（〔《<〈"  # a label's bracket ('【知识】'), no title's mark
INDENTS = frozenset(" \t\u3000\xa0")  # a line indented: look past its indent (a set: "" is in every string)
_BRACKET_LABEL_MAX = 8  # '【药品名称】', '【注意事项】', '【适应症】'
_BRACKET_LABELS_MIN = 3


def lines_opening(paragraphs: list[Paragraph], starts: frozenset[str]) -> Iterator[int]:
    """Indices of the paragraphs whose first character past any indent is one of `starts`; cheap: one character of
    each line is looked at, the line is copied only when indented."""
    for i, p in enumerate(paragraphs):
        first = p.text[:1]
        if first in starts or first in INDENTS and p.text.lstrip()[:1] in starts:
            yield i


def _named_lines(paragraphs: list[Paragraph], starts: frozenset[str], name_of: Callable[[str], str],
                 least: int, opening: AbstractSet[str] | None) -> set[int]:
    """The first line of each name `name_of` gives, when `least` different names or more are found."""
    if opens_none(opening, starts):
        return set()
    found: dict[str, int] = {}
    for i in lines_opening(paragraphs, starts):
        name = name_of(paragraphs[i].text)
        if name and name not in found:
            found[name] = i
    return set(found.values()) if len(found) >= least else set()


def bracket_label(text: str) -> str:
    """'【成份】本品主要成份为布洛芬。' -> '【成份】': a short bracketed name alone, over a sentence or over a value
    ('【规格】0.3g'); '' for a headline's topic tag ('【山竹襲港】市民烏溪沙碼頭追風') or a numbered box ('【专栏3】')."""
    text = text.strip()
    end = text.find("】", 1, _BRACKET_LABEL_MAX + 2) if text.startswith("【") else -1
    if end < 2 or any(c.isdigit() for c in text[1:end]):
        return ""
    rest = text[end + 1:]
    valued = not rest or "。" in rest or len(rest) <= 8 and not any("\u4e00" <= c <= "\u9fff" for c in rest)
    return text[:end + 1] if valued else ""


def bracket_labels(paragraphs: list[Paragraph], opening: AbstractSet[str] | None = None) -> set[int]:
    """A leaflet's or a form's parts: lines that open with a short bracketed name (`bracket_label`), three different
    ones or more."""
    return _named_lines(paragraphs, _BRACKET, bracket_label, _BRACKET_LABELS_MIN, opening)


_BRACKET = frozenset("【")


_BRACKET_TITLE_MAX = 40
_ARTICLE_TITLE_MAX = 16
_OPEN_ENDS = frozenset("的和与與及或在对對为為等是")  # a line cut mid-phrase ('…法律法规及规则的')


def asked_title(m: HeadingMatch) -> str:
    """'1.问：哪些企业可以申请首贷贴息？' -> the question: '问' alone names nothing."""
    return m.rest if m.title in ("问", "問", "Q") and m.terminator in ("：", ":") and m.rest else ""


def _listed_nouns(text: str) -> bool:
    """'合营公司的成立、名称和法定地址': an article titled by the matters it lists (each after 、 a word, not a
    one-character stub of a sentence run on, '国家、集' cut at a line's end)."""
    return all(len(part) >= 2 for part in text.split("、"))


def article_title(m: HeadingMatch, line: str = "") -> str:
    """'1.【民法总则的时间效力】根据…', '第一条【立法目的】为了…': an article's own title, in brackets at its start; a
    contract's '第一条　房屋基本情况' alone on its `line` (not a clause before a colon, not a line cut mid-phrase: a
    rule's '第一条　立法目的' ends in 的 whole)."""
    text = (m.rest if m.family == "tiao" else m.title).lstrip().lstrip(".．、").lstrip()  # '第一条. 宗旨和目标'
    end = text.find("】", 0, _BRACKET_TITLE_MAX) if text.startswith("【") else -1
    if end > 1:
        return text[1:end].strip()
    named = (m.family == "tiao" and 2 <= len(text) <= _ARTICLE_TITLE_MAX and not line.rstrip().endswith(("：", ":"))
             and (text[-1] not in _OPEN_ENDS or text.endswith("目的")) and not any(c in text for c in "。，,；;：:！？!?（(“")
             and _listed_nouns(text))
    return text if named and text not in ("删除", "刪除") else ""


# The fields an official letter or notice is written in (Taiwan's 公文: 函, 公告, 簽; also mainland 请示 replies)
_LETTER_FIELDS = ("主旨", "說明", "说明", "辦法", "办法", "依據", "依据", "公告事項", "公告事项", "擬辦", "拟办")
_LETTER_STARTS = frozenset(name[0] for name in _LETTER_FIELDS)


def letter_field(text: str) -> str:
    """'主旨：檢送…計畫1份，請查照。' -> '主旨', '說明：' -> '說明': a field of an official letter, else ''."""
    text = text.lstrip()
    for name in _LETTER_FIELDS:
        if text.startswith(name) and text[len(name):len(name) + 1] in ("：", ":"):
            return name
    return ""


def letter_fields(paragraphs: list[Paragraph], opening: AbstractSet[str] | None = None) -> set[int]:
    """A letter's 主旨 / 說明 / 辦法 (a notice's 主旨 / 依據 / 公告事項): its parts, when two different ones open lines."""
    return _named_lines(paragraphs, _LETTER_STARTS, letter_field, 2, opening)


def numbered_item(text: str) -> bool:
    """'4.  使用说明' ending a numbered list: a title may follow it as it follows a bulleted one."""
    m = match_heading(text) if text[:1].isdigit() else None
    return m is not None and m.family in LIST_FAMILIES


_DOTS = "•●▪◆■"  # bullets a page or a slide keeps, with or without a space after them


def dotted_item(text: str) -> bool:
    """'•分支语句用来…': an item a slide or a page marks with a dot, not a row of dots between widgets ('◆ ◆')."""
    text = text.lstrip()
    return text[:1] in _DOTS and any(c.isalnum() for c in text[1:4])
