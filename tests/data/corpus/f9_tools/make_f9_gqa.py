"""fresh9: render the Chinese translation of the GQA paper (paper-translations/GQA, LaTeX, EMNLP 2023 style) as the
plain text a reader gets from the compiled paper: title, authors, 'Abstract' (the ACL style prints it in English),
sections numbered as LaTeX numbers them ('1 引言', '2.1 继续训练'), the unnumbered \\section* (局限性, 致谢),
'References' with one line per entry from main.bbl, then the appendix lettered as LaTeX letters it ('A 训练稳定性').
\\paragraph titles stay run-in; the paper's own macros (\\gmq -> GQA, \\mq -> MQA …) are expanded; \\citep / \\citet
print as natbib prints them from main.bbl ('(Shazeer, 2019)', 'Komatsuzaki et al. (2022)'); figures and tables
(\\input{figures/…}, \\input{tables/…}), equations and footnotes are dropped. Gold: Abstract, every \\section and
\\section* (depth 1, appendix letters as markers), References (depth 1), every \\subsection (depth 2). No reader code."""
import json, re, unicodedata
ACC = {"'": "\u0301", '"': "\u0308", "~": "\u0303", "`": "\u0300", "^": "\u0302"}
from pathlib import Path
root = Path("/work/fresh9"); src = root / "src" / "gqa"
main = (src / "main.tex").read_text(encoding="utf-8")
macros = {}
for m in re.finditer(r"^\\newcommand\{\\(\w+)\}\{(.*)\}\s*$", (src / "custom_commands.tex").read_text(encoding="utf-8"), re.M):
    macros[m.group(1)] = re.sub(r"\\textsc\{(.*?)\}", r"\1", m.group(2)).replace("\\xspace", "").replace("\\alpha", "α")
bbl = (src / "main.bbl").read_text(encoding="utf-8")
cites, refs = {}, []
for m in re.finditer(r"\\bibitem\[\{(.*?)\}\]\{(\w[^}]*)\}(.*?)(?=\\bibitem|\\end\{thebibliography\})", bbl, re.S):
    label, key, body = m.group(1), m.group(2), m.group(3)
    lm = re.match(r"(.*?)\((\d{4}[a-z]?)\)", label.replace("\n", " "), re.S)
    cites[key] = (re.sub(r"\s+", " ", lm.group(1)).replace("~", " ").strip(), lm.group(2)) if lm else (key, "")
    refs.append(body)

def decomment(t):
    return "\n".join(re.sub(r"(?<!\\)%.*", "", l) for l in t.split("\n") if not l.lstrip().startswith("%"))

def braces(s):
    for _ in range(4):
        s = re.sub(r"\{([^{}]*)\}", r"\1", s)
    return s

def cite(m):
    keys = [k.strip() for k in m.group(2).split(",")]
    names = [cites.get(k, (k, "")) for k in keys]
    if m.group(1) == "citet":
        return "; ".join(f"{a} ({y})" for a, y in names)
    return "(" + "; ".join(f"{a}, {y}" for a, y in names) + ")"

def inline(s):
    s = re.sub(r"\\(citep|citet)\{([^}]*)\}", cite, s)
    s = re.sub(r"\\ref\{([^}]*)\}", lambda m: labels.get(m.group(1), "?"), s)
    s = re.sub(r"\\label\{[^}]*\}", "", s)
    s = re.sub(r"\\(" + "|".join(sorted(macros, key=len, reverse=True)) + r")(?![A-Za-z])", lambda m: macros[m.group(1)], s)
    s = s.replace("\\#", "#").replace("``", "“").replace("''", "”").replace("\\&", "&").replace("\\%", "%").replace("\\_", "_")
    s = re.sub(r"""\\(['"~`^])\{?\\?([A-Za-z])\}?""", lambda m: unicodedata.normalize("NFC", m.group(2) + ACC[m.group(1)]), s)  # LaTeX accents
    s = s.replace("\\ ", " ").replace("~", " ").replace("\\\\", " ").replace("\\'{o}", "ó").replace("\\~{n}", "ñ").replace("\\'{a}", "á")
    s = re.sub(r"\\url\{([^}]*)\}", r"\1", s)
    s = re.sub(r"\\href\s*\{[^}]*\}\s*", "", s)
    for _ in range(3):
        s = re.sub(r"\\(?:textbf|textsl|textit|emph|texttt|mathrm|text|bf|it|rm|textsc)\s*\{([^{}]*)\}", r"\1", s)
    s = s.replace("$", "")
    s = re.sub(r"\\[a-zA-Z]+\*?", "", s)
    s = braces(s).replace("{", "").replace("}", "")
    return re.sub(r"[ \t]+", " ", s).strip()

def drop_footnotes(t):
    for cmd in ("\\footnote{", "\\thanks{"):
        while cmd in t:
            i = t.index(cmd); j = i + len(cmd); d = 1
            while d and j < len(t):
                d += {"{": 1, "}": -1}.get(t[j], 0); j += 1
            t = t[:i] + t[j:]
    return t

def cjoin(parts):
    out = ""
    for x in parts:
        x = x.strip()
        if out and re.search(r"[\u3000-\u9fff\uff00-\uffef]$", out) and re.match(r"[\u3000-\u9fff\uff00-\uffef]", x):
            out += x
        else:
            out = (out + " " + x) if out else x
    return out

