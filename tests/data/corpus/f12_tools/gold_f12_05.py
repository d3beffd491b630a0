"""f12_05: the gold make_md_doc.py wrote from the page's ##/###/#### headings (run first:
python3 tools/make_md_doc.py src/javanote/fanxing.md f12_05_notes_java_fanxing heldout --levels 2,3,4 --title 泛型 --keep-first --fresh),
with one hand correction: '## 四 泛型的使用方式' is numbered 四 (written without its 、), so its marker is '四'."""
import json
from pathlib import Path
p = Path("/work/fresh12/gold/f12_05_notes_java_fanxing.json")
d = json.loads(p.read_text(encoding="utf-8"))
for h in d["headings"]:
    if h["title"] == "四 泛型的使用方式":
        h["marker"], h["title"] = "四", "泛型的使用方式"
p.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(d["headings"]), "headings")
