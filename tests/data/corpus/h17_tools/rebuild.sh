#!/bin/sh
# Rebuild the h17 documents and golds from their sources (each file fetched at the commit named in PROVENANCE.md into
# tests/data/corpus/h17_tools/src). make_md_doc.py here is h16_tools' copy writing into tests/data/corpus.
# Gold from the source's heading levels, written before the reader was run on them.
set -e
S=tests/data/corpus/h17_tools/src
M=tests/data/corpus/h17_tools/make_md_doc.py
python $M $S/spring.md h17_01_notes_java_spring dev --levels 2,3,4
python $M $S/concurrency.md h17_02_notes_python_bingfa dev --levels 2,3,4
python $M $S/decorator.md h17_03_notes_python_zhuangshiqi dev --levels 2,3
python $M $S/select.md h17_04_notes_go_select dev --levels 3,4
