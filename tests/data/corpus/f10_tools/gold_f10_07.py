"""fresh10: depths for f10_07 (a job page whose headings are all <h4>): the two banner slogans and the styled section
title 人才招聘 are top level, each job title (h4) sits under 人才招聘, each job's '工作内容:' label (h4) under its job.
Runs no reader code."""
import json
from pathlib import Path
p = Path("/work/fresh10/gold/f10_07_job_wohang_rencai_zhaopin.json")
d = json.loads(p.read_text(encoding="utf-8"))
seen_section = False
for h in d["headings"]:
    if h["title"] == "人才招聘":
        h["depth"] = 1; seen_section = True
    elif not seen_section:
        h["depth"] = 1
    elif h["title"] == "工作内容":
        h["depth"] = 3
    else:
        h["depth"] = 2
p.write_text(json.dumps(d, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
