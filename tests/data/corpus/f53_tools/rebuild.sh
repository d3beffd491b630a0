#!/bin/bash
# Rebuild every document and gold of fresh set 53 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh53
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 开题报告 (undergraduate thesis proposal, plain text; 一、 sections, 1. subsections; （1） list items not headings)
python3 $T/txt_doc.py src/fanmairs_DocSimilaritySys_kaiti_baogao.txt docs/f53_01_kaiti_baogao_wendang_xiangsidu.txt "文档相似度比对与抄袭检测工具的设计与实现分析" >/dev/null
G f53_01_kaiti_baogao_wendang_xiangsidu.txt "文档相似度比对与抄袭检测工具的设计与实现分析" \
 '[[8,1],[10,1],[16,1],[45,1],[49,1],[50,2],[56,2],[62,1],[63,2]]'
# 02 开题报告 (research project proposal on AI database testing, plain text written out from read_file: the snapshot could not be fetched; 一、 sections, 1. items are list items)
python3 $T/txt_doc.py src/yihui504_testvdb_paper_kaiti_baogao.txt docs/f53_02_kaiti_baogao_ai_shujuku_zhiliang.txt "开题报告" >/dev/null
G f53_02_kaiti_baogao_ai_shujuku_zhiliang.txt "开题报告" '[[5,1],[15,1],[25,1]]'
# 03 调研报告 on the Delta federated-learning framework (DOCX; Word 'heading 1' sections, bold stand-alone stage labels under the first; the 目录 lines are contents, not headings)
python3 $T/docx_paras.py "src/ljh2019211415_delta_diaoyan_baogao(1).docx" docs/f53_03_diaoyan_baogao_delta_lianbang_xuexi.txt >/dev/null
G f53_03_diaoyan_baogao_delta_lianbang_xuexi.txt "关于Delta相关调研" '[[9,1],[25,2],[28,2],[31,2],[34,1],[42,1],[66,1],[88,1],[108,1]]'
# 04 调研报告 on Chinese sentence-type classification (DOCX without a title paragraph: title line '调研报告' put first; 概述 and 一、…五、 sections, 1./2. under 五; the rule-type labels under 一 are list labels, not headings)
python3 $T/docx_titled.py src/yufeifei2021_General-content-projects_diaoyan_baogao.docx docs/f53_04_diaoyan_baogao_juzi_leixing_fenlei.txt "调研报告" >/dev/null
G f53_04_diaoyan_baogao_juzi_leixing_fenlei.txt "调研报告" '[[2,1],[4,1],[40,1],[46,1],[55,1],[57,1],[58,2],[85,2]]'
# 05 实践报告 (a student's YOLO object-detection learning report, Markdown: # title, ## 一、 sections, ### 1. subsections, all from the source's heading mark-up)
python3 $T/make_md_doc.py src/Xhtttppp_study_shijian_baogao.md f53_05_shijian_baogao_yolo_mubiao_jiance heldout --levels 2,3 --fresh >/dev/null
# 06 reading report on 《铁水流》, chapter 3 as a saved bookdown HTML page (chrome and sidebar contents kept as scraped; the article's 'Chapter 3' line repeats the title; h2 3.x at depth 1, h3 3.x.y at depth 2; the sidebar contents lines are not headings)
T6="Chapter 3 战时中共的规训系统 | The Historical Context of Confucianism and Neo-Confucianism"
python3 $T/html_blocks.py src/Yuxuan-THU_tieshuiliu_guixun_xitong.html docs/f53_06_dushu_baogao_tieshuiliu_guixun_xitong.txt "$T6" --drop-first-if-title >/dev/null
G f53_06_dushu_baogao_tieshuiliu_guixun_xitong.txt "$T6" '[[40,1],[43,2],[46,2],[51,2],[54,2],[55,2],[57,1],[59,2],[63,1],[64,2],[68,2]]'
# 07 academic paper (bookdown), chapter 5 结果 as a saved HTML page (chrome and sidebar contents kept; 'Chapter 5 结果' repeats the title; h2 5.x depth 1, h3 5.x.y depth 2)
T7="Chapter 5 结果 | 革命之后的治理：毛泽东时代的分散性权力共享与军事精英控制"
python3 $T/html_blocks.py src/Yuxuan-THU_Power-Sharing_jieguo.html docs/f53_07_lunwen_geming_zhihou_zhili_jieguo.txt "$T7" --drop-first-if-title >/dev/null
G f53_07_lunwen_geming_zhihou_zhili_jieguo.txt "$T7" '[[26,1],[36,1],[37,2],[41,2]]'
# 08 academic paper (bookdown) on elite cleavage, chapter 4 as a saved HTML page (chrome and sidebar contents kept; 'Chapter 4 …' repeats the title; h2 4.x at depth 1)
T8="Chapter 4 边缘精英的崛起：革命及其遗产 | The Historical Context of Confucianism and Neo-Confucianism"
python3 $T/html_blocks.py src/Yuxuan-THU_Elite-Cleavage_bianyuan_jingying.html docs/f53_08_lunwen_jingying_fenhua_bianyuan_jingying.txt "$T8" --drop-first-if-title >/dev/null
G f53_08_lunwen_jingying_fenhua_bianyuan_jingying.txt "$T8" '[[28,1],[33,1],[39,1],[44,1]]'
echo rebuilt; python3 $T/check_gold.py
