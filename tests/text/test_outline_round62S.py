"""Round 62S: speed shortcuts on a long text give what the full path gives: full-width digits and compatibility
ideographs replaced where they are (not a dict translate of every character), mojibake runs found on the text itself
(not on a translated copy of it), and a line no widget word or separator opens never walked as a widget row."""

from __future__ import annotations

import unicodedata

import pytest

from reader.text import debris, garble, punctuation, slices
from reader.text.fold import fold
from reader.text.model import BAD_BYTE_MARK, Garbled

LONG = slices.SLICE_CHARS + 17  # past one slice: the shortcuts' own slicing is crossed


def _compat_by_translate(text: str) -> str:
    """The full path: every character looked up in the NFKC table."""
    table = {}
    for code in range(0xF900, 0xFB00):
        normal = unicodedata.normalize("NFKC", chr(code))
        if len(normal) == 1 and normal != chr(code):
            table[code] = normal
    return text.translate(table)


def _garbled_by_translate(text: str) -> list[Garbled]:
    """The full path: classes of the whole text, then the clusters over them (garble.find_garbled before 62S)."""
    table = garble._table()
    classes = text.translate(table)
    found = []
    for m in garble._CLUSTER.finditer(classes):
        start, end = m.span()
        run = classes[start:end]
        rare, marks = run.count("r"), run.count("q") + run.count("s")
        glued = classes[end - 1] in "qr" and end < len(text) - 1 and text[end].isascii() and text[end].isalpha() \
            and classes[end + 1] in "rc"
        if glued:
            end += 1
            marks += 1
        suspect = rare + marks
        if suspect / (end - start) < garble._MIN_DENSITY:
            continue
        qs = run.count("q")  # 73J: symbols alone, or a few '?' alone, are not misread Han
        if rare < (garble._MIN_RARE if not qs else 1 if qs < garble._MIN_MARKS_ONLY and not glued else 0):
            continue
        if suspect >= garble._MIN_SUSPECT and (marks or rare >= garble._RARE_ONLY) or run.count("q") >= 2 \
                and suspect >= 3:
            found.append(Garbled(start, end, text[start:end]))
    if any(c in text for c in "ãäåæçèéï"):
        found += [Garbled(m.start(), m.end(), m.group()) for m in garble._LATIN_MOJIBAKE.finditer(text)]
    u8 = text.translate(garble._u8_table())  # UTF-8 read as GBK/Big5 (73J), on the classes of the whole text too
    found += garble._u8_runs(text, ((m.start(), m.end(), m.group()) for m in garble._U8_RUN.finditer(u8)))
    return garble._merged(found, text)


def _widget_row_by_walk(text: str) -> bool:
    """The full path: the walk over every position of the folded line, whatever opens it."""
    line, words = fold(text), debris._widget_words_by_initial()
    reachable = bytearray(len(line) + 1)
    reachable[0] = 1
    found_word = False
    for i in range(len(line)):
        if not reachable[i]:
            continue
        if debris._SEPARATOR_CHAR.match(line, i):
            reachable[i + 1] = 1
        for word in words.get(line[i], ()):
            if line.startswith(word, i):
                reachable[i + len(word)] = 1
                found_word = True
    return bool(reachable[len(line)]) and found_word and not all(debris._SEPARATOR_CHAR.match(c) for c in line)


DIGITS = [
    ("full-width date", "２０１９.３.１７ 第一次会议"),
    ("half-width digits left alone", "2019年3月17日"),
    ("mixed widths", "第１2３条 和 ０"),
    ("no digit at all", "国务院关于加强监督管理工作的通知"),
    ("empty", ""),
    ("digits across a slice's edge", "第" * (slices.SLICE_CHARS - 1) + "１２３" + "条" * 20),
    ("long, digits far apart", "１" + "文" * LONG + "９"),
]


@pytest.mark.parametrize("case,text", DIGITS, ids=[c for c, _ in DIGITS])
def test_digits_replaced_as_translate_does(case, text):
    assert slices.replace_chars(text, punctuation._DIGITS) == text.translate(str.maketrans("０１２３４５６７８９",
                                                                                          "0123456789"))


