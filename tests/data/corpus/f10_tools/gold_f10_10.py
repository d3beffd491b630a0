"""fresh10: f10_10's appendix headings are lettered ('# A  APPENDIX', '## A.1 COMPLEXITY …'), which make_md_doc.py's
marker pattern (digits and Chinese numerals) leaves inside the title: split the letter marker off ('A', 'A.1'), as the
decimal ones are. Depth stays by Markdown level. Runs no reader code."""
import json, re
from pathlib import Path
p = Path("/work/fresh10/gold/f10_10_paper_kebianxing_detr.json")
d = json.loads(p.read_text(encoding="utf-8"))
for h in d["headings"]:
    m = re.fullmatch(r"([A-Z](?:\.\d+)*)(\s+)(\S.*)", h["title"]) if not h["marker"] else None
    if m and ("." in m.group(1) or len(m.group(2)) >= 2):  # 'A.1 …', or a lone letter set off by two spaces ('A  APPENDIX')
        h["marker"], h["title"] = m.group(1), m.group(3)
p.write_text(json.dumps(d, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
