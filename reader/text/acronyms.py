"""A glossary's abbreviations, each on a line: 'ESB:企业服务总线(Enterprise Service Bus)', 'DB:数据库(Database)'. A
specification lists them under '缩写说明' one after another, each the abbreviation, a colon, its Chinese name and the
English words it stands for in brackets: an entry that defines a term, never a section's title. Each look is a few
scans of one line: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.text.model import Paragraph

_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9/\-]{0,11}[ \t]*[:：][ \t]*(?=[\u3400-\u9fff])")  # 'ESB:', 'IOPS：'
_ENTRY_MAX = 80
_OPENERS, _CLOSERS = "(（", ")）"
_ENGLISH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/- ")


def acronym_entry(text: str) -> bool:
    """'SAN:存储区域网络 (Storage Area Network)': an abbreviation, its Chinese name and, in brackets closing the line,
    the English words it abbreviates; 'Google：从 Mobile First 到 AI First' (no brackets) and 'Proxy：代理' are left."""
    text = text.strip()
    m = _ABBREVIATION.match(text)
    if m is None or len(text) > _ENTRY_MAX or not text.endswith(tuple(_CLOSERS)) \
            or sum(ch.isupper() for ch in m.group()) < 2:  # 'Q1：…' numbers a question, no abbreviation
        return False
    opened = max(text.rfind(o) for o in _OPENERS)
    inner = text[opened + 1:-1].strip()
    return opened > m.end() and inner[:1].isascii() and inner[:1].isalpha() and set(inner) <= _ENGLISH \
        and not any(o in text[m.end():opened] or c in text[m.end():opened] for o, c in zip(_OPENERS, _CLOSERS))


def drop_acronym_entries(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """An unnumbered title that defines an abbreviation ('HA:高可用性 (High Availability)') is a glossary's entry."""
    for c in candidates:
        if c.accepted and not c.numbered() and acronym_entry(paragraphs[c.index].text):
            c.accepted = False
            c.reason = "it defines an abbreviation ('ESB:企业服务总线(Enterprise Service Bus)'): a glossary's entry"
