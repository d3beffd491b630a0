"""Cleaning the bundled seeds and the corpus: title and metadata, paragraphs, positions, any encoding."""

from __future__ import annotations

import codecs
import re

import pytest
from support import CORPUS, seed, seed_paths

from reader.text.pinyin import find_pinyin
from support import parse_document

SEED_META = [
    # seed, title, source, date, author, editor
    ("000", "学习贯彻省委十二届六次全会精神 把强化正确政绩观贯穿于人大工作全过程", "湖北人大网", "2024-07-09 11:18",
     "孝南区人大常委会主任 姚惠萍", "李靖"),
    ("001", "在守正创新中推进人大工作高质量发展", "楚天主人", "2024-09-26 10:46", "", ""),
    ("002", "沈丘:“五加強”夯實新時代人大履職根基", "", "", "周口日報全媒體記者高洪馳 通訊員 李華東王磊", ""),
    ("003", "在市人大常委会“四个机关”建设动员会上的讲话", "", "2024-01-12", "", ""),
    # 004 has no title line: the lead sentence names the event, as a news headline would.
    ("004", "昭化區委人大工作會議召開", "", "", "", ""),
]
PINYIN = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)")


def _doc(path):
    return parse_document(path.read_bytes(), name=path.name)


def _all_documents():
    return seed_paths() + (sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else [])


@pytest.mark.parametrize(("prefix", "title", "source", "date", "author", "editor"), SEED_META)
def test_seed_title_and_metadata(prefix, title, source, date, author, editor):
    doc = _doc(seed(prefix))
    assert (doc.title, doc.source, doc.date, doc.author, doc.editor) == (title, source, date, author, editor)
    assert doc.title_derived == (prefix == "004")
    assert doc.title not in doc.text.split("\n")  # the title is a field, not a body paragraph


def test_seed_000_web_chrome_removed_and_reported():
    doc = _doc(seed("000"))
    assert [(r.reason, r.line) for r in doc.removed] == [("chrome", 1), ("chrome", 3), ("meta", 7), ("meta", 35)]
    assert len(doc.paragraphs) == 13
    assert doc.paragraphs[-1].text.endswith("(孝南区人大常委会主任\xa0姚惠萍)")  # the signature stays in the text


SEED_003_PARAGRAPHS = [  # (first line, opening, ending) of each paragraph a reader sees
    (9, "习近平总书记在中央人大工作会议上提出", "重在解决“如何干好”的问题。"),
    (22, "今天的动员会", "讲三个方面问题。"),
    (30, "一、定目标,确立工作新方位", "一、定目标,确立工作新方位"),
    (31, "一个时代有一个时代的主题", "主攻点和新特点。"),
    (34, "“法治人大”主要体现在", "真正成为新时代人大工作的行家里手。"),
    (52, "围绕这样的目标定位", "探索形成可复制推广的*方案。"),
    (65, "二、打基础,塑造机关新形象", "二、打基础,塑造机关新形象"),
    (66, "“四个机关”建设在要求上", "成为*人大机关的新形象。"),
    # a full line ends its sentence and the next falls short by the lost indent, as every first line here does
    (69, "所谓建设", "真正使*人大工作与时俱进、创新发展。"),
    (84, "“三立”:即立目标。", "“三立”:即立目标。"),
]


def test_seed_003_rejoined_into_paragraphs_without_ads_or_site_junk():
    doc = _doc(seed("003"))
    got = [(p.line, p.text) for p in doc.paragraphs]
    assert len(got) == len(SEED_003_PARAGRAPHS)
    for (line, text), (want_line, opening, ending) in zip(got, SEED_003_PARAGRAPHS):
        assert (line, text[: len(opening)], text[-len(ending):]) == (want_line, opening, ending)
    for debris in ("微信", "VIP", "海报", "侵权投诉", "KB", "999+", "摘要", "展开", "收起", "..."):
        assert debris not in doc.text
    reasons = {r.line: r.reason for r in doc.removed}
    assert reasons == {2: "site-junk", 3: "meta", 4: "site-junk", 5: "site-junk", 6: "site-junk", 7: "site-junk",
                       8: "site-junk", 50: "promo", 51: "promo", 85: "promo", 86: "promo", 87: "site-junk",
                       88: "site-junk", 89: "site-junk", 90: "duplicate"}


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_no_pinyin_annotations_left(prefix):
    doc = _doc(seed(prefix))
    assert not PINYIN.search(doc.text)
    assert all(r.reason != "pinyin" or PINYIN.search(r.text) for r in doc.removed)
    assert sum(r.reason == "pinyin" for r in doc.removed) > 50


