"""The outline: which paragraphs are section headings, and how deep each one sits.

Numbered families and their nesting are decided in `numbering` from the document's own evidence; this module adds
what has no number: headings the file format marks (Markdown '#', HTML <h2>, nesting by level with numbered ones
inside), 序言, 前言, 附则 … by name, annexes (附件1, 附件：, or a title after a rule's last article) whose numbering
starts again, and, in documents without a numbered top level, short standalone lines between body paragraphs
(`standalone`).
`explain.explain_outline` says for every numbering family what it gave and why the rest was dropped.
"""

from __future__ import annotations

import operator
from collections import Counter
from dataclasses import replace

from reader.text.annexes import annex_lines
from reader.text.compilations import court_stages, compiled_titles, gazette_titles, with_cases
from reader.text.countedparts import counted_parts
from reader.text.numberbreaks import break_marks
from reader.text.chaptercontents import chapter_contents
from reader.text.contents import contents_entries, titles_again, unnamed_contents
from reader.text.captions import image_captions
from reader.text.decimals import opening_chapter, unnumbered_parents
from reader.text.faqlines import faq_questions
from reader.text.echoedterms import echoed_terms
from reader.text.evidence import labelled_markers, reference_items, run_on_articles, stray_articles, stray_decimals
from reader.text.feeds import after_article
from reader.text.figurenumbers import hyphened_figures
from reader.text.furniture import figure_caption
from reader.text.bodytext import is_body as _is_body
from reader.text.headerrows import table_rows
from reader.text.unitrows import unit_rows
from reader.text.headers import ISSUE_NUMBER_LINE, header_lines, issued_document_titles
from reader.text.headlines import colon_labels, nest_under_headlines
from reader.text.headingtext import candidate_heading, continues, takes_next_line
from reader.text.inline_lists import continued_lists
from reader.text.letters import appended_papers, hold_papers
from reader.text.lineshape import contents_name
from reader.text.lastlevels import settle_plain_levels
from reader.text.lostsections import lost_section_lines, titles_over_restarts
from reader.text.listruns import (after_parts, front_parts, inside_runs, opened_lists, parts_over_sections, titles_in_parts,
                                  under_lone_unit, unnumbered_top_level)
from reader.text.marklevels import grouping_numbers, marked_formats, numbered_levels, untagged_clauses
from reader.text.markers import HeadingMatch, match_heading
from reader.text.mixedsessions import dated_meetings, lift_sessions, nest_in_sessions
from reader.text.meetings import (agenda_parts, dated_sessions, hollow_parts, meeting_fields, nest_sessions_in_part,
                                  nest_under_record_parts, nest_under_sessions, ordinal_sessions)
from reader.text.sessionparts import packed_notes, session_fields, session_titles
from reader.text.recordforms import template_labels
from reader.text.ruledparts import beside_ruled_parts
from reader.text.templatelabels import even_template_labels
from reader.text.partlists import listed_parts
from reader.text.pagetitles import opening_number
from reader.text.pledges import pledged_items
from reader.text.pointers import points_elsewhere
from reader.text.namedlists import restarted_under_named
from reader.text.nameditems import named_items
from reader.text.digests import counted_headlines, digest_headlines
from reader.text.partnames import named_part as _is_named
from reader.text.model import Heading, Paragraph, shown_lines
from reader.text.boldbeside import bold_beside
from reader.text.boldheads import bold_heads
from reader.text.notes import bold_subheadings, mark_note_subheadings, shows_note, sub_heading
from reader.text.linemarkers import find_markers
from reader.text.candidate import Candidate, depth_of
from reader.text.numbering import decide
from reader.text.openings import colon_lines, endings, openings, opens_none
from reader.text.tightitems import tight_items
from reader.text.plainlines import (LIST_FAMILIES as _LIST_FAMILIES, bracket_labels, label_items, label_lines,
                                    letter_fields)
from reader.text.partlabels import labels_in_parts, last_part_labels
from reader.text.punctuation import as_written, read_as_rules
from reader.text.questions import interviewer_turns, marked_questions, named_turns, nest_questions, page_labels
from reader.text.repeats import nested_items, one_number_lists
from reader.text.scoredrows import scored_rows
from reader.text.sequences import Successors
from reader.text.setin import set_apart
from reader.text.settling import settle_candidates
from reader.text.records import record_parts
from reader.text.prefixed import nest_prefixed_titles
from reader.text.partrecurring import nest_recurring_in_parts
from reader.text.recurring import (drop_decks, nest_other_titles, nest_recurring_titles, nest_stacked_titles,
                                   nest_under_decorated, recurring_in_parts, unname_recurring)
