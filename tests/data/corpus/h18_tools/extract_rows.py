"""Extract articles' HTML from the CMS install data of zxykuangfeng/guomeicms (SQL dumps inside PHP files:
install/data/<site>/fill_data/cms.php, commit 63ffcef6f8911a067d0be6b72e08a1960f1fd48e) into src/<site>_<id>.html, the
article's title (table p8_cms_item) on the first line as an HTML comment. Needs a checkout's files given on the
command line; runs no reader code:
    python tests/data/corpus/h18_tools/extract_rows.py SITE DUMP ID [ID ...]"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows(s, table):
    """The VALUES tuples of every INSERT/REPLACE into table, MySQL string escapes decoded."""
    out = []
    for m in re.finditer(r"INTO `%s` VALUES \(" % table, s):
        i, vals = m.end(), []
        while True:
            if s[i] == "'":
                j, buf = i + 1, []
                while True:
                    c = s[j]
                    if c == "\\":
                        buf.append({"n": "\n", "r": "\r", "t": "\t"}.get(s[j + 1], s[j + 1]))
                        j += 2
                        continue
                    if c == "'":
                        if s[j + 1] == "'":
                            buf.append("'")
                            j += 2
                            continue
                        break
                    buf.append(c)
                    j += 1
                vals.append("".join(buf))
                i = j + 1
            else:
                j = i
                while s[j] not in ",)":
                    j += 1
                vals.append(s[i:j].strip())
                i = j
            if s[i] == ")":
                break
            i += 1
        out.append(vals)
    return out


def main(site, dump, ids):
    s = Path(dump).read_text(encoding="utf-8")
    titles = {r[0]: r[2] for r in rows(s, "p8_cms_item")}
    for table in sorted(set(re.findall(r"INTO `(p8_cms_item_\w+_addon)`", s))):
        for r in rows(s, table):
            if r[1] in ids:
                body = max(r, key=len)  # the content column (the longest field of the row)
                (HERE / "src" / f"{site}_{r[1]}.html").write_text(
                    f"<!-- {titles.get(r[1], '')} -->\n{body}\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], set(sys.argv[3:]))
