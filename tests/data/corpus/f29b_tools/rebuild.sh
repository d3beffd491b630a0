#!/bin/bash
# Rebuild every document and gold of fresh set 29b from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh29b
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 SIGMOD'08 paper "Efficient Pattern Matching over Event Streams", Chinese translation (Markdown ## 1. / ### 3.1 / #### 5.2.1)
python3 $T/make_md_doc.py src/molsionmo_EventStreams_cep-sase-sigmod08.md f29b_01_lunwen_shijianliu_moshi_pipei heldout --levels 2,3,4 --fresh >/dev/null
# 02 Shadowsocks white paper, Chinese translation: the six chapter pages in README order, one file with the README title as front matter
python3 $T/make_md_doc.py src/totravel_shadowsocks-whitepaper-zh_combined.md f29b_02_baipishu_shadowsocks_xieyi heldout --levels 1,2,3 --fresh >/dev/null
# 03 Monaco & Samarra 2014 "The Terminal-Oriented Ship Stowage Planning Problem", Chinese translation (Markdown ## 1. / ### 2.1)
python3 $T/make_md_doc.py src/yuan-xin-9997_Monaco-2014_ship_stowage.md f29b_03_lunwen_chuanbo_peizai_guihua heldout --levels 2,3 --fresh >/dev/null
# 04 Pat Helland "Immutability Changes Everything", Chinese translation (Markdown ## 1.&emsp;引言 / ### 1.1&emsp;…; the &emsp; stays as U+2003)
python3 $T/make_md_doc.py src/choongth_buxiangxing_gaibian_yiqie.md f29b_04_lunwen_bubianxing_gaibian_yiqie heldout --levels 2,3 --fresh >/dev/null
# 05 "Towards High Performance Computing through Parallel Programming Paradigms and their Principles", Chinese translation
#    (## *摘要* / ## *关键词* are italic in the source; the asterisks stay in the text, the gold titles drop them)
python3 $T/make_md_doc.py src/choongth_bingxing_biancheng_HPC.md f29b_05_lunwen_bingxing_biancheng_hpc heldout --levels 2,3 --fresh >/dev/null
python3 - <<'PY'
import json
p = '/work/fresh29b/gold/f29b_05_lunwen_bingxing_biancheng_hpc.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    h['title'] = h['title'].strip('*')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 06 Bitcoin white paper, Chinese-English (2025 translation) as the repository's rendered index.html; the <h1> paper title is the title shown again; h2 sections depth 1
python3 $T/html_blocks.py src/Lizevolving_bitcoin-whitepaper_index.html docs/f29b_06_baipishu_bitebi_dianzi_xianjin.txt "比特币白皮书中英对照-2025" --drop-first-if-title >/dev/null
G f29b_06_baipishu_bitebi_dianzi_xianjin.txt "比特币白皮书中英对照-2025" '[[7,1],[12,1],[19,1],[22,1],[31,1],[50,1],[57,1],[62,1],[67,1],[72,1],[77,1],[115,1],[118,1]]'
# 07 Paul Graham "Before the Startup" (a guest lecture at Stanford), Chinese translation as the site's saved article page (chrome kept);
#    the article <h1> is the title shown again; standalone section-title paragraphs and the h2 注释 are depth 1
python3 $T/html_blocks.py src/foreverpiano_paulgraham-cn_before.html docs/f29b_07_yanjiang_chuangye_zhiqian.txt "创业之前 · Paul Graham 文集" --drop-first-if-title >/dev/null
G f29b_07_yanjiang_chuangye_zhiqian.txt "创业之前 · Paul Graham 文集" '[[13,1],[20,1],[24,1],[46,1],[53,1],[69,1]]'
# 08 Paul Graham "Great Hackers" (an OSCON 2004 talk), Chinese translation, same site and conventions as 07
python3 $T/html_blocks.py src/foreverpiano_paulgraham-cn_gh.html docs/f29b_08_yanjiang_weida_de_heike.txt "伟大的黑客 · Paul Graham 文集" --drop-first-if-title >/dev/null
G f29b_08_yanjiang_weida_de_heike.txt "伟大的黑客 · Paul Graham 文集" '[[12,1],[21,1],[32,1],[39,1],[47,1],[55,1],[62,1],[73,1],[82,1]]'
# 09 NaturalDAO white paper (Chinese, GitBook README): Markdown levels 1-5 by rank; the page's own # 'NaturalDAO 是什么？' is the title line;
#    fixes: '#### 概况' directly under '## Part 5.' is depth 3 (no level 3 between); 'Part N.' is the marker of the Part headings;
#    '# ==五、…' keeps its == highlight mark in the text, so its marker is '' and its title is the text as written
python3 $T/make_md_doc.py src/naturaldao_Whitepaper-Chinese-Simplified_README.md f29b_09_baipishu_naturaldao heldout --levels 1,2,3,4,5 --fresh >/dev/null
python3 - <<'PY'
import json, re
p = '/work/fresh29b/gold/f29b_09_baipishu_naturaldao.json'
d = json.load(open(p, encoding='utf-8'))
prev = 0
for h in d['headings']:
    if h['depth'] > prev + 1:
        h['depth'] = prev + 1
    prev = h['depth']
    m = re.match(r'(Part \d+\.) (.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 10 notes on Richard Hamming's talk "You and Your Research" (a personal notes repository): ## 一、…十一、 and one unnumbered ## heading, depth 1
python3 $T/make_md_doc.py src/petergithub_notes_You.and.Your.Research.md f29b_10_jianghua_biji_ni_he_ni_de_yanjiu heldout --levels 2 --fresh >/dev/null
# 11 David Foster Wallace "This is Water" (Kenyon 2005 commencement speech), bilingual web clip (English paragraph, then its Chinese
#    machine-style translation); the clip has no section headings at all (the closing bold 'Still Curious?' is a run-in lead): empty gold
python3 $T/make_md_doc.py src/saccohuo_clip_this-is-water.md f29b_11_yanjiang_zhe_shi_shui heldout --levels 2,3 --fresh >/dev/null
# 12 Stonebraker "The Case for Shared Nothing", Chinese translation (same repository as 04/05); '### 参考文献' is level 3 in the source, so depth 2 under '6. 结论'
python3 $T/make_md_doc.py src/choongth_lun_wu_gongxiang.md f29b_12_lunwen_lun_wu_gongxiang heldout --levels 2,3 --fresh >/dev/null
python3 $T/check_gold.py
