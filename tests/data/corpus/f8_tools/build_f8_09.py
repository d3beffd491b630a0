"""Company mobile-site job page (iwushiyu/WeChat src/main/webapp/statics/website/job.jsp): page title first, then
the text of the page's blocks from the toolbar title to the footer (menu overlay, content, copyright), one block a
line (tools/html_lines.py); table cells one a line. Gold: the three job names (div.JobName) at depth 1; the
table's label/value cells and the '职位说明：'/'职位要求：' labels are not headings."""
import re, sys
sys.path.insert(0, "/work/fresh8/tools")
from f8lib import write_doc, write_gold
from html_lines import html_lines
name = "f8_09_job_pingxiang_hongkai_zhaopin"
src = open("/work/fresh8/src/hongkai_job.jsp", encoding="utf-8").read()
body = src[src.index("<body"):]
jobs = re.findall(r'<div class="JobName">(.*?)</div>', body)
title = "人才招聘"
L = write_doc(name, [title, ""] + html_lines(body))
heads = [(i, 1, "", l.strip()) for i, l in enumerate(L, 1) if l.strip() in jobs and i > 2]
write_gold(name, title, heads)
print(heads); print("\n".join(L))
