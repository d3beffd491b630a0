#!/bin/bash
# usage: pdf_with_title.sh SRC.pdf OUT.txt TITLE
# For a PDF whose first line is not its title (it opens with its 目录): pdf_layout.py's text with the title (the
# file's own name) put before it as line 1 and a blank line after, as txt_with_title.py does.
tmp=$(mktemp --suffix=.txt)
python3 /work/fresh85/tools/pdf_layout.py "$1" "$tmp" >/dev/null
python3 /work/fresh85/tools/txt_with_title.py "$tmp" "$2" "$3"
rm -f "$tmp"
