"""A glossary's abbreviations, each on a line: 'ESB:企业服务总线(Enterprise Service Bus)', 'DB:数据库(Database)'. A
specification lists them under '缩写说明' one after another, each the abbreviation, a colon, its Chinese name and the
English words it stands for in brackets: an entry that defines a term, never a section's title. So are a program's
fields glossed the way its code declares them ('pos:光源位置', 'user_input:用户输入…'). Each look is a few scans of
one line: linear time.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.text.lazyre import lazy
from reader.text.model import Paragraph
from reader.text.writermarks import writer_marked

_ABBREVIATION = lazy(r"[A-Z][A-Za-z0-9/\-]{0,11}[ \t]*[:：][ \t]*(?=[\u3400-\u9fff])")  # 'ESB:', 'IOPS：'
_NAME = r"[a-z](?:[a-z0-9_][A-Za-z0-9_]*)?"  # 'pos', 'stdUp', 'user_input': a name as code spells it, lower-case first
_FIELD = lazy(_NAME + r"(?:\[[0-9]{0,4}\])?(?:,[a-z][A-Za-z0-9_]*){0,7}[:：](?=[\u3400-\u9fff])")
# 'pos:', 'r[6]:', 'a,b,c,d:', 'enctype：': the colon right after the name, then its gloss
_CALLED = lazy(_NAME + r"[(（](?![一二三四五六七八九十上中下续][)）])(?=[\u3400-\u9fff])")
# 'intersect(光线与该物体求交)', 'shapeLst(物体列表）': a function or list named as code spells it, what it does in
# brackets right after its name ('vue（二）', a series' part, stays)
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


def field_entry(text: str) -> bool:
    """'pos:光源位置', 'enctype：数据传输类型…', 'break：遇到break语句…': a field, keyword or option named as code spells
    it (lower-case first, no space) and glossed in Chinese right after its colon documents the code; a title names its
    subject in words ('Proxy：代理', 'Step 1：…', 'Q: …', 'sensor: 传感器' stay). So is 'getN(求该物体上某点的法向量)':
    a function's name with its gloss in the brackets its call would take ('System.gc()方法' names it: it stays)."""
    text = text.strip()
    return _FIELD.match(text) is not None or _CALLED.match(text) is not None


def drop_acronym_entries(candidates: list, paragraphs: Sequence[Paragraph]) -> None:
    """An unnumbered title that defines an abbreviation ('HA:高可用性 (High Availability)') or glosses a field
    ('pos:光源位置') is a glossary's entry."""
    for c in candidates:
        if not (c.accepted and not c.numbered()):
            continue
        if acronym_entry(paragraphs[c.index].text):
            c.accepted = False
            c.reason = "it defines an abbreviation ('ESB:企业服务总线(Enterprise Service Bus)'): a glossary's entry"
        elif field_entry(paragraphs[c.index].text) and not writer_marked(paragraphs[c.index]):  # '## pos：…' is one
            c.accepted = False
            c.reason = "it glosses a field as code names it ('pos:光源位置'): the code's documentation"
