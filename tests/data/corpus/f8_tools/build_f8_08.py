"""GNews repost (Royguo0317/txt content/gnews/10/README.md at 111ea6f): the site's '返回首頁' nav line and the
rule under it dropped, image links (escaped '[!\\[\\]()...](...)' lines) dropped, then make_md_doc.py; gold: the
article's bold stand-alone lines (sub-headings of the translated HKFP report, and the '簡評：' label of the
editor's comment) at depth 1, written without the trailing colon."""
import re, subprocess, sys, json
sys.path.insert(0, "/work/fresh8/tools")
from f8lib import load, write_gold
name = "f8_08_hknews_xinwenchu_jizhe_zhuce"
L = open("/work/fresh8/src/gnews_10_hk.md", encoding="utf-8").read().split("\n")
L = [l for l in L[3:] if not l.startswith("[!\\[")]
L = [re.sub(r"^\*([^*].*[^*])\*$", r"\1", l) for l in L]   # *italic* meta lines as plain text
open("/work/fresh8/src/gnews_10_hk_prep.md", "w", encoding="utf-8").write("\n".join(L))
subprocess.run([sys.executable, "/work/fresh8/tools/make_md_doc.py", "/work/fresh8/src/gnews_10_hk_prep.md", name,
                "heldout", "--levels", "2", "--fresh"], check=True)
D = load(name)
bold = [re.sub(r"^\*\*|\*\*$", "", l.strip()) for l in L if re.fullmatch(r"\*\*[^*]+\*\*", l.strip())]
heads = []
for i, l in enumerate(D, 1):
    if l.strip() in bold:
        heads.append((i, 1, "", l.strip().rstrip("：:")))
write_gold(name, D[0].strip(), heads)
print(heads)
print("\n".join(x[:60] for x in D[:14]))
