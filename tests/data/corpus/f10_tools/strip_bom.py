"""fresh10: drop U+FEFF (a byte-order mark the source CMS left inside headline text) from a converted doc and its gold;
lines are unchanged. usage: strip_bom.py NAME"""
import sys
from pathlib import Path
root = Path("/work/fresh10"); n = sys.argv[1]
for p in (root / "docs" / f"{n}.txt", root / "gold" / f"{n}.json"):
    p.write_text(p.read_text(encoding="utf-8").replace("\ufeff", ""), encoding="utf-8")
