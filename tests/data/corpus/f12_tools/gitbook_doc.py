"""fresh12: a GitBook whose chapters are separate Markdown files (stormtiti/lsd-slam_paper_translation) as one plain
text: line 1 the book's title (given), then the chapter files in SUMMARY.md order (README, the contents page and the
appendices after the references left out), each file's lines converted as make_md_doc.py converts Markdown (images
dropped, links as their text, `**` removed, HTML tags removed, entities decoded, `\\_` `\\*` `\\[` `\\]` `\\-` escapes
undone) and also: `~~` strike-through markers removed (the struck text kept, as the page shows it), `\\(` `\\)` escapes
undone, blockquote '>' markers dropped; one blank line between files. Usage: python3 gitbook_doc.py SRC_DIR TITLE OUT FILE..."""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from make_md_doc import _inline
src, title, out, files = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
lines = [title, ""]
for f in files:
    for line in (src / f).read_text(encoding="utf-8").replace("\r\n", "\n").split("\n"):
        if re.fullmatch(r"\s*!\[[^\]]*\]\([^)]*\)\s*", line):
            continue
        if line.lstrip().startswith(">"):  # blockquote marker dropped, as make_md_doc.py does
            line = line.lstrip()[1:].lstrip()
        line = line.replace("~~", "").replace("\\(", "(").replace("\\)", ")")
        lines.extend(_inline(line).split("\n"))
    while lines and not lines[-1].strip():
        lines.pop()
    lines.append("")
Path(out).write_text("\n".join(lines), encoding="utf-8")
print(out, len(lines), "lines")
