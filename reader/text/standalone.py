"""Titles without a number: short standalone lines set apart between body paragraphs, weighed by their shape,
their neighbours and, where their place alone decides, the title model (`titlescore`)."""

from __future__ import annotations

from reader.text.codeblocks import block_edge, code_edge, code_like, code_line, glossed_entry, shown_output
from reader.text.credits import credit_bar
from reader.text.fields import labelled_particular
from reader.text.chatter import chatty_ending
from reader.text.citedlines import cited_provision
from reader.text.days import day_titles
from reader.text.echoedterms import echoed_terms
from reader.text.furniture import furniture_line, photo_caption, source_note
from reader.text.bodytext import SENTENCE_END as _SENTENCE_END, is_body as _is_body
from reader.text.latinsiblings import latin_siblings
from reader.text.latinnames import CJK as _CJK, FIRST_ITEM, TITLE_MAX as _UNNUMBERED_MAX, latin_name, pair_line
from reader.text.headerrows import table_line
from reader.text.headlines import HEADLINE_MAX, colon_headlines, headline_colon
from reader.text.lazyre import lazy
from reader.text.letters import closing_line, greeting_line, salutation_index
from reader.text.lineshape import (BULLETS, aside_line, broken_off, carried_on, commented_code, cut_before_object,
                                   inside_short_run, item_tail, markdown_row, picture_line, points_on, points_to,
                                   roster_lines)
from reader.text.markers import HeadingMatch, match_heading
from reader.text.meetings import particulars
from reader.text.newsclauses import claused_subheads
from reader.text.recordforms import english_parts
from reader.text.pagetitles import TITLE_AGAIN_MIN, issuer_titled, site_titled, title_parts
from reader.text.pipetitles import pipe_titles
from reader.text.meta import genre_title, history_line
from reader.text.partnames import keywords_line
from reader.text.model import Packed, Paragraph
from reader.text.notes import note_titles
from reader.text.plainlines import (MARKDOWN_BULLETS as _BULLETS, dashed_subheads, dotted_item, framed_lines,
                                    numbered_item, same_lead, tagged_lines)
from reader.text.questions import (INTERVIEW_MAX, QUESTION_MAX, asked_loosely, asked_parts, asks, briefly_answered,
                                   qa_name)
from reader.text.titlemarks import item_marks, marked_titles, pictograph_titles
from reader.text.recurring import named_again, refrains
from reader.text.sessionquestions import session_questions
from reader.text.speeches import english_over_chinese
from reader.text.talklines import points_back, pressed_question, signing_off, spoken_line
from reader.text.talkbylines import talk_bylines
from reader.text.talktitles import schedule_rows, schedule_titles, talk_titles
from reader.text.titlescore import Setting, rescore
from reader.text.yearlines import year_titles

_WEIGHED_MAX = max(INTERVIEW_MAX, QUESTION_MAX, HEADLINE_MAX, _UNNUMBERED_MAX)  # a longer line is no question nor title
_MARKS_AFTER = lazy("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]+$")  # '请坐.⭐': a sentence, marked
_ROW = lazy(r"[\u4e00-\u9fff]{2,10}(?:\s+[\u4e00-\u9fff]{2,10}){3,}")  # '上级政策解读 本县政策解读 政策咨询问答库 回应关切': a menu's
# row, as a line of names is a list's: four words apart is no title ('东京大学入学典礼 演讲 上野千鹤子' may be)
_MENTION = lazy(r"👤(?:ou_[0-9a-f]{8,40})?")
_CLOCK = lazy(r"\d{1,2}:\d{2}")  # '00:30 - 01:10 顶部与整体结构': a time's colon ends no clause
_FENCE_END = lazy(r":{3,}(?:[ \t]*[A-Za-z][\w \t:=-]{0,40})?|`{3,}")  # a block's closing fence ends what stood
# above, as a paragraph does; a box's opening (':::tip', ':::tabs key:campus') starts anew
_STOPS = frozenset("。！？；：!?;:…")  # a sentence's or a clause's end: a line with one is no title
_HEADLINE_STOPS = _STOPS - {"："}  # a headline's '：' joins its two halves
_COMMA_ITEM = lazy(r"[0-9０-９]{1,2}[，,](?![0-9０-９])")  # '4，熟悉TCP/IP协议，…': a list numbered '1，2，3，'


