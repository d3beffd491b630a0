"""Levels in an outline of unnumbered titles only: titles that come back under each of several sections ('实现方式'
under every algorithm, '岗位职责' under every post) are a level below those sections; a title right over another, no
text between them ('核心概念' over '函数-装饰器'), is a part over its first section."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence, Set as AbstractSet
from typing import Any

from reader.text.lineshape import SPACED_SHARE
from reader.text.model import Paragraph
from reader.text.pipetitles import PIPE_PARTS_MIN, pipe_form
from reader.text.plainlines import framed_lines
from reader.text.titlemarks import pictograph_titles
from reader.text.speeches import english_over_chinese, run_in_point
from reader.text.punctuation import label_name

_RECURS = 2  # a sub-title shown under two sections at least
_TEMPLATE_PARTS = 3  # the same sub-titles under this many numbered parts: a template
_DECORATED_MIN = 2  # decorated titles and plain ones: two of each show two levels
_CUE_MIN = 3  # a line repeated this often, alone between passages, is a cue
_NAMED_RECURS = 3  # a named part said this often at least ('后记' after each event): twice may be a page's menu and
# its text, each naming the part once
_CUE_MAX = 8  # and this short ('翻页', '下一张'); a page's running head repeated is the cleaner's to drop


def nest_recurring_titles(candidates: list, paragraphs: list[Paragraph]) -> None:
    """A title that recurs, each time right under a different title, is a sub-title of the one above it; titles
    recurring right after it ('编辑子选项' after '添加子选项') are its siblings, and the first title that does not
    recur closes the group. Only a flat outline of unnumbered titles is read so: numbers and nesting found otherwise
    say more than repeated words."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if len(chosen) < 3 or any(candidates[n].key not in ("container", "named") or candidates[n].parent >= 0
                              for n in chosen):
        return
    nest_recurring_run(candidates, chosen, [label_name(paragraphs[candidates[n].index].text) for n in chosen], -1)


def nest_recurring_run(candidates: list, chosen: Sequence[int], names: Sequence[str], base: int,
                       heads_min: int = 0) -> None:
    """The titles of `chosen` (siblings under `base`, named `names`) that recur each under a different sibling go
    under the sibling before them, as `nest_recurring_titles` says; the others stay under `base`. With `heads_min`,
    only a title said right under that many siblings, each named once, leads a group."""
    before: dict[str, list[str]] = defaultdict(list)
    for k in range(1, len(chosen)):
        if names[k] != names[k - 1]:  # '后记' right after '后记': the event between them was missed, no nesting
            before[names[k]].append(names[k - 1])
    recurring = {t for t, heads in before.items() if len(heads) >= _RECURS and t != names[0]}  # the first: under none
    counts = Counter(names)  # each time under a title of its own, or under titles that recur less and never right
    leads = {t for t in recurring if all(b not in recurring or counts[b] < counts[t] and t not in before[b]
                                         for b in before[t])}  # after it ('Go' again in a later list: '主要特点' 6 times)
    if heads_min:
        leads = {t for t in leads if len(before[t]) >= heads_min and all(counts[b] == 1 for b in before[t])}
    if not leads:
        return
    group = _followers(leads, {t: set(before[t]) for t in recurring})
    head = base
    for k in range(1, len(chosen)):
        c = candidates[chosen[k]]
        if names[k] in leads and (head == base or names[k - 1] not in group):
            head = chosen[k - 1]
        elif names[k] not in group:
            head = base
        if head != base and c.key != "named":
            c.parent = head


def _followers(leads: set[str], before: dict[str, set[str]]) -> set[str]:
    """The leads, and the titles that only ever follow the group's ('流行度' after '主要特点'); each title is
    joined once and each of its links looked at once, so this stays linear."""
    waiting = {t: len(heads) for t, heads in before.items() if t not in leads}  # heads not yet in the group
    after: dict[str, list[str]] = defaultdict(list)
    for t, heads in before.items():
        for h in heads:
            after[h].append(t)
    queue = list(leads)
    group = set(queue)
    while queue:
        for t in after[queue.pop()]:
            if t not in group:
                waiting[t] -= 1
                if waiting[t] == 0:
                    group.add(t)
                    queue.append(t)
    return group


