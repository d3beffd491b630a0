#!/bin/bash
# Rebuild every document and gold of dev set 61 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev61
T=tools
mkdir -p docs gold
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 SmartOA 公司员工手册 (x1tr/OAMS 员工手册.txt; plain text copied as it is, line 1 is its title): 第一章–第十章
cp src/x1tr_OAMS_yuangong_shouce.txt docs/d61_01_yuangong_shouce_smartoa.txt
G d61_01_yuangong_shouce_smartoa.txt "SmartOA 公司员工手册" '[[3,1],[6,1],[14,1],[17,1],[20,1],[23,1],[26,1],[29,1],[32,1],[35,1]]'
# 02 考勤管理制度 (x1tr/OAMS 考勤管理制度.txt; plain text as it is): 第一条 总则 … 第十条, each with a caption (title = label)
cp src/x1tr_OAMS_kaoqin_guanli_zhidu.txt docs/d61_02_kaoqin_guanli_zhidu_smartoa.txt
G d61_02_kaoqin_guanli_zhidu_smartoa.txt "考勤管理制度" '[[3,1],[6,1],[10,1],[13,1],[16,1],[19,1],[22,1],[25,1],[28,1],[31,1]]'
# 03 公司制度 (xuxueh/rag-qa 公司制度.txt; two rule sets in one file with no title of its own: a title line from the
#    file name, then the text as it is): 公司考勤制度 / 公司报销制度 unnumbered depth 1, their run-in 第X条： depth 2
{ echo "公司制度"; cat src/xuxueh_rag-qa_gongsi_zhidu.txt; } > docs/d61_03_gongsi_zhidu_kaoqin_baoxiao.txt
G d61_03_gongsi_zhidu_kaoqin_baoxiao.txt "公司制度" '[[2,1],[4,2],[5,2],[6,2],[7,2],[8,2],[9,2],[10,2],[12,1],[14,2],[15,2],[16,2],[17,2]]'
# 04 NFU 機器人實驗室 GitHub 成員守則, the Docusaurus-built page (deploy branch) as saved HTML, chrome kept (h2 depth 1, h3 depth 2; the h1 repeats the title; the hash-link leaves a U+200B after each heading text, titles given without it; the right-hand TOC list is not headings)
python3 $T/html_blocks.py src/nfu-irs-lab_deploy_docs_member-rules_index.html docs/d61_04_shiyanshi_github_chengyuan_shouze.txt "GitHub 成員守則 | NFU 機器人實驗室" --drop-first-if-title >/dev/null
G d61_04_shiyanshi_github_chengyuan_shouze.txt "GitHub 成員守則 | NFU 機器人實驗室" '[[16,1,"成員"],[17,2,"適用身份範圍"],[19,2,"內容"],[22,1,"管理員與擁有者"],[23,2,"適用身份範圍"],[26,2,"內容"]]'
# 05 NFU 機器人實驗室 一般核銷須知 (Markdown, main branch): ## depth 1, ### depth 2
python3 $T/make_md_doc.py src/nfu-irs-lab_general-reimburse-instructions.md d61_05_shiyanshi_hexiao_xuzhi dev --levels 2,3
# 06 中華AI應用發展協會章程 (Hugo site, zh-tw page; Markdown): ## 第X章 depth 1, ### 第X条 depth 2 (title = label),
#    #### 个人會員… depth 3, and the bold stand-alone 一、…九、 task lines under 第三条 depth 3 (added from the source)
python3 $T/make_md_doc.py src/blowfish-CAIADA_charter.zh-tw.md d61_06_xiehui_zhangcheng_caiada dev --levels 2,3,4
python3 - <<'PY'
import json, re
p = 'gold/d61_06_xiehui_zhangcheng_caiada.json'
d = json.load(open(p, encoding='utf-8'))
L = open('docs/d61_06_xiehui_zhangcheng_caiada.txt', encoding='utf-8').read().split('\n')
hs = []
for h in d['headings']:
    if re.fullmatch(r'第[一二三四五六七八九十]+条', h['marker']):
        h['title'] = h['marker']          # an article's title is its label
    hs.append(h)
for i, s in enumerate(L, 1):               # **一、技術研发与推广** … **九、两岸交流** (bold stand-alone lines)
    m = re.fullmatch(r'([一二三四五六七八九]、)(.+)', s)
    if m and 17 < i < 49:
        hs.append({'depth': 3, 'marker': m.group(1), 'title': m.group(2), 'line': i})
