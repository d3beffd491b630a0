#!/bin/bash
# Rebuild every document and gold of fresh set 47 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh47
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 北京师范大学学生违纪处分办法, saved page of 北师大政府管理学院 site (chrome kept); 第X章 depth 1, 第X条 depth 2
python3 $T/html_blocks.py src/ZexueHe_BNU_newid4839_indexmpa-newshow.aspx docs/f47_01_banfa_bnu_xuesheng_weiji_chufen.txt "北京师范大学政府管理学院" --drop-first-if-title >/dev/null
G f47_01_banfa_bnu_xuesheng_weiji_chufen.txt "北京师范大学政府管理学院" \
 '[[57,1],[58,2],[59,2],[60,2],[61,2],[62,2],[63,1],[64,2],[66,2],[70,2],[71,2],[72,2],[73,2],[74,2],[82,2],[83,1],[84,2],[88,2],[94,2],[95,2],[101,2],[102,2],[103,2],[110,2],[111,2],[112,2],[113,2],[114,2],[115,2],[116,2],[117,2],[121,2],[126,2],[134,2],[135,2],[136,2],[144,2],[152,2],[153,2],[154,2],[155,2],[156,2],[157,2],[158,2],[159,2],[160,2],[169,2],[178,2],[182,2],[186,2],[187,2],[190,2],[192,2],[193,2],[197,2],[210,2],[221,2],[230,2],[231,2],[232,2],[236,2],[237,1],[238,2],[239,2],[241,2],[246,2],[255,2],[256,2],[257,2],[258,2],[261,2],[264,2],[265,2],[266,2],[267,2],[268,2],[269,2],[270,1],[271,2],[272,2],[273,2]]'
# 02 政府管理学院2017年研究生奖学金实施方案, saved page of the same site; 一、 > （一） > 1. > 3.1
python3 $T/html_blocks.py src/ZexueHe_BNU_newid8029_announcement-newshow.aspx docs/f47_02_tongzhi_bnu_yanjiusheng_jiangxuejin.txt "北京师范大学政府管理学院" --drop-first-if-title >/dev/null
G f47_02_tongzhi_bnu_yanjiusheng_jiangxuejin.txt "北京师范大学政府管理学院" \
 '[[57,1],[59,1],[60,2],[62,2],[63,3],[65,3],[88,3],[89,4],[91,4],[93,4],[95,4],[97,3],[99,1],[107,1],[108,2],[112,2],[114,3],[119,3],[184,3],[185,4],[190,4],[192,4],[195,4],[197,3],[200,1],[219,1],[224,1],[225,2],[226,3],[232,3,"网上系统填报要求"],[235,1]]'
# 03 stickmind/cs100 lecture 第一讲 介绍 (Markdown; ## sections)
python3 $T/make_md_doc.py src/stickmind_cs100_01_introduction_index.md f47_03_jiangyi_cs100_diyijiang_jieshao heldout --levels 2 --fresh
# 04 区块链项目完成报告 2025 (Markdown; ## parts, ### numbered 1.–10. items)
python3 $T/make_md_doc.py src/AdaMartin18010_Blockchain_rust_PROJECT_COMPLETION_REPORT_2025.md f47_04_baogao_qukuailian_xiangmu_wancheng heldout --levels 2,3 --fresh
# 05 区块链架构分析与源代码重新设计 2025 (Markdown; ## 1. / ### 1.1 numbered sections)
python3 $T/make_md_doc.py src/AdaMartin18010_Blockchain_rust_BLOCKCHAIN_ARCHITECTURE_ANALYSIS_2025.md f47_05_baogao_qukuailian_jiagou_fenxi heldout --levels 2,3 --fresh
# 06 开题报告(预稿) 线缆弯曲半径测量 (Markdown; ## parts, ### sections)
python3 $T/make_md_doc.py src/dzylikecode_University-Thesis_Thesis-Proposal_draft.md f47_06_kaiti_baogao_xianlan_wanqu_banjing heldout --levels 2,3 --fresh
# 07 国际化高中教育知识系统项目总结报告 (Markdown; ## parts, ### sections)
python3 $T/make_md_doc.py src/AdaMartin18010_SeniorEnducation_xiangmu_zongjie_baogao.md f47_07_zongjie_baogao_gaozhong_jiaoyu_xiangmu heldout --levels 2,3 --fresh
# 08 03-终身学习能力 (Markdown; ## parts, ### 1. / #### 1.1 sections; the contents list is body text)
python3 $T/make_md_doc.py src/AdaMartin18010_SeniorEnducation_03-zhongshen_xuexi_nengli.md f47_08_lunwen_zhongshen_xuexi_nengli heldout --levels 2,3,4 --fresh
# 09 实验 0：环境搭建, the Sphinx-built page of the same course (docs/, commit 99fa3a4; chrome kept). h2 depth 1, h3 depth 2;
#    the "#" permalink after each heading is page text; the h1 (article title shown again), admonition titles and the page contents list are not headings
python3 $T/html_blocks.py src/stickmind_cs100_docs_01_introduction_lab00_index.html docs/f47_09_jiangyi_cs100_shiyan0_huanjing_dajian.txt "实验 0：环境搭建 - CS100：Python 编程方法学" --drop-first-if-title >/dev/null
G f47_09_jiangyi_cs100_shiyan0_huanjing_dajian.txt "实验 0：环境搭建 - CS100：Python 编程方法学" \
 '[[21,1,"初始文件"],[23,1,"任务一：安装 Python"],[30,1,"任务二：使用终端"],[38,2,"Python 解释器"],[44,2,"用户目录"],[47,2,"文件列表"],[51,2,"切换目录"],[61,2,"新建文件夹"],[68,2,"移动文件"],[80,1,"任务三：Python 基础"],[81,2,"表达式和语句"],[85,2,"简单表达式"],[88,2,"算术表达式"],[96,2,"赋值语句"]]'
# 10 《草船借箭》教案 (Markdown lesson plan at commit a9f78e3; ## 一、 > ### 第一课时 / 知识与能力 > #### （一）)
python3 $T/make_md_doc.py src/CheungTiehua_jiaoan_grade-5_caochuan_jiejian.md f47_10_jiaoan_caochuan_jiejian heldout --levels 2,3,4 --fresh
python3 - <<'PY'
import json
p = 'gold/f47_10_jiaoan_caochuan_jiejian.json'
d = json.load(open(p, encoding='utf-8'))
for h in d['headings']:
    if h['marker'] == '第一课' or h['marker'] == '第二课':   # "第一课时" is a period label, not 第X课 + 时
        h['title'], h['marker'] = h['marker'] + h['title'], ''
json.dump(d, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
PY
# 11 浙江宣传代表文章参考 (Markdown compilation of three commentary articles; ## 文章一：… per article; no sub-heads inside)
python3 $T/make_md_doc.py src/castlepower666_Zhejiangxuanchuan_articles.md f47_11_xinwen_pinglun_zhejiang_xuanchuan heldout --levels 2 --fresh
python3 $T/check_gold.py
