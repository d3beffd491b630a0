#!/usr/bin/env python3
"""One record of a MySQL dump's INSERT statements -> its HTML field, written to a file (for html_blocks.py).
MySQL string escapes (\\r \\n \\t \\0 \\' \\" \\\\) are decoded; nothing else is changed.
usage: sql_article.py DUMP.sql TABLE ID OUT.html  -> prints the record's title field (column 2)"""
import re, sys
ESC = {'n': '\n', 'r': '\r', 't': '\t', '0': '\0', 'Z': '\x1a', 'b': '\b'}
def values(s, i):
    """Parse one parenthesised tuple starting at s[i] == '('; return (fields, next index)."""
    assert s[i] == '('
    i += 1
    out = []
    while True:
        while s[i] in ' \t\r\n':
            i += 1
        if s[i] == "'":
            i += 1
            buf = []
            while True:
                c = s[i]
                if c == '\\':
                    n = s[i + 1]
                    buf.append(ESC.get(n, n))
                    i += 2
                elif c == "'" and s[i + 1] == "'":
                    buf.append("'"); i += 2
                elif c == "'":
                    i += 1
                    break
                else:
                    buf.append(c); i += 1
            out.append(''.join(buf))
        else:
            m = re.compile(r'[^,)]*').match(s, i)
            out.append(m.group(0).strip())
            i = m.end()
        while s[i] in ' \t\r\n':
            i += 1
        if s[i] == ',':
            i += 1
            continue
        assert s[i] == ')'
        return out, i + 1
sql, table, rid, out = sys.argv[1:5]
s = open(sql, encoding='utf-8').read()
for m in re.finditer(r'INSERT INTO `%s`[^\n]*?VALUES' % re.escape(table), s):
    i = m.end()
    while True:
        while s[i] in ' \t\r\n':
            i += 1
        if s[i] != '(':
            break
        f, i = values(s, i)
        if f[0] == rid:
            open(out, 'w', encoding='utf-8').write(f[2])
            print(f[1])
            sys.exit(0)
        while s[i] in ' \t\r\n':
            i += 1
        if s[i] == ',':
            i += 1
        else:
            break
sys.exit('record not found')
