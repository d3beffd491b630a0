#!/bin/bash
# Rebuild every fresh11 document and gold from src/ (no reader code is run), then check the golds.
set -e
cd "$(dirname "$0")"
python3 legco_agenda.py ../src/legco/council_agenda-20140430-c.html ../docs/f11_01_hk_lifahui_yicheng.txt
python3 gold_f11_01.py
python3 make_page.py ../src/eb/ff80808132811a910132a45ff49123bc.jsp ../docs/f11_02_speech_fagaiwei_zhaobiao_jianghua.txt '<div class="news_breadcrumb"' '<div class="relate_news"'
python3 gold_f11_02.py
python3 make_md_doc.py ../src/hello-algo/time_complexity.md f11_03_tut_suanfa_shijian_fuzadu heldout --levels 2,3 --fresh
python3 make_md_doc.py ../src/raft-thesis/raft-thesis-zh_cn.md f11_04_paper_raft_boshi_lunwen heldout --levels 2,3,4 --depth number --title "Raft博士论文的翻译" --fresh
python3 make_md_doc.py ../src/g0v-hackmd/puNKqTmdToaZfm4qLFgK3w.md f11_05_twcity_taibei_2050_jihua heldout --levels 2,3,4 --fresh
python3 gold_f11_05.py
python3 make_page.py ../src/wechatpro/job_detail.jsp ../docs/f11_06_job_ui_shejishi.txt '<div class="header">' '<script type="text/javascript">

'
python3 gold_f11_06.py
python3 make_md_doc.py ../src/rss-reader/README.md f11_07_rss_yuedu_huizong heldout --levels 2 --fresh
python3 gold_f11_07.py
python3 py_string_doc.py ../src/qingting04-bert/demo.py ../docs/f11_08_gov_guobanfa_yingshang_huanjing.txt '    text = '
python3 gold_f11_08.py
python3 py_var_doc.py ../src/neo_nlp_project/policy_data.py ../docs/f11_09_gov_suzhou_gaoxinqu_keji_jinrong.txt content3 "高新区关于组织申报2021年度苏州市科技金融计划项目的通知"
python3 gold_f11_09.py
python3 make_md_doc.py ../src/agentsystem/pbc_moa_yijian.md f11_10_gov_renhang_nongcun_yijian heldout --levels 2 --title "中国人民银行 农业农村部印发《关于加强金融服务农村改革 推进乡村全面振兴的意见》" --fresh
python3 gold_f11_10.py
python3 check_gold.py
