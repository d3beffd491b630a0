#!/bin/bash
# Rebuild every document and gold of fresh set 40 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh40
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 同济大学软件学院《关于软件工程硕士培养流程的规定》 (HTML fragment of the school's 2009 site; one block a line)
python3 $T/html_blocks.py src/austinvernsonger_tjchemical_DEGREE_PROCESS.html docs/f40_01_guiding_tongji_ruanjian_gongcheng_shuoshi_peiyang.txt "关于软件工程硕士培养流程的规定" --drop-first-if-title >/dev/null
G f40_01_guiding_tongji_ruanjian_gongcheng_shuoshi_peiyang.txt "关于软件工程硕士培养流程的规定" \
 '[[2,1],[4,1],[5,2],[7,2],[10,1],[17,1],[18,2],[21,2],[23,2],[26,1],[32,1],[33,2],[43,2],[49,2],[51,2],[53,2],[58,1],[61,1],[62,2],[64,2],[66,2]]'
# 02 PO team's project-sharing 讲稿 (Markdown; ### 1.–4. sections, stand-alone （1）… paragraph titles; lines begin with U+200B + tab as written; no title in the file, so the file name is line 1)
python3 $T/make_md_doc.py src/watermoonlx_presentation_讲稿.md f40_02_jianggao_po_xitong_xiangmu_shijian heldout --levels 3 --fresh --title 讲稿
python3 $T/addheads.py f40_02_jianggao_po_xitong_xiangmu_shijian '[[31,2],[45,2],[49,2],[53,2],[57,2],[79,2],[87,2],[93,2],[97,2]]' >/dev/null
# 03 JuiceFS Meetup talk script 《星辰征途:面向多云多模态 AIGC 业务的统一存储实践》 (Markdown ## ①–⑥ parts, ### 3.1… sections)
python3 $T/make_md_doc.py src/SerendipityOneInc_juicefs-meetup-talk_演讲稿.md f40_03_yanjianggao_juicefs_duoyun_cunchu heldout --levels 2,3 --fresh
python3 $T/fix03.py
# 04 a new engineer's 工作总结 on a cloud debugging tool (Markdown ## 第X阶段---…, ### sub-parts, bold stand-alone test labels)
python3 $T/make_md_doc.py src/yeexiangzhen1001_Job-summary_工作总结.md f40_04_gongzuo_zongjie_yunduan_tiaoshi_kaifa heldout --levels 2,3 --fresh
python3 $T/fix04.py
# 05 NJU 数据科学基础 course-project 研究报告 (Markdown # 一. / ## 1. / ### (1) / #### / #####; no title in the file, so the file name is line 1)
python3 $T/make_md_doc.py src/Martin7-1_Court-Analysing_研究报告.md f40_05_yanjiu_baogao_caipan_wenshu_fenxi heldout --levels 1,2,3,4,5 --fresh --title 研究报告
python3 $T/fix05.py
# 06 a company's 《考勤管理制度(试运行)》 from an OA project's requirements repo (Markdown; '1. 目的' … '4.1 违规界定' section lines, an unnumbered '工作制度' sub-title; 1.–5. violation items are list items)
python3 $T/make_md_doc.py src/nicuRichard_cbfy_oa_考勤制度.md f40_06_zhidu_kaoqin_guanli_gongsi heldout --levels 2 --fresh
python3 $T/addheads.py f40_06_zhidu_kaoqin_guanli_gongsi '[[3,1],[5,1],[7,1],[8,2],[14,1],[16,2]]' >/dev/null
# 07 course paper 《对于Python初学者的OJ平台学习推荐研究》 (Markdown ## 一、 / ### 1. / #### 2.1. / ##### 2.2.1; a ~~~python fence holds a '#print' comment line)
python3 $T/make_md_doc.py src/herb1999_DataScience-FinalHomework_论文.md f40_07_lunwen_python_oj_xuexi_tuijian heldout --levels 2,3,4,5 --fresh
python3 $T/fix07.py
# 08 a personal-finance sharing talk 逐字稿 (Markdown; '#' for both the three parts and their sections, nested by the talk's own 导言 outline; footnote definitions at the end)
python3 $T/make_md_doc.py src/YaoZeyuan_how-to-win-poke-in-a-stock-ppt_逐字稿.md f40_08_zhuzigao_touzi_licai_fenxiang heldout --levels 1,2 --fresh
python3 $T/fix08.py
# 09 同济大学软件学院工程硕士培养方案 (HTML fragment of the same 2009 site as 01; title from the <h1> of Engineering/educationplan/programme.aspx, which shows this fragment; course table cells one a line)
python3 $T/html_blocks.py src/austinvernsonger_tjchemical_EDUCATION_PLAN.html docs/f40_09_peiyang_fangan_tongji_ruanjian_gongcheng_shuoshi.txt "同济大学软件学院工程硕士培养方案" --drop-first-if-title >/dev/null
G f40_09_peiyang_fangan_tongji_ruanjian_gongcheng_shuoshi.txt "同济大学软件学院工程硕士培养方案" \
 '[[3,1],[5,1],[6,2],[11,2],[18,2],[24,1],[26,2],[29,2],[31,2],[33,2],[36,2],[39,2],[42,2],[44,2],[47,2],[50,2],[53,2],[56,2],[59,2],[61,2],[63,1],[69,1],[70,2],[76,3],[86,3],[92,2],[96,2]]'
# 10 an AI-hardware product manager's 2019 年度总结 (public-account article as Markdown; ### 1、… ### 最后; bold stand-alone sentences are emphasis, not headings)
python3 $T/make_md_doc.py src/arvinzhoupm_AIPMTalk_年度总结.md f40_10_nianzhong_zongjie_ai_chanpin_jingli heldout --levels 3 --fresh
# 11 中国海洋大学 硕士学位论文 开题报告 (plain UTF-8 .txt exported from the Word template: cover fields, template prompts, a half-filled 二、研究内容; no 三、 in the text)
python3 $T/txt_doc.py src/xxb0216_opening-report-of-graduate-paper_开题报告.txt docs/f40_11_kaiti_baogao_ditie_kongtiao_bianpin.txt "中国海洋大学硕士研究生学位论文开题报告" >/dev/null
G f40_11_kaiti_baogao_ditie_kongtiao_bianpin.txt "中国海洋大学硕士研究生学位论文开题报告" \
 '[[21,1],[27,1],[28,2],[31,3],[35,3],[38,3],[40,3],[43,3],[44,4],[45,5,"永磁同步压缩机和矢量控制技术","1）"],[47,5,"模糊频率控制技术","2）"],[49,5,"废排变频调速技术","5）"],[52,2],[58,2],[61,2],[65,1]]'
# 12 法考 刑法 lecture 第一讲 as a speech-to-text subtitle transcript (plain UTF-8 .txt; one stand-alone section line '第二节  刑法的解释'; 第一节/第三节 are only announced inside the running speech)
python3 $T/txt_doc.py src/coopergoon_fakao_zimu_第一讲.txt docs/f40_12_jiangzuo_fakao_xingfa_diyijiang.txt "第一讲" >/dev/null
G f40_12_jiangzuo_fakao_xingfa_diyijiang.txt "第一讲" '[[60,1]]'
#@NEXT
python3 $T/check_gold.py
