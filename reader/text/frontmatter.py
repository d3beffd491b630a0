"""Markdown front matter: the YAML or TOML block atop a page, read as the document's metadata."""

from __future__ import annotations

_FM_KEYS = {"title": "title", "标题": "title", "標題": "title", "date": "date", "日期": "date", "时间": "date",
            "author": "author", "作者": "author", "source": "source", "来源": "source", "來源": "source",
            "editor": "editor", "编辑": "editor", "編輯": "editor"}
_FRONT_MATTER_LINES = 60  # a front matter block ends within these lines, or is none


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Front matter as metadata, and how many lines it takes: YAML ('---' … '---') or TOML, as Hugo writes it
    ('+++' … '+++', 'title = "…"')."""
    lines = text.split("\n", _FRONT_MATTER_LINES)
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return {}, 0
    meta: dict[str, str] = {}
    for n, line in enumerate(lines[1:_FRONT_MATTER_LINES], 2):
        if line.strip() in ((fence, "...") if fence == "---" else (fence,)):
            return meta, n
        key, sep, value = line.partition(":" if fence == "---" else "=")
        field = _FM_KEYS.get(key.strip().lower())
        if sep and field and value.strip() in _BLOCK_SCALARS and fence == "---":
            value = _block_scalar(lines, n)  # 'title: |' over '  「白色石油」的宿命轮回 | 智氪-36氪'
        if sep and field and value.strip():
            meta[field] = value.strip().strip("\"'")
    return {}, 0


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
