#!/bin/bash
# md_news.sh SRC NAME TITLE LEVELS : make_md_doc.py with the article title as line 1, then drop from the gold the heading
# that is the article's own title line shown again under the page chrome (not a heading by the saved-page convention).
set -e
cd /work/dev25
python3 tools/make_md_doc.py "$1" "$2" dev --levels "$4" --title "$3" >/dev/null
python3 - "$2" "$3" <<'PY'
import json, sys
p = '/work/dev25/gold/%s.json' % sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
d['headings'] = [h for h in d['headings'] if h['title'] != sys.argv[2]]
d['fresh'] = False
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
