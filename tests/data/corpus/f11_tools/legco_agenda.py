"""LegCo agenda (pydocx HTML of the council's DOCX agenda) -> docs/f11_NN_*.txt: one paragraph or table row a line."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from html_lines import html_lines
src, out = sys.argv[1], sys.argv[2]
lines = html_lines(Path(src).read_text(encoding="utf-8"), join_cells=True)
Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(lines), "lines")
