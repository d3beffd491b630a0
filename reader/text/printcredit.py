"""A newspaper article's print-edition credit ('《人民日报》（2024年02月24日 05 版）', '《光明日报》（ 2022年02月13日
02版）'), as a repost sets it over or under the article: where it was printed, not a line of its text."""

from __future__ import annotations

from reader.text.lazyre import lazy

_CREDIT = lazy(r"[《〈]\s*([^《》〈〉\s]{2,12})\s*[》〉]\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
               r"(?:第\s*)?[\d０-９]{1,3}\s*版\s*[）)]")


def print_credit(text: str) -> dict[str, str]:
    """The paper and day a print-edition credit names ({'source': '人民日报', 'date': '2024年02月24日'}), or {}."""
    m = _CREDIT.fullmatch(text.strip()) if len(text) <= 50 else None
    return {"source": m.group(1), "date": "".join(m.group(2).split())} if m else {}
