#!/bin/bash
# Rebuild every document and gold of dev set 20 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev20
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), 'dev')" "$@" >/dev/null); }
L1() { head -1 docs/$1; }
# 01 南开大学 校长 毕业典礼讲话 2022 (Hugo post of a news crawl; three bold stand-alone unnumbered part headings)
python3 $T/make_md_doc.py src/greeedyboy_hugowebs_nankai_4482e3eb_biye_jianghua_2022.md d20_01_jianghua_nankai_biye_dianli_2022 dev --levels 9
G d20_01_jianghua_nankai_biye_dianli_2022.txt "$(L1 d20_01_jianghua_nankai_biye_dianli_2022.txt)" '[[23,1],[29,1],[35,1]]'
# 02 南开大学 校长 开学典礼讲话 2021 (bold run-in part headings '惟…者，方为“志士”。'; bold salutations are not headings)
python3 $T/make_md_doc.py src/greeedyboy_hugowebs_nankai_c5a29b0b_kaixue_jianghua_2021.md d20_02_jianghua_nankai_kaixue_dianli_2021 dev --levels 9
G d20_02_jianghua_nankai_kaixue_dianli_2021.txt "$(L1 d20_02_jianghua_nankai_kaixue_dianli_2021.txt)" '[[27,1],[31,1],[35,1]]'
# 03 四川农业大学 《研究生学籍管理办法》解读 (bold stand-alone 一是/二是/三是 headings; marker written '一是')
python3 $T/make_md_doc.py src/greeedyboy_hugowebs_sicau_eecae1a6_xueji_guanli_banfa_jiedu.md d20_03_jiedu_sicau_yanjiusheng_xueji_banfa dev --levels 9
G d20_03_jiedu_sicau_yanjiusheng_xueji_banfa.txt "$(L1 d20_03_jiedu_sicau_yanjiusheng_xueji_banfa.txt)" \
 '[[5,1,"从严把控质量标准，建立健全制度规范","一是"],[11,1,"优化规范工作流程，完善管理服务体系","二是"],[15,1,"关照学生发展实际，维护学生合法权益","三是"]]'
