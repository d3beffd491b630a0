"""Build the fifth round's web-page documents and write their gold from the pages' own mark-up and numbering.

Each page is turned into text by page_text.py (the part a reader of the saved page sees between two markers, chrome
included); the gold is then read off that mark-up, never off the model: bold or 楷体 blocks and numbered paragraphs
that open with a short run-in title ('（一）指导思想。…') are headings, at the depth their numbering family holds in
the document (一、 > （一） > 1. > （1）); table cells, a contents page and the lists of attachments are not.
Run from the repository root, with the sources fetched (see PROVENANCE.md):
    python tests/data/corpus/f5_tools/build_pages.py NAME SOURCE [--fresh]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_text import page_lines  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent
_CN = "一二三四五六七八九十"
_FAMILIES = (
    ("yi", re.compile(rf"([{_CN}]+、)\s*(.*)")),
    ("paren-yi", re.compile(rf"(（[{_CN}]+）)\s*(.*)")),
    ("arabic", re.compile(r"(\d+[.．])\s*(.*)")),
    ("paren-arabic", re.compile(r"(（\d+）)\s*(.*)")),
    ("task", re.compile(r"(【重点任务\d+】)\s*(.*)")),
)
_ANNEX = re.compile(r"附件\d+")


def numbered(line: str):
    """(family, marker, rest) of a numbered line, or None."""
    for family, rx in _FAMILIES:
        m = rx.fullmatch(line)
        if m:
            return family, m.group(1), m.group(2)
    return None


def run_in_title(rest: str) -> str | None:
    """The title a numbered paragraph opens with: the whole line when it is short and no sentence ('调结构',
    '学分认定的基本程序。'), or its first sentence when that is short and more text follows ('指导思想。以习近平…' →
    '指导思想')."""
    if len(rest) <= 40 and not re.search(r"[。；;，,：:]", rest.rstrip("。")):
        return rest.rstrip("。")
    m = re.match(r"([^。；;]{2,30})[。；;]", rest)
    return m.group(1) if m and len(rest) > len(m.group(0)) else None


def write(name: str, title: str, body: list[str], heads: list[tuple[int, int, str, str]], split: str,
          fresh: bool) -> None:
    lines = [title, ""]
    kept: list[str] = []
    where: dict[int, int] = {}
    for i, line in enumerate(body):
        if not line.strip() and (not kept or not kept[-1].strip()):
            continue
        where[i] = len(kept)
        kept.append(line.rstrip())
    while kept and not kept[-1].strip():
        kept.pop()
    (CORPUS / "docs" / f"{name}.txt").write_text("\n".join(lines + kept) + "\n", encoding="utf-8")
    gold = [{"depth": d, "marker": mk, "title": t, "line": len(lines) + where[i] + 1} for i, d, mk, t in heads]
    record = {"file": f"{name}.txt", "split": split, "title": title}
    if fresh:
        record["fresh"] = True
    record["headings"] = gold
    (CORPUS / "gold" / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n",
                                                  encoding="utf-8")


def nested(lines: list[str], start: int, stop: int, order: list[str], skip: set[int], base: int = 1,
           need_title: set[str] = frozenset()) -> list[tuple[int, int, str, str]]:
    """Numbered headings between start and stop, depth by the family's place in `order` (the document's scheme);
    families in need_title count only where a run-in title opens the paragraph. 【重点任务N】 sits one below the
    numbered heading it follows."""
    heads = []
    last_depth = base - 1
    previous: dict[str, int] = {}  # family → number of its last heading under the current parent
    for i in range(start, stop):
        if i in skip:
            continue
        hit = numbered(lines[i])
        if hit is None:
            continue
        family, marker, rest = hit
        title = run_in_title(rest)
        if family == "task":
            if title:
                heads.append((i, last_depth + 1, marker, title))
            continue
        if family not in order:
            continue
        number = _number(marker)
        # a list whose first item opens with a title is a list of headings, all its items with it
        if family in need_title and (title is None if number == 1 else previous.get(family) != number - 1):
            continue
        depth = base + order.index(family)
        heads.append((i, depth, marker, title or rest))
        last_depth = depth
        previous[family] = number
        for deeper in order[order.index(family) + 1:]:
            previous.pop(deeper, None)
    return heads


def _number(marker: str) -> int:
    """The value of a marker: '（十二）' → 12, '3．' → 3."""
    digits = re.sub(r"\D", "", marker)
    if digits:
        return int(digits)
    cn = re.sub(f"[^{_CN}]", "", marker)
    value = 0
    for part in cn.split("十")[:-1] if "十" in cn else []:
        value += (_CN.index(part) + 1 if part else 1) * 10
    last = cn.split("十")[-1] if "十" in cn else cn
    return value + (_CN.index(last) + 1 if last else 0)


def page(source: Path, start: str, end: str) -> dict:
    return page_lines(source.read_text(encoding="utf-8", errors="replace"), start, end)


def shaoxing(source: Path) -> tuple[str, dict]:
    raw = source.read_text(encoding="utf-8", errors="replace")
    title = html.unescape(re.sub(r"<[^>]+>", "", re.search(r'<h2 class="title">(.*?)</h2>', raw, re.S).group(1)))
    return title.strip(), page_lines(raw, '<div class="path">', "<!--endprint-->")


def build(name: str, source: Path) -> tuple[str, list[str], list[tuple[int, int, str, str]]]:
    if name == "gov01_guowuyuan_xinxihua_guihua":
        # the State Council notice and the plan it issues, as an article of a scraped site's database dump
        sql = source.read_text(encoding="utf-8")
        i = sql.find("INSERT INTO `qq3479015851_article` VALUES ('34'")
        j = sql.find("INSERT INTO `qq3479015851_article` VALUES ('35'")
        m = re.match(r"INSERT INTO `qq3479015851_article` VALUES \('34', '([^']*)', '(.*)', '1', '[^']*'", sql[i:j],
                     re.S)
        body_html = m.group(2).replace("\\r\\n", "\n").replace('\\"', '"').replace("\\'", "'").replace("\\t", "\t")
        d = page_lines("<div>" + body_html + "</div>", "<div>", "</div>\x00")
        lines, bold, kai, table = d["lines"], set(d["bold"]), set(d["kai"]), set(d["table"])
        heads = []
        for i in sorted(bold - table):  # the notice's and the plan's titles are the document's header
            hit = numbered(lines[i])
            if hit:
                heads.append((i, 1, hit[1], hit[2]))
        for i in sorted(kai - table):
            hit = numbered(lines[i])
            if hit and hit[0] == "paren-yi":
                heads.append((i, 2, hit[1], run_in_title(hit[2]) or hit[2]))
        return m.group(1), lines, sorted(heads)
    if name == "gov02_jiange_ducha_tongzhi":
        # the notice's text sits in its div as bare source lines, <b> around the section titles: a copy of the
        # page's source keeps those lines
        raw = source.read_text(encoding="utf-8")
        i = raw.find('<div class="contentbox_set_box">')
        j = raw.find("</div>", i)
        raw = raw[:i] + raw[i:j].replace("\n", "<br>") + raw[j:]
        d = page_lines(raw, '<div class="content_box">', "</body>")
        lines = d["lines"]
        heads = [(i, 1, numbered(lines[i])[1], numbered(lines[i])[2]) for i in d["bold"] if numbered(lines[i])]
        return "关于立即开展落实民生19项核查点情况意见通知", lines, heads
    if name == "news_tncc_yiyuan_zhixun":
        record = json.loads(source.read_text(encoding="utf-8"))
        return record["title"], record["content"].split("\n"), []
    title, d = shaoxing(source)
    lines, bold, kai, table = d["lines"], set(d["bold"]), set(d["kai"]), set(d["table"])
    if name == "gov03_shaoxing_jiaoyu_guihua":
        body = next(i for i, line in enumerate(lines) if line == "绍兴市教育事业“十四五”发展规划")  # after the contents
        annexes = [i for i, line in enumerate(lines) if _ANNEX.fullmatch(line)]
        heads = nested(lines, body, annexes[0], ["yi", "paren-yi", "arabic"], table, need_title={"arabic"})
        heads += [(i, 1, "", lines[i]) for i in annexes]
        return title, lines, sorted(heads)
    if name == "gov04_gaojineng_rencai_yijian":
        # the opinion's own title (bold, after the note that quotes it) is its header, as ../shared/corpus's off06
        heads = [(i, 1, numbered(lines[i])[1], numbered(lines[i])[2]) for i in sorted(bold) if numbered(lines[i])]
        heads += [h for h in nested(lines, 0, len(lines), ["paren-yi"], bold | table, base=2, need_title={"paren-yi"})]
        return title, lines, sorted(heads)
    if name == "gov05_zhejiang_kegai_tongzhi":
        plan = lines.index("浙江省深化普通高中课程改革方案")
        annexes = [i for i, line in enumerate(lines) if _ANNEX.fullmatch(line)]
        heads = nested(lines, 0, plan, ["yi"], table)                      # the notice
        # the plan it issues: its title is a header (as ../shared/corpus's off06), its sections top level
        listed = next(i for i in range(plan, annexes[0]) if lines[i].startswith("附件："))
        heads += nested(lines, plan + 1, listed, ["yi", "paren-yi"], table)
        for k, a in enumerate(annexes):
            heads.append((a, 1, "", lines[a]))
            stop = annexes[k + 1] if k + 1 < len(annexes) else len(lines)
            heads += nested(lines, a + 2, stop, ["yi", "paren-yi", "arabic", "paren-arabic"], table, base=2,
                            need_title={"paren-yi", "arabic", "paren-arabic"})
        return title, lines, sorted(heads)
    if name == "sp03_shaoxing_jiaoyu_jianghua":
        heads = nested(lines, 0, len(lines), ["yi", "paren-yi", "arabic", "paren-arabic"], table,
                       need_title={"arabic", "paren-arabic"})
        return title, lines, heads
    if name == "sp04_gaige_kaifang_jianghua":
        return title, lines, []
    raise SystemExit(f"unknown document {name}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("source")
    parser.add_argument("--fresh", action="store_true")
    args = parser.parse_args()
    title, lines, heads = build(args.name, Path(args.source))
    write(args.name, title, lines, heads, "heldout", args.fresh)


if __name__ == "__main__":
    main()
