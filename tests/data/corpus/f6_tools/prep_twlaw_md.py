"""fresh6: drop the page's table of contents of a curist/taiwan-laws Markdown page (the '## 編章節' link list and the
'## 法條' label that opens the articles), the same chrome earlier collections drop; nothing else is changed."""
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r"^## 編章節\n(?:[ \t]*\* .*\n)*## 法條\n", "", s, flags=re.M)
open(sys.argv[2], "w", encoding="utf-8").write(s)
