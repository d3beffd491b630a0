"""What cleaning makes of a document's metadata lines: the state it fills, bare labels over their values, credits
after the body."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reader.text import meta
from reader.text.authornote import author_note
from reader.text.closingcredits import bare_name, production_line, unescaped
from reader.text.lazyre import lazy
from reader.text.metavalues import prose
from reader.text.model import Block, Removed

_TAIL_SPAN = 8  # 责任编辑 / 来源 lines sit within the last lines after the body


@dataclass
class CleanState:
    """What cleaning has found so far (the metadata it took, what it removed and why)."""

    fields: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)
    abstract_line: int = 0  # where a document site's '摘要' marker was; what follows may repeat the opening
    declared_author: str = ""  # the page's <meta name="author">
    byline: str = ""  # the page's own first '作者：' where that <meta> author was kept

    def take(self, key: str, value: str) -> None:
        old = self.fields.get(key, "")
        if value and (not old or key == "date" and meta.more_precise(value, old) or meta.named_by_page(key, value, old)):
            self.fields[key] = value
        elif value and key == "author" and not self.byline and old == self.declared_author:
            self.byline = value

    def author(self) -> str:
        """The author, unless the <meta> one is the page's own 责任编辑 (who signed it off: cyol's '郭剑') and the
        page names its writers ('作者：郭磊 卢怀谦')."""
        author = self.fields.get("author", "")
        return self.byline if self.byline and author == self.fields.get("editor") else author


_DECLARED = ("source", "date", "author", "editor")
_ADDRESSES = ("http://", "https://", "www.")


def declared_fields(page: dict[str, str]) -> dict[str, str]:
    """The page's own <meta> source, date, author and editor; an author or source given as a labelled line ('编辑：孙逸凡'
    as the author) is read as one: the fields its labels name, never its label as part of a name."""
    out: dict[str, str] = {}
    for key in _DECLARED:
        value = page.get(key, "")
        fields = meta.parse_meta_line(value) if key in ("source", "author") and any(c in value for c in ":：") else None
        for k, v in ({key: value} if fields is None else fields).items():
            if k in ("author", "editor") and v.strip().lower().startswith(_ADDRESSES):
                continue  # '<meta name="author" content="https://www.qingjiao.net.cn/">': a site's template, no one
            if k in _DECLARED and v and not out.get(k):
                out[k] = v
    return out


def over_dateline(blocks: list[Block], i: int) -> bool:
    """The first line right over a date stamp ('2020-09-29 01:19 某某 轉載自…'), or set apart by a blank line over
    the text ('对话…于欢：七年，从儿子、丈夫到父亲'): a headline, commas and all (a wrapped sentence runs on). Its
    subtitle ('——武汉大学新闻网点击率盘点') may stand between it and the stamp, or the page set it twice (its <title>
    over its headline, '分类评价：摆脱同质化，促进…' again)."""
    if i == 0 and len(blocks) > 1 and blocks[1].text == blocks[0].text:
        return True
    sub = i + 2 < len(blocks) and blocks[i + 1].text.startswith(("——", "──")) and len(blocks[i + 1].text) <= 60
    if i == 0 and sub and meta.stamped_line(blocks[i + 2].text):
        return True
    return i == 0 and i + 1 < len(blocks) and (bool(meta.stamped_line(blocks[i + 1].text)) or (
        blocks[i].role == "" and blocks[i + 1].line > blocks[i].line + 1 and meta.body_like(blocks[i + 1].text)))


def split_meta(blocks: list[Block], i: int, seen: set[str] = frozenset()) -> bool:
    """A bare metadata label whose value is the next line (not a line the page already showed: '阅读量：' lost its
    value to a script, and the subtitle repeated after it is a repeat, not a count)."""
    return (i + 1 < len(blocks) and bool(meta.bare_label(blocks[i].text)) and meta.label_value(blocks[i + 1].text)
            and blocks[i + 1].text not in seen)


def tail_meta(blocks: list[Block], st: CleanState) -> list[Block]:
    """责任编辑 / 来源 lines after the body."""
    keep = list(blocks)
    for k in range(len(keep) - 1, max(-1, len(keep) - 1 - _TAIL_SPAN), -1):
        if k >= len(keep):
            continue
        b = keep[k]
        if split_meta(keep, k) and meta.bare_label(b.text) not in ("时间", "時間", "日期", "名称", "名稱"):
            fields = meta.parse_meta_line(b.text + keep[k + 1].text) or {}
            for key, value in fields.items():
                if key != "title":
                    st.take(key, value)
            st.removed.extend([Removed("meta", b.text, b.line), Removed("meta", keep[k + 1].text, keep[k + 1].line)])
            del keep[k:k + 2]
            continue
        fields = meta.parse_meta_line(unescaped(b.text), tail=True) if len(b.text) <= 60 else None
        fields = production_line(b.text) if fields is None else fields  # '南风窗新媒体出品': who made the piece
        if fields is None:
            if meta.body_like(b.text):
                break
            continue
        for key, value in fields.items():
            if key != "title":
                st.take(key, bare_name(value) if key == "author" else value)
        if author_note(b.text):
            continue  # '（作者：…教授）' closing the article: its writer's own line, kept
        st.removed.append(Removed("meta", b.text, b.line))
        del keep[k]
    return keep


_CREDIT_MAX = 30  # characters: '[责任编辑：amberma]' is a credit line, not a sentence that names an editor


def far_editor(st: CleanState, last_line: int) -> None:
    """The page's one '[责任编辑：…]' line, removed with the widgets far below the body (a 2012 QQ page sets a 微博
    panel between them): its editor, when no nearer line named one; a credit line naming the writer too ('作者：王昊阳
    编辑：叶晋' under a 2011 凤凰网 page's comment box) gives the author where none was found."""
    if st.fields.get("editor"):
        return
    found = {tuple(sorted(fields.items())) for r in st.removed if r.reason == "chrome" and r.line > last_line
             and len(r.text) <= _CREDIT_MAX and (fields := meta.parse_meta_line(r.text.strip("[]【】"), tail=True) or {})
             and "editor" in fields and fields.keys() <= {"editor", "author"}}
    if len(found) == 1:
        for key, value in found.pop():
            if not st.fields.get(key):
                st.take(key, value)


_WORD = lazy(r"\S+")
_CLAUSE_MARKS = frozenset("，,；;。！？")
_SPLIT_MAX = 4096  # characters: a metadata line with a note run on is a header's line, not a page's whole text


def prose_cut(text: str) -> int:
    """Where the reader's text starts in a metadata line that runs on into it ('作者：林启 编者按：这是…。', '来源：新华社
    作者：王五 本文讲述…。'): the first word set apart by a space that holds a clause mark and opens prose to the line's
    end, when the line before it reads as metadata; else -1."""
    if len(text) > _SPLIT_MAX or not any(c in _CLAUSE_MARKS for c in text):
        return -1
    first = True
    for m in _WORD.finditer(text):
        if not first and any(c in _CLAUSE_MARKS for c in m.group()):
            head, tail = text[: m.start()].rstrip(), text[m.start():]
            return m.start() if prose(tail) and meta.parse_meta_line(head) else -1
        first = False
    return -1


def prose_apart(blocks: list[Block], span: int) -> list[Block]:
    """The header's metadata lines with the note or lead they run on into set apart as a paragraph of its own (the
    reader's text, kept), so that only the labels and their values are taken as metadata."""
    out: list[Block] = []
    for k, b in enumerate(blocks):
        cut = prose_cut(b.text) if k < span and not b.heading_level else -1
        if cut > 0:
            out.extend([replace(b, text=b.text[:cut].rstrip()), replace(b, text=b.text[cut:].strip())])
        else:
            out.append(b)
    return out
