"""Make the corpus's PDF-extract documents from corpus documents, the way a PDF text extractor lays them out.

Each source paragraph (a non-blank line) is hard-wrapped at a width in Chinese characters (two columns each, one
for ASCII), never starting a line with closing punctuation and never splitting a Latin word; blank lines and
indentation are dropped; every page gets a running header and a page-number footer. A document may change width
part-way (two page runs, as when a PDF mixes layouts). The gold outline is the source's, moved to the new lines.
Run from the repository root: python tests/data/corpus/make_pdf_extracts.py [NAME ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
_NO_START = "，。、；：！？）」』”’》〉】,.;:!?)]…"

# name, source, split, [(width, pages) ...] (the last width runs to the end), lines a page, footer style, header
EXTRACTS = [
    ("pdf_cdt01_caipan_wenshu_jiangzuo_w12", "cdt01_caipan_wenshu_jiangzuo", "dev", [(12, 0)], 40, "- {n} -", True),
    ("pdf_cdt02_biye_zhici_w46", "cdt02_biye_zhici", "dev", [(46, 0)], 44, "第 {n} 页", False),
    ("pdf_law03_lifa_fa_w18_w34", "law03_lifa_fa", "dev", [(18, 3), (34, 0)], 42, "{n}", True),
    ("pdf_cdt03_jiamiu_yanjiang_w20", "cdt03_jiamiu_yanjiang", "dev", [(20, 0)], 38, "- {n} -", True),
    ("pdf_cdt04_moke_jianghua_w30", "cdt04_moke_jianghua", "heldout", [(30, 0)], 36, "第 {n} 页 共 {total} 页", False),
    ("pdf_tw06_yiliao_fa_xize_w24", "tw06_yiliao_fa_xize", "heldout", [(24, 0)], 40, "- {n} -", True),
    ("pdf_cdt08_qingnian_shiye_yanjiu_w14", "cdt08_qingnian_shiye_yanjiu", "dev", [(14, 0)], 40, "- {n} -", True),
    ("pdf_tw07_zhihui_caichan_shenli_fa_w16", "tw07_zhihui_caichan_shenli_fa", "dev", [(16, 0)], 44, "第 {n} 页", False),
    ("pdf_cdt12_lvshi_fatie_lunzheng_w18", "cdt12_lvshi_fatie_lunzheng", "fresh", [(18, 0)], 38, "- {n} -", True),
    ("pdf_tw09_yunshu_shigu_diaocha_fa_w22_w36", "tw09_yunshu_shigu_diaocha_fa", "fresh", [(22, 2), (36, 0)], 42,
     "第 {n} 页 共 {total} 页", True),
]


def width(text: str) -> int:
    """Display columns: two for a non-ASCII character."""
    return sum(1 if ord(c) < 128 else 2 for c in text)


def wrap(text: str, chars: int) -> list[str]:
    """Greedy wrap at `chars` Chinese characters, keeping Latin words whole and closing punctuation attached."""
    limit, out, cur = 2 * chars, [], ""
    i = 0
    while i < len(text):
        j = i + 1
        if text[i].isascii() and text[i].isalnum():
            while j < len(text) and text[j].isascii() and text[j].isalnum():
                j += 1
        piece = text[i:j]
        if cur and width(cur) + width(piece) > limit and piece[0] not in _NO_START:
            out.append(cur)
            cur = ""
        cur += piece
        i = j
    if cur:
        out.append(cur)
    return out


def hard_wrap(text: str, chars: int) -> tuple[str, dict[int, int]]:
    """A whole document wrapped as an extract of it would be, its blank lines and first line kept: the text, and each
    source line's first line in it (no piece opens on the space the cut fell on)."""
    lines: list[str] = []
    first: dict[int, int] = {}
    for number, line in enumerate(text.split("\n"), 1):
        first[number] = len(lines) + 1
        pieces = wrap(line, chars) if number > 1 and line.strip() else [line]
        lines.extend([pieces[0].rstrip()] + [p.strip() for p in pieces[1:] if p.strip()])
    return "\n".join(lines), first


def build(name: str, source: str, split: str, runs: list[tuple[int, int]], per_page: int, footer: str,
          header: bool) -> None:
    src = (CORPUS / "docs" / f"{source}.txt").read_text(encoding="utf-8").split("\n")
    gold = json.loads((CORPUS / "gold" / f"{source}.json").read_text(encoding="utf-8"))
    heads = {g["line"]: g for g in gold["headings"]}
    title = gold["title"][:24]  # the running header a PDF repeats on each page
    body: list[tuple[str, int]] = []  # (line, source line) before paging
    for n, line in enumerate(src, 1):
        text = line.strip()
        if text:
            body.append((text, n))
    pages: list[list[tuple[str, int]]] = []
    run, run_pages, page, k = 0, 0, [], 0
    while k < len(body):
        chars = runs[run][0]
        for m, piece in enumerate(wrap(body[k][0], chars)):
            page.append((piece, body[k][1] if m == 0 else 0))
            if len(page) >= per_page:
                pages.append(page)
                page, run_pages = [], run_pages + 1
                if runs[run][1] and run_pages >= runs[run][1] and run + 1 < len(runs):
                    run, run_pages = run + 1, 0
                    chars = runs[run][0]
        k += 1
    if page:
        pages.append(page)
    lines: list[str] = []
    moved = []
    for p, page in enumerate(pages, 1):
        if header and p > 1:
            lines.append(title)
        for text, n in page:
            lines.append(text)
            if n in heads:
                moved.append({**heads[n], "line": len(lines)})
        lines.append(footer.format(n=p, total=len(pages)))
    (CORPUS / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = {"file": f"{name}.txt", "split": split, "title": gold["title"], "clean_source": f"{source}.txt",
           "headings": moved}
    if split == "fresh":
        out["split"], out["fresh"] = "heldout", True  # collected last, scored only
    (CORPUS / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n",
                                                   encoding="utf-8")


def main(names: list[str]) -> None:
    """Build the named extracts (all when none are named)."""
    for spec in EXTRACTS:
        if not names or spec[0] in names:
            build(*spec)


if __name__ == "__main__":
    main(sys.argv[1:])
