"""Half-width punctuation typed inside Chinese text ('机构1:特区政府', '1)在里昂,我们…'), read as the full-width
marks the outline's rules know, full-width digits ('２０１９.３.１７ 第一次会议') as the digits they are, and a PDF's
compatibility ideographs ('陸' U+F9D3) as the characters they show, one character for one, so positions and lines
stay those of the original."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reader.text import slices
from reader.text.fold import has_traditional, simplified
from reader.text.lazyre import lazy
from reader.text.markers import match_heading
from reader.text.model import Heading, Paragraph
from reader.text.script import SCRIPT_SAMPLE

_HALF, _FULL = ",:;!?()", "，：；！？（）"
_TO_FULL = dict(zip(_HALF, _FULL))
_ANY_HALF = lazy("[,:;!?()]")
_CJK = "\u3400-\u9fff\U00020000-\U0003134f"
# a mark with a Chinese character on either side; '(1)' and '3.14' and 'print(x)' are left as they are
_BRACKET = lazy("[()]")
_INSIDE_CHINESE = lazy(rf"(?<=[{_CJK}])[,:;!?()]|[,:;!?()](?=[{_CJK}])")
_NOT_HALF = lazy("[^,:;!?()]")  # never a match of it: a long line is read a slice at a time


# A longer traditional text is read as written, its rules' words in both scripts as before: reading it in simplified
# characters costs about 0.2 s a million characters, and a long law's outline has 0.3 s in all
SCRIPT_READ_MAX = 400_000
_COMPAT = lazy("[\uf900-\ufaff]")
_MARK_CHARS = ",:;!?()０１２３４５６７８９"  # the half-width marks and full-width digits a line is read for
_ANY_MARK = lazy(f"[{_MARK_CHARS}\uf900-\ufaff]")  # and the compatibility ideographs
_DIGITS = dict(zip("０１２３４５６７８９", "0123456789"))
_FULL_DIGIT = lazy("[０-９]")


@lru_cache(maxsize=1)
def _compat_table() -> dict[str, str]:
    """Each compatibility ideograph to the one character NFKC makes of it (built on first need)."""
    table = {}
    for code in range(0xF900, 0xFB00):
        normal = unicodedata.normalize("NFKC", chr(code))
        if len(normal) == 1 and normal != chr(code):
            table[chr(code)] = normal
    return table


def as_characters(text: str) -> str:
    """A PDF's compatibility ideographs ('說' U+F96F) as the characters they show; same length, same positions."""
    return slices.sub_each(_COMPAT, text, _compat_table()) if slices.search(_COMPAT, text) is not None else text


def has_marks(text: str) -> bool:
    """Any half-width mark or compatibility ideograph at all: a document with none reads as written. Each mark is a
    substring search in C; an ideograph U+F900-U+FAFF is a UTF-16 unit whose high byte is F9 or FA (a character past
    the BMP is two surrogate units, D8-DF): one encoding, then two byte searches, where a character class costs a
    step of the regex engine per character of a long text."""
    if any(mark in text for mark in _MARK_CHARS):
        return True
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    return b"\xf9" in high or b"\xfa" in high


def as_full_width(text: str) -> str:
    """The text with half-width marks next to Chinese characters made full-width, full-width digits half-width and
    compatibility ideographs read as their characters; same length, same positions."""
    if slices.search(_ANY_MARK, text) is None:
        return text  # most lines: one scan
    text = as_characters(text)
    if slices.search(_FULL_DIGIT, text) is not None:  # (a translate looks up every character: only where a digit is)
        text = slices.replace_chars(text, _DIGITS)
    if slices.search(_ANY_HALF, text) is None:
        return text
    turned: list[int] = []  # where a bracket turned full-width
    pieces: list[str] = []
    at = 0
    for m in slices.finditer(_INSIDE_CHINESE, text, _NOT_HALF):  # (a sub over a megabyte line is one long scan)
        k = m.start()
        if m.group() in "()":
            turned.append(k)
        pieces += [text[at:k], _TO_FULL[m.group()]]
        at = k + 1
    seen = "".join(pieces) + text[at:] if pieces else text
    return seen if not turned else paired(text, seen, turned)


def paired(text: str, seen: str, turned: list[int]) -> str:
    """'System.gc()方法', '(1)在里昂': a bracket pair is one mark, full-width together or not at all; where one of a
    pair touches Chinese both turn ('System.gc（）方法', code_like sees no call), never one alone ('gc(）', a bracket
    left open). Each line holding a turned bracket is passed once with a stack; a pair never spans a line."""
    changed: dict[int, str] = {}  # (not a list of the text's characters: a megabyte line's list and join are
    end = -1                      # two C calls of tens of ms)
    for at in turned:
        if at < end:
            continue  # (its line was passed)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        opened: list[int] = []
        for m in _BRACKET.finditer(text, start, end):
            k = m.start()
            if m.group() == "(":
                opened.append(k)
            elif opened:
                o = opened.pop()
                if (seen[o] == "（") != (seen[k] == "）"):
                    changed[o], changed[k] = "（", "）"
    if not changed:
        return seen
    pieces, at = [], 0
    for k in sorted(changed):
        pieces += [seen[at:k], changed[k]]
        at = k + 1
    return "".join(pieces) + seen[at:]


