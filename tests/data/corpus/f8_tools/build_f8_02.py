import re, sys
sys.path.insert(0, "/work/fresh8/tools")
from f8lib import write_doc, write_gold, runin
name = "f8_02_yijian_xiangcun_zhenxing"
raw = open("/work/fresh8/src/xiangcun_yijian.txt", encoding="utf-8-sig").read().replace("\r\n", "\n")
L = write_doc(name, raw.split("\n"))
heads = []
for i, l in enumerate(L, 1):
    s = l.strip()
    m = re.match(r"([一二三四五六七八九十]+、)(.*)", s)
    if m:
        heads.append((i, 1, m.group(1), m.group(2).strip())); continue
    m = re.match(r"(（[一二三四五六七八九十]+）)", s)
    if m:
        heads.append((i, 2, m.group(1), runin(s, m.group(1))))
write_gold(name, L[0].strip(), heads)
for h in heads: print(h)