def unnumbered(paragraphs: list[Paragraph], matches: list[HeadingMatch | None], title: str, setting: Setting,
               opening: frozenset[str] | None = None, speakers: set[int] = frozenset(),
               sessions: set[int] = frozenset(), numbered: bool = False,
               with_colon: list[int] | None = None, bold: set[int] = frozenset(),
               ending: frozenset[str] | None = None) -> tuple[list[int], dict[int, str]]:
    """Short standalone lines without closing punctuation between body paragraphs (two or more make an outline); and
    the lines where the title model, weighing those whose place alone decides, overrode the rules, with its odds
    (`with_colon`: the lines with a colon, when known; `bold`: the lines a text file sets in bold, its titles;
    `ending`: what the lines end with, when known)."""
    found = []
    weighable: list[int] = []  # shaped like a title: where it stands decides
    packed = Packed(paragraphs)  # no blank lines: an English name stands apart by its neighbours alone (asked late)
    captions = setting.captions
    english = english_parts(paragraphs, title)  # 'Agenda', 'Action points' over a table, in a team's meeting record
    framed = (framed_lines(paragraphs, opening) | pictograph_titles(paragraphs, opening)  # '▼11月26日▼': a
              | tagged_lines(paragraphs, opening) | dashed_subheads(paragraphs, opening)  # page's form, '——醫院需有倫理
              | marked_titles(paragraphs, _is_body, opening) | sessions | bold | english
              | claused_subheads(paragraphs, matches)
              | (talks := talk_titles(paragraphs, opening) | talk_bylines(paragraphs))  # 'Title, Speaker, Company'
              | schedule_titles(paragraphs, slots := schedule_rows(paragraphs, opening)))  # '议程' over '09:00 - 09:25 签到'
    # 委員會…': a wire story's subheads, '▌Google：…': a blog editor's, '2019.10.11' over a session of a record
    colons: dict[int, tuple[str, bool]] = {}  # headlines with a colon, judged together at the end
    texts = [p.text for p in paragraphs]
    roster = roster_lines(texts, ending)
    shown = {part for part in title_parts(title, loose=True) if len(part) >= TITLE_AGAIN_MIN}  # '南沙区…培训会' under the
    # page title '南沙区…培训会-广州市南沙区人民政府门户网站': the article's title shown again, no heading
    asked: list[int] = []  # bare questions over a block of body or a list
    loose: list[int] = []  # and longer ones with a clause break
    translated = english_over_chinese(paragraphs, opening)
    items = item_marks(paragraphs, _is_body, opening)  # '🌈 ‣ …' line after line, most of them sentences: list items
    given = particulars(paragraphs, with_colon) - talks | speakers | slots  # '主席: 郭子仁' /
    # '記錄: 周如石': a record's particulars ('题目：…' over '报告人：…' names a talk); '11:40 - 12:00 …': a slot
    lead = next((k for k, p in enumerate(paragraphs) if _is_body(p.text)), len(paragraphs))  # over it: the header
    first_marked = next((k for k, m in enumerate(matches) if m is not None), len(matches))  # the cover is over it
    edges: dict[str, bool] = {}  # block_edge of the lines asked so far

    def edge(line: str) -> bool:
        """block_edge, once a line: a short line is asked again as each neighbour's neighbour (5% of the outline of
        a text of short lines)."""
        if (known := edges.get(line)) is None:
            known = edges[line] = block_edge(line)
        return known

    for i in range(len(paragraphs) - 1):
        if matches[i] is not None or (i in captions and i > lead or i in given) and i not in sessions | english:
            continue  # (a wide gap before any text is a cover's or an extract's, no caption's: no picture yet)
        if i in framed:
            found.append(i)  # '▼11月26日▼' again and again: the document's own heading form
            continue
        text = paragraphs[i].text.strip()
        if "👤" in text:  # '开源社茶礼👤ou_a4b8…': the topic's owner, a mention a Feishu export leaves unresolved
            text = _MENTION.sub("", text).strip()
        if len(text) > _WEIGHED_MAX:
            continue  # running text (most lines): no test below takes it, none need run
        if i not in sessions and ("：" in text or ":" in text) and labelled_particular(text):
            continue  # '翻译：单致豪', '办公地点：慧园3栋203、206': a particular alone, no title (a session's '时间: …' is)
        if (heads := asks(paragraphs, i, title, _is_body)) is not None and i not in translated and i - 1 not in translated:
            if heads:
                asked.append(i)  # '为什么要加入我们？' over its answer: judged with the document's other questions below
            continue
        if asked and asked[-1] == i - 1 and paragraphs[i].line == paragraphs[i - 1].line + 1 and not _is_body(text):
            continue  # '计算机组成原理、操作系统、计算机网络' right under 'S阶段要具备什么素质？': its answer
        if asked_loosely(paragraphs, i, _is_body):
            loose.append(i)  # '作为一名普通市民，…可以做些什么？': only beside bare questions
            continue
        if not (len(text) >= 2 or _CJK.fullmatch(text)) or not _HEADLINE_STOPS.isdisjoint(
                _CLOCK.sub("", text) if ":" in text else text):  # a regex only where a clock may be
            continue  # '食', '住', '行': one Chinese character is a title too; a sentence is none, headline or not
            # (asked before the costlier tests below: most short lines that get this far are sentences)
        headline = headline_colon(text)
        if (len(text) > (HEADLINE_MAX if headline else _UNNUMBERED_MAX)
                or not headline and "：" in text  # '介绍：' leads into what follows; a headline's '：' joins its halves
                or text == title or text in shown
                or site_titled(text, title) or code_line(text) or code_like(text) or _ROW.fullmatch(text)
                or commented_code(text) or i < first_marked and issuer_titled(text, title)
                or match_heading(text) is not None
                or _MARKS_AFTER.sub("", text)[-1:] in "，、,～~./>»{" or text[0] in ">-*+|=—－–,，、"
                or dotted_item(text) or _COMMA_ITEM.match(text) or text[0] in items
                or history_line(text) or keywords_line(text) or credit_bar(text) or cut_before_object(text) or i in roster
                or chatty_ending(text)
                or not (_CJK.search(text) or latin_name(paragraphs, i, _is_body, packed) or qa_name(text))):
            continue  # a heading in a Chinese document has Chinese in it, or is a name in English set apart (or
            # 'Q&A'); code, quotes, bullets, '——记…' subtitles and sentences ('…将会在什么时机得到唤醒的机会.') are not
        after = matches[i + 1]
        opens_list = (after is not None and after.number == 1) or FIRST_ITEM.fullmatch(paragraphs[i + 1].text.strip()) \
            or paragraphs[i + 1].text.lstrip()[:2] in _BULLETS or dotted_item(paragraphs[i + 1].text)  # 'DataFrame' over
        # '* a distributed collection …', '分支语句' over '•分支语句用来…'

        if not opens_list and furniture_line(text):
            continue  # '图片' alone is a caption label, but over '1、…' it names a section
        if (text[0] in "（([" and text[-1] in "）)]") or (i and texts[i - 1].rstrip().endswith("{")) or i - 1 in translated \
                or closing_line(text):
            continue  # '（此处有分隔线）', '[掌声]' are an editor's notes, 'class Manager extends Employee{' over '添加方法和域'
            # is code; 'Toy Story.' / '玩具总动员': the Chinese line of a bilingual text translates the line above
        weighable.append(i)
        if not opens_list and inside_short_run(texts, i, edge):
            continue  # a line amid other short lines is an item of a list
        before = i - 1 - (i - 1 in captions or picture_line(paragraphs[i - 1].text)  # a caption under a dropped
                          or photo_caption(paragraphs[i - 1].text)  # image, the picture's own '![…][…]' or its words
                          or source_note(paragraphs[i - 1].text))  # (or a chart's source: '资料来源：…')
        # ('梁文道 图片来源：受访者供图', '图为…') stands between body and title
        framed_out = _is_body(paragraphs[i + 1].text) or opens_list or code_edge(paragraphs[i + 1].text) or (
            _FENCE_END.fullmatch(paragraphs[i + 1].text.strip()) is not None) or (
            markdown_row(paragraphs[i + 1].text)) or (  # '到会情况' over its table's '|王嘉凯|叶俊晨|…|'
            i + 2 < len(paragraphs) and aside_line(paragraphs[i + 1].text)
            and (_is_body(paragraphs[i + 2].text) or code_edge(paragraphs[i + 2].text))) or (
            i + 2 < len(paragraphs) and pair_line(text)
            and (pair_line(paragraphs[i + 1].text) or latin_name(paragraphs, i + 1, _is_body, packed))
            and (_is_body(paragraphs[i + 2].text) or code_line(paragraphs[i + 2].text)))  # or its code: '// fds'
        framed_in = before < 0 or i < lead or paragraphs[i].ruled or _is_body(paragraphs[before].text) or (
            matches[before] is not None and (matches[before].family in ("zhang", "jie", "bufen", "bian")
                                             or matches[before].family.startswith("di-")) and matches[before].title) or (
            code_edge(paragraphs[before].text)) or (
            _FENCE_END.fullmatch(paragraphs[before].text.strip()) is not None) or (
            before - 1 in translated and paragraphs[before].text.rstrip()[-1:] in _SENTENCE_END) or (  # '非常感谢各位。'
            (paragraphs[before].text.lstrip()[:2] in _BULLETS or numbered_item(paragraphs[before].text)
             or paragraphs[before].text.lstrip().startswith(BULLETS))  # '•结果输出:print()输出结果'
            and (opens_list or _is_body(paragraphs[i + 1].text))) or (
            markdown_row(paragraphs[before].text) and framed_out) or (  # a table ends a block as a paragraph does
            before >= 1 and (pair_line(text) or latin_name(paragraphs, i, _is_body, packed))
            and (pair_line(paragraphs[before].text) or latin_name(paragraphs, before, _is_body, packed))  # 'Co-Chair的权利'
            and _is_body(paragraphs[before - 1].text))  # right under 'Co-Chair', which stands over no paragraph
        if headline and framed_out:
            colons[i] = (text, framed_in)  # judged together below: a repeated form needs no body before it
        elif framed_in and framed_out:
            found.append(i)
    addressed = salutation_index(paragraphs)  # '香港特別行政區立法會' over '各位委員：' addresses the letter
    weighed: dict[int, str] = {}
    if weighable and (not numbered or len(found) >= 2) and not (sessions or speakers):  # numbered sections (or a
        # feed): only beside titles the rules found too; sessions and speakers are parts the rules know
        chosen, weighed = rescore(paragraphs, matches, set(found), [i for i in weighable if i > addressed], setting, _is_body)
        found = sorted(chosen)
    found = sorted(set(found) | colon_headlines(colons, len(found)) | note_titles(paragraphs, matches, title, opening)
                   | set(day_titles(paragraphs, matches))  # 'D5', 'D6&D7' among 'D3', 'D4': a diary's days
                   | year_titles(texts, opening)  # '2022' over that year's notes, then '2021': a log's years
                   | echoed_terms(paragraphs, matches))  # 'Interleaving' over 'Interleaving（交错） 指的是…'
    found = sorted(set(found) | named_again(paragraphs, matches, found)  # '主要特点:' where '主要特点' heads a part
                   | pipe_titles(paragraphs, found, weighable))  # '健身 | 对抗久坐与熵增' among '技术 | …' parts
    found = sorted(set(found) | latin_siblings(paragraphs, matches, set(found)))  # 'Issues' among 'Workflow', 'Review'
    asked = sorted(asked + briefly_answered(paragraphs, asked))  # '问：…？' '答：不是。' among long answers
    asked = sorted(asked + session_questions(paragraphs, sorted(asked + loose), matches, set(found)))  # '干不完请奶茶；'
    found = sorted(set(found) | set(asked_parts(asked, [paragraphs[i].text.strip() for i in asked], len(found), loose)))
    aside = {i: paragraphs[i].text.strip() for i in captions}  # '➤…' after a wide gap: a title, not a caption
    found = same_lead(found, [texts[i].strip() for i in found], aside, {i: texts[i].strip() for i in weighable})
    found = [i for i in found if i > addressed and not (i < lead and i + 1 < len(paragraphs)  # a title's first half
                                                        and genre_title(paragraphs[i + 1].text.strip()))]
    found = [i for i in found if not item_tail(paragraphs, i)  # a list item's status ('已经合并') on its last line
             and not (carried_on(texts[i].lstrip()) and i not in colons)  # '但是，作为…，我…': speech, no title
             and not (spoken_line(texts[i]) and i not in colons)  # '我们再看一下 Avg. Tx 延时': talk to the room
             and not pressed_question(texts[i])  # '具體而言我究竟重構了什麼？' asks the room
             and not (points_back(texts[i]) and i not in colons)  # '针对这些现状，…希望' points back at the talk
             and not signing_off(texts[i])  # '今天就讲这么多，大家有什么要问的吗？' closes the talk
             and not shown_output(paragraphs, i)  # 'True' under '>>> 10 < 20 < 30': the interpreter answers
             and not greeting_line(texts[i])  # '大家好', '谢谢大家' greet and thank it
             and not points_on(texts[i].lstrip())  # '以下介绍 …' leads into the text
             and not points_to(texts[i])  # '时间和地点如下', '具体见图 4.6' lead to what is below
             and not glossed_entry(paragraphs, i)  # 'docker exec 进入容器' under 'docker ps 查看容器列表'
             and not broken_off(texts[i])  # '再说了，这儿还有…呢——': a sentence going on below
             and not cited_provision(texts[i])  # '中華民國憲法第 130 條' over the article it quotes
             and not table_line(texts[i], texts[i - 1] if i else "", texts[i + 1:i + 3])]  # '参数 值 说明' over
             # '批大小 32 显存所限': a table's column names and rows
    found = refrains(found, [paragraphs[i].text.strip() for i in found])  # a script's '翻页' between its passages
    same = len({paragraphs[i].text.strip() for i in found}) == 1  # '基本案情' again and again: a label, no outline
    return (found if len(found) >= 2 and not same else []), weighed
