"""A government portal's page saved as text: its <title> on the first line, then the site's menus and toolbars as a
column of short lines ('用户登录', '市民网页', '政务公开', …) down to the headline set again over the article: chrome."""

from __future__ import annotations

from reader.text import meta
from reader.text.lazyre import lazy
from reader.text.model import Block, Removed
from reader.text.pagetitles import TITLE_AGAIN_MIN, title_parts

_SEARCH = 150  # the headline sits under the menus, within the page's first lines
_COLUMN_MIN = 6  # fewer short lines over a headline may be a subtitle, a dateline, a lead's parts
_ITEM_MAX = 60  # '【一图读懂】《…的通知》 2021-04-21': a link, never a paragraph
_WORD_MAX = 12  # '政府信息公开 重点领域信息公开 新闻中心 …': a row of links, each a column's name
_SENTENCE = frozenset("。！？；，,")
# the site a <title> names is a government's: '广州市人民政府门户网站', '安溪县人民政府', '青岛政务网', '北京市文化和旅游局'
_GOVERNMENT = lazy(r".{0,30}(?:人民政府|政府|政务网|门户网站|[厅局委办])(?:门户网站|网站|网)?")


def _item(text: str) -> bool:
    """A menu's line: a link or a row of links, no sentence."""
    return not _SENTENCE & set(text) and (len(text) <= _ITEM_MAX or all(len(w) <= _WORD_MAX for w in text.split()))


def menu_over_headline(blocks: list[Block], removed: list[Removed]) -> list[Block]:
    """The blocks without the column of short lines between a page's <title> line and its headline found again."""
    if len(blocks) < _COLUMN_MIN + 2:
        return blocks
    parts = title_parts(blocks[0].text.strip(), loose=True)  # '标题 - 广州市人民政府门户网站': a <title>, its site's name
    heads = {p for p in parts if len(p) >= TITLE_AGAIN_MIN} if len(parts) >= 2 else set()
    if not heads or not any(_GOVERNMENT.fullmatch(p) for p in parts[1:]):
        return blocks
    for k in range(1, min(len(blocks), _SEARCH)):
        text = blocks[k].text.strip()
        if text in heads:
            break
        if not _item(text):
            return blocks  # a paragraph before the headline: the page's own text, or no repeat at all
    else:
        return blocks
    if k - 1 < _COLUMN_MIN:
        return blocks
    kept = [b for b in blocks[1:k] if meta.parse_meta_line(b.text) is not None or meta.bare_label(b.text)]
    removed.extend(Removed("chrome", b.text, b.line) for b in blocks[1:k] if b not in kept)  # '文　　号： …' stays
    return blocks[:1] + kept + blocks[k:]
