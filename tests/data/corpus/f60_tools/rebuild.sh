#!/bin/bash
# Rebuild every document and gold of fresh set 60 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh60
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 本科毕业设计 开题报告 (plain .txt; 一、 > 1. > 1.1; the 写作提纲 chapter list is a contents list, not headings)
python3 $T/extract_lines.py src/huanxiaomang_mini-vite_kaiti_baogao.txt docs/f60_01_kaiti_baogao_qianduan_goujian.txt "开  题  报  告" >/dev/null
G f60_01_kaiti_baogao_qianduan_goujian.txt "开  题  报  告" '[[4,1],[6,2],[10,2],[16,2],[24,2],[45,1],[47,2],[49,3],[55,3],[61,2],[63,3],[67,3],[71,3],[75,3],[80,1],[97,1]]'
# 02 学生竞赛获奖申报平台 结题报告 (Markdown: ## 一、 > ### 1.1 > #### 2.1.1 / #### （1）)
python3 $T/make_md_doc.py src/Zzzzr0950_competition-platform_jieti_baogao.md f60_02_jieti_baogao_jingsai_pingtai heldout --levels 2,3,4 --fresh >/dev/null
# 03 CSDI-RDE-GPR 论文式结题报告 (Markdown: ## 摘要/引言/1. > ### 1.1 > #### 3.1.1 and unnumbered ####)
python3 $T/make_md_doc.py src/yunxichu_CSDI-RDE_jieti_baogao.md f60_03_lunwen_csdi_rde_gpr heldout --levels 2,3,4 --fresh >/dev/null
# 04 智能冰箱项目 答辩稿 (a student's defence speech; Markdown ### 一、 … 六、)
python3 $T/make_md_doc.py src/tjdamn_experiment-6_yanjianggao.md f60_04_dabian_gao_zhineng_bingxiang heldout --levels 3 --fresh >/dev/null
# 05 课程实践报告《进程调度算法的模拟及分析》, a Markdown Preview Enhanced HTML export (page title "readme"; the h2 article title repeats the document title; h3 depth 1, h4 depth 2)
python3 $T/html_blocks.py src/I0me0I_process-schedule-python_baogao.html docs/f60_05_kecheng_baogao_jincheng_diaodu.txt "readme" --drop-first-if-title >/dev/null
G f60_05_kecheng_baogao_jincheng_diaodu.txt "readme" '[[3,1],[11,1],[16,1],[17,2],[27,2],[31,2],[35,2],[38,1],[40,2],[48,2],[63,2],[80,2],[98,2],[100,1],[105,1]]'
# 06 小组项目《AI Agent调用小模型预测股票收益率——进度汇报》, a Markdown Preview Enhanced HTML export (page title "报告"; h1 repeats the title; h2 depth 1, h3 depth 2, h4 depth 3; bold stand-alone <p><strong> lines 详细设计 / 一、 / 二、 depth 4; numbered list items are not headings)
python3 $T/html_blocks.py src/DJ-Yosef_JAVA-groupwork_baogao.html docs/f60_06_jindu_huibao_gupiao_yuce.txt "报告" --drop-first-if-title >/dev/null
G f60_06_jindu_huibao_gupiao_yuce.txt "报告" '[[3,1],[4,2],[15,2],[16,3],[23,3],[28,3],[37,1],[38,2],[39,3],[48,4],[103,3],[106,4],[120,4],[130,3],[133,2],[134,3],[137,3],[140,3],[143,3],[146,2],[147,3],[149,3],[151,3],[153,1],[154,2],[161,2],[177,1]]'
# 07 a Chinese report page on the HPP deep-phenotyping paper (Nature Medicine), a single-file HTML page with a sidebar (nav h1 "HPP 研究报告" and a contents list: chrome, not headings); numbered h2 sections (a "2.1" h2 nests under "2."), h3-h5 below; the "图N：" h4 figure titles are not headings
T7="人类表型项目中健康-疾病连续体的深度表型分析 | Nature Medicine"
python3 $T/html_blocks.py src/CarterYin_HTML-CSS-JS_huibao.html docs/f60_07_lunwen_huibao_hpp_biaoxing.txt "$T7" --drop-first-if-title >/dev/null
python3 $T/gold_htags_nested.py src/CarterYin_HTML-CSS-JS_huibao.html docs/f60_07_lunwen_huibao_hpp_biaoxing.txt "$T7" --skip '^图\d+：' --from 10 >/dev/null
# 08 a student's 讲稿 (lecture script) on optimizers, CNN layers and entropy for an MNIST intro talk (Markdown without a title of its own: line 1 is the file name 讲稿, the first ## is a section; ## depth 1, ### 2, #### 3; keycap numbers 1️⃣/2️⃣ are markers, set by hand; a heading that is a whole sentence loses its final 。)
python3 $T/make_md_doc.py src/ShirakawaSanae_MNIST-intro_jianggao.md f60_08_jianggao_youhuaqi_cnn heldout --levels 2,3,4 --fresh --keep-first-heading --title "讲稿" >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f60_08_jianggao_youhuaqi_cnn.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    m = re.match(r'^([0-9]\ufe0f\u20e3)\s*(.*)$', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
    h['title'] = h['title'].rstrip('。')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 09 a student team's 答辩稿 (defence speech) for a web-design contest (Markdown # title, ## sections incl. the Q&A part and three members' names; the numbered "1. 首页:" items are Markdown list items, not headings)
