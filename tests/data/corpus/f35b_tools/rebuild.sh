#!/bin/bash
# Rebuild every document and gold of fresh set 35b from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh35b
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# LAW doc title chapter_depth article_depth [section_depth]: gold = 第X章/节/条 in sequence at a line start (law_spec.py)
LAW() { f=$1; t=$2; shift 2; G "$f" "$t" "$(python3 $T/law_spec.py docs/$f "$@")"; }
# 01 全省村(社区)法律顾问微信群管理办法(试行), JSP page of a WeChat-group assistant (h3 第X章, strong 第X条)
python3 $T/html_blocks.py src/JackWuChengHao_weixinqunzhushou_RSGroupRules.jsp docs/f35b_01_weixinqun_guanli_banfa_falv_guwen.txt "群管理制度" --drop-first-if-title >/dev/null
LAW f35b_01_weixinqun_guanli_banfa_falv_guwen.txt "群管理制度" 1 2
# 02 电子科技大学Linux用户组章程 (Markdown: ## 第X章, ### 第X条 with article names; 第三条 stands before 第二条 in the source)
python3 $T/make_md_doc.py src/uestclug_application_rule.md f35b_02_zhangcheng_linux_yonghuzu heldout --levels 2,3 --fresh >/dev/null
python3 - <<'PY2'
import json
p = 'gold/f35b_02_zhangcheng_linux_yonghuzu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if not h['title']: h['title'] = h['marker']    # '### 第二十条' has no name: an article's title is its label
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY2
# 03 中国现场统计研究会质量分会章程, a static site page (h3 "1.  总则" chapters, <p> 第X条 articles, some run-in, some alone on a line)
python3 $T/html_blocks.py src/qualitycn_qualitycn.github.io_charter.html docs/f35b_03_zhangcheng_tongji_zhiliang_fenhui.txt "分会章程 - 中国现场统计研究会质量分会" --drop-first-if-title >/dev/null
G f35b_03_zhangcheng_tongji_zhiliang_fenhui.txt "分会章程 - 中国现场统计研究会质量分会" "$(python3 - <<'PY'
import re,json
L=open('docs/f35b_03_zhangcheng_tongji_zhiliang_fenhui.txt',encoding='utf-8').read().split('\n')
sp=[]
for i,l in enumerate(L,1):
    if re.match(r'^\d+\.\s',l): sp.append([i,1])                      # the page's <h3> chapters
    elif re.match(r'^第[一二三四五六七八九十百]+条',l): sp.append([i,2])  # every article at a line start (some followed by '，')
    elif l.startswith('第点三十九条'): sp.append([i,2,'第点三十九条','第点三十九条'])  # article 39, typo in the source
print(json.dumps(sp, ensure_ascii=False))
PY
)"
# 04 大数据课题组综合管理制度 (a research group's rules, Markdown ## 一、 parts / ### N. sections; no part 三 in the source)
python3 $T/make_md_doc.py src/zhuangyi1011_Estrella_dashuju_ketizu_guanli_zhidu.md f35b_04_ketizu_zonghe_guanli_zhidu heldout --levels 2,3 --fresh >/dev/null
python3 - <<'PY'
import json
p = 'gold/f35b_04_ketizu_zonghe_guanli_zhidu.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'] == '一 、课题组织架构':      # marker written with an inner space
        h['marker'], h['title'] = '一 、', '课题组织架构'
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 05 CAS协会行为准则 (a college computer club's rules, Typora HTML export: h1 = the document title again, h2 一、/二、 parts; the rest are list items)
python3 $T/html_blocks.py src/783955439_cas_guizhang_zhidu.html docs/f35b_05_xiehui_xingwei_zhunze.txt "规章制度" --drop-first-if-title >/dev/null
G f35b_05_xiehui_xingwei_zhunze.txt "规章制度" '[[4,1],[24,1]]'
# 06 國立台灣大學海洋研究所所友會組織章程, on the institute's site page (h2/h3 = the page's and the document's title; <p> 第X章 / 第X條)
python3 $T/html_blocks.py src/elviscat_oc_new_zhangcheng.html docs/f35b_06_taida_haiyang_suoyouhui_zhangcheng.txt "IONTU | 臺灣大學海洋研究所" --drop-first-if-title >/dev/null
G f35b_06_taida_haiyang_suoyouhui_zhangcheng.txt "IONTU | 臺灣大學海洋研究所" "$(python3 - <<'PY'
import re,json
L=open('docs/f35b_06_taida_haiyang_suoyouhui_zhangcheng.txt',encoding='utf-8').read().split('\n')
sp=[]
for i,l in enumerate(L,1):
    if re.match(r'^第[一二三四五六七八九十]+章',l): sp.append([i,1])
    else:
        m = re.match(r'^第[一二三四五六七八九十ㄧ]+條',l)   # article 11 is written 第十ㄧ條 (bopomofo ㄧ) in the source
        if m: sp.append([i,2,m.group(0),m.group(0)])       # gold.py knows only 条: label given as title and marker
print(json.dumps(sp, ensure_ascii=False))
PY
)"
# 07 深圳市智造产业联盟章程, an alliance's site page (h1 page title; <p> 第X章：/第X条： lines; the source repeats 第九条 and 第二十一条)
python3 $T/html_blocks.py src/micmouse_hneia.github.io_zhangcheng.html docs/f35b_07_lianmeng_zhangcheng_zhizao_chanye.txt "联盟章程－深圳市智造产业联盟" --drop-first-if-title >/dev/null
G f35b_07_lianmeng_zhangcheng_zhizao_chanye.txt "联盟章程－深圳市智造产业联盟" "$(python3 - <<'PY'
import re,json
L=open('docs/f35b_07_lianmeng_zhangcheng_zhizao_chanye.txt',encoding='utf-8').read().split('\n')
sp=[]
for i,l in enumerate(L,1):
    m = re.match(r'^第[一二三四五六七八九十]+章：(.*)',l)
    if m: sp.append([i,1,m.group(1).strip()])                         # chapter title after the full-width colon
    elif re.match(r'^第[一二三四五六七八九十]+条',l): sp.append([i,2])   # every article at a line start, repeated numbers included