def test_real_parenthesised_text_stays():
    text = _doc(seed("002")).text
    assert "運轉更高效" in text and "黨組(擴大)會議" in text and "鄉鎮(辦)人大主席(主任)" in text
    assert "APP建設" in text


def test_seed_004_mojibake_flagged_not_removed():
    doc = _doc(seed("004"))
    assert [g.text for g in doc.garbled] == ["?!耙桓晃瘍稍骸币袑嵲鰪?", "?m棃蟾媛鋵嵡闆r"]
    for g in doc.garbled:
        assert doc.text[g.start:g.end] == g.text


def test_seed_002_damage_flagged():
    doc = _doc(seed("002"))
    assert [g.text for g in doc.garbled] == ["??h"]
    assert doc.text[doc.garbled[0].start - 4:doc.garbled[0].end + 2] == "政治方向??h人大"


@pytest.mark.parametrize("path", _all_documents(), ids=lambda p: p.name[:12])
def test_positions_point_into_the_original_and_the_text(path):
    original = path.read_text(encoding="utf-8").split("\n")
    doc = _doc(path)
    for p in doc.paragraphs:
        assert doc.text[p.start:p.start + len(p.text)] == p.text
        line = original[p.line - 1].strip(" \t\u3000\xa0")
        for s, e in reversed(find_pinyin(line)):
            line = line[:s] + line[e:]
        assert p.text.startswith(line[:4]), (p.line, line[:10], p.text[:10])
    for r in doc.removed:
        assert r.text in original[r.line - 1]
    for g in doc.garbled:
        assert doc.text[g.start:g.end] == g.text


def _encodings(text: str):
    yield "gb18030", text.encode("gb18030")
    yield "utf-16-le", codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    yield "utf-16-be", codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    yield "utf-8-sig", codecs.BOM_UTF8 + text.encode("utf-8")
    yield "crlf", text.replace("\n", "\r\n").encode("utf-8")
    try:
        yield "big5", text.encode("big5")
    except UnicodeEncodeError:
        pass


@pytest.mark.parametrize("path", _all_documents(), ids=lambda p: p.name[:12])
def test_every_encoding_cleans_to_the_same_document(path):
    text = path.read_text(encoding="utf-8")
    want = _doc(path)
    for label, data in _encodings(text):
        got = parse_document(data, name=path.name)
        assert got.text == want.text, label
        assert (got.title, got.source, got.date, got.author, got.editor) == \
            (want.title, want.source, want.date, want.author, want.editor), label
        assert [p.line for p in got.paragraphs] == [p.line for p in want.paragraphs], label
        assert got.removed == want.removed and got.garbled == want.garbled, label
        assert got.encoding == (label if label != "crlf" else "utf-8")


def test_traditional_corpus_text_really_goes_through_big5():
    path = CORPUS / "trad01_roc_constitution.txt"
    if not path.exists():
        pytest.skip("corpus not available")
    assert parse_document(path.read_text(encoding="utf-8").encode("big5")).encoding == "big5"


@pytest.mark.parametrize("prefix", ["002", "004"])
def test_traditional_seed_paragraphs_round_trip_through_big5(prefix):
    """The whole seed has characters Big5 lacks; every paragraph that Big5 can hold comes back exactly."""
    doc = _doc(seed(prefix))
    checked = 0
    for p in doc.paragraphs:
        try:
            data = p.text.encode("big5")
        except UnicodeEncodeError:
            continue
        got = parse_document(data)
        assert (got.encoding, got.text) == ("big5", p.text)
        checked += 1
    assert checked >= 3
