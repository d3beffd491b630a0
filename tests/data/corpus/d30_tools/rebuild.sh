#!/bin/bash
# Rebuild every document and gold of dev set 30 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev30
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), split='dev')" "$@" >/dev/null); }
# 01 WHU《古代漢語》 MOOC course notes (Hugo post; # parts, ## 第N周 weeks, ### N.M lessons; 第N周 marker split by fix_week.py)
python3 $T/make_md_doc.py src/Rosefinch-Midsummer_WHU_gudai_hanyu.md d30_01_kecheng_biji_gudai_hanyu dev --levels 1,2,3
python3 $T/fix_week.py gold/d30_01_kecheng_biji_gudai_hanyu.json
# 02 千锋 HTML+CSS course note 溯本求源_1 (### 1、… , #### sub-titles, stand-alone **bold** lines one level below their heading)
python3 $T/make_md_doc.py src/hljwkwm_QianfengFrontendNote_suben_qiuyuan_1.md d30_02_biji_html_css_suben_qiuyuan dev --levels 3,4
python3 $T/add_bold.py src/hljwkwm_QianfengFrontendNote_suben_qiuyuan_1.md d30_02_biji_html_css_suben_qiuyuan >/dev/null
# 03 千锋 HTML+CSS course note 风生水起_1 (flex/grid/rem: ### sections, #### properties, **bold** lines; trailing colons dropped)
python3 $T/make_md_doc.py src/hljwkwm_QianfengFrontendNote_fengsheng_shuiqi_1.md d30_03_biji_css_fengsheng_shuiqi dev --levels 3,4
python3 $T/add_bold.py src/hljwkwm_QianfengFrontendNote_fengsheng_shuiqi_1.md d30_03_biji_css_fengsheng_shuiqi >/dev/null
python3 $T/fix_week.py gold/d30_03_biji_css_fengsheng_shuiqi.json
# 04 Yunzai-Bot docs 运行环境 (VuePress page; ## 0.–6. numbered install steps; ::: containers and @tab labels stay as text, not headings)
python3 $T/make_md_doc.py src/YunzaiDocs_get-started_prepare.md d30_04_jiaocheng_yunzai_yunxing_huanjing dev --levels 2,3
# 05 达内 NSD2003 Python course day-1 notes (## / ### / #### with skipped levels: depth by nesting; shell "# ..." comments in code are text)
python3 $T/make_md_doc.py src/tonggh220_nsd2003_py01_day01.md d30_05_kecheng_biji_python_day01 dev --levels 2,3,4 --depth nest
# 06 Git 学习 notes (## / ### / ####; a nested-list 目录 at the top is a contents list, not headings)
python3 $T/make_md_doc.py src/stranded-fish_Skills_Git_git-learning.md d30_06_xuexi_biji_git dev --levels 2,3,4 --depth nest
# 07 Reading Notes 读书笔记 (Hugo post with TOML front matter; ## year / ## 书榜, ### book titles; numbered book lists are list items)
python3 $T/make_md_doc.py src/gebitang_content_post_notes.md d30_07_dushu_biji_reading_notes dev --levels 2,3 --depth nest
python3 $T/fix_week.py gold/d30_07_dushu_biji_reading_notes.json
# 08 曲师大 生命科学学院学生会 介绍 (Easy-QFNU VuePress page; ## （一）–（十四） departments, ### 1．/2． sub-sections; "::: tip" box is text)
python3 $T/make_md_doc.py src/W1ndys_EasyCollege_Bioscience_Union.md d30_08_jieshao_xueshenghui_shengming_kexue dev --levels 2,3,4 --depth nest
# 09 化学与化工学院学习指南 (## unnumbered, ### 1./2. and unnumbered, #### sub-titles)
python3 $T/make_md_doc.py src/W1ndys_EasyCollege_Chemistry_Learning.md d30_09_zhinan_huaxue_xueyuan_xuexi dev --levels 2,3,4 --depth nest
# 10 声明与用户协议 (## 1. / ### 1.1 decimal)
python3 $T/make_md_doc.py src/W1ndys_QuickStart_Agreement.md d30_10_shengming_yonghu_xieyi dev --levels 2,3,4 --depth nest
# 11 校园卡 常见问题 (Easy-QFNU; each question a ## heading)
python3 $T/make_md_doc.py src/W1ndys_EasySchool_CampusCard.md d30_11_changjian_wenti_xiaoyuanka dev --levels 2,3,4 --depth nest
# 12 THU《财务分析与决策》 MOOC notes (# parts, ## FAQ questions "0.…？" and weeks, ### N.M lessons; a ```md mind-map whose lines start with # is code, not headings; bold sentences are emphasis, not headings)
python3 $T/make_md_doc.py src/Rosefinch-Midsummer_THU_caiwu_fenxi.md d30_12_kecheng_biji_caiwu_fenxi dev --levels 1,2,3,4 --depth nest
python3 $T/fix_week.py gold/d30_12_kecheng_biji_caiwu_fenxi.json
python3 $T/check_gold.py
