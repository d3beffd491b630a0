"""fresh6: the small source preparations used before make_md_doc.py (each described in PROVENANCE.md).
    prep_misc.py rthk|gyoza|zuiming SRC DST"""
import re, sys
kind, src, dst = sys.argv[1:4]
s = open(src, encoding="utf-8").read()
if kind == "rthk":      # Markdown autolinks <https://…> are link text, not HTML tags: keep the URL as text
    s = re.sub(r"<(https?://[^>\s]+)>", r"\1", s)
elif kind == "gyoza":   # drop the Astro video-embed directive line (page chrome)
    s = re.sub(r"^::bilibili\{[^}]*\}\n", "", s, flags=re.M)
elif kind == "zuiming": # hard-break backslashes at line ends; links with a javascript:SLC(…) target kept as their text
    s = re.sub(r"\\$", "", s, flags=re.M)
    s = re.sub(r"\[([^\]]*)\]\(javascript:[^()]*\([^)]*\)\)", r"\1", s)
open(dst, "w", encoding="utf-8").write(s)
