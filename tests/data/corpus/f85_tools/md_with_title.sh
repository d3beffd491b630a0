#!/bin/bash
# usage: md_with_title.sh SRC.md TITLE NAME [make_md_doc options...]
# For a Markdown page that has no title of its own: make_md_doc.py would take its first heading as the title and
# drop it from the text; this feeds it the page with "# TITLE" put before it (the file's own name as the title),
# so every heading of the page stays in the text. The source file in src/ stays unchanged.
src=$1; title=$2; name=$3; shift 3
tmp=$(mktemp --suffix=.md)
{ printf '# %s\n\n' "$title"; cat "$src"; } > "$tmp"
python3 /work/fresh85/tools/make_md_doc.py "$tmp" "$name" heldout --fresh "$@"
rm -f "$tmp"
