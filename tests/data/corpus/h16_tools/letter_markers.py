"""Give an appendix's lettered headings ('A. Implementation Details') their letter as the marker, as f10_10's gold
does, since make_md_doc.py's marker pattern knows only Chinese and Arabic numbering. Run from the repository root:
    python tests/data/corpus/h16_tools/letter_markers.py NAME
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def main() -> None:
    path = GOLD / f"{sys.argv[1]}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    for heading in record["headings"]:
        m = re.fullmatch(r"([A-Z]\.)\s*(.+)", heading["title"]) if not heading["marker"] else None
        if m:
            heading["marker"], heading["title"] = m.group(1), m.group(2)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
