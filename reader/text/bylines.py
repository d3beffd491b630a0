"""A Markdown file's heading that names the author its front matter declares: a byline set large, not its title."""

from __future__ import annotations

from reader.text import meta
from reader.text.lazyre import lazy
from reader.text.model import Block, Removed

_SEPARATORS = tuple("-—–|｜:：·_")  # between a writer's name and the title: '黄志杰-《甘柴劣火》'
_REACH = 3  # blocks from the file's top where the writer's name may stand over the headline


def author_heading(text: str, author: str) -> bool:
    """'# 黄志杰（呦呦鹿鸣的鹿鸣君）' under 'author: 黄志杰', '# 网易新闻' under 'author: 网易新闻': the name alone,
    or with a note in brackets after it (the account it writes for)."""
    name, line = author.strip(), text.strip()
    if len(name) < 2 or not line.startswith(name):
        return False
    rest = line[len(name):].strip()
    return not rest or rest[0] in "（(" and rest[-1] in "）)" and len(rest) <= 2 * len(name) + 20


def own_title(declared: str, author: str) -> str:
    """'黄志杰-《甘柴劣火》' under 'author: 黄志杰': the title the front matter declares, its writer's name and the
    separator after it taken off the front ('甘柴劣火'); '' where it does not open with the name."""
    name, title = author.strip(), declared.strip()
    if len(name) < 2 or not title.startswith(name) or title[len(name):len(name) + 1] not in _SEPARATORS:
        return ""
    return title[len(name) + 1:].strip().strip("《》「」“”")



def without_author_headings(blocks: list[Block], author: str, declared: str, removed: list[Removed]) -> list[Block]:
    """The blocks without the headings over the headline that name the front matter's author, and then without the
    headline that repeats the declared title's own part (none once body text has begun: a section about the writer
    further down stays)."""
    if not author.strip():
        return blocks
    out: list[Block] = []
    own, byline = "".join(own_title(declared, author).split()), False
    for k, b in enumerate(blocks):
        top = k < _REACH and b.heading_level and not any(not o.heading_level and meta.body_like(o.text)
                                                          for o in blocks[:k])
        if top and author_heading(b.text, author):
            removed.append(Removed("meta", b.text, b.line))
            byline = True
            continue
        if top and byline and own and "".join(b.text.split()) == own:
            removed.append(Removed("duplicate", b.text, b.line))
            continue
        out.append(b)
    return out


# '【記者莊惠惠報導】', '（记者 张三）', '【記者于郁金/金門報導】', '《記者黃淑惠/南市訊》' opening a news item's first
# paragraph: the reporters, then perhaps where they filed from and how (報導, 讯, 电); bounded, read at the start only.
_ROLE = r"(?:[记記]者|通[讯訊]员|通[讯訊]員)"
_LEAD_BYLINE = lazy(rf"(?:本[报報][讯訊]\s*)?[【（(《\[]\s*(?:本[报報]|全媒体|全媒體|融媒|见习|見習)?{_ROLE}\s*(?![会會站证證节節])"
                    rf"([\u4e00-\u9fff·]{{2,4}}(?:[、，,\s]\s*{_ROLE}?\s*[\u4e00-\u9fff·]{{2,4}}){{0,3}}?)\s*"
                    r"(?:[/／]?\s*[\u4e00-\u9fff]{0,6}?(?:報導|报道|報道|訊|讯|電|电|攝影|摄影))?\s*[】）)》\]]")


def lead_byline(text: str) -> str:
    """The reporters a bracketed byline names at the start of a news item's first paragraph, else ''; the paragraph
    keeps it as written (it is where the item was filed from, and a quote of the item reads as the paper set it)."""
    m = _LEAD_BYLINE.match(text.lstrip(" 　"))
    return " ".join(m.group(1).split()) if m else ""


# '□本报记者 王五', '本报记者 王五' over the headline: a paper's byline set above it, the role word first and its
# mark or a space after it ('记者探访灾区' is a headline, '致敬新闻记者' too: no byline by its mark)
_TOP_BYLINE = lazy(rf"(?:[{meta.BYLINE_MARKS}]\s*\S|(?:本[报報]|全媒体|全媒體|融媒|见习|見習|特约|特約)?{_ROLE}[ \u3000:：|｜])")


def top_byline(text: str) -> bool:
    """A line that reads as a byline by its shape alone, so that above the headline it is no title: a county paper's
    box mark before it, or the role word first and set off from the names after it."""
    return _TOP_BYLINE.match(text.strip()) is not None