python3 $T/make_md_doc.py src/Jack-Bie_ZeroCup2022_dabiangao.md f60_09_dabiangao_wuda_chuansongmen heldout --levels 2 --fresh >/dev/null
# 10 本科毕业论文答辩稿 (speech; Markdown # title, ## 一、…五、, ### 1./第一个假设, #### 第一阶段; under ## 四、 the source writes its numbered parts "## 1." … "## 7." at the same markup level as 四、: by their numbering they nest under 四、, so they are depth 2 and their ### depth 3 (set by hand); "第一，" / "第二，" are markers)
python3 $T/make_md_doc.py src/Lewis121025_bishe_dabiangao.md f60_10_dabiangao_caizheng_butie heldout --levels 2,3,4 --fresh >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f60_10_dabiangao_caizheng_butie.json'
d = json.load(open(p, encoding='utf-8'))
inside = False
for h in d['headings']:
    if h['marker'] in ('四、', '五、'):
        inside = h['marker'] == '四、'
        continue
    if inside:
        h['depth'] += 1
    m = re.match(r'^(第[一二三四五六七八九十]+，)(.*)$', h['title'])
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 11 a student's 讲稿 for a database course project (SQL 在线测评系统) (Markdown without a title of its own: line 1 is the file name 讲稿; ## 1.…4. and ## 附录 depth 1; the bold stand-alone lines **3.1 …** … **3.4 …** under 3. are headings at depth 2, added by hand)
python3 $T/make_md_doc.py src/MadMadline_sql-oj_jianggao.md f60_11_jianggao_sql_ceping heldout --levels 2 --fresh --keep-first-heading --title "讲稿" >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f60_11_jianggao_sql_ceping.json'
d = json.load(open(p, encoding='utf-8'))
L = open('docs/' + d['file'], encoding='utf-8').read().split('\n')
for i, l in enumerate(L):
    m = re.match(r'^(3\.[1-4]) (.+?)\s*$', l)
    if m:
        d['headings'].append({'depth': 2, 'marker': m.group(1), 'title': m.group(2), 'line': i + 1})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 12 a student's 项目讲解演讲稿 (lecture-style walkthrough of a course project) (Markdown # title, ## 第一部分：… 第九部分 and 结语 depth 1, ### 1.1 depth 2, #### 3.1.1 depth 3; the "第X部分" marker and the title after "：" are set by hand, as the converter reads only "第X部")
python3 $T/make_md_doc.py src/AlivinChan_badminton_system_yanjianggao.md f60_12_jianggao_yumaoqiu_yuyue heldout --levels 2,3,4 --fresh >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f60_12_jianggao_yumaoqiu_yuyue.json'
d = json.load(open(p, encoding='utf-8'))
L = open('docs/' + d['file'], encoding='utf-8').read().split('\n')
for h in d['headings']:
    m = re.match(r'^(第[一二三四五六七八九十]+部分)：(.*)$', L[h['line'] - 1].strip())
    if m:
        h['marker'], h['title'] = m.group(1), m.group(2)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
python3 $T/check_gold.py
