"""A text whose end is NUL padding (saved as the machine crashed, a download cut short) opens as text (round 69V)."""
import pytest

from reader.text.decode import decode_bytes
from reader.text.model import BinaryFileError

TEXT = "一、总则\n\n正文内容在这里。\n"
PADDED = [  # (case, bytes, the text it must read as)
    ("short UTF-8", TEXT.encode() * 20 + b"\x00" * 4096, TEXT * 20),
    ("long UTF-8", TEXT.encode() * 600 + b"\x00" * 4096, TEXT * 600),
    ("GBK", TEXT.encode("gbk") * 200 + b"\x00" * 512, TEXT * 200),
    ("UTF-16 without BOM", (TEXT * 50).encode("utf-16-le") + b"\x00" * 1024, TEXT * 50),
]


@pytest.mark.parametrize("case, data, text", PADDED, ids=[c[0] for c in PADDED])
def test_nul_padding_at_the_end_is_not_binary(case, data, text):
    decoded = decode_bytes(data, name="a.txt")
    assert decoded.text.rstrip("\n") == text.rstrip("\n")
    assert decoded.bad_positions == ()


def test_nothing_but_nuls_is_still_binary():
    with pytest.raises(BinaryFileError):
        decode_bytes(b"\x00" * 4096, name="a.txt")
