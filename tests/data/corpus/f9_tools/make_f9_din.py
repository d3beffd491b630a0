"""fresh9: render the Chinese translation of the DIN paper (paper-translations/DIN, LaTeX, acmart) as the plain text a
reader gets from the compiled paper: title, authors, 摘要 (the abstract), keywords, then the sections numbered as LaTeX
numbers them ('1 引言', '4.1 特征表征'); \\paragraph{} titles stay run-in at the start of their paragraph; a paragraph's
source lines are joined; comments, figures, tables and display equations are dropped (their captions with them), like
images; \\cite is dropped, \\ref becomes the number LaTeX would print. Gold: 摘要 and every \\section (depth 1) and
\\subsection (depth 2), from the mark-up. Runs no reader code."""
import json, re
from pathlib import Path
root = Path("/work/fresh9"); src = root / "src" / "din"
main = (src / "DeepInterestNetwork.tex").read_text(encoding="utf-8")
chapters = re.findall(r"\\input\{(\w+)\}", main)

def decomment(t):
    out = []
    for line in t.split("\n"):
        if line.lstrip().startswith("%"):
            continue
        line = re.sub(r"(?<!\\)%.*", "", line)
        out.append(line)
    return "\n".join(out)

body = "\n\n".join(decomment((src / f"{c}.tex").read_text(encoding="utf-8")) for c in chapters)
# numbering of labels
labels, sec, sub, fig, tab, eq = {}, 0, 0, 0, 0, 0
env = []
for tok in re.finditer(r"\\(section|subsection)\*?\{|\\begin\{(\w+\*?)\}|\\end\{(\w+\*?)\}|\\label\{([^}]*)\}", body):
    if tok.group(1) == "section": sec += 1; sub = 0; cur = f"{sec}"
    elif tok.group(1) == "subsection": sub += 1; cur = f"{sec}.{sub}"
    elif tok.group(2):
        e = tok.group(2).rstrip("*"); env.append(e)
        if e == "figure": fig += 1
        if e == "table": tab += 1
        if e in ("equation",): eq += 1
    elif tok.group(3):
        if env: env.pop()
    elif tok.group(4):
        inner = env[-1] if env else ""
        labels[tok.group(4)] = {"figure": str(fig), "table": str(tab), "equation": f"({eq})"}.get(inner, cur)

DROP = ("figure", "table", "equation", "align", "algorithm", "comment", "CCSXML")
def drop_envs(t):
    for e in DROP:
        t = re.sub(r"\\begin\{" + e + r"\*?\}.*?\\end\{" + e + r"\*?\}", "", t, flags=re.S)
    return t

def inline(s):
    s = s.replace("\\{", "{").replace("\\}", "}")
    s = re.sub(r"~?\\cite\{[^}]*\}", "", s)
    s = re.sub(r"\\ref\{([^}]*)\}", lambda m: labels.get(m.group(1), "?"), s)
    s = re.sub(r"\\label\{[^}]*\}", "", s)
    s = s.replace("\\#", "#").replace("``", "“").replace("''", "”").replace("\\&", "&").replace("\\%", "%").replace("\\_", "_")
    s = s.replace("\\ell", "ℓ").replace("~", " ").replace("\\\\", " ")
    for _ in range(3):
        s = re.sub(r"\\(?:textbf|textsl|textit|emph|texttt|mathrm|text|bf|it)\s*\{([^{}]*)\}", r"\1", s)
    s = s.replace("$", "")
    s = re.sub(r"\\[a-zA-Z]+\*?", "", s)
    s = s.replace("{", "").replace("}", "")
    return re.sub(r"[ \t]+", " ", s).strip()

def cjoin(parts):
    out = ""
    for x in parts:
        x = x.strip()
        if out and re.search(r"[\u3000-\u9fff\uff00-\uffef]$", out) and re.match(r"[\u3000-\u9fff\uff00-\uffef]", x):
            out += x
        else:
            out = (out + " " + x) if out else x
    return out

lines, heads = [], []
title = inline(re.search(r"\\title\{(.*?)\}\n", main).group(1))
author = inline(re.search(r"\\author\{(.*?)\}\n\\affiliation", main, re.S).group(1).replace("\\texorpdfstring{\\\\}{,}", ",").replace("\n", " "))
inst = inline(re.search(r"\\institution\{(.*?)\}", main).group(1))
lines += [title, "", author, inst, ""]
abstract = decomment(re.search(r"\\begin\{abstract\}(.*?)\\end\{abstract\}", main, re.S).group(1))
lines.append("摘要"); heads.append({"depth": 1, "marker": "", "title": "摘要", "line": len(lines)}); lines.append("")
for para in re.split(r"\n\s*\n", abstract):
    p = cjoin([x for x in para.strip().split("\n") if x.strip()])
    if p: lines += [inline(p) if not re.search(r"[\u4e00-\u9fff]", p) else "".join(inline(p)), ""]
kw = inline(re.search(r"\\keywords\{(.*?)\}", main).group(1))
lines += ["关键词：" + kw, ""]

def drop_footnotes(t):
    while "\\footnote{" in t:
        i = t.index("\\footnote{"); j = i + len("\\footnote{"); depth = 1
        while depth and j < len(t):
            depth += {"{": 1, "}": -1}.get(t[j], 0); j += 1
        t = t[:i] + t[j:]
    return t

body = drop_footnotes(drop_envs(body))
body = re.sub(r"\\begin\{small\}|\\end\{small\}", "", body)       # font-size wrappers are not text
body = re.sub(r"(?s)\\\[.*?\\\]", "", body)                       # display math is dropped like equations
sec = sub = 0
for block in re.split(r"\n\s*\n", body):
    rows = [r.strip() for r in block.strip().split("\n") if r.strip()]
    para = []
    def flush():
        if para:
            text = inline(cjoin(para)).replace(" 。", "。")
            if text: lines.extend([text, ""])
            para.clear()
    for r in rows:
        m = re.match(r"\\(section|subsection)\{(.*?)\}(.*)", r)
        if m:
            flush()
            if m.group(1) == "section": sec += 1; sub = 0; num, d = f"{sec}", 1
            else: sub += 1; num, d = f"{sec}.{sub}", 2
            t = inline(m.group(2))
            lines.append(f"{num} {t}"); heads.append({"depth": d, "marker": num, "title": t, "line": len(lines)}); lines.append("")
            rest = inline(m.group(3))
            if rest: para.append(m.group(3))
            continue
        if re.match(r"\\(begin|end)\{(itemize|enumerate)\}", r):
            flush(); continue
        if r.startswith("\\item"):
            flush(); para.append("• " + re.sub(r"^\\item(\[[^]]*\])?", "", r).strip()); continue
        if r.startswith("\\paragraph"):
            flush(); r = re.sub(r"^\\paragraph\{(.*?)\}\}?", lambda m: m.group(1) + " ", r)
        para.append(r)
    flush()
while lines and not lines[-1]: lines.pop()
name = "f9_02_paper_shendu_xingqu_wangluo"
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": title, "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(len(heads), "headings", len(lines), "lines")
