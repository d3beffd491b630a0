"""Properties every engine entry point keeps on any input; the property tests and bench/fuzz_engine.py share them."""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path

from reader.text.model import Decoded, TextError

SECONDS_PER_100KB = 1.0  # issue 12's bound for any input
MIN_BUDGET = 0.5  # tiny inputs still get half a second (a loaded machine, a first call filling caches)

# Characters that make the rules work hardest: markup, list and heading markers, numerals, every kind of space.
HOSTILE_ALPHABET = (
    "第一二三四五六七八九十百千零〇章节条款编部分之（）()、。，：:；;！？!?1234567890１２３.．-－—·…"
    " \t\u3000\xa0\n\n\n<>/!*_[]#|`~&;=\"'-+标题来源时间作者编辑责任首页返回打印关闭监督管理發展臺灣锟斤拷?\ufffd"
    "āáǎàzhōngxyzABC①⑴㈠【】《》“”"
    # line breaks str.splitlines knows and "\n" does not, a BOM mid-text, zero-width and bidi marks, astral
    # ideographs, controls, and lone surrogates (a str may hold them: Converter.convert raised on them)
    "\r\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff\u200b\u200d\u202e\u0301𠮷𡃁\x00\x1b\x7f\ud800\udfff"
)
KINDS = ("text", "markdown", "html")
WORDS = ("监督", "監督", "首页", "1", "a", "（")


def budget(text: str) -> float:
    """Seconds an input of this size may take."""
    return max(MIN_BUDGET, SECONDS_PER_100KB * len(text) / 100_000)


@lru_cache(maxsize=4)
def converter(config: str = "s2t"):
    import tempfile

    from reader.text.convert import get_converter

    return get_converter(config, Path(tempfile.gettempdir()) / "zhreader-engine-checks")


def check_document(text: str, kind: str) -> float:
    """clean + outline + find: no exception, every offset inside the text it indexes; returns seconds taken."""
    from reader.text.document import build_document
    from reader.text.keywords import KeywordIndex

    start = time.thread_time()
    doc = build_document(Decoded(text=text, encoding="utf-8", kind=kind))
    body = doc.text
    for p in doc.paragraphs:
        assert body[p.start:p.start + len(p.text)] == p.text
    for h in doc.headings:
        assert 0 <= h.offset <= len(body) and (h.end == -1 or h.offset <= h.end <= len(body))
    for g in doc.garbled:
        assert 0 <= g.start < g.end <= len(body)
    for word, spans in KeywordIndex(body).find_all(list(WORDS)).items():
        for s, e in spans:
            assert 0 <= s < e <= len(body), (word, s, e)
    return time.thread_time() - start


def check_convert(text: str) -> float:
    """Conversion never fails and its offset map stays inside both texts; returns seconds taken."""
    start = time.thread_time()
    conv = converter().convert_mapped(text)
    assert conv.text == converter().convert(text)
    for offset in (0, len(text) // 3, len(text) // 2, len(text)):
        assert 0 <= conv.offsets.to_target(offset) <= len(conv.text)
    for offset in (0, len(conv.text) // 2, len(conv.text)):
        assert 0 <= conv.offsets.to_source(offset) <= len(text)
    return time.thread_time() - start


def check_decode(data: bytes, name: str) -> float:
    """Any bytes decode or are refused with a TextError; returns seconds taken."""
    from reader.text.decode import decode_bytes

    start = time.thread_time()
    try:
        decoded = decode_bytes(data, name=name)
    except TextError:
        return time.thread_time() - start
    assert all(0 <= i < len(decoded.text) for i in decoded.bad_positions)
    return time.thread_time() - start
