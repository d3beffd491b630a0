#!/bin/bash
# Rebuild every document and gold of dev set 47 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev47
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# fix NAME PYTHON-EXPR-ON-d : edit a gold written by make_md_doc.py
fix() { python3 - "$1" "$2" <<'PY'
import json, sys
p = 'gold/' + sys.argv[1] + '.json'
d = json.load(open(p, encoding='utf-8'))
lines = open('docs/' + sys.argv[1] + '.txt', encoding='utf-8').read().split('\n')
import re
exec(sys.argv[2])
d['headings'].sort(key=lambda h: h['line'])
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
}
# add(d, line, depth): a heading from the text line (marker = leading number like '1.' or '4.', title the rest)
# 01 扫码点餐系统 需求规格说明书 (course project, Markdown ### 1. / #### 1.1 / ##### 用例组; bold '**1. 注册**' lines under each 用例组 added by hand at depth 4)
python3 $T/make_md_doc.py src/SAAD-CAT_Scan-code-ordering-system_xuqiu_guige_shuomingshu.md d47_01_xuqiu_guige_shuomingshu_saoma_diancan dev --levels 3,4,5
fix d47_01_xuqiu_guige_shuomingshu_saoma_diancan '
for ln in (62,78,82,94,106,110,114,118,122,132,136):
    m = re.match(r"(\d+\.)\s*(.*)", lines[ln-1]); assert m, ln
    d["headings"].append({"depth": 4, "marker": m.group(1), "title": m.group(2).strip(), "line": ln})
'
# 02 HUST 计算机组成原理 课程设计报告 (GitBook: README.md then the pages in SUMMARY.md order, concatenated by gitbook_concat.py;
#    depth from SUMMARY nesting plus the page's own # levels; README's first heading is the title line)
python3 $T/gitbook_concat.py src/szwathub_32BitMipsCpuLogisim src/szwathub_32BitMipsCpuLogisim_book.md src/szwathub_32BitMipsCpuLogisim_depths.json >/dev/null
python3 $T/make_md_doc.py src/szwathub_32BitMipsCpuLogisim_book.md d47_02_kecheng_sheji_baogao_mips_cpu dev --levels 1,2,3,4,5
fix d47_02_kecheng_sheji_baogao_mips_cpu '
dd = json.load(open("src/szwathub_32BitMipsCpuLogisim_depths.json"))
assert len(dd) == len(d["headings"])
for h, x in zip(d["headings"], dd):
    h["depth"] = x
    h["title"] = h["title"].rstrip(":：")
'
# 03 基础物理实验 21 随机误差的分布规律 实验报告, the built Hexo page (gh-pages branch; page chrome, two copies of the contents list kept)
python3 $T/html_blocks.py src/dark-but-spark_gh-pages_2025_03_04_PHY104B_21_index.html docs/d47_03_shiyan_baogao_suiji_wucha_wangye.txt "基础物理实验 21 随机误差的分布规律(82.5pts) | 暗烨の小屋" >/dev/null
G d47_03_shiyan_baogao_suiji_wucha_wangye.txt "基础物理实验 21 随机误差的分布规律(82.5pts) | 暗烨の小屋" \
 '[[51,1],[55,1],[63,1],[65,1],[74,1],[77,1],[78,2],[80,2],[96,2,null,""],[101,2],[105,2],[107,1],[111,1],[113,1],[114,2],[116,2]]'
# 04 USTC OSH 2021 x-NBFS 调研报告 (Markdown ## / ###; bold stand-alone lines under ### added at depth 3, their '1、' kept as marker)
python3 $T/make_md_doc.py src/OSH-2021_x-NBFS_docs_research.md d47_04_diaoyan_baogao_nbfs dev --levels 2,3
fix d47_04_diaoyan_baogao_nbfs '
for ln in (75, 83, 119, 122, 127, 130, 141, 146):
    m = re.match(r"(\d+、)?\s*(.*)", lines[ln-1])
    d["headings"].append({"depth": 3, "marker": m.group(1) or "", "title": m.group(2).strip(), "line": ln})
'
# 05 USTC OSH 2024 ArkFS 结题报告 (Markdown ## 0 / ### 1.1 / #### 2.2.1)
python3 $T/make_md_doc.py src/OSH-2024_ArkFS_docs_final_report.md d47_05_jieti_baogao_arkfs dev --levels 2,3,4
# 06 SYSU 系统分析与设计 team CanyonSYSU 项目建议书 (Markdown ## 一、 / ### （一）; version table under the title)
python3 $T/make_md_doc.py src/CanyonSYSU_Dashboard_documents_4_Vision.md d47_06_xiangmu_jianyishu_diancan dev --levels 2,3
# 07 SYSU team OrderEase 软件设计文档 (Markdown ## 1. / ### 1.1 / #### 1.3.1 and unnumbered #### / ##### heads; '# Menu' inside a code fence is code)
python3 $T/make_md_doc.py src/OrderEase_Dashboard_docs_SE308_sds.md d47_07_ruanjian_sheji_wendang_orderease dev --levels 2,3,4,5
fix d47_07_ruanjian_sheji_wendang_orderease '
for h in d["headings"]:
    h["title"] = h["title"].rstrip("：:")
