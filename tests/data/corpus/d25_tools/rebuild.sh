#!/bin/bash
# Rebuild every document and gold of dev set 25 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev25
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 technical design document (Markdown ## 1. / ### 1.1 / #### 1.2.1; '#' lines inside code fences are code)
python3 $T/make_md_doc.py src/ichillyzhong_video-audio-merge_TDD.md d25_01_sheji_wendang_yinshipin_hecheng dev --levels 2,3,4 --depth number
# 02, 03, 12 ECMA-376 Part 1, bilingual Chinese/English translation (mkdocs tabs); page title '# N. ...' is line 1
python3 $T/make_md_doc.py src/hellowac_ecma376_part1_chapter-2.md d25_02_biaozhun_ecma376_yizhixing dev --levels 2,3
python3 $T/make_md_doc.py src/hellowac_ecma376_part1_chapter-9.md d25_03_biaozhun_ecma376_bao dev --levels 2,3
python3 $T/make_md_doc.py src/hellowac_ecma376_part1_chapter-8.md d25_12_biaozhun_ecma376_gaishu dev --levels 2,3
# 04, 05, 11 news reposts (GNews) with unnumbered ## subheads; the '## title' under the chrome is the title shown again
$T/md_news.sh src/ourhimalayas_txt_gnews_2444585.md d25_04_xinwen_gnews_riben_kezaisheng_nengyuan "日本可再生能源工作组文件中出现中文标识意味着什么" 2
$T/md_news.sh src/ourhimalayas_txt_gnews_2444650.md d25_05_xinwen_gnews_zhongnanhai_quanli "【中国观察】中南海权力再分配 传闻四起" 2
$T/md_news.sh src/ourhimalayas_txt_gnews_2444287.md d25_11_xinwen_gnews_yinhang_zichan "中国银行资产被掏空？专家析系统性风险" 2
# 06, 07 white paper, GitBook-generated HTML pages (sidebar and search chrome kept)
python3 $T/html_blocks.py src/TokenTrend_whitepaper-cn_docs_Function.html docs/d25_06_baipishu_trillionaire_shangye_changjing.txt "5. 商业场景及设计 · Trillionaire Token Whitepaper" --drop-first-if-title >/dev/null
G d25_06_baipishu_trillionaire_shangye_changjing.txt "5. 商业场景及设计 · Trillionaire Token Whitepaper" '[[14,1],[16,2],[19,2],[25,2],[27,2],[29,2],[31,2],[33,1]]'
python3 $T/html_blocks.py src/TokenTrend_whitepaper-cn_docs_AI.html docs/d25_07_baipishu_trillionaire_rengong_zhineng_yuce.txt "3. 基于人工智能的趋势预测 · Trillionaire Token Whitepaper" --drop-first-if-title >/dev/null
G d25_07_baipishu_trillionaire_rengong_zhineng_yuce.txt "3. 基于人工智能的趋势预测 · Trillionaire Token Whitepaper" '[[15,1],[28,1],[40,1],[42,1],[54,1]]'
# 08, 10 translated papers (Markdown ## 摘要 / ## 简介 / ### ...)
python3 $T/make_md_doc.py src/ytzfhqs_Some-Paper-CN_A_Time_Series_is_Worth_64_Words.md d25_08_lunwen_yiwen_patchtst dev --levels 2,3
python3 $T/make_md_doc.py src/ytzfhqs_Some-Paper-CN_Generalized_Focal_Loss_V1.md d25_10_lunwen_yiwen_generalized_focal_loss dev --levels 2,3
# 09 interview (利器访谈): each bold ### question is a heading
python3 $T/make_md_doc.py src/liqiio_content_posts_lilu.md d25_09_zhuanfang_liqi_lilu dev --levels 3
python3 $T/check_gold.py
