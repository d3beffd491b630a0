#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 75 from src/ (run from anywhere). One command (line group) per document.
set -e
cd /work/fresh75
T=tools

# f75_01 keifergu/se-course 概要设计说明书.md — a student team's preliminary design spec (学校收费管理系统), Markdown.
# Gold = the page's own # levels: ## parts (引言, 任务概述, 总体设计, …) depth 1, ### depth 2, #### (主程序, 用户缴费 …)
# depth 3. The last line '##维护设计' has no space after ## (not a heading to a strict CommonMark renderer) but stands
# alone after 安全保密设计 exactly like the other ## parts: the author evidently meant a part heading, kept at depth 1.
# Not headings: the '- 文档名称 …' field list, the numbered requirement items '1. 登录：…', flow-chart code lines.
python3 $T/make_md_doc.py src/keifergu_se-course_概要设计说明书.md f75_01_jishu_gaiyao_sheji_shoufei heldout --fresh --levels 2,3,4

# f75_02 ThisIsShadowAccount/Design-documentation 概要设计说明书.md — a course design spec (电子日记本APP) written on
# the GB 8567 template, Markdown (CRLF). Its title is a bold line, not a # heading, so the file's name is fed as the title
# (md_with_title.sh; the bold line equal to it is dropped). Gold = # levels with their decimal numbers: '# 1引言' depth 1,
# '## 1.1编写目的' depth 2, '### 1.3.1 专门术语' depth 3; the number run into the title ('1引言') is its marker '1'
# (lead_num_marker.py). Not headings: the status table, 'l  SQL SERVER：…' term lines, 'a. 后备技术…' list items.
bash $T/md_with_title.sh src/ThisIsShadowAccount_Design-documentation_概要设计说明书.md 概要设计说明书 f75_02_jishu_gaiyao_sheji_riji --levels 1,2,3
python3 $T/lead_num_marker.py gold/f75_02_jishu_gaiyao_sheji_riji.json

# f75_03 jaques2020/ncre_linux 考试大纲.md — the NCRE level-3 Linux exam syllabus with the student's command notes
# filled in under it, Markdown. Gold = # levels: ## 基本要求 / 考试内容 / 考试方式 depth 1, ### 一、…五、 depth 2.
# Not headings: the tab-indented syllabus items '1.用户管理', '2.文件管理' … (indented lines, i.e. code blocks in the
# Markdown; they are the official list items under each part, with the author's command table hung under some of them),
# the '1. 掌握…' requirement sentences under 基本要求.
python3 $T/make_md_doc.py src/jaques2020_ncre_linux_考试大纲.md f75_03_dagang_ncre_linux heldout --fresh --levels 2,3

# f75_04 TransformersWsz/AI_Report 读书报告.md — reading notes on AIMA ch. 21 强化学习 and ch. 22 自然语言处理, Markdown
# without a title of its own (it opens with a 4-item list of what the report should cover): the file's name is the
# title (md_with_title.sh). Gold = decimal numbering of the # headings: '# 21 强化学习' depth 1, '## 21.2' depth 2,
# '### 21.2.1' depth 3 (--depth number). Not headings: the opening requirement list, quoted '> …' summaries, formulas.
bash $T/md_with_title.sh src/TransformersWsz_AI_Report_读书报告.md 读书报告 f75_04_biji_dushu_baogao_qianghua --levels 1,2,3 --depth number

# f75_05 YuchangLi/help 服务条款.md — 有色牛网会员服务协议, a company's member service agreement, Markdown (title is
# its only # heading). Gold = the six bold article lines '第一条 接受条款' … '第六条 责任范围', depth 1, each titled by
# its own title after the label (f75_05_gold.py). Not headings: the （一）、（二）… clauses (sentences, incl. the bold
# '（一）、 在下列情况下，平台可以…：' lead-ins under 第五条) and the 1、2、… enumerations.
python3 $T/make_md_doc.py src/YuchangLi_help_服务条款.md f75_05_xieyi_huiyuan_fuwu_youseniu heldout --fresh --levels 6
python3 $T/f75_05_gold.py

