#!/usr/bin/env python3
"""PDF -> corpus text the way fresh set 7 kept PDF extracts: `pdftotext -layout -enc UTF-8` (poppler), then form feeds
become line breaks, trailing spaces are removed, trailing blank lines dropped and the title line (line 1) stripped.
Hard wraps, indentation, blank lines, table layout and page footers ('-1-') stay as extracted.
usage: pdf_layout.py SRC.pdf OUT.txt"""
import subprocess, sys
from pathlib import Path
src, out = sys.argv[1], sys.argv[2]
raw = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", src, "-"], check=True, capture_output=True).stdout.decode("utf-8")
lines = [l.rstrip() for l in raw.replace("\r\n", "\n").replace("\f", "\n").split("\n")]
while lines and not lines[-1]:
    lines.pop()
lines[0] = lines[0].strip()
Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(out, len(lines), "lines")
