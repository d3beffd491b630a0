#!/usr/bin/env python3
"""Gold of d83_07 (a published Chinese invention-patent application, CNIPA PDF, pdf_layout.py): the five stand-alone
section titles of the 说明书 - 技术领域, 背景技术, 发明内容, 附图说明, 具体实施方式 - at depth 1 (lines that hold nothing else).
Not headings: the INID bibliographic fields of the cover ((19)...(57)摘要), the numbered claims of the 权利要求书
('1 .一种…', sentences), the page headers 'CN 117851558 A 权 利 要 求 书 1/3 页' / '说 明 书' / '说 明 书 附 图'
(page furniture; the parts have no heading line of their own), the invention name repeated over the 说明书 (the
document's title), the [00nn] paragraph numbers and the figure captions."""
import sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold
name = 'd83_07_shenqing_zhuanli_yixuewenda.txt'
L = open(os.path.join(gold.ROOT, 'docs', name), encoding='utf-8').read().split('\n')
spec = [[i, 1] for i, l in enumerate(L, 1) if re.fullmatch(r'\s*(技术领域|背景技术|发明内容|附图说明|具体实施方式)\s*', l)]
gold.write(name, L[0].strip(), spec)
