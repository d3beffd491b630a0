#!/bin/bash
# Rebuild every document and gold of dev set 57 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev57
rm -rf docs gold; mkdir -p docs gold
T=tools
G() { python3 $T/gold_lines.py "$@" >/dev/null; }
# 01 Rust tutorial page 《所有权》 (VuePress site page, chrome kept; h2-h4 headings, '#' anchor glyph kept in the text)
python3 $T/html_blocks.py src/freecracy_r_suoyouquan.html docs/d57_01_jiaocheng_rust_suoyouquan.txt "所有权 | Rust 之旅" --drop-first-if-title >/dev/null
python3 $T/htag_gold.py src/freecracy_r_suoyouquan.html d57_01_jiaocheng_rust_suoyouquan.txt "所有权 | Rust 之旅" 2 4 >/dev/null
# 02 R tutorial chapter (bookdown page, chrome kept; 1.1-1.3 h2, the footnote block's h3 '引用')
python3 $T/html_blocks.py src/luzelai_R-in-social-model_rumen.html docs/d57_02_jiaocheng_r_yuyan_rumen.txt "章节 1 入门，认识R语言的强大功能 | 基于R语言的社会科学建模" --drop-first-if-title >/dev/null
G d57_02_jiaocheng_r_yuyan_rumen.txt "章节 1 入门，认识R语言的强大功能 | 基于R语言的社会科学建模" '[[33,1],[44,1],[50,1],[62,2]]'
# 03 Git study notes (plain text: 1.-11. sections, then 一、; the trailing empty '二、' stub is not a heading)
python3 $T/txt_doc.py src/FanstasCw_Tutorial_Git学习笔记.txt docs/d57_03_xuexi_biji_git.txt "Git学习笔记"
G d57_03_xuexi_biji_git.txt "Git学习笔记" '[[2,1],[5,1],[14,1],[18,1],[34,1],[39,1],[44,1],[48,1],[55,1],[58,1],[63,1],[68,1]]'
# 04 XSIPTV installation guide (plain text: 更新日志 label, 一、-十四、 with 1、2、 steps under 一、)
python3 $T/txt_doc.py src/FanstasCw_Tutorial_XSIPTV安装指南-新20190610.txt docs/d57_04_anzhuang_zhinan_xsiptv.txt "XSIPTV安装指南-新20190610"
G d57_04_anzhuang_zhinan_xsiptv.txt "XSIPTV安装指南-新20190610" '[[2,1],[6,1],[7,2],[10,2],[14,1],[20,1],[67,1],[75,1],[81,1],[86,1],[91,1],[96,1],[114,1],[120,1],[125,1],[144,1],[172,1]]'
# 05 computer-network study notes (Typora HTML export, h1-h6, depth by nesting)
python3 $T/html_blocks.py src/Rheinhauss_netReview_笔记.html docs/d57_05_xuexi_biji_jisuanji_wangluo.txt "笔记" --drop-first-if-title >/dev/null
python3 $T/htag_gold.py src/Rheinhauss_netReview_笔记.html d57_05_xuexi_biji_jisuanji_wangluo.txt "笔记" 1 6 >/dev/null
# 06 毕设经验 technical share (Typora HTML export, six h4 numbered as written: 1, 2, 4, 4, 5, 6)
python3 $T/html_blocks.py src/hasaki99_Computer-Graduation-Design-Notes_笔记.html docs/d57_06_jishu_fenxiang_bishe_jingyan.txt "笔记" --drop-first-if-title >/dev/null
python3 $T/htag_gold.py src/hasaki99_Computer-Graduation-Design-Notes_笔记.html d57_06_jishu_fenxiang_bishe_jingyan.txt "笔记" 4 4 >/dev/null
# 07 Python study notes (plain text: unnumbered stand-alone topic lines opening each blank-line block; bullet '•' lines,
#    '例:' and code/table lines opening a block are not headings)
python3 $T/txt_doc.py src/czczup_Python3_学习笔记.txt docs/d57_07_xuexi_biji_python3.txt "学习笔记"
G d57_07_xuexi_biji_python3.txt "学习笔记" '[[2, 1], [7, 1], [14, 1], [23, 1], [33, 1], [39, 1], [44, 1], [48, 1], [58, 1], [61, 1], [68, 1], [75, 1], [79, 1], [85, 1], [103, 1], [109, 1], [129, 1], [141, 1], [145, 1], [150, 1], [156, 1], [162, 1], [167, 1], [170, 1], [176, 1], [189, 1], [193, 1], [197, 1], [202, 1], [209, 1], [213, 1], [216, 1], [219, 1], [236, 1], [244, 1], [253, 1], [258, 1], [262, 1], [268, 1], [272, 1], [278, 1], [287, 1], [291, 1], [296, 1], [300, 1], [312, 1], [319, 1], [329, 1], [335, 1], [341, 1], [345, 1], [348, 1], [352, 1], [362, 1], [367, 1], [373, 1], [382, 1], [388, 1], [391, 1], [400, 1], [405, 1], [409, 1], [417, 1], [421, 1], [433, 1], [441, 1], [449, 1], [457, 1], [466, 1], [471, 1], [478, 1], [484, 1], [492, 1], [500, 1], [505, 1], [511, 1], [516, 1], [521, 1], [526, 1], [531, 1], [536, 1], [544, 1], [549, 1], [555, 1], [560, 1], [566, 1], [574, 1], [578, 1], [583, 1], [588, 1], [595, 1], [602, 1], [620, 1], [641, 1], [647, 1], [664, 1], [670, 1], [702, 1], [709, 1], [716, 1], [724, 1], [730, 1], [736, 1], [742, 1]]'
# 08 EasyFlash API reference (Markdown: ## 1、 / ### 1.1 / #### 1.2.1 / ##### 1.2.1.1, numbering kept as written)
python3 $T/make_md_doc.py src/armink_EasyFlash_docs_zh_api.md d57_08_api_wendang_easyflash dev --levels 2,3,4,5
# 09 Nohost open API page (Markdown: # API title, ### endpoints; numbered list items are not headings)
python3 $T/make_md_doc.py src/Tencent_nohost_docs_zh_api.md d57_09_api_wendang_nohost dev --levels 2,3
# 10 gshop-server API document (Typora HTML export; h1 title, h2 endpoints, h3 labels; contents list lines 4-13 skipped)
python3 $T/html_blocks.py src/Xuzeipan_gshop-server_API文档.html docs/d57_10_api_wendang_gshop_jiekou.txt "API文档" --drop-first-if-title >/dev/null
python3 $T/htag_gold.py src/Xuzeipan_gshop-server_API文档.html d57_10_api_wendang_gshop_jiekou.txt "API文档" 2 4 --toc 4-13 >/dev/null
# 11 secure-coding technical share (Markdown # 一、 / ## 1、 / ### 1）, plus bold stand-alone lines and two plain numbered labels)
python3 $T/make_md_doc.py src/acodekiller_app_safe_技术分享.md d57_11_jishu_fenxiang_anquan_bianma dev --levels 1,2,3 --title "技术分享"
python3 $T/fix_md_gold.py d57_11_jishu_fenxiang_anquan_bianma --add 7:3 11:3 15:3 19:3 23:3 27:3 115:4 117:4 119:5 146:5 215:3 227:3 268:4 277:4 >/dev/null
# 12 APT/XRouter technical share (Markdown # title, #### and ##### headings)
python3 $T/make_md_doc.py src/xuxingchen2018_AndroidShare2_技术分享.md d57_12_jishu_fenxiang_apt_xrouter dev --levels 4,5
python3 $T/check_gold.py
