"""Lines of code inside hard-wrapped text: a wrap cuts prose, and a block of code keeps every line it was given."""

from __future__ import annotations


from reader.text.lazyre import lazy

_CJK = lazy("[\u3400-\u9fff]")
_LATIN_SHARE = 0.8  # code is written in ASCII, its Chinese in a comment or a string at most
_BRACKETS = frozenset("{}[]();,")
_EDGE_END = ("{", "}", "[", "},", "],", "});", "};", "];", "/>")
_STATEMENT_MARKS = frozenset("=(){}[]'\"")  # a ';' ends a statement only in a line holding code's own marks


def code_ended(text: str) -> bool:
    """'{ test: /\\.css$/, loader: …},', 'return {liked: false};', '}': an ASCII line that closes a block or ends a
    statement ended where its writer ended it; a wrap cuts code mid-token ('content="zh-' / 'CN" />'), and English
    prose ends a line on a word or a comma."""
    text = text.strip()
    if not text.endswith(_EDGE_END + (";",)) or sum(ch.isascii() for ch in text) < _LATIN_SHARE * len(text):
        return False  # (the end asked first: most lines end otherwise and are not looked through)
    if " " not in text:
        return set(text) <= _BRACKETS  # '}', '});' alone; 'negotiation}' is a word the wrap cut off its '{#…'
    return text.endswith(_EDGE_END) or not _STATEMENT_MARKS.isdisjoint(text)


def set_deeper(prev: str, nxt: str, prev_indent: int, next_indent: int) -> bool:
    """'package.json' set in under '2.npm 基于网络的包分享发布工具（…）': a wrap begins the rest of a cut line at the
    margin, so a line without Chinese set deeper than the Chinese line above is a name or code under it, not its words."""
    return next_indent > prev_indent and _CJK.search(nxt) is None and _CJK.search(prev) is not None
