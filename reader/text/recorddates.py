"""A log kept record by record, each opened with its date ('时间: 2024年1月18日' week after week): those dates date
its records, not the document, so none of them is taken for the document's date."""

from __future__ import annotations

from reader.text.lazyre import lazy
from reader.text.meta import _DATE, _KEY_FIELD, date_line

_FIELD_OPEN = lazy(r"[ \t\u3000]*([\u4e00-\u9fff]{2,6})(?=[ \t\u3000]*[：:])")
_DATED_VALUE = lazy(rf"[ \t\u3000]*[：:][ \t\u3000]*{_DATE}")
_RECORDS_MIN = 3


def record_dates(texts: list[str], span: int) -> set[int]:
    """'时间: 2024年1月18日' opening each record of a log kept week by week: a label that gives a full date on three
    lines or more (or a date alone on its line three times: '2022/11/24' over each session of a group's record) dates
    the records, not the document; the lines among the first `span` so dated. The same line over the same date is
    one record: a page that shows its article twice repeats its title over its stamp and its signer over its date."""
    dated: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if (m := _FIELD_OPEN.match(text)) is not None and m.group(1) in _KEY_FIELD \
                and _DATED_VALUE.match(text, m.end()) is not None:
            dated.setdefault(m.group(1), []).append(i)
        elif text[:1].isdigit() and date_line(text):
            dated.setdefault("", []).append(i)
    return {i for lines in dated.values() if len({(texts[k - 1] if k else "", texts[k]) for k in lines}) >= _RECORDS_MIN
            for i in lines if i < span}
