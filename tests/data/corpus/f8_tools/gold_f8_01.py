import re, sys
sys.path.insert(0, "/work/fresh8/tools")
from f8lib import load, write_gold
name = "f8_01_essay_gaizao_women_de_xuexi"
L = load(name)
heads = []
for i, l in enumerate(L, 1):
    s = l.strip()
    if re.fullmatch(r"[一二三四五六七八九十]", s):
        heads.append((i, 1, s, ""))
    elif s == "注释":
        heads.append((i, 1, "", "注释"))
write_gold(name, L[0].strip(), heads)
print(heads)
