#!/bin/bash
# fresh10: rebuild every document and gold from src/ (runs only converters, no reader code)
set -e
cd /work/fresh10
python3 tools/make_twlaw_xml.py src/tw_law/A0040003_地方制度法.xml f10_01_twlaw_difang_zhidu_fa
python3 tools/make_page.py src/joyme/pxjl.jsp f10_02_job_zhaomi_peixun_jingli '<div class="job-detail">' '<div class="piccon">' --heads h3:1,b:2 --title '工作在着迷'
python3 tools/make_md_doc.py "src/mipeng/命名空间 作用域 闭包 装饰器.md" f10_03_notes_python_mingming_kongjian heldout --levels 3,4 --fresh --title '命名空间 作用域 闭包 装饰器' --keep-first
python3 tools/make_md_doc.py src/detr/DETR.md f10_04_paper_detr_jihe_yuce heldout --levels 1,2 --depth number --fresh --title 'DETR' --keep-first
python3 tools/make_page.py src/hknews/skypost_details.html f10_05_hknews_laji_shoufei '<div class="article-header' '<!-- page right -->' --heads b:1
python3 tools/make_page.py src/hknews/headline_list.html f10_06_rss_toutiao_ribao_gangwen '<div class="sections-label">' '<div id="jetso-wrapper">' --heads h3:1,h1:2,h4:2,h5:2 --title '港聞 - 即時新聞 - 頭條日報 Headline Daily'
python3 tools/strip_bom.py f10_06_rss_toutiao_ribao_gangwen
python3 tools/make_page.py src/flourish/work.php f10_07_job_wohang_rencai_zhaopin '<div class="y-work-box1">' $'            </ul>\n        </div>\n    </div>' --php --heads h4:2 --extra '人才招聘:1' --title '人才招聘_沃航科技'
python3 tools/gold_f10_07.py
python3 tools/make_md_doc.py src/mipeng/Registry.md f10_08_notes_python_zhuce_jizhi heldout --levels 4 --fresh --title 'Registry' --keep-first
python3 tools/make_page.py src/hknews/orientaldaily_details.html f10_09_hknews_jieshi_shuhuan '<div id="leadin">' '<div id="bottomNavCTN">' --heads h3:1
python3 tools/make_md_doc.py src/detr/Deformable-DETR.md f10_10_paper_kebianxing_detr heldout --levels 1,2 --fresh --title 'Deformable DETR' --keep-first
python3 tools/gold_f10_10.py
python3 tools/check_gold.py
