"""fresh12: one job of a phpyun (Chinese recruitment CMS) MySQL backup (cnceo/php, GBK, read as GBK) as plain text:
the job's name field as line 1, then its description field (HTML) one block a line (html_lines.py: tags removed,
entities decoded, spaces collapsed, empty blocks dropped). SQL escapes (\\r \\n \\" \\' \\\\) are undone first.
Usage: python3 sql_job.py DUMP.sql JOB_ID OUT.txt"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from html_lines import html_lines
dump, jid, out = sys.argv[1], sys.argv[2], sys.argv[3]
s = Path(dump).read_bytes().decode("gbk", errors="replace")
STR = r"'((?:[^'\\]|\\.)*)'"
m = re.search(r"INSERT INTO phpyun_company_job VALUES\('%s','\d+',%s(.*?)\);\n" % (jid, STR), s, re.S)
assert m, jid
fields = re.findall(STR, m.group(2))
desc = max(fields, key=len)  # the description is the job's one long field
def unesc(x):
    return re.sub(r"\\(.)", lambda g: {"r": "\r", "n": "\n", "t": "\t"}.get(g.group(1), g.group(1)), x)
lines = [unesc(m.group(1)).strip()] + html_lines(unesc(desc).replace("\r\n", "\n"))
Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(out, len(lines), "lines")