def read_as_rules(paragraphs: list[Paragraph], title: str = "") -> tuple[list[Paragraph], str]:
    """The paragraphs and title as the outline's rules read them: half-width marks inside Chinese text made
    full-width, a numbered heading's brackets ('【第一章 总 则】') as spaces, and a traditional text in simplified
    characters, so every rule's words ('牵头', '附件', '打印本页') serve both scripts."""
    texts = [p.text for p in paragraphs]
    whole = "\n".join(texts)
    marks, framed = has_marks(whole), "【" in whole
    script = len(whole) <= SCRIPT_READ_MAX and has_traditional(whole[:SCRIPT_SAMPLE])  # (shown early: one look)
    title = as_full_width(_simplified(title) if script else title)
    if not marks and not framed and not script:
        return list(paragraphs), title  # none anywhere: one scan of the document, no call per line
    if marks or script:  # each reading keeps every character's place and no line break is read as a mark: the
        read = as_full_width(_simplified(whole) if script else whole)  # whole text at once, a few C calls in all
        seen = read.split("\n") if whole.count("\n") == len(texts) - 1 else \
            [as_full_width(_simplified(text) if script else text) for text in texts]  # (a paragraph holding a break)
    else:
        seen = texts
    if framed:
        seen = [_unframed(text) if text[:1] in "【 \u3000" else text for text in seen]
    return [p if text == p.text else _reading(p, text) for p, text in zip(paragraphs, seen)], title


def _reading(p: Paragraph, text: str) -> Paragraph:
    """The paragraph with the text as read: a copy of its fields (dataclasses.replace costs ten times as much, and a
    traditional law has tens of thousands of lines to read so)."""
    q = object.__new__(Paragraph)
    q.__dict__.update(p.__dict__, text=text)
    return q


_CAPITAL_THREE = lazy("[參\uf96b](?=[ \t\u3000]*[、．.])")  # '參、臨時動議' (a PDF's U+F96B too): a numeral,
# which 参 never is


def _simplified(text: str) -> str:
    """A traditional text in simplified characters, its capital numeral 參 read as 參; same length."""
    seen = simplified(text)
    cuts = [m.start() for m in _CAPITAL_THREE.finditer(text)] if "參" in text or "\uf96b" in text else []
    if not cuts:
        return seen
    pieces, at = [], 0
    for cut in cuts:
        pieces += [seen[at:cut], "參"]
        at = cut + 1
    return "".join(pieces) + seen[at:]


def _unframed(text: str) -> str:
    """'【第一章 总 则】': a numbered heading a charter sets in brackets, read as the heading it frames; the brackets
    become spaces, so positions stay. A framed name ('【活动亮点】') or a framed line with more after it stays."""
    inner = text.strip()
    if len(inner) < 4 or inner[0] != "【" or inner[-1] != "】" or "【" in inner[1:] or "】" in inner[:-1]:
        return text
    m = match_heading(inner[1:-1].strip())
    if m is None or m.family == "bracket" or not m.title or m.rest:
        return text
    at = text.index("【")
    return f"{text[:at]} {text[at + 1:at + len(inner) - 1]} {text[at + len(inner):]}"


def original_of(fragment: str, readings: list[tuple[str, str]]) -> str:
    """The original spelling of a fragment of a full-width reading: (reading, original) pairs, searched in order."""
    for seen, original in readings:
        at = seen.find(fragment) if fragment else -1
        if at >= 0:
            return original[at:at + len(fragment)]
    return fragment


def as_written(h: Heading, i: int, seen: list[Paragraph], paragraphs: list[Paragraph]) -> Heading:
    """A heading found in the full-width reading, with its marker and title spelled as the document has them."""
    pairs = [(seen[j].text, paragraphs[j].text) for j in (i, i + 1)[:len(paragraphs) - i]]
    if all(a is b for a, b in pairs):
        return h
    return Heading(h.depth, original_of(h.marker, pairs[:1]), original_of(h.title, pairs), h.line, h.offset, h.end)


def label_name(text: str) -> str:
    """'岗 位 职 责：' and '岗位职责', '后记：' and '后记' are one name: spaces and a closing colon aside."""
    return "".join(text.split()).rstrip("：:")
