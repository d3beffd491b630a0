"""fresh7: an exchange rule in DOCX (CHINGBOH/lawfocus data/official/sse-list-2026) to plain text and gold.
Text: the paragraphs of word/document.xml one per line (the text of their w:t runs, entities decoded), runs of empty
paragraphs collapsed to one blank line; the document title paragraph becomes line 1 and the '附件1' label above it is
dropped; the contents list (目录, with its page numbers run into the titles as in the DOCX) is kept as text.
Gold: the chapter paragraphs (Word style 2: '第X章  title', depth 1), the section paragraphs (style 3: '第X节  title',
depth 2) and every rule whose decimal number starts a paragraph and belongs to the current chapter ('1.1', '2.1.1':
depth 2 under a chapter, 3 under a section; title = marker, as in the earlier rule golds; also when the label runs\ninto the text with no space, '4.4.12董事会秘书…', or the paragraph starts with a space, and only when it is higher\nthan the rule before it).
Usage: conv_docx_rule.py DOCX NAME"""
import html, json, re, sys, zipfile
from pathlib import Path
src, name = sys.argv[1], sys.argv[2]
root = Path(__file__).resolve().parent.parent
x = zipfile.ZipFile(src).read("word/document.xml").decode("utf-8")
paras = []
for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", x, flags=re.S):
    t = html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))
    sty = re.search(r'<w:pStyle w:val="([^"]+)"', p)
    paras.append((sty.group(1) if sty else "", t.rstrip()))
ti = next(i for i, (s, t) in enumerate(paras) if t.strip() == "上海证券交易所股票上市规则")
title = paras[ti][1].strip()
lines, styles = [title, ""], ["", ""]
for s, t in paras[ti + 1:]:
    if not t.strip():
        if lines[-1].strip():
            lines.append(""); styles.append("")
        continue
    lines.append(t); styles.append(s)
while not lines[-1].strip():
    lines.pop(); styles.pop()
CN = "一二三四五六七八九十"
def cn(s):
    v = {c: i + 1 for i, c in enumerate(CN)}
    if len(s) == 1: return v[s]
    if s[0] == "十": return 10 + v[s[1]]
    if len(s) == 2: return v[s[0]] * 10
    return v[s[0]] * 10 + v[s[2]]
heads, chap, in_sec, last = [], None, False, None
for n, (l, s) in enumerate(zip(lines, styles), 1):
    m = re.fullmatch(rf"(第[{CN}]+章)\s+(.+)", l.strip())
    if s == "2" and m:
        chap = cn(m.group(1)[1:-1]); in_sec = False
        heads.append({"depth": 1, "marker": m.group(1), "title": m.group(2).strip(), "line": n}); continue
    m = re.fullmatch(rf"(第[{CN}]+节)\s+(.+)", l.strip())
    if s == "3" and m:
        in_sec = True
        heads.append({"depth": 2, "marker": m.group(1), "title": m.group(2).strip(), "line": n}); continue
    m = re.match(r"\s*(\d+\.\d+(?:\.\d+)?)(?![\d.%])", l)
    num = tuple(int(v) for v in m.group(1).split(".")) if m else None
    if m and chap and num[0] == chap and (last is None or num > last):
        last = num
        heads.append({"depth": 3 if in_sec else 2, "marker": m.group(1), "title": m.group(1), "line": n})
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": title, "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(name, len(lines), "lines", len(heads), "headings")
