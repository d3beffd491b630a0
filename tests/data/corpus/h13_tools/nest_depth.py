"""Depth by nesting, not by level rank: a `#####` right under a `###` (no `####` between) is one level below it, as a
reader sees it. Rewrites the named gold files in place. Run from the repository root after make_md_doc.py."""

import json
import sys
from pathlib import Path

for name in sys.argv[1:]:
    path = Path("tests/data/corpus/gold") / f"{name}.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    stack: list[int] = []  # ranks of the open headings
    for h in gold["headings"]:
        while stack and stack[-1] >= h["depth"]:
            stack.pop()
        stack.append(h["depth"])
        h["depth"] = len(stack)
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
