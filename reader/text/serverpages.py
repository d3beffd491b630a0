"""Server pages saved as they were written (.php, .jsp, .asp): their template code is no mark-up to read."""

from __future__ import annotations


def without_directives(text: str) -> str:
    """A server page's template with its code ('<?php echo $url; ?>', '<%= name %>') blanked, line breaks kept: the
    code sits inside attributes and text, where its quotes and brackets would break the mark-up around it."""
    if "<?" not in text and "<%" not in text:
        return text
    out, i, n = [], 0, len(text)
    php, asp = text.find("<?"), text.find("<%")  # each kind's next opening, searched again only once passed
    while True:
        if 0 <= php < i:
            php = text.find("<?", i)
        if 0 <= asp < i:
            asp = text.find("<%", i)
        k = min(php if php >= 0 else n, asp if asp >= 0 else n)
        end = text.find("?>" if k == php else "%>", k + 2) if k < n else -1
        if end < 0:
            break
        out += [text[i:k], "\n" * text.count("\n", k, end)]
        i = end + 2
    out.append(text[i:])
    return "".join(out)