# 04 镜海盟宪章 (an IT alliance's own charter, ASP.NET page of the alliance's site; Word-exported HTML, chrome none)
python3 $T/html_blocks.py src/gotodk_jhmonline_xianzhang.aspx docs/d20_04_zhangcheng_jinghaimeng_xianzhang.txt "镜海盟宪章" >/dev/null
python3 - >/dev/null <<'PY'
import re, sys
sys.path.insert(0, '/work/dev20/tools'); import gold
L = open('/work/dev20/docs/d20_04_zhangcheng_jinghaimeng_xianzhang.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L[1:], 2):
    s = l.strip()
    if s == '序言':
        spec.append([i, 1, '序言', ''])
    elif (m := re.match(r'^(第[一二三四五六七八九十]+章\.)\s*(.+)$', s)):
        spec.append([i, 1, m.group(2), m.group(1)])
    elif (m := re.match(r'^(第[一二三四五六七八九十]+条\.)\s*(.+)$', s)):
        spec.append([i, 2, m.group(1)[:-1], m.group(1)])          # an article's title is its label
    elif (m := re.match(r'^(\d+\.)\s*(\S.*)$', s)) and not re.search(r'[。；;，,：:]', s) and len(s) <= 22:
        spec.append([i, 3, m.group(2), m.group(1)])               # titled sub-section '1. 加入条件'
    elif (m := re.match(r'^(（\d+）|\d+[)）])\s*(\S.*)$', s)) and not re.search(r'[。；;，,]', s) and len(s) <= 22:
        spec.append([i, 4, m.group(2).rstrip('：:'), m.group(1)])  # '（1） 见习盟友', '1) 负责人选择'
gold.write('d20_04_zhangcheng_jinghaimeng_xianzhang.txt', L[0], spec, 'dev')
PY
# 05 湖北师范学院绿源环保协会 规章制度 (a student society's own rules on its site's 关于我们 JSP page: four tab panels; chapters in 【】, articles restarting at 第一条 in each chapter, 第四章 twice, two 第一条 in 附则 — all as in the source)
python3 $T/html_blocks.py src/system-designer_HRMS_hbnuddz_gywm.jsp docs/d20_05_guizhang_shetuan_lvyuan_huanbao_xiehui.txt "关于我们" >/dev/null
python3 - >/dev/null <<'PY'
import re, sys
sys.path.insert(0, '/work/dev20/tools'); import gold
L = open('/work/dev20/docs/d20_05_guizhang_shetuan_lvyuan_huanbao_xiehui.txt', encoding='utf-8').read().split('\n')
panels = {'湖北师范学院绿源环保协会', '湖北师范学院绿源环保协会规章制度', '绿源环保协会组织机构', '绿源环保协会成员表'}
spec, in_rules = [], False
for i, l in enumerate(L[1:], 2):
    s = l.strip()
    if s in panels:
        if s == '湖北师范学院绿源环保协会' and in_rules:
            continue                                             # the signature under the rules, not a heading
        spec.append([i, 1, s, '']); in_rules = s.endswith('规章制度')
    elif in_rules and (m := re.fullmatch(r'【(.+)】', s)):
        spec.append([i, 2, m.group(1), ''])                      # bracketed chapter line: marker left empty (line starts with 【)
    elif in_rules and (m := re.match(r'^(第[一二三四五六七八九十]+条)：', s)):
        spec.append([i, 3, m.group(1), m.group(1)])              # run-in article: title is its label
gold.write('d20_05_guizhang_shetuan_lvyuan_huanbao_xiehui.txt', L[0], spec, 'dev')
PY
# 06 善园基金会 announcement of the 善园 foundation-stone event (a charity foundation's site, JSP page; 一、二、三、 bold parts, ①–④ 【…】 programme items under 三、; Wingdings 'u' bullets kept as scraped)
python3 $T/html_blocks.py src/windmill1992_home_news_new1.jsp docs/d20_06_gonggao_shanyuan_jijinhui_dianji.txt "善园基金会-宁波公益地标“善园”奠基仪式于17日举行" >/dev/null
G d20_06_gonggao_shanyuan_jijinhui_dianji.txt "$(L1 d20_06_gonggao_shanyuan_jijinhui_dianji.txt)" \
 '[[5,1],[7,1],[10,1],[11,2,"义乡鄞州发布","①"],[14,2,"“牵手鄞州”公益创投项目启动仪式","②"],[19,2,"善园奠基仪式","③"],[23,2,"参观环节","④"]]'
# 07 哈尔滨工程大学 interview 【强特色 创一流】对话段文洋（下） (Hugo post of a news crawl; each '问：…' question is a heading, as decided this round; marker '' and the whole question as title, as in d14_03)
python3 $T/make_md_doc.py src/greeedyboy_hugowebs_hrbeu_1257a5c8_duihua_duanwenyang.md d20_07_fangtan_hrbeu_duihua_duanwenyang dev --levels 9
python3 - >/dev/null <<'PY'
import sys
sys.path.insert(0, '/work/dev20/tools'); import gold
L = open('/work/dev20/docs/d20_07_fangtan_hrbeu_duihua_duanwenyang.txt', encoding='utf-8').read().split('\n')
spec = [[i, 1, l.strip(), ''] for i, l in enumerate(L, 1) if l.startswith('问：')]
gold.write('d20_07_fangtan_hrbeu_duihua_duanwenyang.txt', L[0], spec, 'dev')
PY
# 08 广东医科大学 成人高等教育 2018级新生 报到须知 (JSP page of the school's adult-education system; div.div_t headings 一、二、三、 ending in '：'; the page title repeated by <title> dropped)
python3 $T/html_blocks.py src/mctz_hnjk-parent_gdy_guidelines1.jsp docs/d20_08_xuzhi_guangdong_yike_daxue_baodao.txt "报到须知" --drop-first-if-title >/dev/null
G d20_08_xuzhi_guangdong_yike_daxue_baodao.txt "报到须知" '[[4,1],[9,1],[12,1]]'
# 09 國立臺北護理健康大學 e-news headline 北護74榮耀雙喜 (Taiwan university press item on the school's e-news PHP page; no section headings: gold is empty — the breadcrumb h2 頭條新聞 and the entry-title h2 repeating the title are not headings)
python3 $T/html_blocks.py src/luckypig3400_Ntunhs_views_headlines_single.php docs/d20_09_xinwen_beihu_xiaoqing_74.txt "北護74榮耀雙喜 學思爾雅二樓啟用" >/dev/null
G d20_09_xinwen_beihu_xiaoqing_74.txt "北護74榮耀雙喜 學思爾雅二樓啟用" '[]'
# 10 哈尔滨工程大学 校长姚郁's article 面向海洋未来科技领军人才培养的智慧海洋学院建设研究 (Hugo post of a news crawl, full text: bold 摘 要/一、/（一）/参考文献 lines, plain '1.' titled sub-sections, （1） run-in paragraphs; bold '[1]' citation markers are not headings)
python3 $T/make_md_doc.py src/greeedyboy_hugowebs_hrbeu_eefaf730_yaoyu_zhihui_haiyang.md d20_10_wenzhang_hrbeu_yaoyu_zhihui_haiyang dev --levels 9
python3 - >/dev/null <<'PY'
import re, sys
sys.path.insert(0, '/work/dev20/tools'); import gold
L = open('/work/dev20/docs/d20_10_wenzhang_hrbeu_yaoyu_zhihui_haiyang.txt', encoding='utf-8').read().split('\n')
spec = []
for i, l in enumerate(L[1:], 2):
    s = l.strip()
    if s in ('摘 要：', '参考文献'):
        spec.append([i, 1])
    elif re.match(r'^[一二三四五六七八九十]+、', s):
        spec.append([i, 1])
    elif re.match(r'^（[一二三四五六七八九十]+）', s):
        spec.append([i, 2])
    elif re.match(r'^\d+\.\S', s) and len(s) <= 20:
        spec.append([i, 3])                      # '1.学科专业交叉融合突破'
    elif re.match(r'^（\d+）', s):
        spec.append([i, 4])                      # run-in '（1）海洋智能感知。…' cut at the first 。
gold.write('d20_10_wenzhang_hrbeu_yaoyu_zhihui_haiyang.txt', L[0], spec, 'dev')
PY
#NEXT
python3 $T/check_gold.py
