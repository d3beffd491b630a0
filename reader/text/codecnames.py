"""A codec's name as readers know it (GB18030, Big5, UTF-8), not Python's ('gb18030', 'big5', 'utf-8'): what the
status bar and File › Reopen with Encoding… show, while the codec name is what is passed on."""

from __future__ import annotations

import codecs

_KNOWN = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
          "utf-16-be": "UTF-16 BE", "utf-32": "UTF-32", "gb18030": "GB18030", "gbk": "GBK", "gb2312": "GB2312",
          "hz": "HZ", "big5": "Big5", "big5hkscs": "Big5-HKSCS", "cp950": "CP950", "cp936": "CP936", "ascii": "ASCII",
          "latin-1": "ISO-8859-1", "iso8859-1": "ISO-8859-1", "cp1252": "Windows-1252", "euc_jp": "EUC-JP",
          "shift_jis": "Shift_JIS", "euc_kr": "EUC-KR"}


def codec_name(codec: str) -> str:
    """The name a reader knows a codec by (an alias as its codec's: 'big5-tw' is Big5); one not listed in capitals."""
    try:
        normal = codecs.lookup(codec).name
    except LookupError:
        normal = codec
    return _KNOWN.get(normal, _KNOWN.get(codec.lower(), codec.upper()))