def recurring_in_parts(found: Sequence[int], numbered: Sequence[Any], paragraphs: Sequence[Paragraph]) -> set[int]:
    """The same titles in the same order under each of several numbered parts ('【教学内容】', '【基本要求】' under
    every 第N单元): a template's sub-titles, the parts' sections. A label that comes back now and then ('主要内容'
    under some sections, '真题关联' under others) is no template."""
    at = sorted(c.index for c in numbered)
    names = {i: label_name(paragraphs[i].text) for i in found}
    counts = Counter(names.values())
    parts: dict[int, list[int]] = defaultdict(list)
    for i in found:
        if counts[names[i]] >= _TEMPLATE_PARTS:
            parts[bisect_left(at, i)].append(i)
    shapes = Counter(tuple(names[i] for i in lines) for lines in parts.values())
    shape, times = shapes.most_common(1)[0] if shapes else ((), 0)
    if len(shape) < 2 or times < _TEMPLATE_PARTS:
        return set()
    return {i for lines in parts.values() if tuple(names[i] for i in lines) == shape for i in lines}


def named_again(paragraphs: Sequence[Paragraph], matches: Sequence[Any], found: Sequence[int]) -> set[int]:
    """'主要特点:' over a list where '主要特点' heads the same part of another language: a title the document uses
    again and again is one however it ends; the lines found twice or more give the names."""
    counts: dict[str, int] = {}
    for i in found:
        name = paragraphs[i].text.strip()
        counts[name] = counts.get(name, 0) + 1
    names = {name for name, n in counts.items() if n >= _RECURS}
    if not names:
        return set()
    return {i for i, p in enumerate(paragraphs[:-1]) if matches[i] is None and p.text.rstrip()[-1:] in ("：", ":")
            and p.text.strip()[:-1].rstrip() in names}


def refrains(found: list[int], texts: list[str]) -> list[int]:
    """'翻页' again and again down a talk's script, nothing else between most of them: a cue, not a heading; a title
    that recurs under a new heading each time ('主要特点' under each language) stays."""
    seen: dict[str, list[int]] = {}
    for k, text in enumerate(texts):
        seen.setdefault(text, []).append(k)
    cues = {text for text, at in seen.items() if len(at) >= _CUE_MIN and len(text) <= _CUE_MAX
            and 2 * sum(b > a + 1 for a, b in zip(at, at[1:])) < len(at) - 1}  # gaps holding another title
    return [i for i, text in zip(found, texts) if text not in cues] if cues else found


def drop_decks(candidates: list, paragraphs: Sequence[Paragraph], is_body: Callable[[str], bool]) -> None:
    """'共同打造现代化产业体系' right over '全国每7台汽车有1台产自川渝', then text, and so for every sub-head: a
    newspaper sets each 小标题 with a deck line under it; where every unnumbered title comes so paired (one line over
    the first pair may open the article), the second of each pair is its deck, not a section of its own. A line in
    English over its Chinese is a translation, both kept."""
    chosen = [c for c in candidates if c.accepted]
    if any(c.key != "container" or c.parent >= 0 for c in chosen):
        return
    decks, k = [], 1 if len(chosen) % 2 else 0  # an odd one out: the line over the first pair
    for a, b in zip(chosen[k::2], chosen[k + 1::2]):
        deck = paragraphs[b.index].text.rstrip()
        if b.index != a.index + 1 or b.index + 1 >= len(paragraphs) or not is_body(paragraphs[b.index + 1].text) \
                or any(_latin(paragraphs[c.index].text) for c in (a, b)) or deck[-1:] in "？?" \
                or run_in_point(deck) is not None:
            return  # a question under a picture's caption heads its answer; a point opening its paragraph is no deck
        decks.append(b)
    if len(decks) >= 2 and (not k or chosen[0].index < chosen[1].index - 1):
        for deck in decks:
            deck.accepted = False
            deck.reason = "the deck line under a sub-head, as a newspaper sets every one here"


