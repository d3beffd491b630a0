"""Shanghai Stock Exchange 个人投资者行为指引 as a saved page of a broker's site (wplic/Test
frontsite/investorEdu/actionRisk.jsp): breadcrumb, the left column's search form labels, the column title, the
guideline's 22 articles (no chapters; second paragraphs on their own lines), and the broker's '特别提示' box.
Text of the blocks one a line (tools/html_lines.py), page title first. Gold: 第一条–第二十二条 depth 1 (title =
marker), '特别提示' (the box's title) depth 1."""
import re, sys
sys.path.insert(0, "/work/fresh8/tools")
from f8lib import write_doc, write_gold
from html_lines import html_lines
name = "f8_10_rule_shangjiaosuo_touzizhe_xingwei_zhiyin"
src = open("/work/fresh8/src/gf_actionRisk.jsp", encoding="utf-8").read()
frag = src[src.index('<div class="dqwz">'):src.index('<jsp:include page="/commons/bottom.jsp"')]
frag = re.sub(r"<jsp:[^>]*>", "", frag)
title = "投资者行为指引"
L = write_doc(name, [title, ""] + html_lines(frag))
heads = []
for i, l in enumerate(L, 1):
    s = l.strip()
    m = re.match(r"(第[一二三四五六七八九十]+条)", s)
    if m:
        heads.append((i, 1, m.group(1), m.group(1)))
    elif s == "特别提示":
        heads.append((i, 1, "", "特别提示"))
write_gold(name, title, heads)
print(len(heads)); print("\n".join(x[:50] for x in L))
