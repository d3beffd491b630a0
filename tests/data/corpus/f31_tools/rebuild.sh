#!/bin/bash
# Rebuild every document and gold of fresh set 31 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh31
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# fix.py GOLD 'python-expression over list h' : small hand edits of a converter-written gold
FIX() { python3 - "$@" <<'PY'
import json, sys
p = '/work/fresh31/gold/' + sys.argv[1]
d = json.load(open(p, encoding='utf-8'))
h = d['headings']
exec(sys.argv[2])
d['headings'] = h
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
}
# 01 study note on Markdown syntax (## 1 / ### 3.1; the '###### 六级标题' demo line is a real h6 under '## 1 标题': depth 2)
python3 $T/make_md_doc.py src/houcuiling_python_codes_xuexi_markdown.md f31_01_biji_xuexi_markdown heldout --levels 2,3,6 --fresh
#    the bold stand-alone demo line '**标题**' under it is taken as a heading too (depth 2), as bold stand-alone lines are
FIX f31_01_biji_xuexi_markdown.json "
for x in h:
    if x['title'] == '六级标题': x['depth'] = 2
h.insert(2, {'depth': 2, 'marker': '', 'title': '标题', 'line': 9})"
# 02 FAQ/guide page of a student help site (## / ###; '## 目录' over [[toc]] is the contents label, not a heading)
python3 $T/make_md_doc.py src/iUoB_help.iuob.uk_pay_README.md f31_02_faq_bominghan_jiaofei heldout --levels 2,3 --fresh
FIX f31_02_faq_bominghan_jiaofei.json "h = [x for x in h if x['title'] != '目录']"
# 03 FAQ JSP page (h1 '问题帮助' repeats the page title; each <h2> question 'Q …' is a heading)
python3 $T/html_blocks.py src/cllcsh_collectionplus_help.jsp docs/f31_03_faq_shoucang_wenti_bangzhu.txt "收藏 问题帮助" --drop-first-if-title >/dev/null
G f31_03_faq_shoucang_wenti_bangzhu.txt "收藏 问题帮助" '[[4,1],[7,1],[10,1],[13,1],[16,1]]'
# 04 GFM spec, Chinese translation, chapter 介绍 (### 1. … ### 4.; the 1.–14. question list under 3. is a Markdown list, not headings)
python3 $T/make_md_doc.py src/docschina_GFM-docs_zh-hans_jieshao.md f31_04_jishu_guifan_gfm_jieshao heldout --levels 3 --fresh
G2() { (cd $T && python3 -c "import gold2,sys,json; gold2.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 05 隐私权政策 of an outdoor-travel mini program (HTML in a JS template string; the 一、–十二、 contents list at the top is
#    not headings; 一、 depth 1, （一） depth 2; lines indented with em spaces; no title in the source: line 1 set to 隐私权政策)
python3 $T/js_template.py src/czl0325_hondou-applet_text.js privacy src/czl0325_hondou-applet_privacy.html
python3 $T/html_blocks.py src/czl0325_hondou-applet_privacy.html docs/f31_05_xieyi_yinsi_zhengce_hongdou.txt "隐私权政策" >/dev/null
G2 f31_05_xieyi_yinsi_zhengce_hongdou.txt "隐私权政策" '[[17, 1], [19, 2], [23, 2], [31, 2], [34, 2], [37, 2], [51, 1], [54, 1], [55, 2], [58, 2], [63, 2], [67, 1], [73, 1], [77, 1], [80, 1], [84, 1], [86, 1], [88, 1], [90, 1], [92, 1]]'
# 06 服务条款 PHP page (<title> and <h4> both 服务条款: the h4 repeats the title; bold 1./2./3. headings; 1.1 clauses are not)
python3 $T/html_blocks.py src/zhigangjiang_svg_hand_drawn_map_Demo.php docs/f31_06_xieyi_fuwu_tiaokuan_wddt.txt "服务条款" --drop-first-if-title >/dev/null
G f31_06_xieyi_fuwu_tiaokuan_wddt.txt "服务条款" '[[4,1],[7,1],[9,1]]'
# 07 personal three-year 总结 on a VitePress knowledge base (## / ### 1. / #### date ranges; '#### 2019.06-2020-08' is a date, not marker+title)
python3 $T/make_md_doc.py src/wangxiaoze_knowledge-base_summary_person_1.md f31_07_zongjie_sannian_huigu heldout --levels 2,3,4 --fresh
FIX f31_07_zongjie_sannian_huigu.json "
for x in h:
    if x['marker'] == '2019.06': x['marker'], x['title'] = '', '2019.06-2020-08'"
# 08, 09 中文技术文档写作规范, chapters 标题 and 文本 (## headings only; the '# 一级标题' lines inside code fences are examples,
#    kept as text; （1）（2）… rules are numbered paragraphs, not headings)
python3 $T/make_md_doc.py src/ruanyf_document-style-guide_title.md f31_08_guifan_wendang_biaoti heldout --levels 2,3,4 --fresh
python3 $T/make_md_doc.py src/ruanyf_document-style-guide_text.md f31_09_guifan_wendang_wenben heldout --levels 2,3,4 --fresh
# 10 阿里巴巴Java开发手册 chapter 五、MySQL数据库: its four GitBook files concatenated in SUMMARY.md order into
#    src/alibaba_p3c_mysql_chapter.md ('# 五、…' title; '## (一)'–'(四)' depth 1; '1. 【强制】…' rules are list items)
python3 $T/make_md_doc.py src/alibaba_p3c_mysql_chapter.md f31_10_guifan_java_shouce_mysql heldout --levels 2 --fresh
# 11 发展党员工作流程 on a student-union wiki (VuePress; front-matter title; '## 一、…阶段' depth 1; bold list items are not headings)
python3 $T/make_md_doc.py src/yukiya2077_QFNUCyberWiki_CPC-Member-Development-Process.md f31_11_liucheng_fazhan_dangyuan heldout --levels 2,3 --fresh
# 12 报账修炼手册 tutorial on the same wiki (front-matter title; the '# …:100:' line repeats the title and is not a heading;
#    '## 一、' depth 1, '### 1.1' depth 2; heading titles keep their :emoji: shortcodes as the text shows them)
python3 $T/make_md_doc.py src/yukiya2077_QFNUCyberWiki_ExpenseReimbursement.md f31_12_jiaocheng_baozhang_shouce heldout --levels 2,3 --fresh
python3 $T/check_gold.py