print(json.dumps(sp))
PY
)"
# 08 正修科技大學資訊管理系學會組織章程 (Markdown: # parts, ## 第X章, ### sub-titles, articles as bold stand-alone **第X條** lines)
python3 $T/make_md_doc.py src/csu-mis_Association-documents_rules.md f35b_08_xuehui_zuzhi_zhangcheng_zixun heldout --levels 1,2,3 --fresh >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f35b_08_xuehui_zuzhi_zhangcheng_zixun.json'
d = json.load(open(p, encoding='utf-8'))
L = open('docs/f35b_08_xuehui_zuzhi_zhangcheng_zixun.txt', encoding='utf-8').read().split('\n')
for h in d['headings']:
    h['title'] = h['title'].rstrip('：:')                 # no trailing colon
for i, l in enumerate(L, 1):                              # bold stand-alone article labels, numbered anew in each chapter
    m = re.match(r'^(第[一二三四五六七八九十]+條)\s*$', l)
    if m: d['headings'].append({'depth': 3, 'marker': m.group(1), 'title': m.group(1), 'line': i})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 09 山东电子职业技术学院棋艺协会章程, on the club's site page (<p> 第X章 / 第X条 lines, articles run into their text without a space)
python3 $T/html_blocks.py src/1323709693_keyun.github.io_zhangcheng.html docs/f35b_09_qiyi_xiehui_zhangcheng.txt "棋艺协会官网" --drop-first-if-title >/dev/null
G f35b_09_qiyi_xiehui_zhangcheng.txt "棋艺协会官网" "$(python3 - <<'PY'
import re,json
L=open('docs/f35b_09_qiyi_xiehui_zhangcheng.txt',encoding='utf-8').read().split('\n')
sp=[]
for i,l in enumerate(L,1):
    if re.match(r'^第[一二三四五六七八九十]+章',l): sp.append([i,1])
    elif re.match(r'^第[一二三四五六七八九十]+条',l): sp.append([i,2])
print(json.dumps(sp))
PY
)"
# 10 韩中高等教育交流协会章程 (中文版), the association's site page (h3 chapters, the first one unnumbered '总则'; p.article-title
#    '第X条 名称' article titles; the footer's h1 '关于协会'/'关注我们' are site chrome, not the charter's headings)
python3 $T/html_blocks.py src/solila398_KOREA-CHINA-ASSOCIATION_zhangcheng.html docs/f35b_10_hanzhong_jiaoyu_xiehui_zhangcheng.txt "协会章程 - 韩中高等教育交流协会" --drop-first-if-title >/dev/null
G f35b_10_hanzhong_jiaoyu_xiehui_zhangcheng.txt "协会章程 - 韩中高等教育交流协会" "$(python3 - <<'PY'
import re,json
L=open('docs/f35b_10_hanzhong_jiaoyu_xiehui_zhangcheng.txt',encoding='utf-8').read().split('\n')
sp=[]
for i,l in enumerate(L,1):
    if l == '总则': sp.append([i,1])
    elif re.match(r'^第[一二三四五六七八九十]+章',l): sp.append([i,1])
    else:
        m = re.match(r'^第[一二三四五六七八九十]+条 (.+)$',l)
        if m: sp.append([i,2,m.group(1)])      # titled article: the name as title
print(json.dumps(sp, ensure_ascii=False))
PY
)"
# 11 FreeBSD 基金会章程 (Chinese translation of the FreeBSD Foundation bylaws; Markdown ## 第 N 章：X / ### 第 N.M 节 X, markers written with spaces)
python3 $T/make_md_doc.py src/FreeBSD-Ask_Chinese-FreeBSD-Community_zhangcheng.md f35b_11_jijinhui_zhangcheng_freebsd heldout --levels 2,3 --fresh >/dev/null
python3 - <<'PY'
import json, re
p = 'gold/f35b_11_jijinhui_zhangcheng_freebsd.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    t = h['title'].strip('* ')
    m = re.match(r'(第 \d+ 章)[：:\s-]*(.*)', t) or re.match(r'(第 \d+\.\d+ 节)\s*(.*)', t)
    assert m, h
    h['marker'], h['title'] = m.group(1), m.group(2).strip('* ')
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 12 天津市第四中学学生会章程制度 (a school student union's site page; <p> 第X章 lines, the (一)(二) items under them are list items)
python3 $T/html_blocks.py src/Barry36_tj4zsu.github.io_zhidu.html docs/f35b_12_xueshenghui_zhidu_tianjin_sizhong.txt "校园动态" --drop-first-if-title >/dev/null
LAW f35b_12_xueshenghui_zhidu_tianjin_sizhong.txt "校园动态" 1 2
python3 $T/check_gold.py
