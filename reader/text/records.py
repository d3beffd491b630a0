"""Pages made of records: a jobs page lists job after job, each its name over the same fields in the same order.

A reader of such a page navigates by the records' names ('前台接待', '平面设计师', '销售经理'), which the page sets right
above the field it opens every record with ('性别要求' / '工作职责：'). When the records are a form's rows flattened
(a field name, then its short value: '性别要求' / '女'), every field ('职位要求：' too) is one more row of the form, not
a part of the record. Everything here runs in one pass over the lines, or a few.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from reader.text.feeds import feed_parts
from reader.text.furniture import furniture_line
from reader.text.lazyre import lazy
from reader.text.markers import match_heading
from reader.text.model import Paragraph
from reader.text.codeblocks import code_like
from reader.text.plainlines import LIST_BULLETS, group_titles
from reader.text.punctuation import label_name

_FIELD = lazy(r"[\u3400-\u9fff]{2,8}[：:]?")  # '性别要求', '工作职责：', '职位要求:'
_FIELD_SPAN = 16  # a field with the spaces a layout may put in it ('岗 位 职 责：')
_NAME_MAX = 30  # a record's name: '商务渠道高级经理（北京）', 'PR 公关高级经理'
_VALUE_MAX = 16  # a form's value: '女', '20-25', '3000-5000/月', '长期有效'
_FORM_FIELDS = 2  # a form has two or more fields that take a short value in every record
_CODE_LINES = 5  # lines of code that make a page a programming note (a jobs page shows none)
_CJK = lazy("[\u3400-\u9fff]")
_NAME_STOPS = frozenset("。！？；：:，,")  # a sentence or a field in it: no record's name
_NOT_FIELD = ("附件", "附表", "附录", "附錄", "抄送")  # a notice's attachments and copies open no record


@dataclass(frozen=True)
class Records:
    """The records of a page: the lines of their names, and the lines of the fields when they are a form's rows."""

    titles: frozenset[int] = frozenset()
    fields: frozenset[int] = frozenset()
    starts: tuple[int, ...] = field(default=())  # the line of each record's opening field
    end: int = 0  # where the last record ends: as far after its name as the longest record before it runs

    def inside(self, i: int) -> bool:
        """A line inside a record, after its name: one of the record's items, fields or labels."""
        return bool(self.starts) and self.starts[0] <= i < self.end and i + 1 not in self.starts

    def owners(self, labels: set[int]) -> dict[int, int]:
        """Each label inside a record belongs to that record's name (label → name line)."""
        owner, k = {}, -1
        for i in sorted(labels):
            while k + 1 < len(self.starts) and self.starts[k + 1] <= i:
                k += 1
            if k >= 0:
                owner[i] = self.starts[k] - 1
        return owner


def _name(text: str) -> bool:
    """A record's name: a short line with Chinese in it, no sentence or field in it, no number, bullet or stamp."""
    return 0 < len(text) <= _NAME_MAX and _CJK.search(text) is not None \
        and _NAME_STOPS.isdisjoint(text) and text[-1] not in "、.!?;" and match_heading(text) is None \
        and not text.startswith(LIST_BULLETS) and not furniture_line(text)


