"""A Chinese text saved as UTF-16 without a BOM is read, not refused as binary: Chinese characters have NUL bytes of
their own (一 is 00 4E in UTF-16-LE) and an indent's full-width spaces are no 'printable' characters to Python (70 of
1,908 dev documents so saved were refused, each a whole document lost)."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.model import BinaryFileError

NOTICE = "关于进一步加强安全生产工作的通知\n各区人民政府，市政府各部门：\n为深入贯彻落实党中央国务院决策部署，切实做好安全生产工作，现就有关事项通知如下。\n"
MANY_ONES = "一、总体要求\n一是统一思想，开展一次全面检查。\n二是最大限度减少事故，开展专项整治。\n"  # 一 开 最: NULs on the other side
INDENTED = "".join(f"　　第{n}条　为了规范管理，根据有关法律，制定本办法。\n" for n in "一二三四五六七八九十")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [NOTICE.replace("\n", ""), MANY_ONES, MANY_ONES * 3, INDENTED],
                         ids=["no line break", "many 一", "many 一, longer", "indented with U+3000"])
def test_bomless_utf16_chinese_is_read(text, codec):
    decoded = decode_bytes(text.encode(codec), name="a.txt")
    assert decoded.encoding == codec and decoded.text == text and not decoded.bad_positions


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 500, b"\x00" * 10 + b"\xff" * 4000],
                         ids=["all bytes", "short units", "nul then ff"])
def test_binary_is_still_refused(data):
    with pytest.raises(BinaryFileError):
        decode_bytes(data, name="a.txt")


def test_english_utf16_keeps_its_byte_order():
    text = "Meeting notes\nItem one: budget.\n" * 20
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(codec), name="a.txt").text == text