def _latin(text: str) -> bool:
    return sum(c.isascii() and c.isalpha() for c in text) * 2 > len(text)


_STACK_LIST = 4  # titles stacked under a first one, no text between: this many are its list, not as many levels
_LEAD_MIN = 2  # paragraphs of text before the first title, past the headline: a lead, so the pair is no deck
_QUOTES = ("“”", "「」", "『』", '""')


def _quoted(text: str) -> bool:
    """'“嗖——”': a line wholly in quotation marks is a line said, a story's opening, not a section's title."""
    text = text.strip()
    return len(text) > 2 and any(text[0] == q[0] and text[-1] == q[1] for q in _QUOTES)


_LONE_SECTION_MAX = 16  # characters of the first section's title under a lone pair's part (its longest seen: 10)


def _sentence_long(text: str) -> bool:
    """'西部陆海新通道常态化开行铁海联运班列1.5万列' under '重点领域改革深化…', '根据《劳动保障监察条例》第一章第九条规定' under
    '相关法规': a line as long as a sentence right under a lone title is its deck or a cited clause, not the title of
    the first of its sections (those are short: '摘要', '计算公式', '晚自习前')."""
    return len("".join(text.split())) > _LONE_SECTION_MAX


def _lone_pair(k: int, index: list[int], paragraphs: list[Paragraph]) -> bool:
    """Whether the text's one stacked pair, at title k, shows a part over its sections by itself: a title before it
    or a lead of text above it (the text's first lines are a headline over its deck; after a lead, '上海Linux用户组的
    过去、现在与未来' right over '摘要' is a part over its first section), a title after its section (a lone section
    may be a sub-title), two titles only (a run line under line is a list) and neither a label, a question nor a
    line said ('引子' over '“嗖——”'), nor a lower line as long as a sentence (`_sentence_long`)."""
    return ((0 < k or index[k] > _LEAD_MIN) and k + 2 < len(index) and index[k + 2] != index[k] + 2
            and not any(paragraphs[i].text.rstrip()[-1:] in "：:？?" or _quoted(paragraphs[i].text)
                        for i in index[k:k + 2]) and not _sentence_long(paragraphs[index[k + 1]].text))


def _held(candidates: list, c: Any) -> bool:
    """A numbered line under an unnumbered title moves with that title, wherever it goes."""
    return c.match is not None and c.parent >= 0 and candidates[c.parent].match is None


