"""Round 62E: encodings the plausibility score could not tell: BOM-less UTF-16 with no ASCII, BOM-less UTF-32,
Japanese and Korean files, a short GBK file that is valid UTF-8, a page whose gb2312/big5 declaration lies."""

from __future__ import annotations

import codecs

import pytest

from reader.text.decode import decode_bytes
from reader.text.model import BinaryFileError

ZH = "国务院关于加强监督管理工作的通知，各省、自治区、直辖市人民政府：现将有关事项通知如下。"
TW = "國務院關於加強監督管理工作的通知，各縣市政府：現將有關事項通知如下。"
RARE = "𠮷野家和㐀字，还有龘、䶮、堃、喆、赟等人名用字。"
JA = "日本語のテキストです。これは東京で書かれました。"
KO = "한국어 텍스트입니다. 서울에서 작성되었습니다."
KO2 = "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다."
PAGE = '<html><head><meta charset="{}"><title>標題</title></head><body><p>{}</p></body></html>'

FIXED = [  # (case, bytes, file name, the text that must come out, the codec)
    ("utf-16-le, no BOM, no ASCII", ZH.encode("utf-16-le"), "", ZH, "utf-16-le"),
    ("utf-16-be, no BOM, no ASCII", ZH.encode("utf-16-be"), "", ZH, "utf-16-be"),
    ("utf-16-le, no BOM, one line of Han", "监督管理工作通知".encode("utf-16-le"), "", "监督管理工作通知", "utf-16-le"),
    ("utf-16-le, no BOM, rare names", RARE.encode("utf-16-le"), "", RARE, "utf-16-le"),
    ("utf-16-le, no BOM, two characters", "中文".encode("utf-16-le"), "", "中文", "utf-16-le"),
    ("utf-32-le, no BOM", ZH.encode("utf-32-le"), "", ZH, "utf-32-le"),
    ("utf-32-be, no BOM", ZH.encode("utf-32-be"), "", ZH, "utf-32-be"),
    ("utf-32-le, no BOM, ASCII lines", "Title\n第一章\n".encode("utf-32-le"), "", "Title\n第一章\n", "utf-32-le"),
    ("Shift-JIS", JA.encode("shift_jis"), "", JA, "shift_jis"),
    ("EUC-JP", JA.encode("euc_jp"), "", JA, "euc_jp"),
    ("EUC-KR", KO.encode("euc_kr"), "", KO, "euc_kr"),
    ("EUC-KR, law text", KO2.encode("euc_kr"), "", KO2, "euc_kr"),
    ("short GBK that is valid UTF-8", "通知".encode("gbk"), "", "通知", "gb18030"),
    ("page says gb2312, bytes are Big5", PAGE.format("gb2312", TW).encode("big5"), "p.html", TW, "big5"),
]


@pytest.mark.parametrize("case, data, name, text, codec", FIXED, ids=[c[0] for c in FIXED])
def test_decoded_right(case, data, name, text, codec):
    decoded = decode_bytes(data, name=name)
    assert text in decoded.text
    assert decoded.encoding == codec
    assert decoded.bad_positions == ()


LEFT_ALONE = [  # what the new readings must not take: Chinese files, real UTF-8 of other scripts, true declarations
    ("GBK", ZH.encode("gbk"), "", ZH, "gb18030"),
    ("GB18030 four-byte characters", RARE.encode("gb18030"), "", RARE, "gb18030"),
    ("Big5", TW.encode("big5"), "", TW, "big5"),
    ("Big5-HKSCS", "香港嘅𨋢喺大廈入面，佢哋話啲嘢冇問題。".encode("big5hkscs"), "", "香港嘅𨋢喺大廈入面，佢哋話啲嘢冇問題。",
     "big5hkscs"),
    ("GBK, even length", "监督管理工作通知".encode("gbk"), "", "监督管理工作通知", "gb18030"),
    ("short GBK", "第一章".encode("gbk"), "", "第一章", "gb18030"),
    ("GBK title that reads as Hangul", "全国计算机等级考试二".encode("gbk"), "", "全国计算机等级考试二", "gb18030"),
    ("GBK title with a code", "电焊工安全技术交底GDAQ330901".encode("gbk"), "", "电焊工安全技术交底GDAQ330901", "gb18030"),
    ("UTF-8 Russian", "Привет, мир".encode(), "", "Привет, мир", "utf-8"),
    ("UTF-8 Greek and Latin", "Café Ωmega".encode(), "", "Café Ωmega", "utf-8"),
    ("UTF-8 Hebrew with points", "שָׁלוֹם".encode(), "", "שָׁלוֹם", "utf-8"),
    ("UTF-8 Chinese", ZH.encode(), "", ZH, "utf-8"),
    ("UTF-16-le with BOM", codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), "", ZH, "utf-16-le"),
    ("UTF-16-le, no BOM, with ASCII", ("Title\n" + ZH).encode("utf-16-le"), "", "Title\n" + ZH, "utf-16-le"),
    ("page says gbk, bytes are GBK", PAGE.format("gbk", ZH).encode("gbk"), "p.html", ZH, "gb18030"),
    ("page says big5, bytes are Big5", PAGE.format("big5", TW).encode("big5"), "p.html", TW, "big5"),
    ("Chinese text quoting kana, GBK", ("日本的假名あいう。" + ZH).encode("gbk"), "", "日本的假名あいう。" + ZH, "gb18030"),
]


