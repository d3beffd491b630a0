#!/bin/bash
# Rebuild every document and gold of fresh set 59 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh59
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 开题报告 (PDF extract as .txt, CRLF, hard line wraps; vertical table-cell labels one character a line)
python3 $T/txt_doc.py src/kintmxc_spring_test_kaiti_baogao.txt docs/f59_01_kaiti_baogao_nongchanpin_zhigou.txt "毕业设计/论文开题报告"
G f59_01_kaiti_baogao_nongchanpin_zhigou.txt "毕业设计/论文开题报告" \
 '[[40,1],[42,2],[56,2],[66,2],[84,2],[85,3],[93,3],[98,3],[102,2],[103,3],[107,3],[111,3],[133,1],[134,2],[135,3],[148,3],[166,3],[188,2],[222,1],[223,2],[241,2],[244,3],[267,3],[307,2],[308,3],[327,3],[328,4],[359,4],[377,1]]'
# 02 调研报告 (Markdown ## / ###)
python3 $T/make_md_doc.py src/helichiyu_2D-CompExp-HIO-UNet_diaoyan_baogao.md f59_02_diaoyan_baogao_xiangwei_huifu heldout --levels 2,3 --fresh
# 03 课程项目报告 as an HTML export of Markdown Preview Enhanced (h2-h6); footnote mark [3] dropped from one gold title
python3 $T/html_blocks.py src/Woooooow-Pro_databese_final_baogao.html docs/f59_03_baogao_postgresql_gongzuo_liucheng.txt "readme" --drop-first-if-title >/dev/null
python3 $T/htag_gold.py src/Woooooow-Pro_databese_final_baogao.html f59_03_baogao_postgresql_gongzuo_liucheng.txt "readme" 2 6 >/dev/null
python3 - <<'PY'
import json
p = '/work/fresh59/gold/f59_03_baogao_postgresql_gongzuo_liucheng.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['title'] == 'POSTGRESQL 工作流程[3]':
        h['title'] = 'POSTGRESQL 工作流程'
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 04 路演讲稿 (Markdown ## 一、 / ###)
python3 $T/make_md_doc.py src/SiHanZhouPKU_Mini-ide-simulator-v2_jianggao.md f59_04_jianggao_cpp_ide_moniqi heldout --levels 2,3 --fresh
# 05 个人年度总结 (Markdown ## / ###)
python3 $T/make_md_doc.py src/JintNiu_helloWorld_niandu_zongjie.md f59_05_niandu_zongjie_xinde_zhengcheng heldout --levels 2,3 --fresh
# 06 年度工作总结 (a .md file without mark-up: unnumbered standalone heading lines)
python3 $T/make_md_doc.py src/cc504156085_hbuildertest_niandu_zongjie.md f59_06_niandu_zongjie_qianduan_2019 heldout --fresh --title "2019年度总结"
G f59_06_niandu_zongjie_qianduan_2019.txt "2019年度总结" '[[3,1],[4,2],[11,1],[12,2],[18,1]]'
# 07 课程大作业报告 as a VS Code Markdown export (h1 = title shown again, h2 sections)
python3 $T/html_blocks.py src/6Seeks_RPC_baogao.html docs/f59_07_baogao_rpc_kuangjia.txt "一个简单的PRC框架实现" --drop-first-if-title >/dev/null
python3 $T/htag_gold.py src/6Seeks_RPC_baogao.html f59_07_baogao_rpc_kuangjia.txt "一个简单的PRC框架实现" 2 2 >/dev/null
# 08 答辩讲稿 (Markdown ### p4 ... ### p28 slide labels)
python3 $T/make_md_doc.py src/MiaoHao-oops_UCAS-Beamer-Theme_jianggao.md f59_08_jianggao_loongarch_xenomai heldout --levels 3 --fresh
# 09 生理学 教案 page (saved course-site page; h4 一、/三、)
python3 $T/html_blocks.py src/zhude3hao_medecine-university_jiaoan.html docs/f59_09_jiaoan_shenglixue_xulun.txt "教案" --drop-first-if-title >/dev/null
python3 $T/htag_gold.py src/zhude3hao_medecine-university_jiaoan.html f59_09_jiaoan_shenglixue_xulun.txt "教案" 4 4 >/dev/null
# 10 Python 教案 (Markdown # / ## / ### / ####, a level-1 part heading after level-2 sections: depth by nesting)
python3 $T/make_md_doc.py src/Team-6907_Python-Turtle-Tutorial_jiaoan.md f59_10_jiaoan_python_taikong_youxi heldout --levels 1,2,3,4 --fresh
python3 $T/md_nest_depth.py src/Team-6907_Python-Turtle-Tutorial_jiaoan.md gold/f59_10_jiaoan_python_taikong_youxi.json 1,2,3,4
# 11 公众号推文 (Markdown ## 小标题; the source is the search index's stored text of 推文.md, the snapshot lacks that commit)
python3 $T/make_md_doc.py src/itshen_ai_former_tuiwen.md f59_11_tuiwen_cursor_liulanqi_chajian heldout --levels 2 --fresh
# 12 群规 of an online creators' group (Markdown ## / ###)
python3 $T/make_md_doc.py src/velocity-one_x-boostclub_qungui.md f59_12_qungui_x_boostclub heldout --levels 2,3 --fresh
python3 $T/check_gold.py
