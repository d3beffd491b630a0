"""What a saved page's own stylesheet hides for good: '.bbnr{display:none}', '#share{display:none}', '.hide, .hidden
{display: none !important}' in its <style> elements keep a share box, a pop-up or an editor's measuring line out of
sight, as an inline 'display:none' does. Only plain selectors are read (a class, an id, a tag with one of them), only
rules every screen applies, and only names no rule ever shows again ('.tab-pane.active{display:block}' is a tab a
script opens): the rest is a browser's guess from scripts and sizes this reading does not make."""

from __future__ import annotations

import re

from reader.text.lazyre import lazy

_MAX_CSS = 1_000_000  # characters of stylesheet read: a page's own rules, not a framework's megabytes pasted in
_MAX_BRACES = 40_000  # braces looked at: twenty thousand rules, however short
_DISPLAY = lazy(r"(?:^|;)\s*(display|visibility)\s*:\s*([a-z-]+)", re.IGNORECASE)
_PLAIN = lazy(r"([a-z][a-z0-9]*)?([.#][\w-]+)", re.IGNORECASE)  # '.hide', '#share', 'div.bbnr'
_NAME = lazy(r"[.#][\w-]+")
_MEDIA = lazy(r"""\smedia\s*=\s*["']?([^"'>]*)""")  # a <style> element's own media, in lower case
# Tags found in the page as it is, in any case of ASCII letters: a page of megabytes is not copied to lower case.
_STYLE_OPEN, _STYLE_CLOSE = lazy("<style", re.I | re.A), lazy("</style", re.I | re.A)
_NOSCRIPT_OPEN, _NOSCRIPT_CLOSE = lazy("<noscript", re.I | re.A), lazy("</noscript", re.I | re.A)
_SCREEN = lazy(r"@media\s+(?:only\s+)?(?:all|screen)(?:\s*,\s*(?:all|screen))*\s*", re.IGNORECASE)  # no
# condition: '@media screen' applies to every window, '@media (max-width:768px)' and '@media print' to some or none


def style_sheets(text: str) -> str:
    """The text of the page's <style> elements, in one scan of the page; not those inside <noscript>, which a
    browser with scripts on (any browser a page is saved from) reads as plain text and never applies."""
    parts: list[str] = []
    size, i = 0, 0
    k = n = -1  # the next '<style' and '<noscript' at or after i, each looked for again only once passed
    while size < _MAX_CSS:
        if k < i:
            k = _found(_STYLE_OPEN, text, i)
        if k < 0:
            break
        if n < i and n != len(text):
            n = _found(_NOSCRIPT_OPEN, text, i)
            n = len(text) if n < 0 else n
        if n < k:
            close = _found(_NOSCRIPT_CLOSE, text, n)
            i = len(text) if close < 0 else close + 1
            continue
        start = text.find(">", k)
        if start < 0:
            break
        end = _found(_STYLE_CLOSE, text, start)
        end = len(text) if end < 0 else end
        media = _MEDIA.search(text[k:start].lower())
        if not media or _SCREEN.fullmatch("@media " + media.group(1).strip()):  # '<style media="print">' prints
            parts.append(text[start + 1: end])
        size += end - start
        i = end + 1
    return "\n".join(parts)[:_MAX_CSS]


def _found(tag: re.Pattern[str], text: str, start: int) -> int:
    """Where the tag next opens at or after `start`, or -1."""
    m = tag.search(text, start)
    return m.start() if m else -1


def _without_comments(css: str) -> str:
    """'/* … */' taken out, each looked for once."""
    out, i = [], 0
    while True:
        k = css.find("/*", i)
        if k < 0:
            break
        out.append(css[i:k])
        end = css.find("*/", k + 2)
        if end < 0:
            return "".join(out)
        i = end + 2
    out.append(css[i:])
    return "".join(out)


def _hides(declarations: str) -> bool | None:
    """True when the rule's last say on display or visibility hides, False when it shows, None when it says nothing."""
    verdict = None
    for m in _DISPLAY.finditer(declarations):
        value = m.group(2).lower()
        if m.group(1).lower() == "display":
            verdict = value == "none"
        elif value in ("hidden", "visible"):  # 'collapse' is a table's business
            verdict = value == "hidden"
    return verdict


def hidden_names(text: str) -> frozenset[str]:
    """'.cls', '#id', 'tag.cls', 'tag#id' the page's stylesheet hides on every screen and never shows."""
    css = _without_comments(style_sheets(text))
    if not css:
        return frozenset()
    hiding: dict[str, str] = {}  # selector -> the class or id it names
    shown: set[str] = set()
    open_blocks: list[tuple[str, bool]] = []  # each open block's prelude, and whether its rules apply on any screen
    last = 0
    for count, m in enumerate(re.finditer(r"[{}]", css)):
        if count > _MAX_BRACES:
            break
        piece, last = css[last: m.start()], m.end()
        if m.group() == "{":
            prelude = piece[piece.rfind(";") + 1:].strip()  # after '@charset "utf-8";' or a declaration before it
            if prelude.startswith("@"):
                applies = not open_blocks and bool(_SCREEN.fullmatch(prelude))
            else:  # a rule at the top, or right inside an '@media screen': no nesting, no '@supports'
                applies = not open_blocks or len(open_blocks) == 1 and open_blocks[0][1]
            open_blocks.append((prelude, applies))
            continue
        if not open_blocks:
            continue  # a stray '}'
        prelude, applies = open_blocks.pop()
        if prelude.startswith("@"):
            continue
        verdict = _hides(piece)
        if verdict is False:
            shown.update(_NAME.findall(prelude))  # '.tab-pane.active', '.menu:hover .sub': shown at some time
        elif verdict and applies:
            for selector in prelude.split(","):
                plain = _PLAIN.fullmatch(selector.strip())
                if plain:
                    hiding[(plain.group(1) or "").lower() + plain.group(2)] = plain.group(2)
    return frozenset(selector for selector, name in hiding.items() if name not in shown)


def sheet_hides(names: frozenset[str], tag: str, attrs: dict[str, str]) -> bool:
    """The element is one the stylesheet hides, and its own style does not show it ('style="display:block"')."""
    if not names:
        return False
    keys = ["." + c for c in attrs.get("class", "").split()]
    if attrs.get("id"):
        keys.append("#" + attrs["id"].strip())
    if not any(k in names or tag + k in names for k in keys):
        return False
    return _hides(attrs.get("style", "")) is not False
