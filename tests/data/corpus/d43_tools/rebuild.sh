#!/bin/bash
# Rebuild every document and gold of dev set 43 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev43
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01-04 调研报告 of USTC OSH course project teams (Markdown; headings from ## / ### / #### / ##### mark-up; a '## 目录' heading of a contents list skipped)
python3 $T/make_md_doc.py src/OSH-2019_x-spider_docs_research.md d43_01_diaoyan_baogao_iot_suanli_liyong dev --levels 2,3,4 --title "IoT设备的算力利用"
python3 $T/make_md_doc.py src/OSH-2021_x-DisGraFS_docs_research.md d43_02_diaoyan_baogao_disgrafs_tu_wenjian_xitong dev --levels 2,3,4,5 --skip '^目录$'
python3 $T/make_md_doc.py src/OSH-2022_x-QvQ_docs_research_research.md d43_03_diaoyan_baogao_qvq_qianrushi_geli dev --levels 2,3,4,5 --skip '^目录$' --title 调研报告
python3 $T/make_md_doc.py src/OSH-2020_x-dontpanic_docs_research.md d43_04_diaoyan_baogao_dontpanic_fenbushi_wenjian dev --levels 2,3,4,5 --skip '^目录$'
# 05 结题报告 of a student NER project: a Word report saved as .md (contents page with dot leaders, plain numbered headings 1. / 1.1. / 3.2.1., stand-alone （1） sub-headings; run-in （1）…： list paragraphs are not headings); file deleted at HEAD, taken at the commit that added it
python3 $T/make_md_doc.py src/LGW66_MingMingTiShiBie_jieti_baogao.md d43_05_jieti_baogao_zhongwen_mingming_shiti_shibie dev --levels 9 --title 结题报告
G d43_05_jieti_baogao_zhongwen_mingming_shiti_shibie.txt "结题报告" '[[22,1],[26,2],[42,2],[54,1],[68,1],[70,2],[109,2],[111,3],[113,4],[134,4],[150,4],[169,3],[171,4],[188,4],[216,4],[240,1],[242,2],[317,2],[415,2],[506,2],[592,1],[594,2],[612,2],[658,2],[686,1],[688,2],[700,2],[702,3],[711,3],[720,3],[729,3],[738,2],[748,1]]'
# 06 可行性报告 of a student game project (Markdown with mixed mark-up: ## 一.项目题目, #### 1.技术上 straight under ##, ### 项目的性能 then #### (1).美术; depth by nesting; '二.' and '(1).' markers split out by fix_markers.py)
python3 $T/make_md_doc.py src/19335123_exp6_kexingxing_baogao.md d43_06_kexingxing_baogao_shengtudao_youxi dev --levels 2,3,4 --depth nest --title "可行性报告"
python3 $T/fix_markers.py gold/d43_06_kexingxing_baogao_shengtudao_youxi.json
# 09 可行性报告 of an OSH team (Markdown; depth by nesting of the heading levels; '## 目录' of a contents list skipped)
python3 $T/make_md_doc.py src/OSH-2020_x-dontpanic_docs_feasibility.md d43_09_kexingxing_baogao_dontpanic_fenbushi_wenjian dev --levels 2,3,4,5 --depth nest --skip '^目录$'
# 07, 08, 10 a company's customer-service and new-media staff's 工作总结 / 述职报告 as Word files (docx_doc.py: one paragraph a line; the 述职报告 has no title paragraph, so line 1 is its file name)
python3 $T/docx_doc.py src/fredwo_min_document_gongzuo_zongjie.docx docs/d43_07_gongzuo_zongjie_kefu_zhongxin.txt 工作总结 >/dev/null
G d43_07_gongzuo_zongjie_kefu_zhongxin.txt "工作总结" '[[3,1],[6,1],[8,2],[10,2],[12,1],[14,1]]'
python3 $T/docx_doc.py src/fredwo_min_document_shuzhi_baogao_yanjianggao.docx docs/d43_08_shuzhi_baogao_kefu_zhuanzheng.txt 述职报告_演讲稿_刘晓敏 >/dev/null
G d43_08_shuzhi_baogao_kefu_zhuanzheng.txt "述职报告_演讲稿_刘晓敏" '[[2,1],[5,1],[6,2],[12,2],[16,1],[17,2],[19,2],[23,1],[25,2],[27,2],[29,1]]'
python3 $T/docx_doc.py src/fredwo_min_document_gongzuo_zongjie_xinmeiti.docx docs/d43_10_gongzuo_zongjie_xinmeiti_bu.txt 工作总结 >/dev/null
G d43_10_gongzuo_zongjie_xinmeiti_bu.txt "工作总结" '[[3,1],[6,1]]'
# 11 a developer's personal 年度总结 as plain UTF-8 text (first version of the file; no title line, so line 1 is the file name's 年度总结); headings '一. 2014 总结' / '二. 2015 展望' (marker with an ASCII full stop, set by hand); the 1.–7. resolutions are list items
python3 $T/txt_doc.py src/benniaobuguai_niandu_zongjie.txt docs/d43_11_niandu_zongjie_2014_geren_kaifazhe.txt "年度总结" >/dev/null
G d43_11_niandu_zongjie_2014_geren_kaifazhe.txt "年度总结" '[[5,1,"2014 总结","一."],[34,1,"2015 展望","二."]]'
# 12 毕业设计开题报告 (Markdown: ## 毕业设计选题：… and ## 1、… headings, numbering skips 3; the 1、–6、 lines under 4、 are list items; no blank lines in the converted text)
python3 $T/make_md_doc.py src/dlpu2019_lichunlu_kaiti_baogao.md d43_12_kaiti_baogao_linux_fuwuqi_peizhi dev --levels 2 --title 开题报告
python3 $T/check_gold.py
