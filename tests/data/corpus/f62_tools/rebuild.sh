#!/bin/bash
# Rebuild every document and gold of fresh set 62 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh62
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 company rule 分享计划 (xiyun-international/standard docs/share.md; ## sections, ### 一、二、三、 under 试讲标准)
python3 $T/make_md_doc.py src/xiyun-international_standard_docs_share.md f62_01_gongsi_fenxiang_jihua heldout --levels 2,3 --fresh
# 02 intern 调研报告 on Cartographer (Markdown ##/###, unnumbered)
python3 $T/make_md_doc.py src/Sebastianhayashi_Cartographer_diaoyan_baogao.md f62_02_diaoyan_baogao_cartographer heldout --levels 2,3 --fresh
# 03 course 讲义 前端编码规范工程化 (Markdown; ## sections, ### stylelint; plain '第一节课'..'第四节课' lines under '## 1. 课程安排' added at depth 2;
#    a second '# 前端编码规范工程化' near the end is a depth-1 heading; 第X节课 lines: marker 第X节, title the whole label)
python3 $T/make_md_doc.py src/dongzq0624_qcxn-fe-spec_jiangyi.md f62_03_jiangyi_qianduan_guifan heldout --levels 2,3 --fresh >/dev/null
G f62_03_jiangyi_qianduan_guifan.txt "前端编码规范工程化" \
 '[[14,1],[27,1],[29,2,"第一节课","第一节"],[35,2,"第二节课","第二节"],[41,2,"第三节课","第三节"],[46,2,"第四节课","第四节"],[62,1,"第二节课","第二节"],[69,2],[84,1,"前端编码规范工程化",""]]'
# 04 company rule 项目分支规范 (same repository, docs/git-branch.md; '#### 项目中统一使用 git flow…' stands first, above the
#    '### 1、/2、/3、' sections, so it is a depth-1 heading too; the '# …' line at 36 is a shell comment inside a code fence)
python3 $T/make_md_doc.py src/xiyun-international_standard_docs_git-branch.md f62_04_gongsi_fenzhi_guifan heldout --levels 3,4 --fresh >/dev/null
G f62_04_gongsi_fenzhi_guifan.txt "项目分支规范" '[[3,1],[5,1],[15,1],[31,1]]'
# 05 年度技术学习总结 of a school robotics-team member (Markdown ## 第一部分：… / ### 一、 / #### 1.; source saved from the
#    stored file at the commit named in PROVENANCE_ROWS.md, no snapshot could be fetched; 第X部分 markers set by hand)
python3 $T/make_md_doc.py src/LC-Robopioneer_LC_Arknights_niandu_zongjie.md f62_05_niandu_zongjie_jiqiren_duiyuan heldout --levels 2,3,4 --fresh >/dev/null
G f62_05_niandu_zongjie_jiqiren_duiyuan.txt "年度技术学习总结" \
 '[[3,1,"在校期间已完成的学习内容","第一部分"],[5,2],[10,2],[12,3],[15,3],[18,3],[21,3],[24,2],[29,2],[34,2],[43,1,"假期期间计划完成的学习内容","第二部分"],[45,2],[48,2],[50,3],[55,3],[63,2]]'
# 06 data-mining homework report 《数据挖掘互评作业二: 频繁模式与关联规则挖掘》, a Jupyter notebook saved as HTML (报告.html; code
#    cells and outputs kept as scraped, one block a line; line 1 = <title> DM_2; line 2 repeats the report's title, not a heading).
#    Headings: 1./2. depth 1, （1）–（4） depth 2, a. lines and the bold stand-alone 分析：/模式命名： labels depth 3, a.LABEL=1/0 under 分析 depth 4
python3 $T/html_blocks.py src/L0FX_DM-HW2_baogao.html docs/f62_06_baogao_shuju_wajue_guanlian.txt "DM_2" --drop-first-if-title >/dev/null
G f62_06_baogao_shuju_wajue_guanlian.txt "DM_2" \
 '[[5,1],[7,2],[53,2],[65,2],[68,2],[79,1],[81,2],[151,2],[152,3,"针对LABEL=1部分数据","a."],[158,3,"针对LABEL=0部分数据","a."],[164,2],[165,3],[166,4,"LABEL=1","a."],[168,4,"LABEL=0","a."],[171,3],[173,2]]'
# 07 《BWT算法实验报告》, a Markdown report exported to HTML (Typora-style; <title> 实验报告.md is line 1; the h1 report title on
#    line 2 is the title shown again and the h2 '170810 曹聪聪' is the author line, neither a heading). h2 '一 算法概述' (marker
#    '一' followed by a space) depth 1, h3 '1 编码算法' depth 2; markers set by hand (written with a space, no 、)
python3 $T/html_blocks.py src/concaoccc_BTW_shiyan_baogao.html docs/f62_07_shiyan_baogao_bwt_suanfa.txt "实验报告.md" --drop-first-if-title >/dev/null
G f62_07_shiyan_baogao_bwt_suanfa.txt "实验报告.md" \
 '[[4,1,"算法概述","一"],[6,1,"算法原理","二"],[7,2,"编码算法","1"],[21,2,"解码算法","2"],[26,2,"通过LF Mapping进行解码","3"],[42,2,"background search","4"],[48,1,"代码实现与验证","三"],[50,2,"编码算法","1"],[53,2,"解码算法","2"],[56,2,"搜索算法","3"]]'
# 08 2025年度工作汇报 of another member of the same school robotics team (Markdown ## 一、… / ### 1.; '## 基本信息' unnumbered;
#    the source jumps from 四、 to 六、; source saved from the stored file, gold as make_md_doc.py writes it)
python3 $T/make_md_doc.py src/LC-Robopioneer_LC_Arknights_2025_gongzuo_huibao.md f62_08_gongzuo_huibao_jiqiren_2025 heldout --levels 2,3 --fresh >/dev/null
# 09 《实验报告：基于全连接网络的手写数字体识别》, a Markdown report exported to HTML (line 1 <title> 实验报告; the h1 on line 2 is the
#    report title shown again; author/学号/班级 lines are not headings). h2 depth 1; h3 depth 2; the h4 items (under h2s with no
#    h3) depth 2; KaTeX source annotations dropped as scraped text would show them once; titles lose a trailing ：
python3 $T/html_blocks.py src/ArborealSky_handwritten_shiyan_baogao.html docs/f62_09_shiyan_baogao_shouxie_shuzi.txt "实验报告" --drop-first-if-title >/dev/null
G f62_09_shiyan_baogao_shouxie_shuzi.txt "实验报告" \
 '[[7,1],[17,1],[18,2],[21,2],[24,2],[27,2],[30,2],[33,2],[39,2],[43,2],[49,2],[52,1],[53,2],[121,2],[195,1],[211,2],[217,2],[233,1],[237,1],[240,1]]'
# 10 course 讲义 《好客租房 flutter 项目》 (Markdown, ## 1 … / ### 1.1 …, 119 sections; one '4.61房屋…' written without a space)
python3 $T/make_md_doc.py src/EchoVie_flutter_learn_jiangyi.md f62_10_jiangyi_flutter_haoke_zufang heldout --levels 2,3 --fresh >/dev/null
# 11 project presentation 演讲稿 《AI语音厨房安全管控系统 - 演讲稿》 (Markdown ## 开场白/第一部分：…/总结, ### 系统架构/功能一：…;
#    source saved from the stored file, no snapshot could be fetched). 第X部分 markers set by hand; the bold stand-alone
#    questions '问：…？' under '## 可能的提问及简短回答' are headings at depth 2 (convention for Q&A; marker '', title with 问：)
python3 $T/make_md_doc.py src/ZQH306_STM32_Kitchen_System_yanjianggao.md f62_11_yanjianggao_chufang_anquan heldout --levels 2,3 --fresh >/dev/null
G f62_11_yanjianggao_chufang_anquan.txt "AI语音厨房安全管控系统 - 演讲稿" \
 '[[5,1],[19,1,"项目架构介绍（约2分钟）","第一部分"],[21,2],[41,2],[55,1,"核心功能演示（约3分钟）","第二部分"],[57,2],[70,2],[84,2],[101,1,"技术亮点讲解（约2分钟）","第三部分"],[103,2],[113,2],[120,2],[124,2],[130,1],[150,1],[152,2,"问：为什么选择STM32而不是Arduino？"],[156,2,"问：MQ2为什么要预热6秒？"],[160,2,"问：警报状态下能关闭风扇吗？"],[164,2,"问：AI语音控制的延迟是多少？"],[168,2,"问：如果MQ2传感器损坏怎么办？"],[172,2,"问：FastMCP是什么？为什么要用它？"],[176,2,"问：项目的实际应用价值？"],[182,1]]'
