"""fresh11: a document held in a Python module as a triple-quoted string variable (`NAME = \"\"\"...\"\"\"`), read with
ast (the module is parsed, never run); optional TITLE written as line 1 (the title the same module records for the
document). The string's leading newline is dropped, otherwise unchanged. Usage:
    python3 py_var_doc.py SRC OUT NAME [TITLE]"""
import ast, sys
from pathlib import Path
src, out, name = sys.argv[1:4]
title = sys.argv[4] if len(sys.argv) > 4 else None
tree = ast.parse(Path(src).read_text(encoding="utf-8"))
text = next(n.value.value for n in tree.body if isinstance(n, ast.Assign)
            and any(getattr(t, "id", None) == name for t in n.targets))
if text.startswith("\n"):
    text = text[1:]
lines = ([title] if title else []) + text.rstrip("\n").split("\n")
Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
print(out, len(lines), "lines")
