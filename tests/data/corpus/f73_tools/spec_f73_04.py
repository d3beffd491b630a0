#!/usr/bin/env python3
"""f73_04 gold (PDF extract of an experience-sharing speech by the Shanxi tax bureau's office, 2018): the three
一、/二、/三、 part titles at a line start depth 1 (each wraps onto a second line in the PDF; the gold keeps the first
line's part as the title). Not headings: the run-in 一是亲自抓。/二是亲自选。… enumerations opening paragraphs (the
speech's in-paragraph points, not titled parts), the byline/date, the salutation 各位领导、同仁们：, page numbers -n-."""
import re, sys
sys.path.insert(0, '/work/fresh73/tools')
import gold
name = 'f73_04_jianghua_shuiwu_xinxi.txt'
L = open('/work/fresh73/docs/' + name, encoding='utf-8').read().split('\n')
spec = [[i, 1] for i, l in enumerate(L, 1) if re.match(r'^[一二三四五六七八九十]、', l.strip(' \u3000'))]
gold.write(name, L[0].strip(), spec)
