"""Hsinchu City press release as kept in a hackathon site's page (stevekevin1005/hackthon news_detail.php):
the text of the page's article blocks (h3 title, category, date label, tab labels, the panes' paragraphs and the
contact lines), one block a line, between the article title box and the footer comment; the page title first.
Hard line breaks inside a paragraph of the PHP source (tabs/newlines) are joined without a space (Chinese text)."""
import re, sys, html
sys.path.insert(0, "/work/fresh8/tools")
from f8lib import write_doc, write_gold
name = "f8_03_twcity_xinzhu_lichi_qingyu"
src = open("/work/fresh8/src/hsinchu_news_detail.php", encoding="utf-8").read()
i = src.index('<div class="c-content-title-1">'); j = src.index("<!-- END: LAYOUT/FOOTERS/FOOTER-5 -->")
frag = src[i:j]
frag = re.sub(r"<img[^>]*>", "", frag)
# block boundaries
frag = re.sub(r"</?(h3|p|div|li|ul)[^>]*>", "\n\n", frag)
frag = re.sub(r"<[^>]+>", "", frag)
blocks = [b for b in re.split(r"\n\s*\n", frag)]
lines = []
for b in blocks:
    parts = [p.strip() for p in b.split("\n") if p.strip()]
    if not parts:
        continue
    lines.append(html.unescape("".join(parts)))
title = lines[0]
L = write_doc(name, [title, ""] + lines[1:])
write_gold(name, title, [])
print("\n".join(L))
