import re, sys
sys.path.insert(0, "/work/fresh8/tools")
from f8lib import write_doc, write_gold
from html_lines import html_lines
name = "f8_05_rule_zhengjianhui_rongzi_rongquan"
src = open("/work/fresh8/src/gf_statute01.jsp", encoding="utf-8").read()
frag = src[src.index('<div class="dqwz">'):src.index('<jsp:include page="/commons/msbottom.jsp"')]
title = "证券公司融资融券业务试点管理办法"
L = write_doc(name, [title, ""] + html_lines(frag))
heads = []
for i, l in enumerate(L, 1):
    s = l.strip()
    m = re.match(r"(第[一二三四五六七八九十]+章)\s*(.*)", s)
    if m:
        heads.append((i, 1, m.group(1), m.group(2).strip())); continue
    m = re.match(r"(第[一二三四五六七八九十百]+条)", s)
    if m:
        heads.append((i, 2, m.group(1), m.group(1)))
write_gold(name, title, heads)
print(len(heads)); [print(h) for h in heads if h[1]==1]
print("\n".join(x[:70] for x in L[:30]))
