#!/bin/bash
# Rebuild every document and gold of fresh set 19 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh19
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 南方周末 interview (Pincong-data Hugo post, Markdown): the six bold '南方周末：' questions are headings (whole line, marker '')
(cd $T && python3 make_md_doc.py ../src/Project-Gutenberg_Pincong-data_cf6fe6d25bec6b132ba06cdc6f80d19b.md f19_01_caifang_nanfangzhoumo_ruili heldout --levels 2 --fresh >/dev/null)
(cd $T && python3 wholeline.py f19_01_caifang_nanfangzhoumo_ruili.txt "《瑞丽需要祖国的关爱》作者戴荣里：发声是我应尽之责" '[[39,1],[43,1],[47,1],[51,1],[55,1],[59,1]]' >/dev/null)
# 02 中華科技大學 (Taiwan) 教師研究評鑑施行細則, a Word-exported HTML fragment inside a JSP; 一、二、三、 are numbered
#    paragraphs, the six （一）…（六） lines inside 二、 are the titled sections
python3 $T/html_blocks.py src/CUSTEAM_CIS_ResearchEvaluateRule.jsp docs/f19_02_taiwan_zhonghua_keji_daxue_yanjiu_pingjian_xize.txt "中華科技大學教師研究評鑑施行細則" --drop-first-if-title >/dev/null
G f19_02_taiwan_zhonghua_keji_daxue_yanjiu_pingjian_xize.txt "中華科技大學教師研究評鑑施行細則" '[[6,1],[13,1],[27,1],[37,1],[42,1],[44,1]]'
# 03 AI-blog study note with decimal sections (no title in the file: its file name is given as front-matter title)
python3 - <<'PY'
raw = open('src/Jason-Chen-2017_pycnblog_zhongguo_AI_jishu_youshi.md', encoding='utf-8').read()
open('/tmp/f19_03_with_title.md', 'w', encoding='utf-8').write('---\ntitle: 中国AI技术的优势与数据的重要性\n---\n' + raw)
PY
(cd $T && python3 make_md_doc.py /tmp/f19_03_with_title.md f19_03_biji_zhongguo_AI_jishu_youshi heldout --levels 2,3,4,5 --fresh >/dev/null)
(cd $T && python3 f19_03_gold.py >/dev/null)
# 04 university news page (HTML inside a JS template literal, with its chrome: h2 title, date/source/views line);
#    the HTML between the backticks is converted; no section headings (一是/二是/三是 are run-in items of one paragraph): gold has 0 headings
python3 - <<'PY'
import re
t = open('src/lyt2045817743_Subject_Competition_Frontend_strings.js', encoding='utf-8').read()
open('/tmp/f19_04_page.html', 'w', encoding='utf-8').write(re.search(r'`(.*)`', t, re.S).group(1))
PY
python3 $T/html_blocks.py /tmp/f19_04_page.html docs/f19_04_xinwen_tiaozhanbei_chengban_tuijinhui.txt "学校召开第十二届“挑战杯”国赛承办工作推进会议" --drop-first-if-title >/dev/null
G f19_04_xinwen_tiaozhanbei_chengban_tuijinhui.txt "学校召开第十二届“挑战杯”国赛承办工作推进会议" '[]'
# 05 technical note summarising GB/T 9704 (Markdown, ## 一、… and ### levels; Markdown tables and a code block whose
#    lines start with '#' stay as text and are not headings)
(cd $T && python3 make_md_doc.py ../src/sinnohzeng_markdown-gongwen-vscode_gbt9704-typography.md f19_05_jishu_gongwen_geshi_paiban_guifan heldout --levels 2,3 --fresh >/dev/null)
# 06 company environmental emergency plan, a demo CRM page (PHP/HTML with h1-h4; page title first, panel heading and
#    h1 document title kept as chrome); h2 '1、' > h3 '1.1' > h4 '(1)'; the ①… lines are list items
python3 $T/html_blocks.py src/wangzhi81_-_yjyaxq.php docs/f19_06_qiye_huanjing_yingji_yuan.txt "应急预案详情" --drop-first-if-title >/dev/null
G f19_06_qiye_huanjing_yingji_yuan.txt "应急预案详情" '[[4,1],[5,2],[7,2],[9,2],[11,2],[13,3]]'
# 07 research report chapter (长三角高质量发展评价, Vue page): the chapter header shows chapterTitle and chapterDescription
#    (from the script part) above the template; the template's blocks one a line; p.paraBold lines （一） > 1. are the
#    headings; figure captions (图6 …) and bold run-in lead sentences inside paragraphs are not
python3 - <<'PY'
import re
t = open('src/rgj0617_yangtze_delta_development_chapter3.vue', encoding='utf-8').read()
tpl = t[t.index('<template>'):t.index('<script')]
desc = re.search(r'chapterDescription = ref\(\s*"(.*?)"\s*\)', t, re.S).group(1)
open('/tmp/f19_07_page.html', 'w', encoding='utf-8').write('<p>' + desc + '</p>\n' + tpl)
PY
python3 $T/html_blocks.py /tmp/f19_07_page.html docs/f19_07_baogao_changsanjiao_gaozhiliang_pingjia.txt "三、长三角高质量发展评价结果" >/dev/null
G f19_07_baogao_changsanjiao_gaozhiliang_pingjia.txt "三、长三角高质量发展评价结果" '[[3,1],[4,2],[6,2],[9,2],[12,1],[14,2],[17,2],[20,2],[23,2],[26,2],[29,1],[32,2],[34,2],[36,2],[38,2]]'
python3 $T/check_gold.py
