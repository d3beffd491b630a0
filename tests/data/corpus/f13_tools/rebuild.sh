#!/bin/bash
# Rebuild every document and gold of fresh set 13 from src/ (run from /work/fresh13). Converters only; no reader code.
set -e
cd /work/fresh13
T=tools
# 01 大庆 statistics analysis: the article (id 14) whose HTML sits in a JSON example inside ArticlesBean.java
python3 - <<'PY'
import re, json
s = open('src/wzqjava_DaQingStatsDemo_ArticlesBean.java', encoding='utf-8').read()
arr = json.loads(re.search(r'articlesList : (\[.*?\])\s*\n', s).group(1))
a = [x for x in arr if x['id'] == 14][0]
open('src/daqing_articles_id14.html', 'w', encoding='utf-8').write(a['content'])
PY
python3 $T/html_blocks.py src/daqing_articles_id14.html docs/f13_01_tongji_fenxi_daqing.txt "大庆市经济运行开局良好" --drop-first-if-title
(cd $T && python3 -c "
import gold
gold.write('f13_01_tongji_fenxi_daqing.txt','大庆市经济运行开局良好',
 [(3,1)]+[(l,2) for l in (4,6,9,11,13,15,17)]+[(19,1)]+[(l,2) for l in (21,23,25,27)])" >/dev/null)
# 02 Taipei 內湖 urban plan (gitbook Markdown, chapters 0-2 concatenated in SUMMARY order)
python3 $T/make_md_doc.py src/neihu_urban_planning_ch0-2.md f13_02_dushi_jihua_taipei_neihu heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p='gold/f13_02_dushi_jihua_taipei_neihu.json'
d=json.load(open(p)); L=open('docs/f13_02_dushi_jihua_taipei_neihu.txt').read().split('\n')
hs=[h for h in d['headings'] if h['line']!=3]          # '## 臺北市政府' is the issuer's header, not a section
for h in hs:
    for m in ('壹、','貳、'):
        if h['title'].startswith(m): h['marker']=m; h['title']=h['title'][len(m):]
for ln in (282,286,290):                                # '1. 住宅區/商業區/工業區' titled sub-sections
    assert L[ln-1].startswith('1. '); hs.append({'depth':4,'marker':'1.','title':L[ln-1][3:],'line':ln})
d['headings']=sorted(hs,key=lambda h:h['line']); json.dump(d,open(p,'w'),ensure_ascii=False,indent=1)
PY
# 03 MySQL transaction notes (Markdown, ## and ###)
python3 $T/make_md_doc.py "src/dunwu_db-tutorial_03.Mysql事务.md" f13_03_biji_mysql_shiwu heldout --levels 2,3 --fresh
# 04 Dapper translation (gh-pages index.html: header + main-content section)
python3 $T/html_blocks.py src/bigbully_Dapper-translation_gh-pages_index_main.html docs/f13_04_lunwen_dapper.txt "Dapper，大规模分布式系统的跟踪系统" --drop-first-if-title
python3 $T/gold_from_htags.py src/bigbully_Dapper-translation_gh-pages_index_main.html docs/f13_04_lunwen_dapper.txt "Dapper，大规模分布式系统的跟踪系统" --skip '^作者：' >/dev/null
# 05 job page (JSP template page; the floated '查看详情' button set on its own line)
python3 $T/html_blocks.py src/xxxVincent-L_jobs_body_prepared.html docs/f13_05_zhaopin_keji_gongsi.txt "人才招聘 - 炫酷的科技公司静态html模板 - xxx"
(cd $T && python3 -c "
import gold
gold.write('f13_05_zhaopin_keji_gongsi.txt','人才招聘 - 炫酷的科技公司静态html模板 - xxx',[(22,1),(32,2),(41,1),(51,2),(60,1),(70,2),(83,1)])" >/dev/null)
# 06 浙江省生活垃圾管理条例 as a saved page of a property-management site
python3 $T/html_blocks.py src/xingduqiao_flfg_272_detail.html docs/f13_06_difang_fagui_zhejiang_laji.txt "《浙江省生活垃圾管理条例》_星渡桥"
python3 $T/law_spec.py docs/f13_06_difang_fagui_zhejiang_laji.txt 1 2 > /tmp/spec06.json
(cd $T && python3 -c "
import gold,json
gold.write('f13_06_difang_fagui_zhejiang_laji.txt','《浙江省生活垃圾管理条例》_星渡桥',[tuple(x) for x in json.load(open('/tmp/spec06.json'))])" >/dev/null)
# 07 有限责任公司章程 (legal-form handbook page of an office system)
python3 $T/html_blocks.py src/xiahuibin_yh_gongsi10_body.html docs/f13_07_zhangcheng_youxian_gongsi.txt "法律法规查询"
python3 $T/law_spec.py docs/f13_07_zhangcheng_youxian_gongsi.txt 2 3 > /tmp/spec07.json
(cd $T && python3 -c "
import gold,json
gold.write('f13_07_zhangcheng_youxian_gongsi.txt','法律法规查询',[(3,1),(15,1)]+[tuple(x) for x in json.load(open('/tmp/spec07.json'))])" >/dev/null)
# 08 两高 judicial interpretation on 贪污贿赂 (same site as 06; article labels run into the text, half-width punctuation)
python3 $T/html_blocks.py src/xingduqiao_flfg_273_detail.html docs/f13_08_sifa_jieshi_tanwu_huilu.txt "《最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》_星渡桥"
python3 - <<'PY'
import sys, json, re
sys.path.insert(0, 'tools')
from law_spec import num, CN
L = open('docs/f13_08_sifa_jieshi_tanwu_huilu.txt', encoding='utf-8').read().split('\n')
exp, spec = 1, []
for i, l in enumerate(L, 1):
    m = re.match(rf'^第([{CN}]+)条', l.strip(' \u3000'))
    if m and num(m.group(1)) == exp: spec.append([i, 1]); exp += 1
json.dump(spec, open('/tmp/spec08.json', 'w'))
PY
(cd $T && python3 -c "
import gold,json
gold.write('f13_08_sifa_jieshi_tanwu_huilu.txt','《最高人民法院、最高人民检察院关于办理贪污贿赂刑事案件适用法律若干问题的解释》_星渡桥',[tuple(x) for x in json.load(open('/tmp/spec08.json'))])" >/dev/null)
# 09 新闻联播 transcript page of 2025-11-20 (scraped from cctv.com into Markdown)
python3 $T/make_md_doc.py src/yuekcc_cctv_news_20251120.md f13_09_xinwen_lianbo_20251120 heldout --levels 2,3 --fresh
python3 $T/add_bold09.py >/dev/null
python3 $T/check_gold.py
