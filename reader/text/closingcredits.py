"""What a news page or a WeChat repost closes with under its last paragraph besides its 作者 / 编辑 lines: the
outlet's production line ('南风窗新媒体出品', '本文来自微信公众号：南风窗，作者：…') and credits whose no-break space a scraper
wrote as its escape ('编辑\\xa0| 李少威')."""

from __future__ import annotations

from reader.text.lazyre import lazy

_ESCAPED_SPACE = "\\xa0"  # the four characters a Python repr writes for U+00A0
_TAG = r"(?:[ \t\u3000]+[^\s。！？，,；;]{1,16}(?:[|｜/／][^\s。！？，,；;]{1,16})?)?"  # a column's tag: 'CDS档案|武汉肺炎'
_PRODUCED = lazy(r"[ \t\u3000]*(?:[\u4e00-\u9fffA-Za-z0-9·《》]{2,16}(?:出品|制作组|製作組|节目组|節目組)"
                 r"|本文(?:来自|来源于|來自|來源於|转载自|轉載自|转自|轉自|首发于|首發於|原载于|原載於)[^。！？，,；;\n]{2,40}"
                 r"(?:[，,][ \t\u3000]*作者[ \t\u3000]*[：:][ \t\u3000]*([^\s。！？，,；;]{2,12}))?"  # '，作者：梦晨'
                 rf"[。.]?){_TAG}[ \t\u3000]*")
_PRODUCED_MAX = 60
# the writer's post before the name: '南风窗高级记者 向治霖', '本报记者 张三'
_POSTED = lazy(r"[\u4e00-\u9fff]{0,10}(?:记者|記者|通讯员|通訊員|评论员|評論員)[ \t\u3000]+([\u4e00-\u9fff·]{2,5})")


def production_line(text: str) -> dict[str, str] | None:
    """'南风窗新媒体出品', '《新闻大家谈》制作组', '本文来自微信公众号：量子位，作者：梦晨': who made or first ran the piece,
    one short line after its body, with the writer it names ({'author': '梦晨'}), or None (a sentence saying where a
    text came from, '本文来自作者的演讲，有删节。', has a clause of its own and stays)."""
    m = _PRODUCED.fullmatch(text) if len(text) <= _PRODUCED_MAX else None
    return None if m is None else {"author": m.group(1)} if m.group(1) else {}


def unescaped(text: str) -> str:
    """The line with a written-out '\\xa0' read as the space it stood for."""
    return text.replace(_ESCAPED_SPACE, " ") if _ESCAPED_SPACE in text else text


def bare_name(value: str) -> str:
    """A credited writer's name without the post set before it ('南风窗高级记者 向治霖' → '向治霖')."""
    m = _POSTED.fullmatch(value.strip()) if len(value) <= 24 else None
    return m.group(1) if m else value
