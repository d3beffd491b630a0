#!/bin/bash
# Rebuild every document and gold of dev set 27 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev27
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 study note (Markdown ## 1、 / ### unnumbered), nnngu/LearningNotes JVM/03
python3 $T/make_md_doc.py src/nnngu_LearningNotes_JVM_03_laji_huishou.md d27_01_xuexi_biji_jvm_laji_huishou dev --levels 2,3
# 02 game-server panel manual (Markdown ## 1. / ### 2.1. / #### 2.3.1.), KenRen98/Manual docs/3-servergames/minecraft.md
python3 $T/make_md_doc.py src/KenRen98_Manual_servergames_minecraft.md d27_02_shiyong_shouce_minecraft_kaifu dev --levels 2,3,4
# 03 开源社 council meeting minutes (Markdown ## 议程 / ### items / #### sub-items); the year "2020" opening three item titles is not a marker
python3 $T/make_md_doc.py "src/kaiyuanshe_RFC_lishihui_2020-02-12_lihui.md" d27_03_huiyi_jiyao_kaiyuanshe_lishihui_2020 dev --levels 2,3,4
python3 - <<'PY'
import json
p = '/work/dev27/gold/d27_03_huiyi_jiyao_kaiyuanshe_lishihui_2020.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] == '2020':
        h['marker'], h['title'] = '', '2020 ' + h['title']
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 04 job posting page of 冰书 (Jekyll page: front matter dropped, HTML body one block a line; h3 sections, h4 numbered posts; 职责/要求 run-in labels are not headings)
awk 'BEGIN{n=0} /^---$/ && n<2 {n++; next} n>=2' src/rzcne_github.io_careers.md > /tmp/d27_04.html
python3 $T/html_blocks.py /tmp/d27_04.html docs/d27_04_zhaopin_bingshu_jiaru_women.txt "加入我们" --drop-first-if-title >/dev/null
G d27_04_zhaopin_bingshu_jiaru_women.txt "加入我们" '[[4,1],[5,2],[8,2],[11,1]]'
# 05 club course notice page, 燕山大学网络信息协会 (VitePress Markdown ## / ### department / #### 时间 地点 课程内容 附件)
python3 $T/make_md_doc.py src/liugu2023_yuna.team-2025_news_index.md d27_05_shetuan_tongzhi_wangxie_shouke dev --levels 2,3,4
# 06 club recruitment page of the same association (## 笔试相关 / 面试相关 / 招新Q&A; the Q&A entries are list items, not headings)
python3 $T/make_md_doc.py src/liugu2023_yuna.team-2025_join-us_how-to.md d27_06_zhaoxin_wangxie_jiaru_women dev --levels 2,3,4
# 07 开源社 council monthly brief (## 主要议题 / ### topics, each ending in the Lark user token as exported)
python3 $T/make_md_doc.py src/kaiyuanshe_RFC_lishihui_2023-09_jianbao.md d27_07_huiyi_jianbao_kaiyuanshe_lishihui_2023_09 dev --levels 2,3
# 08 game-server panel manual, Palworld page (## 1. / ### 2.1.)
python3 $T/make_md_doc.py src/KenRen98_Manual_servergames_palworld.md d27_08_shiyong_shouce_palworld_kaifu dev --levels 2,3,4
# 09 study note on binary trees (## 1、 / ### 5-1： ; the N-M： numbering is set as the marker by hand)
python3 $T/make_md_doc.py src/nnngu_LearningNotes_shujujiegou_07_erchashu.md d27_09_xuexi_biji_shujujiegou_erchashu dev --levels 2,3
python3 - <<'PY'
import json, re
p = '/work/dev27/gold/d27_09_xuexi_biji_shujujiegou_erchashu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'(\d+-\d+：)(.*)', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 10 a company's 例会制度 (Hugo post exported from a mind map: ## Why/When/Where/What/How, ### items; front matter "title :" given with --title)
python3 $T/make_md_doc.py src/samrain_posts_2013-03-28-system-of-regular-meeting.md d27_10_guizhang_zhidu_lihui_zhidu dev --levels 2,3 --title "例会制度"
# 11 the same blog's 周例会流程最佳实践 (## 1.会议主持:… steps, ## 其他)
python3 $T/make_md_doc.py src/samrain_posts_2013-03-28-weekly-meeting-process-best-practices.md d27_11_guizhang_zhidu_zhoulihui_liucheng dev --levels 2,3 --title "周例会流程最佳实践"
# 12 开源社 council meeting of 2020-05-12 (## 会议纪要 / 议程及会议记录, ### items, #### points, ##### one sub-point); the year "2020" is not a marker
python3 $T/make_md_doc.py "src/kaiyuanshe_RFC_lishihui_2020-05-12_lihui.md" d27_12_huiyi_jiyao_kaiyuanshe_lishihui_2020_05 dev --levels 2,3,4,5
python3 - <<'PY'
import json
p = '/work/dev27/gold/d27_12_huiyi_jiyao_kaiyuanshe_lishihui_2020_05.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] == '2020':
        h['marker'], h['title'] = '', '2020 ' + h['title']
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
python3 $T/check_gold.py
