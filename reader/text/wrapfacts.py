"""What the re-wrapping asks of each line of a hard-wrapped text, each asked once: whether it is a heading, code, a
part the document counts, a record's field."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Callable

from reader.text.latinmeasure import latin_scale, lost_indent_mixed
from reader.text.codeblocks import code_like
from reader.text.lazyre import lazy
from reader.text.lineshape import BARS
from reader.text.runwidth import BAND

_ORDINAL = lazy(r"([\u4e00-\u9fff]{1,4}?)([一二三四五六七八九十]{1,3}|\d{1,2})(?:[：:、]|[.．](?!\d))")
_ORDINAL_LINE = 40  # a label's line is short; a long line opening so is prose ('统一：…')
_FIELD = lazy(r"([\u4e00-\u9fff]{2,4})[ \t]*[：:]")  # '決議: …', '说明：…'
_FIELD_RECURS = 3  # lines a label opens before it is a record's field, not a sentence's '规定：' a wrap cut
_CUTS_MIN = 20  # lines cut between two Chinese characters before their shortfalls say how the wrap fills a line
_CUTS_RARE = 20  # … and a shortfall at most one such line in this many reaches is none the wrap leaves
_SPACED = lazy(r"[。！？；] ")  # a sentence's stop and a space, as a translation writes them ('…明确的。 所有…')
# a date opening a record ('2002.01.27 第六屆…修訂通過', '2019-6-10: 增加…'): its shape is the separators it is written with
_MARKED_MIN = 3  # lines one mark opens before it is the page's sub-head sign
_DATED = lazy(r"\d{4}(?:([./-])\d{1,2}\1\d{1,2}|(年)\d{1,2}月(?:\d{1,2}日)?)(?=[ \t\u3000：:])")


class Facts:
    """What the join decisions ask of each line, each asked once: a line is asked as the next and again as the
    previous one, and the heading test is the outline's whole pattern set."""

    def __init__(self, texts: list[str], widths: list[int], opens: list[bool],
                 is_heading: Callable[[str], bool], alone: set[int], wrap: int | None = None,
                 indents: list[int] | None = None) -> None:
        self.texts, self.widths, self.opens, self._is_heading, self.alone = texts, widths, opens, is_heading, alone
        self._wrap = wrap  # the whole document's wrap width, when one width holds throughout
        self.indents = indents  # each line's leading columns, as the extract kept them
        self._scale: tuple[float, float] | None = None  # (full Chinese line, Latin character), once read
        self._scale_read = False
        self._headings: list[bool | None] = [None] * len(texts)
        self._counting: set[str] | None = None  # the words the document counts its parts with, asked for once
        self._code: list[bool | None] = [None] * len(texts)
        self._fields: set[str] | None = None  # the labels a record's fields open lines with, asked for once
        self._seen: dict[str, list[int]] | None = None  # where each line standing twice or thrice stands, found once
        self._marks: set[str] | None = None  # the bars that open three lines or more, found once
        self._cut_short: list[int] | None = None  # how far short of the wrap each Chinese-cut line falls, sorted
        self._spaced = False  # a space follows a sentence's stop somewhere: a cut there drops it, a column short

    def heading(self, text: str) -> bool:
        return self._is_heading(text)

    @property
    def wrap(self) -> int | None:
        """The whole document's wrap width, when one width holds throughout."""
        return self._wrap

    def is_heading(self, i: int) -> bool:
        known = self._headings[i]
        if known is None:
            known = self._headings[i] = self._is_heading(self.texts[i])
        return known

    def counted_part(self, i: int) -> bool:
        """'门槛二：硬件' where '门槛一：数据' stands too: a part the document counts, opening its paragraph."""
        if self._counting is None:
            counted: dict[str, set[str]] = {}
            for text in self.texts:
                if len(text) <= _ORDINAL_LINE and (m := _ORDINAL.match(text)) is not None:
                    counted.setdefault(m.group(1), set()).add(m.group(2))
            self._counting = {word for word, numbers in counted.items() if len(numbers) >= 2}
        m = _ORDINAL.match(self.texts[i]) if self._counting and len(self.texts[i]) <= _ORDINAL_LINE else None
        return m is not None and m.group(1) in self._counting

    def code(self, i: int) -> bool:
        known = self._code[i]
        if known is None:
            known = self._code[i] = code_like(self.texts[i])
        return known

    def field(self, i: int) -> bool:
        """'決議: 公告請住戶…' where '決議:' opens other lines too: a record's field, opening its paragraph however
        full the line above it (its '說明: …' cut to the width)."""
        if self._fields is None:
            labels = Counter(m.group(1) for text in self.texts if (m := _FIELD.match(text)) is not None)
            self._fields = {label for label, n in labels.items() if n >= _FIELD_RECURS}
        m = _FIELD.match(self.texts[i]) if self._fields else None
        return m is not None and m.group(1) in self._fields

    def mixed_indent(self, i: int, slack: int) -> bool:
        """'关于苹果公司，Davidson（2023）评估了…' short of a full line by a dropped indent, measured at the scale the
        document's own full lines give its Latin letters (the rough measure cannot tell two characters). A line set
        deeper than the one above hangs under it ('① 上线初期…。' over '  此项解决方案…'): the item's own words."""
        if self.indents and self.indents[i] > self.indents[i - 1]:
            return False
        if not self._scale_read:
            self._scale_read = True
            self._scale = latin_scale(self.texts, self.widths, self.opens, self._wrap) if self._wrap else None
        return self._scale is not None and lost_indent_mixed(self.texts[i], self._scale, slack)

    def dated(self, i: int) -> bool:
        """'2002.01.27 第六屆…' under '1991.08.31 第一屆…': a history's or a log's entries, each opening its line
        with a date written alike, however full the entry above it."""
        m = _DATED.match(self.texts[i])
        before = _DATED.match(self.texts[i - 1]) if m is not None and i else None
        return before is not None and before.groups() == m.groups()

    def printed_twice(self, i: int) -> bool:
        """'一、达斡尔族…的田野考察' filling its line over the section, and again in the contents with the next entry
        under it: a whole title (a page that prints its text twice repeats the line under it too; a title longer than
        the line goes on under it in the contents as well). A line that stands more than thrice is no such title."""
        if self._seen is None:  # (where the lines standing twice or thrice stand: no list made for every line)
            twice = {text for text, n in Counter(self.texts).items() if 1 < n <= 3}
            self._seen = {}
            for k, text in enumerate(self.texts) if twice else ():
                if text in twice:
                    self._seen.setdefault(text, []).append(k)
        at = self._seen.get(self.texts[i], ())
        below = self.texts[i + 1] if i + 1 < len(self.texts) else ""
        return 1 < len(at) <= 3 and not any(c in self.texts[i] for c in "，。；：:/") and self.is_heading(i) and all(
            k == i or k + 1 < len(self.texts) and self.texts[k + 1] != below and self.is_heading(k + 1) for k in at)

    def marked_apart(self, i: int, wrap: int, slack: int) -> bool:
        """'▌Amazon：…之路' over a line as full as the wrap: the page's sub-head bar opens a title, and a title's tail
        a wrap cut off falls short ('▌Google：…再到 AI' over 'Only'), where a paragraph runs on in full lines; a line
        the bar opens starts a paragraph of its own."""
        if self._marks is None:
            counts = Counter(t[0] for t in self.texts if t[:1] in BARS)
            self._marks = {mark for mark, n in counts.items() if n >= _MARKED_MIN}
        if not self._marks:
            return False
        return self.texts[i][:1] in self._marks or (self.texts[i - 1][:1] in self._marks
                                                    and self.widths[i] >= wrap - slack)

    def room_left(self, i: int) -> bool:
        """'…倒闭清算。' two columns short over '在企业的…': line i's first character would have fit on line i - 1,
        which falls shorter than the document's lines cut between two Chinese characters (almost) ever do, so no
        wrap cut there: a paragraph ended, however near the width (a proportional font's cuts fall short as often)."""
        wrap, nxt = self._wrap, self.texts[i]
        if wrap is None or not _cjk(nxt[0]) or (short := wrap - self.widths[i - 1]) < 2:
            return False
        if self._cut_short is None:
            self._spaced = any(_SPACED.search(text) is not None for text in self.texts)
            self._cut_short = sorted(max(0, wrap - w) for k, w in enumerate(self.widths[:-1])
                                     if self.opens[k] and _cjk(self.texts[k][-1]) and _cjk(self.texts[k + 1][0])
                                     and w > wrap - 2 * BAND)
        cuts = self._cut_short
        if self._spaced and short < 3:
            return False  # '…视为未知部件。 ' lost the space it ended on: a wrap's cut, a column short for it
        return len(cuts) >= _CUTS_MIN and (len(cuts) - bisect_left(cuts, short)) * _CUTS_RARE <= len(cuts)


def _cjk(c: str) -> bool:
    """A Chinese character, two columns wide, that may open a line."""
    return "\u4e00" <= c <= "\u9fff"
