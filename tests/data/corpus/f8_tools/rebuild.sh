#!/bin/sh
# fresh8: rebuild every document and gold from tools/../src (sources as fetched at the commits in PROVENANCE.md).
# Runs no reader code (make_md_doc.py is the corpus converter, copied here with its output root set to /work/fresh8).
set -e
cd "$(dirname "$0")/.."
python3 tools/make_md_doc.py src/gaizao_xuexi.md f8_01_essay_gaizao_women_de_xuexi heldout --levels 2 --fresh
python3 tools/gold_f8_01.py
python3 tools/build_f8_02.py > /dev/null
python3 tools/build_f8_03.py > /dev/null
python3 tools/make_md_doc.py src/paxos_prep.md f8_04_paper_paxos_made_simple heldout --levels 2,3 --depth number --fresh
python3 tools/build_f8_05.py > /dev/null
python3 tools/make_md_doc.py src/garss_prep.md f8_06_rss_garss_2024_1230 heldout --levels 2 --depth level --fresh
python3 tools/make_md_doc.py src/javaguide_prep.md f8_07_notes_java_completablefuture heldout --levels 2,3,4 --depth level --fresh
python3 tools/build_f8_08.py > /dev/null
python3 tools/build_f8_09.py > /dev/null
python3 tools/build_f8_10.py > /dev/null
python3 tools/check_gold.py
