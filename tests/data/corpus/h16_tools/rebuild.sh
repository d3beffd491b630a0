#!/bin/sh
# Rebuild the h16 documents and golds from their sources (each file fetched at the commit named in PROVENANCE.md into
# tests/data/corpus/h16_tools/src). make_md_doc.py here is f10_tools' copy writing into tests/data/corpus.
# Pre-steps, each what a reader of the rendered page sees: the VuePress [[TOC]] line and Hexo's {% tag %} lines
# render as no text and are dropped; a page with no title of its own (no front matter, no `#`) gets its file name as
# a `#` title line (as h13 did). Gold from the source's heading levels, written before the reader was run on them.
set -e
S=tests/data/corpus/h16_tools/src
M=tests/data/corpus/h16_tools/make_md_doc.py
T=$(mktemp -d)
grep -v '^\[\[TOC\]\]$' $S/nginx.md > $T/nginx.md
python $M $T/nginx.md h16_01_notes_nginx_rumen dev --levels 2,3,4
(printf '# vue base\n\n'; cat $S/vue.md) > $T/vue.md
python $M $T/vue.md h16_02_notes_vue_jichu dev --levels 2,3,4
grep -v '^{%.*%}$' $S/python.md > $T/python.md
python $M $T/python.md h16_03_notes_python_jichu dev --levels 2,3,4
# java.md opens one code block on a list item's line ('2. ```'), which GitHub renders as a fence inside the item:
# split it so the converter sees the fence.
sed -E 's/^( *)([0-9]+\.) (```.*)$/\1\2\n\1   \3/' $S/java.md > $T/java.md
python $M $T/java.md h16_04_notes_java_bingfa dev --levels 3,4,5,6
python $M $S/go.md h16_05_notes_go_channel dev --levels 2
python $M $S/yolov9.md h16_06_paper_yolov9 dev --levels 2,3,4
python $M $S/frcnn.md h16_07_paper_faster_rcnn dev --levels 2,3,4
python tests/data/corpus/h16_tools/letter_markers.py h16_06_paper_yolov9
rm -rf $T
