"""Convert a Markdown (or archived HTML) page from a public repository to the corpus's plain text, and write its gold
outline from the source's own structure (its heading mark-up and numbering), never from the model.

Markdown: front matter dropped (its `title` becomes the first line unless the page opens with its own `#` title),
images dropped, links kept as their text, `**`/`__`/inline backticks removed, code-fence lines removed (the code
stays), HTML tags removed (`<br>` becomes a line break), entities decoded, `#` markers stripped from heading lines,
empty heading lines become blank lines. Gold: every heading line of the chosen levels; depth by the rank of its level
among those levels (`--depth level`) or by the parts of its decimal number (`--depth number`); the marker is the
numbering the heading is written with ('1', '2.1', '一、', '（一）', '第一章', '1.'), '' for an unnumbered title.
HTML (`--html START END`): the text of the h1–h4/p/li blocks between the two markers, one block a paragraph; h2 and
h3 are the headings. Run from the repository root:
    python tests/data/corpus/make_md_doc.py SOURCE NAME SPLIT [--levels 2,3] [--depth level|number]
        [--skip REGEX] [--html START END] [--fresh]
"""

from __future__ import annotations

import argparse
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent
_CN = "一二三四五六七八九十百零〇"
_MARKER = re.compile(
    rf"(第[{_CN}\d]+[章节條条篇部讲講课課]|[{_CN}]+、|（[{_CN}]+）|\([{_CN}]+\)|（\d+）|"
    rf"\d+(?:\.\d+)+\.?|\d+[.、．](?!\d)|\d+(?=\s))\s*(.*)")
_HEADING = re.compile(r"(#{1,6})\s*(.*?)\s*#*\s*$")


def _inline(text: str) -> str:
    """Markdown inline mark-up to plain text."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?:<br\s*/?>\s*)+$", "", text, flags=re.I)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    return html.unescape(text)


def _split_marker(text: str) -> tuple[str, str]:
    m = _MARKER.fullmatch(text)
    return (m.group(1), m.group(2)) if m else ("", text)


def convert_markdown(source: str, levels: set[int], skip: str | None) -> tuple[str, list[str], list[tuple]]:
    """The title, the body lines and the headings (line index, level, text) of a Markdown page."""
    lines = source.replace("\r\n", "\n").split("\n")
    title = ""
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1) if "---" in lines[1:] else 0
        for line in lines[1:end]:
            if line.startswith("title:"):
                title = line[6:].strip().strip("'\"")
        lines = lines[end + 1:]
    out: list[str] = []
    heads: list[tuple] = []
    fenced = False
    for line in lines:
        if line.strip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            out.append(line)
            continue
        m = _HEADING.fullmatch(line.strip()) if line.lstrip().startswith("#") else None
        if m:
            text = _inline(m.group(2)).strip()
            if not any(x.strip() for x in out) and (not title or text == title):
                title = title or text
                continue
            out.append(text)
            if text and len(m.group(1)) in levels and not (skip and re.search(skip, text)):
                heads.append((len(out) - 1, len(m.group(1)), text))
            continue
        stripped = line.lstrip()
        if stripped.startswith(">"):
            line = stripped[1:].lstrip()
        if re.fullmatch(r"\s*!\[[^\]]*\]\([^)]*\)\s*", line):
            continue
        out.extend(_inline(line).split("\n"))
    return title, out, heads


class _Blocks(HTMLParser):
    """The text blocks of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._cur: list | None = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "figcaption", "noscript", "button"):
            self._skip += 1
        if tag in ("h1", "h2", "h3", "h4", "p", "li"):
            self._cur = [tag, ""]
        if tag == "br" and self._cur:
            self._cur[1] += "\n"

    def handle_endtag(self, tag):
        if tag in ("script", "style", "figcaption", "noscript", "button"):
            self._skip = max(0, self._skip - 1)
        if self._cur and tag == self._cur[0]:
            text = self._cur[1].strip()
            if text:
                self.blocks.append((self._cur[0], text))
            self._cur = None

    def handle_data(self, data):
        if self._cur is not None and not self._skip:
            self._cur[1] += data


def convert_html(source: str, start: str, end: str, skip: str | None) -> tuple[str, list[str], list[tuple]]:
    i = source.find(start)
    j = source.find(end, i)
    title_m = re.search(r"<h1[^>]*>(.*?)</h1>", source, re.S)
    title = html.unescape(re.sub(r"<[^>]+>", "", title_m.group(1))).strip() if title_m else ""
    parser = _Blocks()
    parser.feed(source[i:j])
    out: list[str] = []
    heads: list[tuple] = []
    for tag, text in parser.blocks:
        text = "\n".join(part.strip() for part in text.split("\n") if part.strip())
        if tag in ("h2", "h3") and not (skip and re.search(skip, text)):
            text = " ".join(text.split("\n"))
            heads.append((len(out), int(tag[1]), text))
        out.extend(text.split("\n"))
        out.append("")
    return title, out, heads


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("name")
    parser.add_argument("split")
    parser.add_argument("--levels", default="2,3,4")
    parser.add_argument("--depth", choices=("level", "number"), default="level")
    parser.add_argument("--skip")
    parser.add_argument("--html", nargs=2)
    parser.add_argument("--title")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    raw = Path(args.source).read_text(encoding="utf-8-sig")
    levels = {int(x) for x in args.levels.split(",")}
    if args.html:
        title, body, heads = convert_html(raw, args.html[0], args.html[1], args.skip)
    else:
        title, body, heads = convert_markdown(raw, levels, args.skip)
    title = args.title or title
    dropped = 0
    while body and (not body[0].strip() or body[0].strip() == title):
        body.pop(0)
        dropped += 1
    heads = [(i - dropped, level, text) for i, level, text in heads]
    lines = [title, ""]
    offset = len(lines)
    # collapse runs of blank lines, keeping heading indices right
    kept: list[str] = []
    index_map: dict[int, int] = {}
    for i, line in enumerate(body):
        line = line.rstrip()
        if not line.strip() and kept and not kept[-1].strip():
            continue
        index_map[i] = len(kept)
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    ranks = sorted({level for _, level, _ in heads})
    gold = []
    for i, level, text in heads:
        marker, rest = _split_marker(text)
        if args.depth == "number" and marker and re.match(r"\d", marker):
            depth = len([p for p in marker.rstrip(".").split(".") if p])
        elif args.depth == "number":
            depth = 1
        else:
            depth = ranks.index(level) + 1
        gold.append({"depth": depth, "marker": marker, "title": rest if marker else text,
                     "line": offset + index_map[i] + 1})
    (CORPUS / "docs" / f"{args.name}.txt").write_text("\n".join(lines + kept) + "\n", encoding="utf-8")
    record = {"file": f"{args.name}.txt", "split": args.split, "title": title}
    if args.fresh:
        record["fresh"] = True
    record["headings"] = gold
    (CORPUS / "gold" / f"{args.name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n",
                                                       encoding="utf-8")


if __name__ == "__main__":
    main()
