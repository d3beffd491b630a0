"""A document's own contents list, set as an indented list above its body ('- 调研报告' / '  - 小组成员' /
'    - 文件系统' / '      - GFS'), nests the headings it names: a Markdown file kept as text loses its '#' marks, and
the list its editor generated is then the only record of which title sits under which. A list, bulleted or under
its name ('目录'), also names the titles the text left plain: each line it names below is a heading.

One walk over the source lines finds the list; one over the headings applies it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.lineshape import contents_name, display_title
from reader.text.markers import match_heading
from reader.text.model import Heading, Paragraph
from reader.text.textlines import split_lines

# An entry: indentation, a bullet ('-', '*', '+'), its text; a link to the heading's anchor shows its text.
_ENTRY = lazy(r"([ \t\u3000]*)[-*+][ \t]+(\S.{0,200})")
_LINK = lazy(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(#[^()\s]*\)")  # '[UnderBridge[4]](#underbridge-sup--4---sup-)'
_ENTRIES_MIN = 4
_NAMED_SHARE = 0.6  # entries the document repeats as its headings, of all the list's entries
_SCAN = 0.5  # the list stands in the first half of the document
_TITLE_MAX = 60  # a line the list names is a title, not a paragraph that happens to open with one
_ENTRY_MAX = 40  # a contents entry, its page number and leaders and all
_NAMED_ENTRIES_MAX = 400  # lines looked at under '目录'
_PAGE = lazy(r"(?:[.…·．_\-]{2,}|\s+)[0-9]{1,4}$")  # '引言……1', '出发 3': an entry's page number


def _key(text: str) -> str:
    """(The link's pattern looked for only where its '](#' stands: every short line of a long text is keyed.)"""
    return "".join((_LINK.sub(r"\1", text) if "](#" in text else text).split()).rstrip("：:").lower()


def _indent(lead: str) -> int:
    return sum(4 if c == "\t" else 2 if c == "\u3000" else 1 for c in lead)


def _entries(lines: list[str], last: int, levels: int = 2) -> tuple[int, int, list[tuple[int, str]]]:
    """The first run of bulleted lines (blank lines between allowed) with `levels` indentations or more, within
    `last` lines: its first and last line numbers and its (indentation, key) entries."""
    run: list[tuple[int, str]] = []
    first = end = 0
    for number, line in enumerate(lines[:last], 1):
        m = _ENTRY.fullmatch(line.rstrip())
        if m is not None:
            first = first or number
            run.append((_indent(m.group(1)), _key(m.group(2))))
            end = number
        elif line.strip():
            if len(run) >= _ENTRIES_MIN and len({i for i, _ in run}) >= levels:
                break
            run, first = [], 0
    if len(run) < _ENTRIES_MIN or len({i for i, _ in run}) < levels:
        return 0, 0, []
    return first, end, run


def contents_headings(headings: tuple[Heading, ...], paragraphs: Sequence[Paragraph], source: str,
                      title: str = "") -> tuple[Heading, ...]:
    """The headings as a text's own contents list gives them: the lines it names added, nested as it nests them (the
    source is split into lines once for both)."""
    lines = split_lines(source)
    return _listed_depths(_listed_titles(headings, paragraphs, lines, title), lines, title)


def _listed_titles(headings: tuple[Heading, ...], paragraphs: Sequence[Paragraph],
                   lines: list[str], title: str = "") -> tuple[Heading, ...]:
    """The headings with the lines the document's own contents list names added ('- 2 P379对象字典' over the text,
    '2 P379对象字典' alone on its line below it), where the list names its lines in order, most of them found: a wiki's
    or an editor's generated contents, whose titles the text left plain. The list's own lines are no headings, nor is
    the line its entry for the document's title names: the title printed again over the body ('IoT设备的算力利用')."""
    last = max(1, int(len(lines) * _SCAN))
    first, end, entries = _entries(lines, last, levels=1)
    if not entries:
        first, end, entries = _named_entries(lines, last)
    if not entries:
        return headings
    shorts = [(n, p) for n, p in enumerate(paragraphs) if p.line > end and len(p.text) <= _TITLE_MAX]
    keys = [_key(p.text) for _, p in shorts]
    named, forms = _unnumbered_entries([k for _, k in entries], set(keys))
    at = _in_order(named, keys)
    found = [shorts[j] for j in at.values()]
    order = [n for n, _ in found]
    if len(found) < max(_ENTRIES_MIN, _NAMED_SHARE * len(entries)) or all(b == a + 1 for a, b in zip(order, order[1:])):
        return headings  # (line after line: the list again, as a page's sidebar repeats it, no titles over text)
    have = {h.line for h in headings}
    own = _key(title) if title else None  # the list's entry for the title names the title again on the first page
    added = {p.line: _plain_heading(p) for _, p in found if p.line not in have and _key(p.text) != own}
    numbered = {shorts[j][1].line: forms[e] for e, j in at.items() if e in forms}  # the list's number, lost above
    out: list[Heading] = []
    depths: dict[tuple[str, int], int] = {}  # the depth of the latest heading of each form (family and level)
    for h in sorted([h for h in headings if not first <= h.line <= end] + list(added.values()), key=lambda h: h.line):
        form = numbered.get(h.line) or _form(h)
        if h.line in added or h.line in numbered and form in depths:  # a form seen before stands where it stood;
            # a new one under the heading before it
            h = dataclasses.replace(h, depth=depths.get(form, out[-1].depth + 1 if out else 1))
        depths[form] = h.depth
        out.append(h)
    return tuple(out)


def _in_order(entries: list[str], keys: list[str]) -> dict[int, int]:
    """Each entry's item, found in order: the first item with the entry's key after the item the entry before took (a
    list may name '简介' under each of its parts: each names the one in its own part); where most are found so, one
    the text moved takes the first item of its key left."""
    where: dict[str, list[int]] = {}
    for j, key in enumerate(keys):
        where.setdefault(key, []).append(j)
    at: dict[int, int] = {}
    last = -1
    for e, key in enumerate(entries):
        items = where.get(key, ())
        k = bisect.bisect_right(items, last)
        if k < len(items):
            at[e] = last = items[k]
    if len(at) >= _NAMED_SHARE * len(entries):  # the list holds: an entry the text moved is found where it stands
        taken, cursor = set(at.values()), dict.fromkeys(where, 0)  # (a cursor per key: each item looked at once)
        for e, key in enumerate(entries):
            items = where.get(key, [])
            while e not in at and cursor.get(key, 0) < len(items):
                j = items[cursor[key]]
                cursor[key] += 1
                if j not in taken:
                    at[e] = j
                    taken.add(j)
    return at


def _unnumbered_entries(entries: list[str], keys: set[str]) -> tuple[list[str], dict[int, tuple[str, int]]]:
    """The entries as the text prints them: '（二）需求调研确认阶段' in the list over a plain '需求调研确认阶段' (a word
    processor numbered the heading, and only its generated contents kept the number) is named by its title; with the
    numbering form of each entry so named, which places the line as its numbered siblings stand."""
    named, forms = [], {}
    for e, key in enumerate(entries):
        m = match_heading(key) if key not in keys else None
        title = _key(m.title) if m is not None and m.title and not m.rest else ""
        if title and title in keys:
            named.append(title)
            forms[e] = (m.family, m.level)
        else:
            named.append(key)
    return named, forms


def _form(h: Heading) -> tuple[str, int]:
    """A heading's numbering family and level ('', 0: unnumbered)."""
    m = match_heading(h.marker + h.title) if h.marker else None
    return (m.family, m.level) if m is not None else ("", 0)


def _named_entries(lines: list[str], last: int) -> tuple[int, int, list[tuple[int, str]]]:
    """The lines of a contents list under its name ('目录' over '引言……1' / '出发……3'), within `last` lines: short
    lines, blank lines between allowed, up to the first that names an entry again (the text begins) or runs longer."""
    at = next((n for n, line in enumerate(lines[:last]) if line.strip() and contents_name(line)), -1)
    if at < 0:
        return 0, 0, []
    entries: list[tuple[int, str]] = []
    seen: set[str] = set()
    end, paged = at + 1, 0
    for number, line in enumerate(lines[at + 1:at + 1 + _NAMED_ENTRIES_MAX], at + 2):
        text = line.strip()
        if not text:
            continue
        if len(text) > _ENTRY_MAX:
            break  # (a short line: the page number's pattern runs over a few characters only)
        key = _key(_PAGE.sub("", text))
        numbered = _PAGE.search(text) is not None
        if key in seen or not numbered and len(entries) >= _ENTRIES_MIN and paged == len(entries):
            break  # the text begins: an entry again, or a line without the page number every entry had
        entries.append((0, key))
        seen.add(key)
        end, paged = number, paged + numbered
    return (at + 1, end, entries) if len(entries) >= _ENTRIES_MIN else (0, 0, [])


def _plain_heading(p: Paragraph) -> Heading:
    """A line the contents list names, as a heading (its depth found later): its number, if any, and its title."""
    lead = len(p.text) - len(p.text.lstrip())
    text = p.text.strip()
    m = match_heading(text)
    if m is not None and m.title and not m.rest:
        return Heading(1, m.marker, display_title(m.title), p.line, p.start + lead, p.start + lead + len(text))
    return Heading(1, "", display_title(text), p.line, p.start + lead, p.start + lead + len(text))


def _listed_depths(headings: tuple[Heading, ...], lines: list[str], title: str = "") -> tuple[Heading, ...]:
    """The headings with the depths the document's own contents list gives those it names (the others keep their
    place under the named heading above them, and a plain one the list left out, a level the list does not reach,
    goes inside it); the contents list's own name ('目录') is no heading of the text."""
    first, end, entries = _entries(lines, max(1, int(len(lines) * _SCAN)))
    if not entries:
        return headings
    after = [h for h in headings if h.line > end]
    at = _in_order([k for _, k in entries], [_key(h.marker + h.title) for h in after])
    if len(at) < _NAMED_SHARE * len(entries):
        return headings
    ranks = {i: r for r, i in enumerate(sorted({i for i, _ in entries}))}
    top = [k for i, k in entries if ranks[i] == 0]
    shift = 1 if len(top) == 1 and top[0] == _key(title) else 0  # the list's root is the document's own title
    level = {after[j].line: max(1, ranks[entries[e][0]] + 1 - shift) for e, j in at.items()}
    last_named = max(level)
    out, base = [], None  # base: (the depth found, the depth given) of the last named heading
    for h in headings:
        if h.line <= end and (h.line >= first or contents_name(h.title)):
            continue  # the list's entries and its name: the contents, shown as they are in the text
        if h.line in level:
            base = (h.depth, level[h.line])
            out.append(dataclasses.replace(h, depth=level[h.line]))
        elif base is not None and h.depth > base[0]:
            out.append(dataclasses.replace(h, depth=base[1] + h.depth - base[0]))
        elif base is not None and h.line < last_named and not h.marker and (h.depth < base[1] or base[1] == 1):
            out.append(dataclasses.replace(h, depth=base[1] + 1))  # a plain title the list left out, between two
            # it names, under a top entry or found shallower than the entry over it: below the list's depth, so
            # inside that part (a numbered one has its own level; one found beside a sub-entry: a sibling dropped)
        else:
            out.append(h)
    return tuple(out)
