#!/bin/bash
# fresh9: rebuild every document and gold from src/ (runs only converters, no reader code)
set -e
cd /work/fresh9
python3 tools/make_f9_twlaw.py src/tw_law/動物保護法.law.json f9_01_twlaw_dongwu_baohu_fa
python3 tools/make_f9_din.py
python3 tools/make_md_doc.py src/gee/geecache-day2.md f9_03_notes_geecache_bingfa heldout --levels 2,3 --fresh
python3 tools/make_f9_page.py src/appledaily/article_full.html f9_04_hknews_pingguo_liangye '<div id="article-header"' '<span class="article-list-title">最Hit' --heads h2:1
python3 tools/make_f9_page.py src/taichung_pb/introduce.php f9_05_twcity_taizhong_canyu_yusuan '<div class="breadcrumb">' '<div style="clear:both">' --heads h2:1 --php --runin '(\d\.) (.{2,30}?)：:2'
python3 tools/make_f9_page.py src/myzd/joinus.php f9_06_job_mingyi_zhudao '<div class="container-fluid" id="joinus">' '<script type="text/javascript">' --heads strong:1 --php --title '加入我们_名医主刀网'
python3 tools/make_f9_page.py src/zaobao/2019-06-26.html f9_07_rss_meiri_shibao_20190626 '<main class="page">' '</main>' --heads h3:1 --title '2019.06.26 | 每日时报'
python3 tools/make_md_doc.py src/law_md/行政复议法.md f9_08_law_xingzheng_fuyi_fa heldout --levels 2,3 --fresh
python3 tools/add_articles.py f9_08_law_xingzheng_fuyi_fa '(第 (\d+) 条)(?= )'
python3 tools/make_f9_page.py src/td2000/qihuo11.php f9_09_rule_zhengjianhui_falv_yijianshu '<td height="27" class="TableHeader">' '</table>' --php --encoding gbk --title '股票发行及上市法律意见书(1)'
python3 tools/gold_f9_09.py
python3 tools/make_md_doc.py src/leetcode_master/0098.所有可达路径.md f9_10_notes_suoyou_keda_lujing heldout --levels 2,3,4 --fresh --title '98. 所有可达路径'
python3 tools/make_md_doc.py src/law_md/公安部规定02.md f9_11_rule_gonganbu_zhencha heldout --levels 2,3 --fresh
python3 tools/add_articles.py f9_11_rule_gonganbu_zhencha '(第 (\d+) 条)(?= )' 191
python3 tools/make_f9_gqa.py
python3 tools/check_gold.py
