#!/bin/bash
# usage: pdf_with_title.sh SRC.pdf OUT.txt TITLE
# For a PDF whose first extracted line is not its title (a cover stamp, a form header): pdf_layout.py's text with the
# title (as printed on the cover) put before it as line 1 and a blank line after, as txt_with_title.py does.
tmp=$(mktemp --suffix=.txt)
python3 /work/fresh76/tools/pdf_layout.py "$1" "$tmp" >/dev/null
python3 /work/fresh76/tools/txt_with_title.py "$tmp" "$2" "$3"
rm -f "$tmp"
