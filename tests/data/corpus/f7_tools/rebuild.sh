#!/bin/sh
# fresh7: rebuild every document and gold from f7_tools/src (writes the split each had when collected) (sources as fetched at the commits in PROVENANCE.md).
# Runs no reader code. pdftotext is poppler 22.12.
set -e
cd "$(dirname "$0")/.."
python3 f7_tools/conv_setext_law.py f7_tools/src/laosheng_zaosheng.md f7_01_law_zaosheng_wuran_fangzhi_fa
python3 make_md_doc.py f7_tools/src/bigtable_zh.md f7_02_paper_bigtable heldout --levels 3,4 --depth level --fresh --title "Bigtable: A Distributed Storage System for Structured Data 中文翻译版"
python3 make_md_doc.py f7_tools/src/golang_6_array.md f7_03_notes_golang_shuzu_qiepian heldout --levels 2,3 --depth level --fresh
python3 make_md_doc.py f7_tools/src/taipei_lantern_news_260211-2.php f7_04_twcity_taibei_dengjie_jiaotong heldout --html '<article' '</article>' --fresh
python3 make_md_doc.py f7_tools/src/hejia_zhaomuling.md f7_05_job_hejia_zhaomuling heldout --levels 2,4,5 --depth level --fresh
python3 - <<'PY'
import json, re
p = 'gold/f7_05_job_hejia_zhaomuling.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = re.sub(r'[：:]\s*$', '', h['title']).strip()   # titles without their trailing colon, as every gold
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=0) + "\n")
PY
python3 f7_tools/conv_docx_rule.py f7_tools/src/sse-list-2026.docx f7_06_rule_shangjiaosuo_shangshi_guize
pdftotext -layout -enc UTF-8 f7_tools/src/csrc-id-2023.pdf f7_tools/src/csrc-id-2023.layout.txt
python3 f7_tools/conv_pdf_rule.py f7_tools/src/csrc-id-2023.layout.txt f7_07_rule_zhengjianhui_duli_dongshi_pdf
python3 f7_tools/conv_feed_page.py f7_tools/src/flaging_feed_2021-1-28.md f7_08_rss_feed_ribao_2021_0128
python3 f7_tools/conv_npc_txt_law.py f7_tools/src/laosheng_zhongcaifa_20250912.txt f7_09_law_zhongcaifa_2025_xiuding
python3 make_md_doc.py f7_tools/src/flink_window.md f7_10_notes_flink_chuangkou heldout --levels 3,4 --depth level --fresh
python3 f7_tools/check_gold.py
