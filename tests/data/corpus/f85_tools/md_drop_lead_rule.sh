#!/bin/bash
# usage: md_drop_lead_rule.sh SRC.md NAME [make_md_doc options...]
# For a Markdown page that opens with a horizontal rule ('---------') before its '# title': the rule is page
# furniture above the title (like front matter), so it is dropped (leading blank lines and one leading rule line,
# from a temporary copy) and make_md_doc.py then takes the '# title' as line 1. The source in src/ stays unchanged.
src=$1; name=$2; shift 2
tmp=$(mktemp --suffix=.md)
python3 - "$src" "$tmp" <<'PY'
import re, sys
t = open(sys.argv[1], encoding='utf-8-sig').read().replace('\r\n', '\n').split('\n')
while t and not t[0].strip(): t.pop(0)
if t and re.fullmatch(r'-{3,}\s*', t[0]): t.pop(0)
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(t))
PY
python3 /work/fresh85/tools/make_md_doc.py "$tmp" "$name" heldout --fresh "$@"
rm -f "$tmp"