d['headings'] = sorted(hs, key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 07 上海市南洋模范中学生存手册 (students' MkDocs wiki), built page 晚自习 (my-wiki/site/…/index.html) as saved HTML, chrome kept:
#    h1 repeats the article title (not a heading), the sidebar TOC lines are contents; h2 depth 1, h4 depth 2; the
#    Search / Keyboard Shortcuts modal h4s are site chrome, not headings
python3 $T/html_blocks.py src/nm-wiki_site_self_study_at_night_index.html docs/d61_07_xuexiao_wanzixi_shuoming_nanmo.txt "晚自习 - 上海市南洋模范中学生存手册" --drop-first-if-title >/dev/null
G d61_07_xuexiao_wanzixi_shuoming_nanmo.txt "晚自习 - 上海市南洋模范中学生存手册" '[[54,1],[57,1],[58,2],[61,2],[64,2],[66,2]]'
# 08 Lu Lab (清华) FAQ, the lab handbook page as last held at FAQ.md (commit 631e050, before it was archived):
#    ## 科研方式 / 实验室规范 / … depth 1, ### questions depth 2 (questions are headings); bold list items are not
python3 $T/make_md_doc.py src/lulab_FAQ.md d61_08_shiyanshi_faq_lulab dev --levels 2,3
# 09 北京校友体育大联盟 2015中国高校北京校友杯足球邀请赛 竞赛规程, a Word-saved HTML page (data/rule/2015M100.php; its <title>
#    is a 2013 league's, kept as line 1), chrome kept: 第X章 depth 1, 第X条 depth 2 (title = label; numbering as written,
#    第十四条 is followed by 第十八条), and 一、 lines that are bare titles whose sibling items are titles too depth 3
#    (第十一条, 第十二条, 第二十三条); 一、 items that are sentences are numbered paragraphs, not headings
python3 $T/html_blocks.py src/Renyiball_ryq_2015M100.php docs/d61_09_zuqiu_lianmeng_jingsai_guicheng.txt "2013年寰宇群英北京足球甲级联赛规程" --drop-first-if-title >/dev/null
G d61_09_zuqiu_lianmeng_jingsai_guicheng.txt "2013年寰宇群英北京足球甲级联赛规程" '[[4,1],[5,2],[6,2],[7,2],[8,2],[9,1],[10,2],[11,2],[15,2],[29,2],[33,2],[36,1],[37,2],[43,2],[44,3],[53,1],[54,2],[55,3],[60,3],[62,1],[63,2],[85,2],[97,2],[104,2],[106,1],[107,2],[109,2],[112,1],[113,2],[115,1],[116,2],[117,3],[119,3],[121,1],[122,2]]'
# 10 台北市健言社 102年第二次講師認證考試辦法, a saved page of the club's site (news/event_20130720.html), chrome kept:
#    the h3 title is shown twice (not a heading); the h4 labels of its table (時間/地點/費用/認證辦法/報名方式) depth 1;
#    under 認證辦法 the stand-alone label 參與認證資格 and the 一、…八、 label run-ins depth 2 (titles cut at the colon)
python3 $T/html_blocks.py src/TMC1974_news_event_20130720.html docs/d61_10_taibei_jianyanshe_jiangshi_renzheng_banfa.txt "台北市健言社-口才訓練課程,口才訓練班,演講技巧,演講技巧訓練,人際關係" --drop-first-if-title >/dev/null
G d61_10_taibei_jianyanshe_jiangshi_renzheng_banfa.txt "台北市健言社-口才訓練課程,口才訓練班,演講技巧,演講技巧訓練,人際關係" '[[27,1],[30,1],[32,1],[34,1],[35,2,"參與認證資格"],[38,2,"考試時間"],[39,2,"考試方式"],[40,2,"評鑑費用"],[41,2,"評鑑範圍"],[42,2,"評分標準"],[46,2,"錄取標準"],[47,2,"成績公佈"],[48,2,"注意事項"],[51,1]]'
# 11 第21届智能车竞赛蚂蚁搬家组搬运任务说明 (competition committee's rules for one event group, a web-page text saved as
#    规则.txt, commit 2d13b9d, before the file was merged away; plain text copied as it is, line 1 its title; shop
#    captions and link lists scraped with it kept). 01 搬运任务 depth 1 (marker '01'), 一、…四、 questions depth 2,
#    the stand-alone （1） 路面凸起 / （2） 砖块路障 depth 3 (lines indented with U+2003), the trailing ■ 相关文献链接 / ● 相关图表链接
#    labels depth 1; the （1）–（3） item specs under 二、 are list items, not headings
cp src/WCBSG_21_guize.txt docs/d61_11_zhinengche_jingsai_banyun_renwu_shuoming.txt
G d61_11_zhinengche_jingsai_banyun_renwu_shuoming.txt "第21届智能车竞赛蚂蚁搬家组搬运任务说明" '[[9,1,"搬运任务","01"],[10,2],[49,2],[70,2],[80,2],[83,3,"路面凸起","（1）"],[92,3,"砖块路障","（2）"],[104,1,"相关文献链接",""],[126,1,"相关图表链接",""]]'
# 12 南科手册 (SUSTech student-run handbook) 学习制度与信息 by 树德书院 (Markdown, as at the snapshot's HEAD, last changed in
#    cbd0d75): ## depth 1, ### depth 2, #### depth 3; under 学籍管理 the bold stand-alone labels of its quoted rules
#    (学业警示 / 强制休学 / 退学 / 关于考试与成绩) depth 2, added from the source
python3 $T/make_md_doc.py src/sustech-online-ng_info-on-study.md d61_12_xuesheng_shouce_xuexi_zhidu_sustech dev --levels 2,3,4
python3 - <<'PY'
import json
p = 'gold/d61_12_xuesheng_shouce_xuexi_zhidu_sustech.json'
d = json.load(open(p, encoding='utf-8'))
L = open('docs/d61_12_xuesheng_shouce_xuexi_zhidu_sustech.txt', encoding='utf-8').read().split('\n')
start = next(h['line'] for h in d['headings'] if h['title'] == '学籍管理')
for t in ('学业警示', '强制休学', '退学', '关于考试与成绩'):
    ln = next(i for i, s in enumerate(L, 1) if i > start and s.strip() == t)
    d['headings'].append({'depth': 2, 'marker': '', 'title': t, 'line': ln})
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
python3 $T/check_gold.py
