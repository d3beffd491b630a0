"""Where a page was taken from, for the library list: light enough for the window to import at start-up."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from reader.text.lazyre import lazy

# A source line copied with its link's markup ('来源：<a href="https://mp.weixin.qq.com/s/…)'): the address in it.
_LINKED = lazy(r"""<a\s+href=["']?(https?://[^"'\s<>)]+)""", re.IGNORECASE)


def source_host(source: str) -> str:
    """'https://law.moj.gov.tw/LawClass/LawAll.aspx?…' → law.moj.gov.tw: an address says where a page was taken
    from, never who issued it, so a list shows its host as a source; '' when the source is not an address."""
    text = source.strip()
    linked = _LINKED.match(text)
    if linked:
        text = linked.group(1)
    if not text.lower().startswith(("http://", "https://")):
        return ""
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:  # '[' in a malformed address
        return ""
    return "" if host.endswith(".") else host  # 'web.' of an address cut off at a line's end names no site


def shown_source(source: str) -> str:
    """A source as a list row names it: an address as its site, a link's markup cut off before its address not at
    all ('<a href=…'), a name as it is; the window's rows and results and `library list` say the same."""
    host = source_host(source)
    return host or ("" if source.lstrip().startswith("<") else source.strip())