main = drop_footnotes(decomment(main))
doc = main[main.index("\\begin{document}"):]
body = doc[doc.index("\\end{abstract}") + len("\\end{abstract}"):doc.index("\\end{document}")]
nfig = ntab = 0
figlabels = {}
for m in re.finditer(r"\\input\{((figures|tables)/[^}]*)\}", body):   # floats are numbered in input order
    t = (src / (m.group(1) + ".tex")).read_text(encoding="utf-8")
    if m.group(2) == "figures": nfig += 1; n = nfig
    else: ntab += 1; n = ntab
    for l in re.findall(r"\\label\{([^}]*)\}", t): figlabels[l] = str(n)
body = re.sub(r"\\input\{[^}]*\}", "", body)
for e in ("figure", "table", "equation", "align"):
    body = re.sub(r"(?s)\\begin\{" + e + r"\*?\}.*?\\end\{" + e + r"\*?\}", "", body)
# LaTeX numbering of labels (sections only; figures are dropped)
labels, sec, sub, appendix = dict(figlabels), 0, 0, False
for tok in re.finditer(r"\\appendix|\\(section|subsection)(\*?)\{|\\label\{([^}]*)\}", body):
    if tok.group(0) == "\\appendix": appendix, sec = True, 0; continue
    if tok.group(1) and not tok.group(2):
        if tok.group(1) == "section": sec += 1; sub = 0
        else: sub += 1
        num = (chr(64 + sec) if appendix else str(sec)) + (f".{sub}" if tok.group(1) == "subsection" else "")
    elif tok.group(3): labels[tok.group(3)] = num
lines, heads = [], []
title = inline(re.search(r"\\title\{(.*?)\}\n", main).group(1))
auth = re.search(r"\\author\{(.*?)\n\s*\}", main, re.S).group(1)
auth_lines = [inline(re.sub(r"\\footnotemark\[\d\]", "", a)) for a in re.split(r"\\AND|\\\\", auth)]
lines += [title, ""] + [a for a in auth_lines if a] + [""]
lines.append("Abstract"); heads.append({"depth": 1, "marker": "", "title": "Abstract", "line": len(lines)}); lines.append("")
abstract = re.search(r"\\begin\{abstract\}(.*?)\\end\{abstract\}", doc, re.S).group(1)
for para in re.split(r"\n\s*\n", abstract):
    p = inline(cjoin([x for x in para.split("\n") if x.strip()]))
    if p: lines += [p, ""]
sec = sub = 0; appendix = False; runin = ""
def heading(kind, star, text):
    global sec, sub
    t = inline(text)
    if star:
        lines.append(t); heads.append({"depth": 1, "marker": "", "title": t, "line": len(lines)}); lines.append(""); return
    if kind == "section": sec += 1; sub = 0; num = chr(64 + sec) if appendix else str(sec); d = 1
    else: sub += 1; num = (chr(64 + sec) if appendix else str(sec)) + f".{sub}"; d = 2
    lines.append(f"{num} {t}"); heads.append({"depth": d, "marker": num, "title": t, "line": len(lines)}); lines.append("")
for block in re.split(r"\n\s*\n", body):
    rows = [r.strip() for r in block.strip().split("\n") if r.strip()]
    para = []
    def flush():
        global runin
        if para:
            t = inline(cjoin(para))
            if runin and t:
                t = runin + " " + t; runin = ""
            if t: lines.extend([t, ""])
            para.clear()
    for r in rows:
        if r.startswith("\\appendix"):
            flush(); appendix = True; sec = 0; continue
        if r.startswith("\\bibliography{"):
            flush()
            lines.append("References"); heads.append({"depth": 1, "marker": "", "title": "References", "line": len(lines)}); lines.append("")
            for ref in refs:
                t = inline(cjoin([x for x in ref.replace("\\newblock", " ").split("\n") if x.strip()]))
                if t: lines.extend([t, ""])
            continue
        if r.startswith(("\\bibliographystyle", "\\clearpage", "\\maketitle")):
            continue
        m = re.match(r"\\(section|subsection)(\*?)\{(.*?)\}(.*)", r)
        if m:
            flush(); heading(m.group(1), m.group(2), m.group(3))
            if inline(m.group(4)): para.append(m.group(4))
            continue
        if re.match(r"\\(begin|end)\{(itemize|enumerate)\}", r):
            flush(); continue
        if r.startswith("\\item"):
            flush(); para.append("• " + re.sub(r"^\\item(\[[^]]*\])?", "", r).strip()); continue
        if r.startswith("\\paragraph"):   # a run-in title: printed at the start of the paragraph that follows
            flush(); runin = inline(re.match(r"^\\paragraph\{(.*?)\}", r).group(1)); r = r[r.index("}") + 1:]
            if not r.strip(): continue
        para.append(r)
    flush()
while lines and not lines[-1]: lines.pop()
name = "f9_12_paper_gqa_fenzu_chaxun"
(root / "docs" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
rec = {"file": f"{name}.txt", "split": "heldout", "fresh": True, "title": title, "headings": heads}
(root / "gold" / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(len(heads), "headings", len(lines), "lines")
