"""Headlines with a colon ('消防顧問：實測非科學', '产品：明确目标，茁壮成长', '1979：早期文件系统工作'): which lines read
as one, and which of them a document's outline keeps."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.letters import salutation_index
from reader.text.lineshape import cut_before_object
from reader.text.model import Paragraph

HEADLINE_MAX = 40  # a news 小標題 with a colon runs longer than a bare title
_HEADLINE_LEAD = 12  # '大埔火災捐款機構1：…', '消防顧問：…': the part before the colon is a short name
_STEM_MIN = 3  # the lead of a repeated headline, its number aside, is longer than '周#' or '方法#'
_CJK = lazy("[\u3400-\u9fff]")
_YEAR_LEAD = lazy(r"(?:1[5-9]|20)[0-9]{2}年?")  # a year opening a headline of a history
_CHRONICLE_MIN = 3  # years in order over as many parts: a chronicle, not one dated remark
_DIGITS = lazy(r"[0-9０-９一二三四五六七八九十]+")


_CLAUSE_MIN = 6
_SPEAKER = lazy(r"[\u4e00-\u9fff]{2,4}")  # '专家', '律师', '王赫'
_FIGURE = lazy(r"[图圖表](?:\s?[0-9０-９①-⑳]|[（(]?组图)")  # '图⑦-⑧：…', '下为图4（组图）：…': a caption's lead
_WORK = lazy(r"\s*《[^《》]+》\s*")  # '高考物理：《物理中质心思想的应用》': a subject, then the talk it gave
_WORK_LEAD = lazy(r"《[^《》：]{1,20}》")  # '《铁流东进》主演侯岩松创作谈：…': the work a headline's speaker is of
_WORKS_MIN = 2  # headlines naming a work ('语文：《…》'): as many subjects, or it is a source's field
_PHRASE_MIN = 5  # a headline's phrase on either side of its colon: longer than a field's label


def headline_colon(text: str) -> bool:
    """'消防顧問：實測非科學　可看拿開火機是否繼續燃燒': a short name, a colon, then the headline's words (Chinese)."""
    if len(text) > HEADLINE_MAX or "：" not in text:
        return False  # (no colon, no headline: most lines stop here, before any pattern is asked)
    lead, colon, rest = text.partition("：")
    work = _WORK_LEAD.match(lead)
    if work and len(lead) > work.end():
        lead, text = lead[work.end():], text[work.end():]  # the work's name is the headline's subject, not its lead
    clause, _, speaker = lead.rpartition(" ")
    if len(clause.strip()) >= _CLAUSE_MIN and _SPEAKER.fullmatch(speaker):
        lead = speaker  # '中共逼国有银行救房地产 专家：雪上加霜': a headline's clause, then who says the rest
    spaced = len(lead.split()) > 1 and all(len(w) == 1 for w in lead.split())  # '召 集 人：' is a form's label
    return bool(colon) and 0 < len(lead) <= _HEADLINE_LEAD and not _FIGURE.search(lead) and not spaced \
        and (lead[0].isalnum() or _CJK.match(lead) is not None) \
        and len(_CJK.findall(rest)) >= 2 and "：" not in rest \
        and not any(ch in "。！？；!?;," or ch == "《" and not _WORK.fullmatch(rest) for ch in text) \
        and ("，" not in text or _paired_phrases(rest))


def _phrase_over_phrase(text: str) -> bool:
    """A headline's phrase, a colon, then a phrase that says more ('超乎預期的熱情：從 40 到 70 的連結'), where a field
    names a short label ('翻译：单致豪', '附件：…', '讲座語言：粤語（…）')."""
    lead, _, rest = text.partition("：")
    return len(lead) >= _PHRASE_MIN and len(rest) >= _PHRASE_MIN and not any(c in rest for c in "（(")


def _paired_phrases(rest: str) -> bool:
    """'产品：明确目标，茁壮成长', '重新定义边界：何时放行，何时拒绝': a name, then two short phrases a comma pairs, as a
    小标题 is set (the pair makes the headline, whatever the length of the name before the colon)."""
    parts = [p.translate(_QUOTES) for p in rest.split("，")]  # '专注零食店，有时很“直男”': a word quoted
    return len(parts) == 2 and all(2 <= len(p) <= 6 and len(_CJK.findall(p)) == len(p) for p in parts)


_QUOTES = str.maketrans("", "", "“”‘’「」")


_FRAMED_ALONE = 3


