"""fresh11: a document embedded in source code as a triple-quoted string literal: the text between `START'''` and the
closing `'''`, the literal's leading newline dropped, otherwise unchanged (blank lines kept). Usage:
    python3 py_string_doc.py SRC OUT 'text = '"""
import sys
from pathlib import Path
src, out, start = sys.argv[1:4]
s = Path(src).read_text(encoding="utf-8")
i = s.index(start + "'''") + len(start) + 3
j = s.index("'''", i)
text = s[i:j]
if text.startswith("\n"):
    text = text[1:]
Path(out).write_text(text.rstrip("\n") + "\n", encoding="utf-8")
print(out, text.count("\n") + 1, "lines")
