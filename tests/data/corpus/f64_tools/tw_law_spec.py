#!/usr/bin/env python3
"""Spec of a traditional-Chinese (Taiwan) law text's 第X章 / 第N條(之M) lines, which gold.py's marker pattern (simplified
章节条) does not read: 第X章 lines (spaces allowed before) get [line, CHAPTER_DEPTH, title after the label, '第X章'];
第N條 / 第N條之M lines (Arabic or Chinese N) get [line, ARTICLE_DEPTH, label, label] (an article's title is its label).
usage: tw_law_spec.py DOC.txt CHAPTER_DEPTH ARTICLE_DEPTH -> JSON list on stdout"""
import json, re, sys
CN = '一二三四五六七八九十百零〇'
def spec(path, cd, ad):
    out = []
    for i, l in enumerate(open(path, encoding='utf-8').read().split('\n'), 1):
        s = l.strip(' \u3000\t')
        m = re.match(rf'^(第[{CN}]+章)[\s\u3000]*(.*)$', s)
        if m:
            out.append([i, cd, m.group(2).strip(), m.group(1)]); continue
        m = re.match(rf'^(第\s*[0-9{CN}]+\s*條(?:之\s*[0-9{CN}]+)?)(?:[\s\u3000（(]|$)', s)
        if m:
            out.append([i, ad, m.group(1), m.group(1)])
    return out
if __name__ == '__main__':
    print(json.dumps(spec(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])), ensure_ascii=False))