'
# 08 react+webpack 开发环境总结, a developer's 工作总结.txt (plain UTF-8 text kept as it is: its first line is the title,
#    a dashed line under it; numbered sections 1.–5. at the line start, nested '1.' list items and code not headings)
cp src/bluhuu_antd-demo_gongzuo_zongjie.txt docs/d47_08_gongzuo_zongjie_react_webpack.txt
G d47_08_gongzuo_zongjie_react_webpack.txt "react+webpack 开发环境总结" '[[3,1],[4,1],[15,1],[35,1],[74,1]]'
# 09 西山温泉体育公园 非雪季运营系统 需求规格说明书 (2023), plain-text export of the Word file kept in the same repository
#    (text as it is; the Word tables come at its end); headings have lost their auto-numbers in the text, so the gold
#    takes the heading paragraphs of the Word file's numbering list 1 and their levels (docx_numbered_heads.py)
cp src/ctrlaomao_bjstarfish_xuqiu_guige_shuomingshu.txt docs/d47_09_xuqiu_guige_shuomingshu_xishan_tiyu_gongyuan.txt
G d47_09_xuqiu_guige_shuomingshu_xishan_tiyu_gongyuan.txt "需求规格说明书" "$(python3 $T/docx_numbered_heads.py src/ctrlaomao_bjstarfish_xuqiu_guige_shuomingshu-20230717.docx docs/d47_09_xuqiu_guige_shuomingshu_xishan_tiyu_gongyuan.txt 1)"
# 10 日程管理应用设计文档 (student C++/GTK+ project), a Typora HTML export kept in the repository; page title 设计文档 as line 1,
#    the <h1> document title not a heading; h2 '1.' / h3 '3.1' / h4 '5.2.1' by gold_from_htags.py (depth from the number)
python3 $T/html_blocks.py src/accelerator-s_SchedulerApp_sheji_wendang.html docs/d47_10_sheji_wendang_richeng_guanli_wangye.txt "设计文档" --drop-first-if-title >/dev/null
python3 $T/gold_from_htags.py src/accelerator-s_SchedulerApp_sheji_wendang.html docs/d47_10_sheji_wendang_richeng_guanli_wangye.txt "设计文档" >/dev/null
# 11 基于 RP2040 的温湿度 PID 控制 项目总结报告 (eetree 寒假练 task), a Typora HTML export kept in the repository; page title as line 1
#    (the <title> text, the first block, dropped as the same line), the <h1> title shown again not a heading;
#    <h2> depth 1, <h3> depth 2 as the source tags them (htag_spec.py; 'st7789芯片控制的oled屏幕' is an h2 in the source)
python3 $T/html_blocks.py src/shuke-flies_eetreeTask_xiangmu_zongjie_baogao.html docs/d47_11_xiangmu_zongjie_baogao_wangye.txt "项目总结报告" --drop-first-if-title >/dev/null
G d47_11_xiangmu_zongjie_baogao_wangye.txt "项目总结报告" "$(python3 $T/htag_spec.py src/shuke-flies_eetreeTask_xiangmu_zongjie_baogao.html docs/d47_11_xiangmu_zongjie_baogao_wangye.txt 2 3)"
# 12 智慧党建综合管理系统的设计与实现 毕业设计开题报告 (开题报告.txt, plain UTF-8 text; the file has no title line, so line 1 is
#    the file's name '开题报告', then the text as it is); 一、 depth 1, 1、 depth 2, the titled （1）前端/（2）后端 under 技术路线 depth 3;
#    （1） list items (拟解决问题, 知识储备), the 第X章 outline list, 参考文献 entries and year labels are not headings
(echo "开题报告"; cat src/goblin0197_dangjian-lby_kaiti_baogao.txt) > docs/d47_12_kaiti_baogao_zhihui_dangjian.txt
G d47_12_kaiti_baogao_zhihui_dangjian.txt "开题报告" \
 '[[4,1],[5,2],[10,2],[13,1],[14,2],[17,2],[25,2,"拟解决问题","3、"],[30,1],[31,2],[34,2],[35,3],[37,3],[40,1],[41,2],[45,2],[50,1],[67,1]]'
python3 $T/check_gold.py
