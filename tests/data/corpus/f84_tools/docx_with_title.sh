#!/bin/bash
# usage: docx_with_title.sh SRC.docx OUT.txt TITLE
# For a Word file whose first paragraph is not its title (a 目录 line, a form header): docx_paras.py's text with the
# title (the file's own name) put before it as line 1 and a blank line after, as txt_with_title.py does.
tmp=$(mktemp --suffix=.txt)
python3 /work/fresh84/tools/docx_paras.py "$1" "$tmp" >/dev/null
python3 /work/fresh84/tools/txt_with_title.py "$tmp" "$2" "$3"
rm -f "$tmp"