from reader.text.standalone import unnumbered
from reader.text.speeches import FLOOR_FIRST, floor_questions, parallel_heads, points_in_a_paragraph, run_in_points
from reader.text.titledepth import nest_titles
from reader.text.talkparts import talk_parts
from reader.text.talktitles import nest_talks
from reader.text.leads import nest_named_sections
from reader.text.lawparts import unnumbered_chapters, unnumbered_sections
from reader.text.counted import nest_counted_sections
from reader.text.siblingheads import align_sibling_heads
from reader.text.tagranks import ranked_by_tags
from reader.text.sectiontitles import read_as_subtitles, section_subtitles
from reader.text.titlescore import Setting

__all__ = ["HeadingMatch", "match_heading", "outline_candidates", "parse_outline"]

_FEEDLESS_ARTICLES = 20  # a text numbered in this many 第X条 is a law, never a feed of stories (a cheap pass saved)
_OUTNUMBERED = 3  # unnumbered titles this many times the numbered lines: the text's own headings, a number aside
_MARKED_UP = ("markdown", "html")  # formats whose headings state their own level
_LABEL_RECURS = 3  # '结论：' under three items or more: each item's label, no part of the document's own
PLAIN_LEFT = ("plain titles by the rules, dropped beside the numbered sections (in none of the places such titles keep: "
              "over or between the parts, outnumbering them, before the first)")  # for --explain


def parse_outline(paragraphs: tuple[Paragraph, ...] | list[Paragraph], title: str = "",
                  kind: str = "text", captioned: frozenset[int] = frozenset(),
                  banner: frozenset[int] = frozenset()) -> tuple[Heading, ...]:
    """Find the heading paragraphs and give each its depth (`kind`: the file's format, 'text', 'markdown', 'html';
    `captioned`: the lines cleaning took out that fill a gap (pictures' captions, page chrome); `banner`: the lines of a
    page's banner, above its title shown again)."""
    if kind != "html":
        return _outline(list(paragraphs), title, kind, captioned, banner)
    lines = [p.line for p in paragraphs]  # each heading back on its source line
    headings = _outline(shown_lines(paragraphs), title, kind, frozenset())  # a page's gaps say nothing of captions
    return tuple(replace(h, line=lines[min(h.line, len(lines)) - 1]) for h in headings)


def _outline(paragraphs: list[Paragraph], title: str, kind: str, captioned: frozenset[int],
             banner: frozenset[int] = frozenset()) -> tuple[Heading, ...]:
    """The outline of paragraphs numbered by the lines they are shown on, their gaps saying how they stand apart."""
    seen, title = read_as_rules(paragraphs, title)
    candidates, broken, _ = outline_candidates(seen, title, kind, captioned, paragraphs, banner)
    chosen = [c for c in candidates if c.accepted]
    if len(chosen) == 1 and chosen[0].index == len(seen) - 1:
        return ()  # '致谢' on a speech's last line, over nothing: one heading that holds no text makes no outline
    points = run_in_points(seen) if any(c.match is None for c in chosen) else set()  # named by their first sentence
    headings = beside_ruled_parts([candidate_heading(seen, c, depth_of(c, candidates), c.index in broken,
                                                     c.index in points) for c in chosen], [c.index for c in chosen], seen)
    if kind in _MARKED_UP:  # the author's marks state each level
        headings = ranked_by_tags(headings, [seen[c.index].heading_level for c in chosen])
    else:
        headings = even_template_labels(headings)  # a form's labels, each at one level in every record
        marks = [c.match for c in chosen]  # '泛型数组列表' over a list's second '1.': beside the first list's title
        headings = titles_over_restarts(headings, marks)
    if all(map(operator.is_, seen, paragraphs)):  # (compared in C: a long law's lines are many)
        return tuple(headings)  # nothing was read full-width: every heading is spelled as written
    return tuple(as_written(h, c.index, seen, paragraphs) for h, c in zip(headings, chosen))


