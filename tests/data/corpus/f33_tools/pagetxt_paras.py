#!/usr/bin/env python3
"""A crawler's page.txt (text of a saved gov page run together on one line) -> one paragraph a line, the breaks put
back where the page's own <p> blocks begin: before 第X章 / 第X条 that follow 。：； or a space (never before a citation
such as '第九条第（二）项'), between a chapter title and its first article, and before （一）… items that follow ：；。 (and ㈠㈡… items after ：；。 and a space).
Line 1 is the page's title (the '标题:' field); the page chrome before the article (breadcrumb, share links) is kept as
one line, as scraped; a title paragraph run into the next 第X章/第X条 (only CJK letters after a 。 or at the start) is a line of its own; the date and '附件下载' after the article are lines of their own.
usage: pagetxt_paras.py PAGE.txt OUT.txt"""
import re, sys
src, out = sys.argv[1], sys.argv[2]
t = open(src, encoding='utf-8').read()
title = re.search(r'^标题: (.*)$', t, re.M).group(1).strip()
body = t.split('==================== 正文 ====================\n', 1)[1].strip()
chrome, art = body.split('--> ', 1)
CN = '一二三四五六七八九十'
# a title paragraph run into the next chapter/article: only CJK letters between the article's start (or a 。) and 第X章/条
art = re.sub(rf'(^|(?<=。))([\u4e00-\u9fff]{{4,30}})(?=第[{CN}]+[章条])', r'\1\n\2\n', art)
art = re.sub(rf'(?<=[。：；\s])\s*(?=第[{CN}]+[章条])', '\n', art)
art = re.sub(rf'(?<=[：；。])\s*(?=（[{CN}]+）|\([{CN}]+\))', '\n', art)  # full- or half-width brackets, a space allowed
art = re.sub(r'(?<=[：；。])\s+(?=[㈠-㈩])', '\n', art)  # parenthesised ideographs ㈠㈡… after a space
art = re.sub(r'\s*(?=二[0O〇○][0-9一二三四五六七八九〇○O0]+年)', '\n', art)
art = re.sub(r'\s+(?=附件下载$)', '\n', art)
lines = []
for l in art.split('\n'):
    l = l.strip()
    m = re.match(rf'^(第[{CN}]+章.*?)(第[{CN}]+条.*)$', l)
    if m:
        lines += [m.group(1).strip(), m.group(2).strip()]
    elif l:
        lines.append(l)
open(out, 'w', encoding='utf-8').write('\n'.join([title, chrome.strip() + ' -->'] + lines) + '\n')
print(out, len(lines) + 2, 'lines')
