"""f11_06: the job page's <h4> blocks (job title, company, 职位描述) at depth 1; the label line '岗位职责：' that opens the
description's numbered list at depth 2 (title without its colon). The header bar's <h3> '职位详情' repeats the page
title (line 1) and is not a heading; the 1、–10、 items are list items."""
import sys; sys.path.insert(0, "/work/fresh11/tools")
from mkgold import write
write("f11_06_job_ui_shejishi", "职位详情", [(3,1,""),(7,1,""),(10,1,""),(11,2,"")])