@pytest.mark.parametrize("case, data, name, text, codec", LEFT_ALONE, ids=[c[0] for c in LEFT_ALONE])
def test_left_alone(case, data, name, text, codec):
    decoded = decode_bytes(data, name=name)
    assert text in decoded.text
    assert decoded.encoding == codec


LINE = "第一条 为了加强监督管理，制定本办法。\n"
NULS = [  # (case, bytes, where the NULs were, in the decoded text)
    ("one NUL in the middle", (LINE * 50 + "\x00" + LINE * 50).encode(), [len(LINE) * 50]),
    ("three NULs at line ends", (LINE * 100).replace("\n", "\x00\n", 3).encode(),
     [len(LINE) - 1, 2 * len(LINE), 3 * len(LINE) + 1]),
    ("GBK with a NUL", (LINE * 60 + "\x00" + LINE * 60).encode("gbk"), [len(LINE) * 60]),
]


@pytest.mark.parametrize("case, data, where", NULS, ids=[c[0] for c in NULS])
def test_stray_nul_bytes_are_marked_not_refused(case, data, where):
    decoded = decode_bytes(data, name="a.txt")
    assert list(decoded.bad_positions) == where
    assert "\x00" not in decoded.text and decoded.text.count(LINE.strip()) >= 100


@pytest.mark.parametrize("data", [
    b"\x00" * 64 + ("正文" * 100).encode(),  # NULs in bulk
    ("正文" * 1000).encode() + b"\x00\x01\x02\x03",  # one NUL among other control bytes
    b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100,
], ids=["many NULs", "NUL with control bytes", "program"])
def test_binary_with_nuls_still_refused(data):
    with pytest.raises(BinaryFileError):
        decode_bytes(data, name="a.bin")


def _page_text(html: str) -> str:
    from reader.text.document import build_document

    return build_document(decode_bytes(html.encode(), name="p.html")).text


UNCLOSED = [  # (case, page, text that must show, text that must not)
    ("script at the start, never closed", "<script>var a = 1;\n<p>第一段正文。</p>\n<p>第二段正文。</p>",
     ["第一段正文。", "第二段正文。"], ["var a"]),
    ("script in the head, never closed", "<html><head><script>\nvar a = 1;\n</head><body><p>正文一句。</p>",
     ["正文一句。"], ["var a"]),
    ("style never closed", "<html><head><style>\np { color: red }\n<body>\n<p>正文一句。</p>", ["正文一句。"], ["color"]),
]


@pytest.mark.parametrize("case, page, shown, hidden", UNCLOSED, ids=[c[0] for c in UNCLOSED])
def test_unclosed_script_does_not_swallow_the_page(case, page, shown, hidden):
    text = _page_text(page)
    assert all(s in text for s in shown) and not any(h in text for h in hidden)


KEPT_HIDDEN = [  # scripts that close, or that never meet a line of markup, stay code
    ("closed script with markup in a string", "<p>正文。</p><script>\nvar s = '<p>菜单</p>';\n</script><p>结尾。</p>",
     "菜单"),
    ("closed script, markup line inside", "<p>正文。</p><script>\n<!-- 隐藏 -->\nvar a = 1;\n</script>", "var a"),
    ("unclosed script of code only", "<p>正文。</p><script>\nvar s = '<b>粗体</b>';\nvar t = 2;", "粗体"),
]


@pytest.mark.parametrize("case, page, hidden", KEPT_HIDDEN, ids=[c[0] for c in KEPT_HIDDEN])
def test_scripts_stay_hidden(case, page, hidden):
    text = _page_text(page)
    assert "正文。" in text and hidden not in text


def test_repeated_binary_units_are_not_utf32():
    with pytest.raises(BinaryFileError):
        decode_bytes(b"\x00\x01\x02\x00" * 100, name="a.bin")  # each unit would be U+20100 as UTF-32-LE
