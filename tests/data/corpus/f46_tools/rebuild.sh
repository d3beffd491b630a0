#!/bin/bash
# Rebuild every document and gold of fresh set 46 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh46
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 北京市高校性少数学生群体出柜情况调查报告（上） (a student research group's 调查报告, saved WeChat page, chrome kept).
#    Section numbers 1–6, 5.1–5.3 stand on their own line above the title line: heading = title line, marker set by hand.
T01="5·17 | 北京市高校性少数学生群体出柜情况调查报告（上）"
python3 $T/html_blocks.py src/beitong_2019_chugui_diaocha_baogao_shang.html docs/f46_01_diaocha_baogao_gaoxiao_chugui.txt "$T01" --drop-first-if-title >/dev/null
G f46_01_diaocha_baogao_gaoxiao_chugui.txt "$T01" \
 '[[15,1,null,"1"],[25,1,null,"2"],[34,1,null,"3"],[40,1,null,"4"],[58,1,null,"5"],[60,2,null,"5.1"],[79,2,null,"5.2"],[81,3],[85,3],[86,4],[99,4],[101,4],[106,3],[108,4],[115,5],[122,5],[129,4],[135,2,null,"5.3"],[143,1,null,"6"],[153,1]]'
# 02 中国首个女性性少数生育权状况调查报告 (多元家庭网络's 调查报告 as a saved WeChat page; page title is the platform's).
#    一、–八、 own lines; sub-items 1–7 numbered on their own line above the title line (heading = title line, marker by hand);
#    two titles wrap over two lines (68–69, 96–97): heading at the first line, title joined.
T02="Weixin Official Accounts Platform"
python3 $T/html_blocks.py src/beitong_2021_nvxing_shengyuquan_diaocha_baogao.html docs/f46_02_diaocha_baogao_nvxing_shengyuquan.txt "$T02" --drop-first-if-title >/dev/null
G f46_02_diaocha_baogao_nvxing_shengyuquan.txt "$T02" \
 '[[5, 1], [16, 1], [19, 1], [22, 1], [24, 2, null, "1"], [29, 2, null, "2"], [33, 2, null, "3"], [37, 2, null, "4"], [43, 2, null, "5"], [47, 2, null, "6"], [50, 1], [53, 1], [55, 2, null, "1"], [59, 2, null, "2"], [63, 2, null, "3"], [67, 2, "在怀孕过程中、分娩前后正在或已经面临的困难Top5", "4"], [72, 2, null, "5"], [75, 1], [77, 2, null, "1"], [81, 2, null, "2"], [85, 2, null, "3"], [91, 2, null, "4"], [95, 2, "在怀孕过程中和分娩前后正在或已经面临的困难Top5", "5"], [100, 2, null, "6"], [103, 1], [112, 1], [115, 2, null, "1"], [118, 2, null, "2"], [121, 2, null, "3"], [124, 2, null, "4"], [127, 2, null, "5"], [130, 2, null, "6"], [133, 2, null, "7"], [134, 1], [142, 1]]'
# (two documents taken from project-polymorph/news-website were dropped: it is the used transTerminus/news-website under a new owner)
# 03 中山大学 student team's 项目前期调研 (a software-engineering course project's 调研报告, Markdown: ## 1 / ### 1.1 /
#    #### product names; unnumbered ### 调研目的 / 调研结果 under ## 3).
python3 $T/make_md_doc.py src/sysuteam_03_investigation.md f46_03_diaoyan_jianzhi_pingtai heldout --levels 2,3,4 --fresh >/dev/null
# 04 the same team's member's final course report (个人总结: ## 简短的课程学习自我总结 / ### 个人工作 …, PSP table,
#    lists), Markdown ## / ###.
python3 $T/make_md_doc.py src/sysuteam_wangyingxu_geren_baogao.md f46_04_zongjie_kecheng_geren_baogao heldout --levels 2,3 --fresh >/dev/null
# 05 UCAS 面向对象程序设计 course project report 《个人博客设计：功能分析与建模》 (technical report, Markdown: ### 要求 /
#    ### 一、–三、 depth 1, #### depth 2 incl. 1. / 3、 numbered design parts).
python3 $T/make_md_doc.py src/ucasoop_gongneng_fenxi_jianmo.md f46_05_jishu_baogao_boke_sheji heldout --levels 3,4 --fresh >/dev/null
# 06 the same project's report 《个人博客设计：高级设计意图》 (technical report, Markdown ## / ### / ####; '**UI**' bold inside
#    #### headings removed by the converter).
python3 $T/make_md_doc.py src/ucasoop_gaoji_sheji_yitu.md f46_06_jishu_baogao_gaoji_sheji_yitu heldout --levels 2,3,4 --fresh >/dev/null
#    #### headings that stand directly under a ## (no ### between) nest one level below it: depth = nesting level.
python3 - <<'PY'
import json
p = '/work/fresh46/gold/f46_06_jishu_baogao_gaoji_sheji_yitu.json'
d = json.load(open(p, encoding='utf-8'))
stack = []                                  # markdown levels (by converter depth) of the open headings
for h in d['headings']:
    lvl = h['depth']
    while stack and stack[-1] >= lvl:
        stack.pop()
    stack.append(lvl)
    h['depth'] = len(stack)
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
PY
# 07 another SYSU course team's member's final report (16340134, 个人总结; Markdown ## / ###). The file has no # title:
#    line 1 is the file's name (--title), so its first ## 个人简洁小结 is a heading.
python3 $T/make_md_doc.py src/sysuteam1_liangyuyin_final_report.md f46_07_zongjie_houtai_geren_baogao heldout --levels 2,3 --fresh --title "16340134-liangyuyin-final-report" >/dev/null
python3 $T/check_gold.py
