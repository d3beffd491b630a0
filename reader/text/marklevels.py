"""Headings a file marks up ('## 1 Introduction', '<h3>'): the levels their numbers say where the mark-up slipped,
and the unnumbered headings a number with no text of its own holds."""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.decimals import decimal_parts, marked_section
from reader.text.lazyre import lazy
from reader.text.letters import salutation_line
from reader.text.markers import HeadingMatch, match_heading
from reader.text.model import Block, Paragraph

# '甲方：上海…有限公司', '乙方：' over a contract's articles: its parties, whatever the page's mark-up makes of them
_PARTY = lazy(r"[甲乙丙丁]方|委托方|受托方|出租方|承租方|买方|卖方|供方|需方|发包方|承包方|委託方|受託方|買方|賣方")
_PARTY_COLON = lazy(r"\s*(?:[（(][^）)]{1,12}[）)])?\s*[：:]")


def marked_formats(paragraphs: Sequence[Paragraph], title: str, contents: set[int]) -> dict[int, int]:
    """The headings a file marks up, by level: not the title, a contents list's lines, a contract's parties, nor a
    dash-led line right under the title or another heading ('<h2>—— 在…</h2>' subtitles it, as '——记…' does), nor a
    speech's salutation ('<h2>尊敬的领导、同仁：</h2>')."""
    return {i: p.heading_level for i, p in enumerate(paragraphs)
            if p.heading_level > 0 and p.text.strip() and p.text.strip() != title and i not in contents
            and not (p.text.lstrip()[:1] in "—－" and (i == 0 or paragraphs[i - 1].heading_level))
            and not _party(p.text.strip()) and not salutation_line(p.text)}


def listed_items(blocks: Sequence[Block], kind: str) -> list[bool]:
    """Which blocks are a list's items, never headings: a Markdown file's every item, and a page's unnumbered <li>
    where the page gives its headings h-tags ('<li>同步、异步传输</li>' under '<h4>通信方式</h4>' in exported notes):
    its writer tagged the headings, the rest is a list. A numbered <li> may still be a law's article set as a list."""
    marked = kind == "html" and sum(b.heading_level > 0 for b in blocks) >= 2
    return [b.role == "item" and (kind == "markdown" or marked and match_heading(b.text) is None) for b in blocks]


def _party(text: str) -> bool:
    m = _PARTY.match(text)
    return m is not None and _PARTY_COLON.match(text, m.end()) is not None


def numbered_levels(formats: dict[int, int], texts: Sequence[str]) -> None:
    """'### 3 Implementing …' among '## 1 Introduction', '## 2 …': where the mark-up slipped, the number's parts say
    the level, as the document's other numbered headings map them (each mapping shown by two headings or more)."""
    seen: dict[int, dict[int, int]] = {}  # parts in the number → mark-up level → how many headings
    parts: dict[int, int] = {}
    found = {i: match_heading(texts[i]) or marked_section(texts[i]) for i in formats}
    numbers = [m.number for m in found.values() if m is not None and m.family == "arabic"]
    restarts = len(set(numbers)) < len(numbers)  # '#### 1.' under （一）, '### 1.' under 二、: each parent's own list
    for i, level in formats.items():
        m = found[i]
        if m is not None and (m.family == "decimal" or m.family == "arabic" and m.marker.rstrip()[-1:] in ".．"
                              and not restarts):
            parts[i] = m.level if m.family == "decimal" else 1
            counts = seen.setdefault(parts[i], {})
            counts[level] = counts.get(level, 0) + 1
    for i, n in parts.items():
        level, count = max(seen[n].items(), key=lambda kv: kv[1])
        if count >= 2 and 2 * count > sum(seen[n].values()):
            formats[i] = level
    _below_their_sections(formats, {i: m for i, m in found.items() if m is not None and m.family == "decimal"})


def _below_their_sections(formats: dict[int, int], found: dict[int, HeadingMatch]) -> None:
    """'#### 6.1.1' under '#### 6.1': a decimal number names the section it is part of, so where the file marks two
    or more at that section's level or above, the mark-up lost a level and each goes one mark below its section (a
    '##### 6.2.1' stays; one '## 1.1' beside '## 1' is the author's choice). One walk in line order: '7.2.4' lowered
    under '7.2' takes its own '7.2.4.1' with it (`found`: the decimal headings; a count '1.' may be a list's)."""
    levels: dict[tuple[int, ...], int] = {}  # the marks of the open sections the last number names
    lowered: dict[int, int] = {}
    for i in sorted(found):
        number = decimal_parts(found[i].marker)
        levels = {k: level for k, level in levels.items() if number[:len(k)] == k and k != number}  # '6.1' is
        above = levels.get(number[:-1], 0)  # closed by '6.2', and by '7' after it
        if above and formats[i] <= above:
            lowered[i] = above + 1
        levels[number] = lowered.get(i, formats[i])
    if len(lowered) >= 2:
        formats.update(lowered)


def _section_number(text: str) -> HeadingMatch | None:
    m = match_heading(text) or marked_section(text)
    return m if m is not None and (m.family == "decimal" and m.level == 1 or m.family in ("arabic", "cn")) else None


def grouping_numbers(formats: dict[int, int], texts: Sequence[str]) -> None:
    """'### 2 Dubbo3 里程碑' straight over '### 实现规模化生产检验' … and then '### 3 核心技术' (or '##### 三、學生會預算'
    over '##### **正副會長預算部分**' … and then '##### 四、'): a numbered heading with no text of its own groups the
    unnumbered headings the file set at its level, up to the next number."""
    order = sorted(formats)
    for k, i in enumerate(order[:-1]):
        level, m = formats[i], _section_number(texts[i])
        if m is None or order[k + 1] != i + 1 or formats[i + 1] != level or _section_number(texts[i + 1]):
            continue
        j = k + 1  # up to the next heading at the level that is numbered, or one above it
        while j < len(order) and (formats[order[j]] > level
                                  or formats[order[j]] == level and _section_number(texts[order[j]]) is None):
            j += 1
        after = _section_number(texts[order[j]]) if j < len(order) and formats[order[j]] == level else None
        if after is not None and after.family == m.family and after.number == m.number + 1:
            for x in order[k + 1:j]:
                formats[x] += 1


def untagged_clauses(paragraphs: Sequence[Paragraph], matches: list[HeadingMatch | None]) -> set[int]:
    """'4.5.1氯盐引起…应包括…' in plain text under the page's '<h2>4.5 …</h2>': where a page tags its numbered
    headings (two or more), a number deeper than any it tags is a clause of the text, as a standard or an agreement
    numbers them; its writer would have tagged a heading."""
    tagged = [m for p, m in zip(paragraphs, matches) if p.heading_level and m is not None
              and (m.family == "decimal" or m.family == "arabic" and m.marker.rstrip()[-1:] in ".．")]
    if len(tagged) < 2:
        return set()
    deepest = max(m.level if m.family == "decimal" else 1 for m in tagged)
    return {i for i, (p, m) in enumerate(zip(paragraphs, matches))
            if not p.heading_level and m is not None and m.family == "decimal" and m.level > deepest}


def first_of_parts(levels: Sequence[int]) -> bool:
    """The first block is a heading with deeper headings under it and then one at its own level: the first of the
    file's parts, not its title (`levels`: each block's heading level, 0 for text)."""
    deeper = False
    for level in levels[1:]:  # (no blocks: no levels after the first either)
        if 0 < level <= levels[0]:
            return deeper
        deeper = deeper or level > levels[0]
    return False
