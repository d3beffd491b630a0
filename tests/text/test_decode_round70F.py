"""Found by hand (session 70): bytes that an encoding chosen by the reader cannot read are a wrong choice, not a
binary file; a detected reading keeps refusing binary data."""

from __future__ import annotations

import pytest

from reader.text.decode import decode_bytes
from reader.text.model import BinaryFileError, WrongEncodingError

TEXT = "第一条　为了保护和改善环境，减少污染物排放，推进生态文明建设，制定本办法。\n" * 20


def test_a_chosen_encoding_that_cannot_read_the_text_says_so():
    with pytest.raises(WrongEncodingError) as raised:
        decode_bytes(TEXT.encode("utf-8"), "law.txt", encoding="big5")
    assert raised.value.encoding == "big5"
    assert not isinstance(raised.value, BinaryFileError)


def test_binary_data_is_still_refused_as_binary():
    with pytest.raises(BinaryFileError):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "picture.txt")


def test_the_error_survives_a_trip_between_processes():
    import pickle

    error = pickle.loads(pickle.dumps(WrongEncodingError("law.txt: 9 bytes cannot be read as big5", "big5")))
    assert error.encoding == "big5" and "big5" in str(error)