COMPAT = [
    ("PDF compatibility ideographs", "\uf96f明：本\uf9d3地區"),
    ("one without an NFKC single character kept", "\ufa6e\ufa6f\ufad9文字"),
    ("none", "说明：本陆地区"),
    ("long, across slices", ("\uf96f" + "字" * 4000) * 20 + "\ufa10"),
    ("next to supplementary characters", "𠮷\uf9d3𠀀\uf900"),
]


@pytest.mark.parametrize("case,text", COMPAT, ids=[c for c, _ in COMPAT])
def test_compatibility_ideographs_as_translate_reads_them(case, text):
    assert punctuation.as_characters(text) == _compat_by_translate(text)
    assert len(punctuation.as_characters(text)) == len(text)


MOJIBAKE = "鍙戝竷鏃堕棿锛?019-03-17 璐d换缂栬緫锛氱帇鏅撻洦"
GARBLED = [
    ("mojibake", f"正文。{MOJIBAKE}正文。"),
    ("question marks and a glued letter", "方向??h人大??代表??会议"),
    ("rare characters only", "魑魅魍魉" * 3),
    ("bad-byte marks", f"第{BAD_BYTE_MARK}{BAD_BYTE_MARK}章{BAD_BYTE_MARK}总则{BAD_BYTE_MARK}"),
    ("the class letters themselves in Latin text", "rqs rqs sqr q?r s?q"),
    ("a common letter after marks", "??c??r??s"),
    ("symbols between Han", "鍙ア戝─竷α鏃Ж堕"),
    ("runs across lines", "鍙戝\n竷鏃堕\n棿锛?"),
    ("Latin-1 reading of UTF-8", "ä¸­æ–‡ä¸­æ–‡"),
    ("clean text", "国务院关于加强监督管理工作的通知。" * 3),
    ("a long text with runs far apart", "正文" * LONG + MOJIBAKE + "正文" * 10 + "方向??h人大"),
    ("empty", ""),
]


@pytest.mark.parametrize("case,text", GARBLED, ids=[c for c, _ in GARBLED])
def test_garbled_runs_found_on_the_text_as_on_its_classes(case, text):
    assert garble.find_garbled(text) == _garbled_by_translate(text)


ROWS = [
    ("a widget row", "返回首页 | 打印 | 关闭"),
    ("traditional widget words", "返回首頁 ｜ 列印 ｜ 關閉"),
    ("opened by a separator", "| 打印 | 关闭"),
    ("opened by a space", " 打印 关闭"),
    ("separators only", "| - |"),
    ("prose", "国务院关于加强监督管理工作的通知"),
    ("prose opened by a widget word's first character", "返回家乡工作的大学生"),
    ("a widget word then prose", "打印机的使用说明"),
    ("empty", ""),
    ("full-width space first", "\u3000打印"),
    ("an arrow after the words", "查看視頻 ↗"),
]


@pytest.mark.parametrize("case,text", ROWS, ids=[c for c, _ in ROWS])
def test_widget_row_shortcut_as_the_walk(case, text):
    assert debris.is_widget_row(text) == _widget_row_by_walk(text)


TAKEN = [  # (case, call, the long text it reads)
    ("full-width digits", punctuation.as_full_width, "第１２３条" + "正文" * LONG),
    ("compatibility ideographs", punctuation.as_characters, "\uf96f明" + "正文" * LONG),
    ("mojibake runs", garble.find_garbled, MOJIBAKE + "正文" * LONG),
]


@pytest.mark.parametrize("case,call,text", TAKEN, ids=[c for c, _, _ in TAKEN])
def test_no_translate_of_the_whole_long_text(case, call, text, monkeypatch):
    seen: list[int] = []
    whole = slices.translate

    def counted(part, table):
        seen.append(len(part))
        return whole(part, table)

    monkeypatch.setattr(slices, "translate", counted)
    call(text)
    assert max(seen, default=0) < 1000


def test_prose_line_not_folded_whole(monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(debris, "fold", lambda text: seen.append(len(text)) or fold(text))
    assert not debris.is_widget_row("国务院关于加强监督管理工作的通知")
    assert max(seen) == 1
    assert debris.is_widget_row("返回首页 | 打印 | 关闭") and max(seen) > 1