def page_records(paragraphs: list[Paragraph], title: str = "") -> Records:
    """The records of a page that has two or more: the field they each open with, right under a name of their own
    (names all different, each standing once), and another field that half the records or more repeat after it."""
    texts = [p.text.strip() for p in paragraphs]
    lines: dict[str, list[int]] = {}
    for i in [i for i, text in enumerate(texts) if len(text) <= _FIELD_SPAN]:  # a field is short: no loop step for
        if _FIELD.fullmatch(key := "".join(texts[i].split())) \
                and not key.startswith(_NOT_FIELD) and label_name(key) != label_name(title):  # the longer lines
            lines.setdefault(label_name(key), []).append(i)
    repeated = {k: v for k, v in lines.items() if len(v) >= 2}
    order = sorted(repeated.items(), key=lambda kv: kv[1][0])
    key, starts = next(((k, v) for k, v in order if all(i > 0 and _name(texts[i - 1]) for i in v)), ("", []))
    names = [texts[i - 1] for i in starts]
    counts = Counter(texts) if starts else Counter()  # only a page with records needs them counted
    if not starts or len(set(names)) < len(names) or any(counts[t] > 1 or label_name(t) in repeated for t in names):
        return Records()  # a later field under a list's last item ('加分项：') opens no record
    if 2 * sum(i > 1 and _name(texts[i - 2]) for i in starts) >= len(starts):
        return Records()  # names under lines like them are the last items of lists: a record ends in its fields
    if sum(1 for text in texts if code_like(text)) >= _CODE_LINES:
        return Records()  # a note that shows code: its repeated step labels ('添加依赖') are no page of records
    starts = _closed_records(texts, starts)
    bounds = list(zip(starts, starts[1:] + [len(texts)]))
    record = [-1] * len(texts)  # which record each line sits in: one pass, however many records and fields
    for n, (s, e) in enumerate(bounds):
        record[s + 1:e] = [n] * (e - s - 1)
    shared = [k for k, v in repeated.items() if k != key
              and 2 * len({record[i] for i in v} - {-1}) >= max(len(bounds), 4)]
    if not shared:
        return Records()  # one line the page repeats under different lines is no record's field
    fields = {k: [i for i in repeated[k] if i >= starts[0]] for k in shared + [key]}
    valued = [k for k, v in fields.items() if all(_value(texts, i, fields) for i in v)]
    form = frozenset(i for v in fields.values() for i in v) if len(valued) >= _FORM_FIELDS else frozenset()
    longest = max(e - s for s, e in bounds[:-1])
    return Records(frozenset(i - 1 for i in starts), form, tuple(starts), min(len(texts), starts[-1] + longest))


def _closed_records(texts: list[str], starts: list[int]) -> list[int]:
    """'待遇： 15-25K' closing every record: after that closing field a name over a field ('职位描述：') opens one more
    record, whatever field it opens with."""
    closers = {texts[i - 2].split("：")[0].split(":")[0] for i in starts[1:] if i >= 2}
    closer = closers.pop() if len(closers) == 1 and len(starts) >= 3 else ""
    if not closer or not _CJK.search(closer) or closer == texts[starts[-1] - 2]:
        return starts  # records ending in different lines, or in a line with no value, say nothing of the next
    known = set(starts)
    more = [i + 2 for i in range(starts[0], len(texts) - 2) if texts[i].startswith(closer) and i + 2 not in known
            and _name(texts[i + 1]) and len(texts[i + 2]) <= _FIELD_SPAN
            and _FIELD.fullmatch("".join(texts[i + 2].split())) and texts[i + 2][-1] in "：:"]
    return sorted(starts + more)


def _value(texts: list[str], i: int, fields: dict[str, list[int]]) -> bool:
    """'性别要求' over '女': the line after a field is a short value, not a list, not another field of the records."""
    if i + 1 >= len(texts):
        return False
    text = texts[i + 1]
    return 0 < len(text) <= _VALUE_MAX and match_heading(text) is None and label_name(text) not in fields


def record_parts(paragraphs: list[Paragraph], title: str, labels: set[int], plain: set[int],
                 digest: set[int] = frozenset(), sessions: AbstractSet[int] = frozenset()
                 ) -> tuple[set[int], set[int], dict[int, int], bool]:
    """The labels and unnumbered lines of a page with the records' names in and the lines inside records out (a
    record's parts are its labels), each label's owner (a posting's title over its labels, else the record it sits
    in), and whether the page has records; `digest` holds a feed page's headlines (digests.digest_headlines). Where
    the records are a record's `sessions` ('第一次会议记录' over '讨论记录'), the titles inside them are their parts."""
    records = page_records(paragraphs, title)
    labels = labels - records.fields
    groups = group_titles(paragraphs, labels, title) or records.owners(labels)
    if not (records.titles and records.titles <= sessions):
        plain = {i for i in plain if not records.inside(i)}  # '熟悉Git' among a job's requirements is an item
    parts = feed_parts([p.text for p in paragraphs], digest)  # a digest's sources over its stories, parts over sources
    groups = {**{i: name for i, name in parts.items() if name >= 0}, **groups}
    return labels, plain | records.titles | set(parts) | set(groups.values()), groups, bool(records.titles)


def record_reasons(paragraphs: list[Paragraph], labels: set[int], title: str) -> list[tuple[str, set[int]]]:
    """What `--explain` says of a posting's titles over its labels and of a page's records."""
    records = page_records(paragraphs, title)
    return [("titles over groups of labels", set(group_titles(paragraphs, labels, title).values())),
            ("names of records, each over the fields the page repeats", set(records.titles)),
            ("fields of a form, one row each", set(records.fields))]
