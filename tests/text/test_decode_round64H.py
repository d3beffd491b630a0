"""Found by hand (session 64H): a file whose lines were saved in two encodings (GBK lines appended to a UTF-8 file,
or UTF-8 lines appended to a GBK one) read as one encoding, the other half mojibake ('绗�0琛� 杩欐槸涓…'): each line
is now read in the encoding that makes it Chinese. Files in one encoding read as before."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes

LINE = "第{}行 这是中文内容，全市工作稳步推进。"


def _lines(n: int, pick) -> tuple[bytes, str]:
    text = [LINE.format(i) for i in range(n)]
    return b"\n".join(t.encode(pick(i)) for i, t in enumerate(text)), "\n".join(text)


MIXED = [  # (name, which encoding line i is saved in)
    ("halves", lambda i: "gbk" if i % 2 else "utf-8"),
    ("a GBK file with UTF-8 lines", lambda i: "utf-8" if i % 10 == 3 else "gbk"),
    ("a UTF-8 file with GBK lines", lambda i: "gbk" if i % 10 == 3 else "utf-8"),
    ("a GBK part after a UTF-8 part", lambda i: "utf-8" if i < 150 else "gb18030"),
]


@pytest.mark.parametrize("name, pick", MIXED, ids=[m[0] for m in MIXED])
def test_each_line_is_read_in_its_own_encoding(name, pick):
    data, text = _lines(300, pick)
    decoded = decode_bytes(data, "mixed.txt")
    assert decoded.text == text and decoded.bad_positions == ()


ONE = ["utf-8", "gbk", "gb18030"]


@pytest.mark.parametrize("encoding", ONE)
def test_a_file_in_one_encoding_reads_as_before(encoding):
    data, text = _lines(300, lambda i: encoding)
    decoded = decode_bytes(data, "one.txt")
    assert decoded.text == text


def test_a_short_gbk_line_that_is_also_utf8_stays_gbk():
    data = "通知\n".encode("gbk") + "关于开展安全生产检查工作的通知，各单位认真落实。\n".encode("gbk") * 40
    assert decode_bytes(data, "n.txt").text.startswith("通知\n关于开展")


def test_a_big5_file_reads_as_before():
    text = "第一章 總則\n\n這是香港增補字符集：嘅咗喺。\n\n" * 30
    assert decode_bytes(text.encode("big5hkscs"), "b.txt").text == text


def test_a_forced_encoding_is_not_second_guessed():
    data, _ = _lines(40, lambda i: "utf-8" if i % 2 else "gbk")
    assert "第1行" not in decode_bytes(data, "f.txt", encoding="gb18030").text.split("\n")[1]
