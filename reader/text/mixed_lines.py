"""A file whose lines were saved in two encodings (GBK lines appended to a UTF-8 log, or the reverse): each line
is read in the encoding that makes it Chinese, so neither half turns into mojibake."""

from __future__ import annotations

import logging
from typing import Callable

log = logging.getLogger(__name__)

_LEGACY = "gb18030"  # the other reading of a line that is not UTF-8, when the file as a whole read as UTF-8


def mixed_reading(body: bytes, encoding: str, errors: str, score: Callable[[str], float]) -> str | None:
    """The text read line by line when some lines read better in UTF-8 and others in `encoding` (a Chinese legacy
    codec, or UTF-8 with a few GBK lines); None when every line agrees with the file's encoding. One pass: a line
    without non-ASCII bytes, or one that is not strict UTF-8 in a legacy file, is decoded once."""
    if encoding not in ("utf-8", "gb18030", "big5", "cp950", "big5hkscs"):
        return None
    legacy = _LEGACY if encoding == "utf-8" else encoding
    out: list[str] = []
    switched = 0
    for line in body.split(b"\n"):
        if line.isascii():
            out.append(line.decode("ascii"))
            continue
        try:
            utf8 = line.decode("utf-8")
        except UnicodeDecodeError:
            utf8 = None
        if utf8 is not None:
            other = line.decode(legacy, errors)
            better = score(utf8) > score(other)
            switched += better != (encoding == "utf-8")
            out.append(utf8 if better else other)
        elif encoding == "utf-8":
            marked, other = line.decode("utf-8", errors), line.decode(legacy, errors)
            better = score(other) > score(marked)
            switched += better
            out.append(other if better else marked)
        else:
            out.append(line.decode(legacy, errors))
    if not switched:
        return None
    log.info("%d lines read in another encoding than %s", switched, encoding)
    return "\n".join(out)
