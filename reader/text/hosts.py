"""Where a page was taken from, for the library list: light enough for the window to import at start-up."""

from __future__ import annotations

from urllib.parse import urlsplit


def source_host(source: str) -> str:
    """'https://law.moj.gov.tw/LawClass/LawAll.aspx?…' → law.moj.gov.tw: an address says where a page was taken
    from, never who issued it, so a list shows its host as a source; '' when the source is not an address."""
    text = source.strip()
    if not text.lower().startswith(("http://", "https://")):
        return ""
    try:
        return urlsplit(text).hostname or ""
    except ValueError:  # '[' in a malformed address
        return ""
