#!/bin/bash
# Rebuild every document and gold of fresh set 28 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh28
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 study note 机器人智能控制 第二讲 (进化计算/遗传算法), Markdown ## 一./### /####; title = file name (no # title)
python3 $T/make_md_doc.py src/chenshuaihua_Grade1Master_jiqiren_zhineng_kongzhi_di2jiang.md f28_01_biji_jinhua_jisuan_yichuan_suanfa heldout --levels 2,3,4 --title 第二讲 --fresh
python3 $T/fixmarkers.py f28_01_biji_jinhua_jisuan_yichuan_suanfa +192:3 >/dev/null   # bold standalone 改进思路： is the sibling of the level-4 heading 潜在问题
# 02 study note 现代控制理论发展史 (# title; ## I.–IV. depth 1; second # part depth 1 with ## / ###)
python3 $T/make_md_doc.py src/chenshuaihua_Grade1Master_xiandai_kongzhi_lilun_fazhanshi.md f28_02_biji_xiandai_kongzhi_lilun_fazhanshi heldout --levels 1,2,3 --fresh
python3 $T/fixmarkers.py f28_02_biji_xiandai_kongzhi_lilun_fazhanshi 5=1 15=1 25=1 39=1 >/dev/null
# 03 blog post 软考之信息安全工程师 (Hexo front-matter title; ## / ### / #### / ##### levels, depth by level)
python3 $T/make_md_doc.py src/hegongshan_blog-backup_information-security.md f28_03_biji_ruankao_xinxi_anquan heldout --levels 2,3,4,5 --fresh
python3 $T/fixmarkers.py f28_03_biji_ruankao_xinxi_anquan >/dev/null
# 04 blog post 2020暑期实习求职回顾 (a job-hunt review; ### sections only, numbered question lists are list items)
python3 $T/make_md_doc.py src/hegongshan_blog-backup_2020-summer-internship-recruitment-summary.md f28_04_zongjie_shixi_qiuzhi_huigu heldout --levels 3 --fresh
python3 $T/fixmarkers.py f28_04_zongjie_shixi_qiuzhi_huigu >/dev/null
# 05 wiki page 逸闻趣事 (VuePress front matter title; ## anecdote headings, ### sub-items)
python3 $T/make_md_doc.py src/leirock_HanyunWiki_roundtable_anecdote.md f28_05_wiki_yishi_qushi_zhanghanyun heldout --levels 2,3 --fresh
python3 $T/fixmarkers.py f28_05_wiki_yishi_qushi_zhanghanyun >/dev/null
# 06 Jekyll post, reading notes on 《JavaScript 语言精粹》 ch.1-3 (## chapter, ### section, #### sub-section)
python3 $T/make_md_doc.py src/Gaohaoyang_JavaScript-good-parts-note1.md f28_06_biji_javascript_yuyan_jingcui heldout --levels 2,3,4 --fresh
python3 $T/fixmarkers.py f28_06_biji_javascript_yuyan_jingcui >/dev/null
# 07 short Markdown note 论文结构 (# title; ## Abstract / Introduction / Experiment / Links; numbered lists are list items)
python3 $T/make_md_doc.py src/smilent_postgraduate_paper_writing.md f28_07_biji_lunwen_jiegou heldout --levels 2 --fresh
python3 $T/fixmarkers.py f28_07_biji_lunwen_jiegou >/dev/null
# 08 FAQ page 猜你想问 for new students (# title; ## topic, ### sub-topic, #### '❔ question' headings, as in an 答记者问 the questions are headings)
python3 $T/make_md_doc.py src/Survive-HFUT_enrollment_first_glimpse_qa.md f28_08_wenda_xinsheng_cainixiangwen heldout --levels 2,3,4 --fresh
python3 $T/fixmarkers.py f28_08_wenda_xinsheng_cainixiangwen >/dev/null
# 09 guide page 医保 (student medical insurance; # title; ## / ### / ####; ':::' container lines kept as text)
python3 $T/make_md_doc.py src/Survive-HFUT_life_medical_treatment_medical_insurance.md f28_09_zhinan_xuesheng_yibao heldout --levels 2,3,4 --fresh
python3 $T/fixmarkers.py f28_09_zhinan_xuesheng_yibao >/dev/null
# 10 TUNA blog post, 开源之夏 2024 project proposals (call for applicants; ## / ### / #### project titles)
python3 $T/make_md_doc.py src/tuna_tuna.moe_2024-05-09-ospp-summer-2024.md f28_10_gonggao_ospp_xiangmu_tian heldout --levels 2,3,4 --fresh
python3 $T/fixmarkers.py f28_10_gonggao_ospp_xiangmu_tian >/dev/null
# 11 study note 伦理学导论 第四章-后果主义 (no # title: title = file name; mixed heading mark-up: plain standalone 二./三./四.,
#    ### 五./六., bold 七.; 1./2. sub-sections; 第三./第四./第五. standalone criticism titles; a bold standalone label under 六.)
python3 $T/make_md_doc.py src/chenshuaihua_Grade1Master_lunlixue_di4zhang_houguozhuyi.md f28_11_biji_lunlixue_houguozhuyi heldout --levels 3 --title 第四章-后果主义 --fresh
G f28_11_biji_lunlixue_houguozhuyi.txt "第四章-后果主义" '[[31,1,"经典功利主义","二."],[59,1,"功利主义的特征和理由","三."],[75,1,"对功利主义的批判","四."],[77,2,"形式方面的批评","1."],[83,2,"实质方面的批评","2."],[95,3,"经典功利主义不能说明特殊的道德义务","第三."],[99,3,"经典功利主义不能说明分配公正的道德要求","第四."],[104,3,"功利主义对人们要求得过多","第五."],[108,1,"规则功利主义","五."],[125,1,"对快乐主义的批评","六."],[167,2,"对愿望满足的反驳",""],[205,1,"密尔对自由的辩护","七."]]'
# 12 TUNA event notice 开源之道大讲堂：Apache Event (front-matter title; ### 嘉宾介绍 depth 1, #### speaker names depth 2; bold 注意 line is a note)
python3 $T/make_md_doc.py src/tuna_tuna.moe_2019-11-09-apache-foundation.md f28_12_huodong_tongzhi_apache_jiangtang heldout --levels 3,4 --fresh
python3 $T/fixmarkers.py f28_12_huodong_tongzhi_apache_jiangtang >/dev/null
python3 $T/check_gold.py
