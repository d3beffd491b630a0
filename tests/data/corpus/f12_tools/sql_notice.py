"""fresh12: one notice of a MySQL dump's `wlzx_oa_notice` table (enoguerola/wlzx-oa) as plain text: the record's
`title` field (trimmed) as line 1, then its `content` field (Flash TEXTFORMAT HTML) one <P> block a line
(html_lines.py: tags removed, entities decoded, spaces collapsed, empty blocks dropped). SQL string escapes
(\\' \\" \\\\ \\r \\n) are undone first; a content given as plain text with \\r line breaks is split on them.
Usage: python3 sql_notice.py DUMP.sql RECORD_ID OUT.txt"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from html_lines import html_lines
dump, rid, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
s = Path(dump).read_text(encoding="utf-8")
STR = r"'((?:[^'\\]|\\.)*)'"
m = re.search(r"\(%d, \d+, %s, [^,]+, [^,]+, \d+, %s, %s," % (rid, STR, STR, STR), s)
assert m, rid
def unesc(x):
    return re.sub(r"\\(.)", lambda g: {"r": "\r", "n": "\n", "t": "\t"}.get(g.group(1), g.group(1)), x)
title, content = unesc(m.group(2)).strip(), unesc(m.group(3))
if "<P" in content or "<p" in content:
    lines = html_lines(content)
else:
    lines = [l.rstrip() for l in content.replace("\r\n", "\r").split("\r")]
Path(out).write_text("\n".join([title] + lines) + "\n", encoding="utf-8")
print(out, len(lines) + 1, "lines")