def colon_headlines(lines: dict[int, tuple[str, bool]], plain: int) -> set[int]:
    """Headlines with a colon: a form the document repeats ('大埔火災捐款機構1：…', '…2：…') is one wherever it
    stands; a single one counts only between body paragraphs and among three or more plain unnumbered headings (a
    lone '标题：…' in a page's card is a label and its value)."""
    works = {i: text.partition("：")[0] for i, (text, _) in lines.items() if _WORK.fullmatch(text.partition("：")[2])}
    if len(set(works.values())) < _WORKS_MIN:  # '选自：《史记》' alone names a source; '高考数学：《…》', '语文：《…》'
        lines = {i: line for i, line in lines.items() if i not in works}  # are the talks of a day, each its subject
    leads: dict[str, list[int]] = {}
    for i, (text, _) in lines.items():
        work = _WORK_LEAD.match(text)  # '《铁流东进》主演侯岩松创作谈：…', '《铁流东进》主演田征创作感言：…': one work's
        leads.setdefault(work.group() + "#" if work else _DIGITS.sub("#", text.partition("：")[0]), []).append(i)
    kept = {i for lead, group in leads.items() if len(group) >= 2 and "#" in lead and len(lead) > _STEM_MIN
            for i in group}  # '周一：全体会议', '方法二：…' name items of a list; '捐款机构2：…' a subject; the cast's pieces
    framed = {i for i, (_, between_body) in lines.items() if between_body}
    alone = {i for i in framed if not _YEAR_LEAD.fullmatch(lines[i][0].partition("：")[0])}  # (a year's: below)
    if plain >= 3 or plain and len(framed) >= 2:  # a news story's subheads, two or more quoting ('专家：…')
        kept |= framed
    elif plain and len(framed) == 1 and _phrase_over_phrase(lines[min(framed)][0]):
        kept |= framed  # '社群起源與轉型', then '超乎預期的熱情：從 40 到 70 的連結': a post's two subheads
    elif len(alone) >= _FRAMED_ALONE:
        kept |= alone  # three with no other title ('为人子：暴怒之下…', '为人夫：…', '为人父：…')
    dated = sorted(i for i, (text, between_body) in lines.items()
                   if between_body and _YEAR_LEAD.fullmatch(text.partition("：")[0]))
    years = [int(lines[i][0][:4]) for i in dated]
    if len(dated) >= _CHRONICLE_MIN and years == sorted(years):
        kept.update(dated)  # '1979：早期文件系统工作' … '2006：对称多处理' between body paragraphs: a history's parts, in order
    return kept


_LABEL_SPAN = 20  # '关于值得高兴的地方：': a label, not a clause
_LABEL_INNER = frozenset("。，,；;：:！？!?、")  # '老师们、同学们：' addresses; '车险:…' with a value is a field
_LABELS_MIN = 3
_LATIN_LEAD = lazy(r"[A-Za-z][A-Za-z0-9.+#-]{0,11}[ \t]?")  # 'Beta阶段燃尽图：', 'UI 设计：': a Latin word before it


def _chinese_named(label: str) -> bool:
    """A label names its part in Chinese, a Latin word before that aside ('Beta阶段燃尽图：'; 'Note:' is none)."""
    lead = _LATIN_LEAD.match(label)
    return _CJK.match(label, lead.end() if lead else 0) is not None


def colon_labels(paragraphs: Sequence[Paragraph], title: str, skip: set[int]) -> set[int]:
    """Labels ending in a colon ('关于困难和收获：', '元至清:') as a record's only structure: three or more, none right
    under two others ('交底人签字：', '日 期：', '接受人签字：' are a form's fields) and most over a line of their own,
    in a text where nothing else reads as a heading."""
    found = []
    addressed = salutation_index(paragraphs)  # '亲爱的同学们：' addresses the hearers
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if (i in skip or i <= addressed or not 2 < len(text) <= _LABEL_SPAN or text[-1] not in "：:" or text == title
                or not _LABEL_INNER.isdisjoint(text[:-1]) or not _chinese_named(text) or cut_before_object(text)):
            continue
        found.append(i)
    close = [b - a < 2 for a, b in zip(found, found[1:])]  # '开会照片：' over the next label: its picture dropped
    if len(found) < _LABELS_MIN or 2 * sum(close) > len(close) or any(a and b for a, b in zip(close, close[1:])):
        return set()
    return set(found)


def nest_under_headlines(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """'产品：明确目标，茁壮成长' over '功能方面', '易用性方面', then '生态：不断深入，互帮互助' over 'Grafana': where
    a text's unnumbered titles are of two forms, headlines with a colon opening the text and each followed by plain
    titles, the plain ones are the headline's sections (a '##' over its '###' whose marks are gone)."""
    chosen = [n for n, c in enumerate(candidates) if c.accepted]
    if any(candidates[n].key != "container" or candidates[n].parent >= 0 for n in chosen):
        return
    heads = [headline_colon(paragraphs[candidates[n].index].text.strip()) for n in chosen]
    if len(chosen) < 4 or not heads[0] or sum(heads) < 2 or heads.count(False) < 2 \
            or any(a and b for a, b in zip(heads, heads[1:] + [True])):
        return  # every headline holds a plain title before the next headline (or the end)
    parent = -1
    for n, head in zip(chosen, heads):
        if head:
            parent = n
        else:
            candidates[n].parent = parent