def outline_candidates(paragraphs: list[Paragraph], title: str, kind: str = "text",
                       captioned: frozenset[int] = frozenset(), written: list[Paragraph] | None = None,
                       banner: frozenset[int] = frozenset()) -> tuple[list[Candidate], set[int], dict[int, str]]:
    """Every candidate with its decision, the paragraphs whose marker a scrape broke over two lines, and the lines
    whose marker was set aside before the decision (a cited article, a reference entry) with the reason (`written`:
    the paragraphs as written, before half-width marks were read full-width; `banner`: the lines of a page's banner)."""
    opens = openings(paragraphs)  # what the lines open with: passes for lines opening with marks none has are skipped
    ends = endings(paragraphs)  # and end with, as a page number or a contents name does
    listed = contents_entries(paragraphs, ends)  # '4 批次管理 12' under '目录': no section a later '4.1' continues
    matches, broken = find_markers(paragraphs, title, opens, listed, ends)
    if sum(p.heading_level > 0 for p in paragraphs) >= 2:  # headings marked up: a Markdown '1. …' is a list's item
        matches = [None if p.listed else m for p, m in zip(paragraphs, matches)]  # (unmarked, it may title a part)
        for i in untagged_clauses(paragraphs, matches) if kind == "html" else ():  # '4.5.1…应…' under '<h2>4.5'
            matches[i] = None
    matches = [None if p.cell and m is not None and (m.family in _LIST_FAMILIES or m.family == "lone-cn") or p.code
               else m for p, m in zip(paragraphs, matches)]  # a table's '1. 建立台帐，得2分' is a row of criteria, its
    # cell; a code block's '第一条 …' a line of the program (Paragraph.code)
    # '一' a row's number (a timetable's 学期); '第一條' in a law set as a table stays
    opening = opening_chapter(paragraphs, matches)  # '第四章 …' over its own 第一节: the notes' title
    opening = opening if opening >= 0 else opening_number(paragraphs, matches, title)  # '4. …' over its '4-1.', '4-2.'
    if opening >= 0:
        matches[opening] = None
    for i, m in run_on_articles(paragraphs, matches).items():
        matches[i] = m
    for i, m in counted_parts(paragraphs, matches).items():  # '第一条经验，…' again and again: a talk's parts
        matches[i] = m
    for i, m in break_marks(paragraphs, matches, opens).items():  # '4', '5', '6' alone between blank lines: a slide each
        matches[i] = m
    stray = stray_articles(paragraphs, matches) | stray_decimals(matches, paragraphs, listed)
    stray |= continued_lists([p.text for p in paragraphs], matches)  # '…建議：（一）…；（二）…' over '（三）…'
    stray |= one_number_lists(matches) | points_in_a_paragraph(paragraphs, matches) | nested_items(paragraphs, matches)  # Markdown lists
    for i in stray:
        matches[i] = None
    sessions = ordinal_sessions(paragraphs) or dated_sessions(paragraphs, opens)  # '第一次会议：' over its particulars'
    sessions |= dated_meetings(paragraphs, sessions)  # '2024-03-20 项目启动会议' beside '第二次会议记录：'
    # dates, '2019.09.25' under a session's last line opening the next: no byline, nor a table's cell
    rows = {i: why for i, why in table_rows(paragraphs, matches).items() if i + 1 not in sessions}  # '1.信息化发展指数'
    # over '>79' / '72.45'
    rows.update(unit_rows(paragraphs, matches))  # '23.1 油茶籽' between '吨' and '吨'
    rows.update(dict.fromkeys(hyphened_figures(matches), "a figure's number: the text numbers its sections 'N.M'"))
    rows.update(scored_rows(matches))  # '一、 巩固成果，提升河长制工作实效 31': a scoring sheet's row and its points
    rows.update(pledged_items(paragraphs, matches))  # '一、我方愿意…。' on to '六、如我方中标，…。': a bid letter's body
    for i in rows:  # '4-1 系统整体设计' under '4.1 系统总体设计'
        matches[i] = None
    stray.update(rows)
    contents = listed | unnamed_contents(paragraphs, matches) | chapter_contents(paragraphs, matches)  # '目录' over
    # '第一章　总则' …, or no name over them
    for i in contents:
        matches[i] = None
    stray.update(contents)
    for i, m in (labelled_markers(paragraphs, matches, title) | meeting_fields(paragraphs, matches, opens, kind)).items():
        matches[i] = m  # '其一、', '決議：…' under 第一案: numbered by a word
    again = titles_again(paragraphs, contents, matches)  # '实验目的' under a list's '1.1. 实验目的': its headings
    if not again:
        stray.update(mark_note_subheadings(paragraphs, matches, title, _is_named, opens))  # '实现文件复制' under 三、
    bold = bold_subheadings(paragraphs, matches)  # '**效能考量：**' under '3.3 技術可行性評估', or a title of its own
    anchored = {i for i, p in enumerate(paragraphs) if p.anchor and matches[i] is None}  # '思考题 {#questions}'
    formats = marked_formats(paragraphs, title, contents) or again
    numbered_levels(formats, [p.text for p in paragraphs])
    grouping_numbers(formats, [p.text for p in paragraphs])
    formats.update(marked_questions(paragraphs, formats) if formats else {})  # '**问：…？**' under '### 问答环节'
    titled_below = {i + 1 for i, m in enumerate(matches)
                    if m is not None and not m.title and takes_next_line(m) and continues(paragraphs, i)}
    plain = [i for i, m in enumerate(matches) if m is None and i not in formats and i not in titled_below]
    named = {i for i in plain if _is_named(paragraphs[i].text) and i not in contents}  # not its contents line
    named |= talk_parts(paragraphs, _is_body) & set(plain) - set(contents)  # '文字稿', '视频：' on a talk's page
    named = {i for i in named if not paragraphs[i].listed}  # a list's item names what it lists, not a part
    entries = listed_parts(paragraphs, named, matches)  # '引言' among '问卷篇', '数据篇' on a site's menu: an entry
    named -= entries
    if any(paragraphs[i].text.rstrip()[-1:] in "：:" for i in named):  # '注释：' between 第4周 and 第5周 labels the
        successors = Successors(matches)  # week's notes: no part of the document's own
        colon = {i: "".join(paragraphs[i].text.split()).rstrip("：:") for i in named
                 if paragraphs[i].text.rstrip()[-1:] in "：:"}
        times = Counter(colon.values())  # '结论：' under each agenda item: each item's label
        named = {i for i in named if i not in colon or not successors.spans(i) and times[colon[i]] < _LABEL_RECURS}
    for i in [i for i in formats if contents_name(paragraphs[i].text)]:  # '## 目录' holds a list, not the chapters
        del formats[i]
        named.add(i)
    listed = reference_items(paragraphs, matches, named)  # '1. 卢锋：…' under 参考文献 is an entry, not a section
    for i in listed:
        matches[i] = None
    stray.update(listed)
    papers = appended_papers(paragraphs, plain, _is_body, opens)  # a paper sent with a letter: its title holds it
    annexes = {i for i in annex_lines(paragraphs, matches, plain, _is_body) if i not in contents} | papers  # '附录\t26'
    annexes |= compiled_titles(paragraphs, matches, title, contents)  # 一、中华人民共和国公司法 over its 第一章
    annexes |= {i for i in unnumbered_parents(paragraphs, matches) if i in plain and i not in contents}  # '引言' / '1.1'
    annexes |= restarted_under_named(matches, named)  # '【参考资料】' over a second 一、…六、
    header = header_lines(paragraphs, opens)  # '法〔2021〕21号', '最高人民法院' by it: header lines, never headings
    if opening >= 0:
        header[opening] = "a chapter's own notes open with it: their title, not a level above their sections"
    numbers = sorted(i for i, why in header.items() if why == ISSUE_NUMBER_LINE)
    issued = numbers[0] if numbers else -1
    annexes |= {i for i in issued_document_titles(paragraphs, numbers, title) if i in plain}  # a notice, what it issues
    annexes |= {i for i in gazette_titles(paragraphs, numbers, header) if i in plain}  # two documents, two 文号
    annexes |= (agenda := {i for i in agenda_parts(paragraphs, matches, sessions, title)  # '会议简记' over the '1.'
                           if i in plain and i not in contents and i not in header})
    ruled = unnumbered_chapters(paragraphs, matches, plain, _is_body) - set(contents) - set(header)  # '收入管理' over 第三条
    named, annexes = named - ruled, annexes | ruled
    for i, m in unnumbered_sections(paragraphs, matches, plain, _is_body).items():  # '一般规定' under 第二章
        matches[i] = m
        named.discard(i)
    candidates = decide(paragraphs, matches, named, annexes, formats, issued)
    if hollow := hollow_parts(candidates, agenda):  # '会议事项：' over the agenda's list
        agenda, annexes = agenda - hollow, annexes - hollow
        candidates = decide(paragraphs, matches, named, annexes, formats, issued)
    numbered = [c for c in candidates if c.accepted and c.key not in ("named", "container", "sub")]  # a note's sub-titles number nothing
    faq: dict[int, HeadingMatch] = {}  # a flattened FAQ's 'Q：…？ A：…' lines, found with the plain titles
    with_colon: list[int] | None = None  # the lines with a colon, once looked for (below, when the text is plain)
    left: list[int] = []  # plain titles the rules found that the numbered sections left out, for --explain
    if all(_is_named(paragraphs[i].text) for i in formats):  # none marked, or only '## 相關鏈結': the text's own
        named, formats = named | set(formats), {}  # headings are found as in plain text, the named part beside them
        articles = sum(c.key == "tiao" for c in numbered) >= _FEEDLESS_ARTICLES  # a law's articles: no feed
        digest = set() if articles or sessions else {i for i in digest_headlines([p.text for p in paragraphs],
                                                                                teasers=True) if i not in header}
        # a feed's headlines over bylines; a record's sessions are dated, and its lines over a date are no stories
        rest = [c for c in numbered if c.index not in digest]
        if digest and (len(rest) > 2 * len(digest) and min(digest) > rest[0].index
                       or after_article(paragraphs, min(digest), _is_body)):
            digest = set()  # a table's rows ('A 轮' over its date) deep in a report of numbered sections: no feed; nor
            # an article's related links under it ('沪指失守3700点 2015/07/04')
        for i in (digest := digest - counted_headlines(digest, matches)):  # '1. 会议一：…' on to '7. …': sections
            matches[i] = None  # '1、联合国报告：…' is a headline as written, not an item 1
        numbered = [c for c in numbered if c.index not in digest]
        turns = named_turns(paragraphs)  # '陈燕妮' over her question: its speakers are labels, her questions parts
        with_colon = colon_lines(paragraphs)  # the lines with a colon: the passes after labels share one look
        ruled, weighed = unnumbered(paragraphs, matches, title, Setting(kind, image_captions(paragraphs, kind, opens, captioned)),
                                     opens,
                                     {i for i, q in turns.items() if not q}, sessions, bool(numbered) or bool(digest),
                                     with_colon, set(bold) | anchored, ends)
        # '讨论记录' under each '第N次会议记录'; '  小組討論狀況' set in among flush titles (or flush among set-in) is a caption
        templated = session_titles(paragraphs, sessions)
        plain_lines = set(ruled) - set_apart(paragraphs, ruled, _is_body) | templated
        plain_lines -= packed_notes(paragraphs, sessions, plain_lines - templated)  # a line of a session's notes
        stray.update(weighed)  # where the title model overrode the rules, for --explain
        asked = set() if opens_none(opens, FLOOR_FIRST) else floor_questions(  # Q&A's '提问：…' (no line opens
            paragraphs, plain_lines | {i for i, m in enumerate(matches) if m})  # so: no heads gathered for it)
        labels = (label_lines(paragraphs, title) | page_labels(paragraphs, plain_lines)
                  | bracket_labels(paragraphs, opens) | letter_fields(paragraphs, opens)
                  | court_stages(paragraphs, with_colon) | interviewer_turns(paragraphs, with_colon)
                  | parallel_heads(paragraphs, matches)  # '当以…之…。' three times over a speech
                  | {i for i, q in turns.items() if q} | asked)  # '岗位职责：' over '- …', '【成份】本品…', '主旨：…
        labels -= session_fields(labels, sessions)  # '會議內容：' once in each dated session: its field
        labels |= template_labels(paragraphs, labels)  # '未解决的问题：' between each '讨论主题：' and '布置任务：'
        labels |= set() if numbered or plain_lines or labels else run_in_points(paragraphs)  # '这一年，我们…。…'
        template = recurring_in_parts(sorted(plain_lines), numbered, paragraphs)  # '【教学内容】' under each 第N单元
        template |= labels_in_parts(paragraphs, numbered, matches, sessions)  # '岗位职责：' under each post
        faq = faq_questions(paragraphs, matches, opens)  # 'Q：…？ A：…' a line: a FAQ's questions over their answers
        template |= set(faq)
        if template:  # the parts' sub-titles, as a note's under its sections
            for i in template:
                matches[i] = faq.get(i) or sub_heading(paragraphs[i].text)
            plain_lines -= template
            candidates = decide(paragraphs, matches, named, annexes, formats, issued)
        if labels:  # a table's '地理' over '1.…' inside '三、' is a row, not a posting's part; nor a plain line there
            inside = inside_runs(numbered, len(paragraphs))
            trailing = last_part_labels(labels, inside, numbered, paragraphs, plain_lines)  # and the last post's
            labels = {i for i in labels if not inside[i] and i not in trailing or i in asked}  # (a Q&A part's
            plain_lines = {i for i in plain_lines if not inside[i] and i not in trailing}  # questions sit inside it)
        before = plain_lines
        labels, plain_lines, groups, paged = record_parts(paragraphs, title, labels, plain_lines, digest, sessions)
        plain_lines, cases = with_cases(paragraphs, before, plain_lines, labels, opens)  # '案例一　…' over its '【基本案情】'
        groups.update(cases)
        sections = {c.index for c in numbered if c.key == "code"}  # (other families' titles may hold their records)
        found = [i for i in sorted(plain_lines | labels | set(groups.values()) | digest | bold_beside(
                     kind, paragraphs, matches, formats, plain_lines | labels))  # '<p><b>关注点…</b></p>' by them
                 if i not in named and i not in annexes and i not in header and i not in contents
                 and not paragraphs[i].cell and not figure_caption(paragraphs[i].text)  # '图 3.4 …' names a picture
                 and not points_elsewhere(paragraphs[i].text)  # '了解更多 》', '详见附表 4' send the reader on
                 and i not in sections]  # 'A1. 销售代表' over its labels: a coded post, no plain title
        opening, left = opened_lists(found, numbered), found
        if found and (not numbered or labels or paged or digest or under_lone_unit(found, numbered)
                      or titles_in_parts(found, numbered, paragraphs) or len(found) >= _OUTNUMBERED * len(numbered)
                      or after_parts(found, numbered, candidates)
                      or len(echoed_terms(paragraphs, matches) & set(found)) >= 2  # 'Interleaving' over 'Interleaving…'
                      or sessions and sessions <= set(found) and min(sessions) < numbered[0].index
                      or unnumbered_top_level(found, numbered, candidates, opening)
                      or found != (found := parts_over_sections(found, numbered, paragraphs))):  # '摘抄' over '第四章 …'
            left = []
            front = set(found) if front_parts(found, numbered, opening, paragraphs) else set()  # beside the sections, not over
            front |= {i for i in found if contents_name(paragraphs[i].text)}  # '目录' holds its list, not the chapters
            candidates = decide(paragraphs, matches, named | front, annexes | set(found) - front, formats, issued)
            label_items(candidates, labels, paragraphs)
            at = {c.index: n for n, c in enumerate(candidates)}
            for c in candidates:
                if c.index in groups and groups[c.index] in at:
                    c.parent = at[groups[c.index]]
            drop_decks(candidates, paragraphs, _is_body)  # '共同打造现代化产业体系' over its deck, every time
            unname_recurring(candidates, paragraphs)  # '后记' after each event's write-up: each event's own
            nest_stacked_titles(candidates, paragraphs)  # '核心概念' right over '函数-装饰器': a part over its sections
            nest_under_headlines(candidates, paragraphs)  # '产品：明确目标，…' over '功能方面'
            nest_under_sessions(candidates, sessions)  # '20190305会议纪要' over '到会情况'
            lift_sessions(candidates, sessions)  # and the first meeting's '讨论内容' holds not the second meeting
            nest_in_sessions(candidates, sessions)  # '议题：' beside '2021/12/31 …评审': the session's part
            nest_under_record_parts(candidates, paragraphs, title, sessions)  # '主要议题' over '开源社茶礼'
            nest_sessions_in_part(candidates, agenda, sessions)  # '会议纪要' over '2022年9月7日'
            if not digest:  # a feed shows a story again under another: no sub-title
                nest_recurring_titles(candidates, paragraphs)  # '实现方式' under '计数器', again under '滑动窗口'
                nest_recurring_in_parts(candidates, paragraphs)  # and so inside a part: '主要特点' under 'Rust'
            align_sibling_heads(candidates, paragraphs)  # '滑动窗口' over its '实现方式' beside '计数器' over its own
            nest_under_decorated(candidates, paragraphs, opens)  # '/学科教育/' over '高考数学：《…》'
            nest_questions(candidates, paragraphs)  # '问答环节' over its '问：…？'s
            nest_talks(candidates, paragraphs, opens)  # '议程剧透' over its talks, each over '分享者：…'
            nest_other_titles(candidates, paragraphs)  # '仪容规范' over '服装', '发型', '其他仪容规范'
            nest_prefixed_titles(candidates, paragraphs)  # 'thread' over 'thread例子1', 'thread例子2'
            hold_papers(candidates, papers, annexes)
            stray.update(nest_named_sections(candidates, paragraphs))  # '地点：…、武当山风景区' names '武当山'
            stray.update(nest_counted_sections(candidates, paragraphs))  # '三则故事' over the three stories
            stray.update(nest_titles(candidates, paragraphs))  # '开源版图' under '技术 | 向更深处下潜'
            settle_plain_levels(candidates, found, paragraphs)  # days, 篇, closing titles, a lone holder
        elif numbered and (subtitles := section_subtitles(found, numbered, candidates, paragraphs,
                                                          listed := tight_items(candidates, paragraphs, lambda:
                                                                                shows_note(paragraphs, opens)))):
            # '项目目标' in '一、项目概述'
            read_as_subtitles(subtitles, listed, candidates, matches, paragraphs)
            left = sorted(set(found) - set(subtitles))  # before the first section, a caption: as they were
            candidates = decide(paragraphs, matches, named, annexes, formats, issued)
        elif numbered and (items := named_items(paragraphs, numbered, matches)):  # the plain lines stand not beside
            for i in items:  # the parts: '课后辅导课' over its paragraph, three times or more, is one part's sub-title
                matches[i] = sub_heading(paragraphs[i].text)
            candidates = decide(paragraphs, matches, named, annexes, formats, issued)
    elif kind in _MARKED_UP and (heads := (faq := faq_questions(paragraphs, matches, opens))  # '<p><b>Q：…？</b> A：…'
                             or dict.fromkeys(bold_heads(paragraphs, matches, formats, kind))):  # under '<h2>常见问题', and
        for i, m in heads.items():  # '<p><b>…</b></p>' ('**…**') over the prose of a tagged section: its sub-heads
            matches[i] = m or sub_heading(paragraphs[i].text)
        candidates = decide(paragraphs, matches, named, annexes, formats, issued)
    kept = {c.index for c in candidates if c.accepted}
    stray.update({i: PLAIN_LEFT for i in left if i not in kept and i not in stray})
    if len(kept) < 2 or all(paragraphs[i].text.rstrip()[-1:] in "：:" for i in kept):  # '开会照片：', '关于困难和收获：'
        # and nothing numbered or titled but one of them ('结论：') or but some ('沙龙流程：', '沙龙报名：' over their
        # lists, '沙龙时间：', '沙龙地点：' over a line each, alike)
        skip = set(header) | set(contents) | {i for i, m in enumerate(matches)
                                              if m is not None or paragraphs[i].cell or paragraphs[i].code}
        if (labels := colon_labels(paragraphs, title, skip)) and kept <= labels and len(labels - kept) >= 3:
            candidates = decide(paragraphs, matches, named, annexes | labels, formats, issued)
    candidates, announced = settle_candidates(candidates, paragraphs, title, kind, entries, written, opens, captioned,
                                              banner, with_colon, faq)
    if kind not in _MARKED_UP:  # '21.1' at the top, its '21 异步方法' unfound, where '16.1' sits under its '16 …'
        candidates = lost_section_lines(candidates, paragraphs)
    stray.update(announced)
    return candidates, broken, stray