# f75_06 dubYdub/thing 实习报告.md — an undergraduate's internship report (深圳梨享计算), Markdown (CRLF). Gold = #
# levels: ### parts (实习目的 … 致谢) depth 1, ##### sub-parts (公司介绍, 部门介绍, 从事的具体实际问题 …) depth 2.
# Not headings: the bold field lines (学生：, 学号：…), the '第一周：…' weekly log lines, '1.锻炼了自学能力。…' paragraphs.
python3 $T/make_md_doc.py src/dubYdub_thing_实习报告.md f75_06_baogao_shixi_lixiang heldout --fresh --levels 3,5

# f75_07 neomakers/AppliedRobotics 教学设计.pdf — a teacher's lesson design (双连杆机器人运动学), a 4-page PDF printed
# from Obsidian; text by pdftotext -layout. Gold from the document's own structure (the repository's 教学设计.md it was
# printed from marks them as headings): 一、…五、 depth 1, the four 1.–4. sections under 二、教学内容设计 depth 2, and
# the closing unnumbered 总结 depth 1 (f75_07_gold.py). Not headings: the numbered list items '1. 知识目标：' etc.
# (ordered-list items with bold labels in the source), the labels 引入: / 教学内容: / 教学活动: / 板书公式:, formulas.
python3 $T/pdf_layout.py src/neomakers_AppliedRobotics_教学设计.pdf docs/f75_07_jiaoxue_sheji_jiqiren.txt
python3 $T/f75_07_gold.py

# f75_08 chen-yy20/school-personel-management-system 课程设计报告.md — a C++ course design report (公司/学校人事管理
# 系统) with its source listing as appendix, Markdown (CRLF). The title heading is '公司人事管理系统<br>课程设计报告',
# given as one line. Gold = # levels: ## depth 1, ### depth 2, #### (the file names of the listing: 'people.h', …)
# depth 3. '\t### 类结构图' is tab-indented (a code block to a strict renderer) but sits among the ### sub-parts of
# 详细设计 with an image under it: the author meant a heading; kept at depth 2. Not headings: the bold numbered function
# items '1. **增加人员**', code lines ('#include', '#pragma' inside fences), the cells of the 附录2 评分表 table.
python3 $T/make_md_doc.py src/chen-yy20_school-personel-management-system_课程设计报告.md f75_08_kecheng_sheji_renshi_guanli heldout --fresh --levels 2,3,4 --title 公司人事管理系统课程设计报告

# f75_09 dailing57/DLang 课程设计报告.md — a compiler course design report (词法分析 / 语法分析、语义分析 / 中间代码
# 生成及执行), Markdown (CRLF) without an overall title: the file's name is the title (md_with_title.sh), so the three
# # parts and # 总结与展望 are depth 1. Depth follows the # nesting (nest_depth.py): ## depth 2, ### 3, #### 4, #####
# (执行语句 / 运行结果, the author's own sub-headings of each example) 5; in the third part the #### examples sit directly
# under ## 使用示例 and so are depth 3 there. Not headings: '#' comment lines inside code fences, mermaid diagrams.
bash $T/md_with_title.sh src/dailing57_DLang_课程设计报告.md 课程设计报告 f75_09_kecheng_sheji_bianyi_dlang --levels 1,2,3,4,5
python3 $T/nest_depth.py gold/f75_09_kecheng_sheji_bianyi_dlang.json

# f75_10 Natureal/Paper_Reading 文献综述.md — a student's literature review on MEC 计算卸载 (mobile edge
# computing offloading), Markdown; converted with make_md_doc.py (no # level taken). Its # MEC heading is the title.
# Gold (f75_10_gold.py) from the source's own structure: ## 1./2. parts and the unnumbered ## 可能的研究点 and
# # Reference depth 1; the stand-alone （1）卸载决策 /（2）/（3） lines (plain paragraphs, but numbered short titles
# each heading a block) depth 2, their （a）（b）（c） sub-parts depth 3; the two numbered research points '1.'/'3.' (each
# a title followed by its explanation; the source skips 2.) depth 2. Not headings: the ### [1] [2] citation entries
# (bibliography items set in heading type), the '- …' bullet points.
python3 $T/make_md_doc.py src/Natureal_Paper_Reading_文献综述.md f75_10_zongshu_mec_jisuan_xiezai heldout --fresh --levels 6
python3 $T/f75_10_gold.py

python3 $T/check_gold.py
