"""The sub-headings of technical notes and translated papers: a study note that shows code keeps its titles ('实现文件复制',
'select', 'stash') on lines of their own once a Markdown page's '#' marks are stripped, and code is never a heading
('# 字符串变大写', 's2 = …'). Every pass here is one walk over the lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.text.codeblocks import code_like, code_line, glossed_entry, heredoc_ends, set_in_code
from reader.text.furniture import figure_caption
from reader.text.headerrows import header_row
from reader.text.lazyre import lazy
from reader.text.markers import HeadingMatch
from reader.text.model import Paragraph
from reader.text.openings import opens_none
from reader.text.pagetitles import site_titled
from reader.text.plainlines import LIST_BULLETS, running_text
from reader.text.talklines import spoken_line

_CJK = lazy("[\u3400-\u9fff]")
_CODE_OPEN = lazy(r"[A-Za-z_][\w<>\[\]*]*(?: [A-Za-z_*][\w<>\[\]*]*)* ?[({]")  # 'int select(…', 'public class X {'
_SUB_MAX = 30
_CODE_MIN = 5  # code lines that make a document a technical note
_SUB_STOPS = "。！？；：，,!?;:…"
_LATIN_NAME = lazy(r"[A-Z][A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*){0,2}")  # 'Serializable', 'Datagram'
# 'select', 'transient', 'Group Membership', 'Yahoo! Message Broker': a term in Latin letters, a few words at most.
_LATIN_TERM = lazy(r"[A-Za-z][A-Za-z0-9_!'’/\-]*(?: [A-Za-z0-9][A-Za-z0-9_!'’/\-]*){0,5}")
_TERM_WORD = lazy(r"[A-Za-z][A-Za-z0-9_]{2,}")
_LIST_NUMBER = lazy(r"[0-9０-９]{1,3}[.．、][ \t\u3000]*(?![0-9０-９])")  # '6. 锁的优缺点', not '2.0 Executor'
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


_SECTION_FAMILIES = ("cn", "decimal", "arabic")  # what a note numbers its sections with (2.1 numbers the rest)
_PAPER_SUBSECTIONS = 2  # '2.1', '2.2': numbered subsections show a paper or a manual
_SECTION_LINE_MAX = 60  # a numbered section's line holds its title, not a paragraph
_BOLD_TITLE_MAX = 40


def _drawn(text: str) -> bool:
    """A line drawn in box characters (a file tree, a table's border)."""
    return "\u2500" <= text.lstrip()[:1] <= "\u257f"


def mark_note_subheadings(paragraphs: list[Paragraph], matches: list, title: str,
                          named: Callable[[str], bool], opening: frozenset[str] | None = None) -> dict[int, str]:
    """Give the unnumbered sub-headings of a numbered technical note or paper a marker of their own ('sub'), so they
    nest under its sections; a part known by name ('参考资料' after the last section) is left to stand on its own.
    The numbered lines set aside as a list's items are returned with the reason."""
    listed = sentence_lists(paragraphs, matches, opening)  # `opening`: what the lines open with, when known
    listed.update(tight_lists(paragraphs, matches, opening))
    listed.update(code_items(paragraphs, matches, opening))
    sections = (i for i, m in enumerate(matches) if m is not None and m.family in _SECTION_FAMILIES
                and len(paragraphs[i].text) <= _SECTION_LINE_MAX)  # two are enough: no count of a law's thousands
    if next(sections, None) is None or next(sections, None) is None:
        return listed  # '1.7 put会导致死循环: rehash的时候 将每个链表转化到新链表，…' numbers a paragraph, not a section
    subsections = sum(1 for m in matches if m is not None and m.family == "decimal" and m.level > 1)
    for i in code_note_subheadings(paragraphs, matches, title, subsections >= _PAPER_SUBSECTIONS, opening):
        text = paragraphs[i].text
        if not named(text) and not paragraphs[i].listed and not paragraphs[i].cell and not _drawn(text) \
                and not site_titled(text.strip().casefold(), title.casefold()) and not spoken_line(text) \
                and not header_row(text, [p.text for p in paragraphs[i + 1:i + 3]]):  # '参考资料'
            # closes the note at the top level, below no section; a Markdown list's item ('- controlConnect'), a
            # table's row or header ('参数 值 说明') or a file tree's line drawn in box characters ('├── 模块资料/') is
            # no heading
            matches[i] = sub_heading(text)
    return listed


def sub_heading(text: str) -> HeadingMatch:
    """A line as a sub-heading of the numbered section over it: a marker of its own ('sub'), no number."""
    return HeadingMatch("sub", "", text.strip(), "", 1, 1, len(text.rstrip()))


def bold_subheadings(paragraphs: list[Paragraph], matches: list) -> list[int]:
    """'**效能考量：**' alone on its line, twice or more in a text file: the writer's sub-headings, bold as a
    Markdown editor sets them; a bold sentence ('**注意：请勿删除。**') is emphasis. Under numbered sections they are
    marked as their sub-headings (and none is returned); a text without sections gets them back as its titles."""
    bold = [i for i, p in enumerate(paragraphs) if p.bold and matches[i] is None
            and len(p.text.strip()) <= _BOLD_TITLE_MAX and not p.text.rstrip().endswith(_SENTENCE_ENDS)]
    if len(bold) < 2:
        return []
    if sum(m is not None and m.family in _SECTION_FAMILIES for m in matches) < 2:
        return bold
    for i in bold:
        matches[i] = sub_heading(paragraphs[i].text)
    return []


def _no_code(opening: frozenset[str] | None) -> bool:
    """No line opens with a Latin letter or a sign, as code does (False when the openings are not given)."""
    return opening is not None and not any(c.isascii() for c in opening if c)


_CODE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_#/@")  # what a comment, assignment,
# annotation, diagram or call opens with (code_line, code_like): a line opening '1.' or '(1)' is asked nothing more


def _shows_code(paragraphs: list[Paragraph], opening: frozenset[str] | None = None) -> bool:
    """A technical note: it shows code (five lines that read as code)."""
    if _no_code(opening):
        return False  # code opens with a Latin letter or a sign: no line does
    shown = 0
    for p in paragraphs:  # a Chinese paragraph is no code: one look at its first character
        text = p.text.lstrip()
        if text[:1] in _CODE_FIRST and (code_line(text) or code_like(text)):
            shown += 1
            if shown >= _CODE_MIN:
                return True
    return False


def shows_note(paragraphs: list[Paragraph], opening: frozenset[str] | None = None) -> bool:
    """A study note: it shows code, or a Markdown page's table rows or bullets."""
    return _shows_markdown(paragraphs, opening) or _shows_code(paragraphs, opening)


def _shows_markdown(paragraphs: list[Paragraph], opening: frozenset[str] | None = None) -> bool:
    """A note written in Markdown shows its tables row by row ('| 份号 | 仿宋_GB2312 | 三号 |') or its bullets ('- 启发
    式方法'); where it numbers its sections 一、 or 1.1, its sub-titles have no number, as a note showing code has none."""
    if opens_none(opening, "|-*"):
        return False  # no line opens with a row's bar or a bullet: no look at each
    rows = bullets = 0
    for p in paragraphs:
        text = p.text
        rows += text[:1] == "|" == text.rstrip()[-1:] and text.count("|") >= 3
        bullets += text[:2] in ("- ", "* ")
    return rows >= _CODE_MIN or bullets >= _CODE_MIN


_LIST_ITEMS = ("arabic", "half-paren", "paren-arabic")
_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?", ";")


SENTENCE_LIST = "an item of a numbered list of sentences in a note (the items follow one another)"


def sentence_lists(paragraphs: list[Paragraph], matches: list, opening: frozenset[str] | None = None) -> dict[int, str]:
    """'1. 获取用户信息之后，才能调用商品详情和物流信息接口。' right over '2. 成功获取商品详情…之后，才能调用商品推荐接口。':
    in a note that shows code, numbered lines that follow one another from 1 and each end a sentence are the steps or
    cases a paragraph enumerates, not its sections: a section's title is a name, and a section has text between its
    title and the next one. (A law's articles numbered 1. 2. … are sentences too, but a law shows no code.)"""
    listed: dict[int, str] = {}
    if not _shows_code(paragraphs, opening):
        return listed
    run: list[int] = []
    for i in range(len(matches) + 1):
        m = matches[i] if i < len(matches) else None
        if m is not None and m.family in _LIST_ITEMS and m.number == len(run) + 1 \
                and paragraphs[i].text.rstrip().endswith(_SENTENCE_ENDS):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                matches[j] = None
                listed[j] = SENTENCE_LIST
        run = [i] if m is not None and m.family in _LIST_ITEMS and m.number == 1 \
            and paragraphs[i].text.rstrip().endswith(_SENTENCE_ENDS) else []
    return listed


CODE_ITEM = "an item whose text is code (a numbered example in a note that shows code), never a section's title"


def code_items(paragraphs: list[Paragraph], matches: list, opening: frozenset[str] | None = None) -> dict[int, str]:
    """'1. select {} => runtime.block()', '2. select {': in a note that shows code, a number before a line of code
    numbers the cases of an example (a Markdown list inside a code block), and a reader never reads code as a title
    (`opening`: what the lines open with, when known)."""
    if _no_code(opening):
        return {}  # no line opens as code does: no look at the numbered lines
    coded = [i for i, m in enumerate(matches) if m is not None and m.family in _ITEM_FAMILIES and m.title
             and _CJK.search(m.title) is None and _code_or_command(m.title + m.rest)]
    if not coded or not _shows_code(paragraphs):  # a law numbers no code: no second look at its lines
        return {}
    for i in coded:
        matches[i] = None
    return dict.fromkeys(coded, CODE_ITEM)


_APART_MIN = 3  # numbered sections that show how the document sets its headings
_ITEM_FAMILIES = ("arabic", "half-paren", "paren-arabic", "circled")
TIGHT_LIST = ("an item of a list set line by line (no blank line between it and its neighbour) in a note whose "
              "decimal subsections all stand apart")


def tight_lists(paragraphs: list[Paragraph], matches: list, opening: frozenset[str] | None = None) -> dict[int, str]:
    """'1. 单核cpu也是支持多线程操作的' right over '2. 时间片一般是十几毫秒': where a note that shows code sets every
    decimal subsection ('1.1 上下文切换') apart with a blank line under it, a numbered line set directly against the
    line above or below it is an item of a list written line by line (a Markdown list), not a heading: the note shows
    how it sets its headings."""
    listed: dict[int, str] = {}
    if _no_code(opening) or not _headings_apart(paragraphs, matches, 2) or not _shows_code(paragraphs, opening):
        return listed  # (no line opens as code does: no look for the subsections)
    last = len(paragraphs) - 1
    for i, m in enumerate(matches):
        if m is None or not (m.family in _ITEM_FAMILIES or (m.family == "decimal" and m.level == 1
                                                             and m.marker.rstrip()[-1:] in ".．、")):
            continue  # ('1.' before a short title may have been read as a decimal section '1. 引言')
        line = paragraphs[i].line
        if (i < last and paragraphs[i + 1].line == line + 1) or (i > 0 and paragraphs[i - 1].line == line - 1):
            matches[i] = None
            listed[i] = TIGHT_LIST
    return listed


def code_note_subheadings(paragraphs: list[Paragraph], matches: list, title: str = "", paper: bool = False,
                          opening: frozenset[str] | None = None) -> set[int]:
    """'实现文件复制' over a code block, '编码与解码' over a paragraph, inside '三、字节操作': a technical note that shows
    code numbers its sections but not the sub-headings under them (a Markdown '###' whose '#' are gone). A short
    unpunctuated line with Chinese in it, between a section heading, running text or code above and running text, code
    or a list below, is one, when the note shows code and has two or more of them. In a paper whose subsections are
    numbered (`paper`: '2.1 …' shows the kind of text) the unnumbered ones under them ('数据模型', 'Sessions') stand
    between paragraphs of running text; one in Latin letters alone heads Chinese text (a translation keeps the
    original's heading)."""
    if paper:
        return _paper_subheadings(paragraphs, matches, title)
    if not (_shows_code(paragraphs, opening) or _shows_markdown(paragraphs, opening)
            and sum(1 for m in matches if m is not None and m.family in ("cn", "decimal")) >= 2):  # '1. 点击…' are steps
        return set()
    found = set()
    ends = heredoc_ends([p.text for p in paragraphs])  # 'EOF' closing a here-document is shell
    for i in range(1, len(paragraphs) - 1):
        if matches[i] is not None or len(paragraphs[i].text) > 2 * _SUB_MAX or i in ends or set_in_code(paragraphs, i) \
                or glossed_entry(paragraphs, i):  # 'simplifier 用字轉換' under 'uniquifier 過濾重複的候選字'
            continue
        text = paragraphs[i].text.strip()
        latin = _LATIN_NAME.fullmatch(text) is not None  # 'InetAddress', 'Reader 与 Writer' has Chinese anyway
        above, below = paragraphs[i - 1].text.strip(), paragraphs[i + 1].text.strip()
        term = not latin and _CJK.search(text) is None and _LATIN_TERM.fullmatch(text) is not None \
            and echoed(text, below) and not (" " in text and text[0].islower())  # 'select' over 'int select(…)':
        # named again right under it ('docker pull registry', words opening in lower case, is a command)
        if (not 2 <= len(text) <= _SUB_MAX or text == title or (_CJK.search(text) is None and not latin and not term)
                or code_line(text) or code_like(text) or any(c in _SUB_STOPS for c in text)
                or text[0] in ">-*+|=—－–（(【[<" or _LIST_NUMBER.match(text) or figure_caption(text)):
            continue  # '6. 锁的优缺点' whose number the list machinery set aside is an item, not an unnumbered title;
            # '表4.1 运算器引脚与功能描述' names a table
        prose_below = running_text(below) or (len(below) > 8 and below[-1] in "：:")  # '以下展示了…的实例：'
        if ((matches[i - 1] is not None or running_text(above) or code_like(above) or above.endswith(("}", ")", ";", "|"))
             or above[:2] in ("- ", "* "))
                and (prose_below or ((not latin or echoed(text, below))
                                     and (code_like(below) or code_line(below) or below[:2] in ("- ", "* ", "| ")
                                          or matches[i + 1] is not None or _CODE_OPEN.match(below) is not None)))):
            found.add(i)  # a name in Latin letters alone needs prose under it, or code that names it: else it is code
    return found if len(found) >= 2 else set()


_BOTH_SCRIPTS = lazy(r"[A-Za-z][A-Za-z0-9 '’\-]*[(（][^()（）\u3400-\u9fff]*[\u3400-\u9fff][^()（）]*[)）]")
_BULLET_MARKS = "•·-*+"
_CAPTION = lazy(r"(?:[图表圖]|Fig(?:ure)?\.?|Table)[ \t\u3000]*(?:[A-Z][.．])?[0-9０-９]", re.IGNORECASE)  # '图1 …', '表A.1 …'


def _headings_apart(paragraphs: list[Paragraph], matches: list, level: int = 1) -> bool:
    """'2 RELATED WORK' / blank / … : every numbered section of the paper stands apart, a blank line under it (or
    every subsection '1.1 …', from `level` 2)."""
    sections = [i for i, m in enumerate(matches[:-1]) if m is not None and m.family == "decimal" and m.level >= level]
    return len(sections) >= _APART_MIN and all(paragraphs[i + 1].line > paragraphs[i].line + 1 for i in sections)


def _paper_subheadings(paragraphs: list[Paragraph], matches: list, title: str) -> set[int]:
    found = set()
    apart = _headings_apart(paragraphs, matches)
    for i in range(1, len(paragraphs) - 1):
        if matches[i] is not None or len(paragraphs[i].text) > 2 * _SUB_MAX:
            continue
        if apart and paragraphs[i + 1].line == paragraphs[i].line + 1:
            continue  # '高效的注意力机制' right on top of its text, where every numbered heading has a blank line
            # under it: the bold lead of a paragraph (a run-in label), not a heading of its own
        text = paragraphs[i].text.strip()
        above, below = paragraphs[i - 1].text.strip(), paragraphs[i + 1].text.strip()
        chinese = _CJK.search(text) is not None
        both = _BOTH_SCRIPTS.fullmatch(text) is not None  # 'Worker Failure(Worker故障)': a title and its translation
        latin = not chinese and _LATIN_TERM.fullmatch(text) is not None  # English words run longer than Chinese
        if (not 2 <= len(text) <= (2 * _SUB_MAX if both or latin else _SUB_MAX) or text == title
                or any(c in _SUB_STOPS for c in text.replace("! ", " ")) or text[-1] in ".。!"
                or text[0] in ">-*+|=—－–（(【[<"
                or code_line(text) or (code_like(text) and not both)
                or _CAPTION.match(text) or _LIST_NUMBER.match(text)
                or not (chinese or (latin and _CJK.search(below)))):
            continue
        if chinese and _CJK.search(above) is None and (above[:1] in _BULLET_MARKS or above[-1:] in ".,;:"):
            continue  # '只有一个值会被选中（chosen）' under '• Only a single value is chosen, and': the line it translates
        if (matches[i - 1] is not None or (running_text(above) and not code_line(above))) \
                and running_text(below) and not code_line(below):
            found.add(i)  # '#设置 worker 数量。' ends a sentence but is a comment in code: 'worker_processes 4' is code
    return found if len(found) >= 2 else set()


_COMMAND = lazy(r"[a-z][\w.\-]*(?: +[^\s\u3400-\u9fff]+)+")  # 'git stash pop', 'appendonly yes', 'docker ps -a'
_PROSE_WORDS = frozenset("the a an to of and or is was are were with for in on that this it we you".split())
_FLAT_CODE_MIN = 3  # code lines a note without numbering shows
_TITLE_OVER_CODE = 16
_CODE_INDENT = ("    ", "\t")  # Markdown sets a line indented so as code
_LANGUAGE = lazy(r"(?:C\+\+|C#|C|Java|JavaScript|TypeScript|Python3?|Go(?:lang)?|Rust|PHP|Swift|Scala|Kotlin|Dart|"
                 r"Ruby|Lua|Shell|SQL|Objective-C|Perl|Haskell|Erlang|Elixir|Julia|仓颉)"
                 r"(?: ?(?:版本|实现|代码|写法|解法|题解))?", re.IGNORECASE)  # a language's name, as a section


_DOCSTRING_QUOTES = ('"""', "'''")  # a line of three quotes alone closes a docstring or a program's printed output


def _code_or_command(text: str) -> bool:
    """A line of a code block or a shell session: code as `code_line` / `code_like` read it, a brace, or a command
    ('git stash pop': a lower-case word and its arguments, no Chinese)."""
    text = text.strip()
    return bool(text) and (code_line(text) or text.isascii() and (
        code_like(text) or text[-1] in "{};" or _command(text) or text in _DOCSTRING_QUOTES))


def _command(text: str) -> bool:
    """'git stash pop', 'appendonly yes': a lower-case word and its arguments; an English phrase ('the film Toy Story,',
    'it was impossible to connect the dots.') ends with a stop or has the words of a sentence in it."""
    return _COMMAND.fullmatch(text) is not None and text[-1] not in ".,;:!?" \
        and not _PROSE_WORDS.intersection(text.lower().split())


def note_titles(paragraphs: list[Paragraph], matches: list, title: str = "",
                opening: frozenset[str] | None = None) -> set[int]:
    """'stash' over 'stash 用于临时保存工作目录的改动…', 'RDB 配置' over '# 时间策略' / 'save 900 1': a study note converted
    from Markdown with its '#' gone keeps its titles on short lines of their own, and a reader takes one for a title
    when the note shows code (so it is a note at all) and either the title names a term in Latin letters that the
    Chinese text right under it names again (the section is about it), or a short Chinese title stands right over a
    code block or right after one, with code or prose on its other side, or between a list's last item and prose, or
    two titles stand one over the other (a section's and its first subsection's) between code or prose and prose. A line of output or a token of code has code
    or a colon's lead-in around it, not prose that names it; a speech or a law shows no code, so a stray Latin word in
    one is never taken. These join the document's other unnumbered titles; alone they need two."""
    if opening is not None and not any(c.isascii() for c in opening if c):
        return set()  # no line opens as code does (`opening`: what the lines open with): no look at each
    texts = [p.text.strip() for p in paragraphs]
    if sum(1 for text in texts if text[:1].isascii() and _code_or_command(text)) < _FLAT_CODE_MIN:
        return set()
    found = set()
    ends = heredoc_ends(texts)
    titled = [matches[i] is None and 2 <= len(text) <= _SUB_MAX and text != title and i not in ends
              and not set_in_code(paragraphs, i)
              and not any(c in _SUB_STOPS for c in text) and not code_line(text) and not code_like(text)
              and text[0] not in ">-*+|=—－–（(【[<•" and not _COMMAND.fullmatch(text) and "//" not in text
              and not paragraphs[i].text.startswith(_CODE_INDENT) and text[-1:] != "{"
              and not (i and texts[i - 1].endswith("{")) for i, text in enumerate(texts)]
    # 'git checkout master', 'else // 1 则创建高位' and a Markdown line indented four spaces are code; so are
    # '函数返回值类型 main(命令行参数){' and the '函数体' inside its braces
    for i, text in enumerate(texts[:-1]):
        if not titled[i]:
            continue
        above, below = texts[i - 1] if i else "", texts[i + 1]
        if (i + 2 < len(texts) and titled[i + 1] and _CJK.search(text) and _CJK.search(below)
                and (not above or above.isascii() or running_text(above))
                and (running_text(texts[i + 2]) or (_code_or_command(texts[i + 2]) and texts[i + 2][:1].isascii()))):
            found.update((i, i + 1))  # 'CompletableFuture 使用建议' over '使用自定义线程池' over its text, '用法实例' over
            continue  # '身份认证' over its code (a section's title over its first subsection's; a run of short lines
            # above is a list)
        if (i + 3 < len(texts) and titled[i + 1] and titled[i + 2] and _CJK.search(text) and _CJK.search(below)
                and (not above or above.isascii() or running_text(above)) and running_text(texts[i + 3])
                and paragraphs[i + 1].line > paragraphs[i].line + 1):
            found.update((i, i + 1, i + 2))  # 'Class和样式绑定' / blank / '绑定html类名' over 'Object语法' over its
            continue  # text: a part's, a section's and a subsection's titles, the first set apart by a blank line
        if _CJK.search(text) is not None:
            if len(text) <= _TITLE_OVER_CODE and (
                    (_code_or_command(above) and (_code_or_command(below) or running_text(below)))
                    or ((not above or running_text(above)) and _code_or_command(below))
                    or (above.startswith(LIST_BULLETS) and running_text(below))
                    or (_code_or_command(above) and below.startswith(LIST_BULLETS) and not below.rstrip().endswith(
                        ("：", ":")))):
                found.add(i)  # 'RDB 配置' between a config file's last line and the next file's first comment; '类装饰器'
                # between an example's last line and the first point of its own list ('- 依赖于call方法，…')
            continue
        if _LATIN_TERM.fullmatch(text) is None:
            continue
        after = texts[i + 2] if i + 2 < len(texts) else ""
        named = echoed(text, below) or (below[-1:] not in "。！？" and _code_or_command(after) and echoed(text, after))
        # 'Reset' over '如果你想删除刚写的 commit，就可以通过以下命令实现' over 'git reset --hard HEAD^': a lead-in, then the
        # command that names it
        if (_CJK.search(below) is not None and not code_line(below) and named
                and (not above or above[-1] not in "：:")
                and not (above and _LATIN_TERM.fullmatch(above) and not _code_or_command(above))):
            found.add(i)  # a run of names one per line is a list, and what a colon introduces is its example
    languages = [i for i, text in enumerate(texts) if len(text) <= _SUB_MAX and _LANGUAGE.fullmatch(text)]
    if len(languages) >= 2:  # 'Java' / 'Python' / 'Go' over each one's code: a solution's versions, one per language
        found.update(languages)
    return found if len(found) >= 2 else set()
