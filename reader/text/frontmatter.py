"""Markdown front matter: the YAML or TOML block atop a page, read as the document's metadata."""

from __future__ import annotations

from reader.text.lazyre import lazy

_FM_KEYS = {"title": "title", "标题": "title", "標題": "title", "date": "date", "日期": "date", "时间": "date",
            "author": "author", "作者": "author", "source": "source", "来源": "source", "來源": "source",
            "editor": "editor", "编辑": "editor", "編輯": "editor"}
_FRONT_MATTER_LINES = 60  # a front matter block ends within these lines, or is none
_YAML_KEY = lazy(r"[A-Za-z_][\w-]*:(?:[ \t]|$)")  # 'categories: ramble', 'tags:'
# Hugo's and Jekyll's timestamp, '2020-04-03T03:39:04.000Z', '2023-03-23T13:41:30+08:00': its day and minute
_STAMP = lazy(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Front matter as metadata, and how many lines it takes: YAML ('---' … '---') or TOML, as Hugo writes it
    ('+++' … '+++', 'title = "…"'), or YAML closed by '---' alone, as Hexo reads it ('title: …' on the first line)."""
    lines = text.split("\n", _FRONT_MATTER_LINES)
    fence = lines[0].strip() if lines else ""
    if fence in ("---", "+++"):
        return _fields(lines, 1, fence)
    if not _YAML_KEY.match(lines[0]):
        return {}, 0
    meta, n = _fields(lines, 0, "---")  # Hexo's 'title: 第 10 屆修憲委員會待審議案列表' over 'date: …' over '---'
    if n > 2 and ("title" in meta or "date" in meta) and all(
            _YAML_KEY.match(line) or line[:1] in " \t-" or not line.strip() for line in lines[:n - 1]):
        return meta, n
    return {}, 0  # 'date: 2024-01-05' over '---' alone is a setext heading


def _fields(lines: list[str], start: int, fence: str) -> tuple[dict[str, str], int]:
    """The fields of the block whose lines begin at `start` (0-based), and the 1-based line of its closing fence."""
    meta: dict[str, str] = {}
    for n, line in enumerate(lines[start:_FRONT_MATTER_LINES], start + 1):
        if line.strip() in ((fence, "...") if fence == "---" else (fence,)):
            return meta, n
        key, sep, value = line.partition(":" if fence == "---" else "=")
        field = _FM_KEYS.get(key.strip().lower())
        if sep and field and value.strip() in _BLOCK_SCALARS and fence == "---":
            value = _block_scalar(lines, n)  # 'title: |' over '  「白色石油」的宿命轮回 | 智氪-36氪'
        elif sep and field:
            value = _scalar(value.strip())
        if sep and field and value.strip():
            meta[field] = value.strip().strip("\"'")
            if field == "date" and (stamp := _STAMP.fullmatch(meta[field])):  # shown as the other dates are
                meta[field] = stamp[1] if stamp[2] == "00:00" else f"{stamp[1]} {stamp[2]}"
    return {}, 0


def _scalar(value: str) -> str:
    """A value without its trailing comment, as YAML and TOML read it: a Jekyll template's 'title: 雅思备考 # 不写的话会
    从文件名自动生成' is titled '雅思备考', and '"Minyi ZHU" # 感觉没必要写' is by Minyi ZHU; 'C#' keeps its '#'."""
    if value and value[0] in "\"'":
        end = value.find(value[0], 1)
        rest = value[end + 1:].strip() if end > 0 else "?"
        if not rest or rest.startswith("#"):
            return value[1:end]
    else:
        cut = min((i for i in (value.find(" #"), value.find("\t#")) if i > 0), default=len(value))
        value = value[:cut].rstrip()
    return value.strip("\"'")


_BLOCK_SCALARS = ("|", ">", "|-", ">-", "|+", ">+")


def _block_scalar(lines: list[str], n: int) -> str:
    """A YAML block scalar's text: the indented lines under 'title: |' (as a read-later app exports an article), one
    line of text; `n` is the 1-based line of its key."""
    parts = []
    for line in lines[n:_FRONT_MATTER_LINES]:
        if line[:1] not in " \t" or not line.strip():
            break
        parts.append(line.strip())
    return " ".join(parts)