def nest_stacked_titles(candidates: list, paragraphs: list[Paragraph]) -> None:
    """'核心概念' right over '函数-装饰器', '开源版图' right over its first project: in a text that titles its sections
    with unnumbered lines only, a title with no text of its own before the next title is a part's, and the title right
    under it its first section's (a Markdown '##' over a '###' whose '#' are gone; each stands apart, a blank line
    above and below it, as the conversion leaves a heading; in a text saved one paragraph a line with no blank lines,
    '引言' right over '编写目的' is enough). The titles after it, up to the next such pair, are that section's siblings;
    titles before the first pair stay at the top. Two pairs or more show the text's form; so does one pair of two
    titles with a title before it and one after it ('评定方式' right over '计算公式', then '参数解读', '总贡献计算'): the
    text's first lines are its headline over a deck, a lone section under a title may be a sub-title, and a label
    ('学习资源：') or a question ('要涉及哪些task？') over or under a title is an item of its own (`_lone_pair`).
    Where a text shows none, every title stays at one level (it cannot be read). An English line over its Chinese
    translation is one title said twice, not a part over its section. Where most titles sit right on their text (no
    blank line under them), a blank line above the pair is its form: 'Event Poll 实现原理' right over '核心指令', its
    '（1）' with it; where the text sets its paragraphs apart, two titles on lines next to each other ('收获' over
    '业务理解'), a blank line above them, are such a pair too. A stack of titles nests line under line up to four deep;
    a longer one ('正在推进中' over a dozen bare items) is a part over its list, each item one level under it."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted and c.key != "sub"]  # a note's sub-titles go with
    # the title they are under; so do '（1）epoll_create' under '核心指令' where titles sit right on their text
    held = {n for n in chosen if _held(candidates, candidates[n])}
    chosen = [n for n in chosen if n not in held]
    index = [candidates[n].index for n in chosen]
    if any(candidates[n].key not in ("container", "named") or candidates[n].parent >= 0 for n in chosen):
        return  # a named part ('后记', '总结') stands at the top, and closes the part before it
    last = len(paragraphs) - 1
    spaced = sum(b.line > a.line + 1 for a, b in zip(paragraphs, paragraphs[1:]))
    blankless = spaced * SPACED_SHARE < len(paragraphs)  # one paragraph a line, as a word processor saves: no form
    above = [i == 0 or paragraphs[i].line > paragraphs[i - 1].line + 1 for i in index]
    below = [i == last or paragraphs[i + 1].line > paragraphs[i].line + 1 for i in index]
    tight = sum(below) * 2 < len(below)  # '事件回调机制' right over '+ 在loop thread…': titles set on their text
    if held and not tight:
        return  # '5 分钟演示' over '1. 启动 MCP 服务', each title apart: a Markdown text whose numbers say its levels
    flush = [blankless or a and (b or tight) for a, b in zip(above, below)]
    # a Markdown title stands apart, a blank line above and below it; a line set against its neighbour is a block's
    translated = english_over_chinese(paragraphs)  # 'Henry Kronk: How is …?' over its Chinese: one question twice
    adjacent = [k + 1 < len(index) and paragraphs[index[k + 1]].line == paragraphs[index[k]].line + 1
                for k in range(len(index))]
    joined = {k for k in range(len(index) - 1) if not (blankless or tight) and above[k] and adjacent[k]
              and index[k + 1] == index[k] + 1 and (k + 2 == len(index) or index[k + 2] != index[k] + 2)}
    # '收获' on the line right over '业务理解', a blank line above them, where the text sets its paragraphs apart: a
    # Markdown '##' right over its '###', both kept together; a block of three lines or more is a list's
    starts = {k for k in range(len(index) - 1) if index[k + 1] == index[k] + 1
              and (flush[k] and (flush[k + 1] or tight and adjacent[k]) or k in joined)
              and (k == 0 or index[k - 1] != index[k] - 1) and index[k] not in translated}
    parts = {k for k, i in enumerate(index) if pipe_form(paragraphs[i].text)}  # the parts' own form, where shown
    parts = parts if len(parts) >= PIPE_PARTS_MIN else set()
    if len(starts) < 2 and not (starts and _lone_pair(min(starts), index, paragraphs)) \
            and not (parts and _year_parts([paragraphs[index[k]].text for k in parts], len(index))):
        return
    leaf_parent, k = -1, 0
    while k < len(chosen):
        if candidates[chosen[k]].key == "named":
            leaf_parent = -1
        elif k in parts and k not in starts:  # '健身 | 对抗久坐与熵增' after the part '生活切面｜慢下来的一部分': the
            leaf_parent = chosen[k]  # next part, over the titles up to the next pair or part
        elif k in starts:
            first = k
            while k + 1 < len(chosen) and index[k + 1] == index[k] + 1 and (
                    flush[k + 1] or tight and k in starts or k in joined):
                k += 1
            for j in range(first + 1, k + 1):  # each under the one above it; a long stack is a part over its list
                candidates[chosen[j]].parent = chosen[j - 1] if k - first < _STACK_LIST else chosen[first]
            leaf_parent = candidates[chosen[k]].parent  # what follows is the last stacked title's sibling
        else:
            candidates[chosen[k]].parent = leaf_parent
        k += 1


_YEAR_PARTS_SHARE = 5  # the parts of a year in parts: one title in five or more


def _year_parts(parts: list[str], titles: int) -> bool:
    """'成就 | …', '学业 | …', '生活 | …' among a blog's year's titles: its parts, each topic once and a fifth of its titles
    or more, nest the titles between them without a stacked pair (a feed's headlines name a column, '年度征文｜…',
    again and again, a few among many)."""
    topics = [text.replace("｜", "|").split("|", 1)[0].strip() for text in parts]
    return len(set(topics)) == len(topics) and len(parts) * _YEAR_PARTS_SHARE >= titles


def nest_under_decorated(candidates: list, paragraphs: list[Paragraph],
                         opening: AbstractSet[str] | None = None) -> None:
    """'/学科教育/' then '高考数学：《…》', '📚 内容分类' then '科技': where a text's first title wears its decoration
    (a frame, a pictograph) and the decorated titles recur, its plain titles are the sections of the decorated one
    before them; where the first title is plain, the decorated ones are the lower level and are left to the rules
    (`opening`: what the lines open with, when known)."""
    top = [n for n, c in enumerate(candidates) if c.accepted and c.parent < 0]
    if len(top) < 2 * _DECORATED_MIN or any(candidates[n].key not in ("container", "named")
                                             or candidates[n].match is not None for n in top):
        return  # (the frames and pictographs are looked for only in an outline of plain titles)
    decorated = framed_lines(paragraphs, opening) | pictograph_titles(paragraphs, opening)
    marked = [candidates[n].index in decorated for n in top]
    if any(not upper and not paragraphs[candidates[n].index].text.lstrip()[:1].isalnum()
           for n, upper in zip(top, marked)):
        return  # '💡 一句话要点' among '📋 核心要点'…: a mark the frames and pictographs known here miss; one form
    if not top or not marked[0] or sum(marked) < _DECORATED_MIN or len(marked) - sum(marked) < _DECORATED_MIN:
        return
    head = -1
    for n, upper in zip(top, marked):
        if upper or candidates[n].key == "named":
            head = n if upper else -1  # a named part ('总结') closes the part before it
        elif head >= 0:
            candidates[n].parent = head


_OTHER = ("其他", "其它")


def nest_other_titles(candidates: list, paragraphs: list[Paragraph]) -> None:
    """'仪容规范' / '服装' / '发型' / '其他仪容规范': a title naming the rest of a kind ('其他X') where an earlier title at
    its level is X itself shows the titles between to be X's kinds, and itself the last of them: all go under X. Only
    unnumbered titles are read so (a number says its own level), and only where some title stands between."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    at: dict[tuple[int, str], int] = {}  # (parent, name) -> where in `chosen` the latest title so named stands
    for k, n in enumerate(chosen):
        c = candidates[n]
        if c.match is not None or c.key != "container":
            continue
        name = label_name(paragraphs[c.index].text)
        kind = name[2:] if name[:2] in _OTHER else ""
        first = at.get((c.parent, kind), -1) if len(kind) >= 2 else -1
        if first >= 0:
            between = [m for m in chosen[first + 1:k] if candidates[m].parent == c.parent]
            if between and all(candidates[m].match is None and candidates[m].key == "container" for m in between):
                for m in between + [n]:
                    candidates[m].parent = chosen[first]
                continue
        at[(c.parent, name)] = k


def unname_recurring(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """'后记' after each event's write-up, '小结' after each meeting's '概要': a named part said again, a title said
    once between most two times (the next part's), closes each of those parts, not the text; in an outline of
    unnumbered titles it is read as their recurring sub-title (a plain title), not as a part beside them."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if len(chosen) < 3 or any(candidates[n].key not in ("container", "named") or candidates[n].match is not None
                              or candidates[n].parent >= 0 for n in chosen):
        return
    names = [label_name(paragraphs[candidates[n].index].text) for n in chosen]
    counts = Counter(names)
    spans: dict[str, list[bool]] = defaultdict(list)  # each named title: was a title said once since its last time?
    fresh: dict[str, bool] = {}
    for n, t in zip(chosen, names):
        if candidates[n].key == "named" and counts[t] >= _NAMED_RECURS:
            if t in fresh:
                spans[t].append(fresh[t])
            fresh[t] = False
        elif counts[t] == 1:
            fresh = dict.fromkeys(fresh, True)
    again = {t for t, seen in spans.items() if sum(seen) * 2 > len(seen)}  # (most: a part's title may be missed)
    for n, t in zip(chosen, names):
        if t in again:
            candidates[n].key = "container"
