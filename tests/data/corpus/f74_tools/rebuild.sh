#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 74 from src/. Run from anywhere.
set -e
cd /work/fresh74
T=tools

# f74_01: student feasibility report (Word, no paragraph styles) for an ACM-ICPC knowledge-graph Q&A system.
# Gold from its own numbering: 1．/2/3/5．/6． (chapter 4 missing in the source, kept as written) depth 1; 1.1, 1.2,
# 3.1, 3.2 and the stand-alone sub-titles 国外研究现状 / 国内研究现状 (under 2) depth 2; the numbered subsystem titles
# 1.–7. under 3.2 (each followed by its paragraph) depth 3. Not headings: colon labels of lists (实现目标：, 功能要求：,
# 设计方案：, 系统功能模块：, 实现算法：), list entries (题目检索, 数据管道模块, 算法 A：…), schedule rows.
python3 $T/docx_paras.py "src/awdec_ACM-ICPC-Knowlege-graph_可行性报告.docx" docs/f74_01_baogao_kexingxing_fenxi.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_01_baogao_kexingxing_fenxi.txt', '系统可行性分析报告', [[3,1],[4,2],[8,2],[15,1,'国内外研究现状','2'],[16,2],[21,2],[24,1,'系统概述','3'],[25,2],[38,2],[39,3],[42,3],[50,3],[55,3],[57,3],[59,3],[61,3],[63,1],[84,1]])"

# f74_02: undergraduate thesis proposal (开题报告, Word) on subtyping students' psychological distress with t-SNE.
# The file has no title paragraph (it opens with an empty 目录 field's heading "目   录"), so the file name is put before
# it as line 1 (docx_with_title.sh). Gold from the Word heading styles: style 2 (一、…九、) depth 1; style 3 (1.–5.,
# and the auto-numbered ones whose number Word adds and the text lacks) depth 2; style a9 and the stand-alone decimal
# lines 2.1–2.3 / 1.1 / 2.1–2.3 under 六.2 and 七 (same rank, plain style but a line of their own) depth 3.
# Not headings: "目   录", the run-in "4.1 数据的初步整理与清洗： …" paragraphs (title and text in one paragraph),
# figure and table captions, table cells, references.
tools/docx_with_title.sh src/OrionYoung1_kaiti_开题报告.docx docs/f74_02_lunwen_kaiti_baogao.txt 开题报告
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_02_lunwen_kaiti_baogao.txt', '开题报告', [[4, 1], [5, 2], [9, 2], [11, 2], [13, 2], [15, 1], [17, 2], [19, 2], [21, 2], [23, 1], [24, 2], [26, 2], [28, 2], [30, 2], [32, 1], [33, 2], [39, 2], [41, 2], [43, 3], [45, 3], [47, 3], [49, 2], [56, 2], [58, 1], [60, 1], [61, 2, '前期工作基础（基于第三批数据的预分析）', '1'], [63, 3], [67, 3], [69, 2], [71, 3], [73, 3], [75, 3], [77, 1], [78, 2], [79, 3], [81, 3], [83, 2], [84, 3], [86, 3], [88, 3], [90, 1], [103, 1]])"

# f74_03: software requirements specification (需求规格说明书, Word) of a smart water-management system, student
# project-management course. The file opens with its Word table of contents (目录 + TOC1–3 lines with page numbers
# glued on, kept as text, not headings) and has no title paragraph, so the file name is line 1 (docx_with_title.sh).
# Gold from the Word heading styles 1/2/3 = depths 1/2/3 (1 引言 … 7 签字认证, 2.1 …, 5.1.1 …), matching the numbering.
# Not headings: use-case field lines (用例名称：…, 事件流：), the numbered steps 1、2、3、, 1) 2) 3) list items, the
# 硬件需求：/软件需求： labels, the document list, signature lines.
tools/docx_with_title.sh src/AsakiOvO_WaterSystemDocument_需求规格说明书.docx docs/f74_03_jishu_xuqiu_guige.txt 需求规格说明书
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_03_jishu_xuqiu_guige.txt', '需求规格说明书', [[36, 1, '引言', '1'], [41, 1, '系统定义', '2'], [42, 2], [44, 2], [45, 1, '应用环境', '3'], [49, 1, '用户特点', '4'], [51, 1, '产品需求', '5'], [52, 2], [53, 3], [55, 3], [65, 3], [75, 3], [85, 3], [95, 3], [105, 3], [115, 3], [125, 3], [135, 2], [136, 3], [151, 3], [157, 3], [168, 2], [169, 3], [171, 3], [173, 3], [175, 3], [181, 2], [190, 2], [192, 3], [194, 3], [196, 1, '验收标准', '6'], [203, 1, '签字认证', '7']])"

# f74_04: university course notice (通知, Word) of a software-engineering course: 关于开展项目实践文档自评、互评的通知.
# Gold from its own numbering: 一、/二、/三、 depth 1, 1、自评 / 2、互评 under 一、 depth 2 (each a stand-alone line
# followed by its paragraph and list). Not headings: the label 互评组分工方式：, the auto-numbered list items (their
# numbers are Word's, not in the text) and the date lines under 二、.
python3 $T/docx_paras.py "src/sebuaa2016_PPT_关于开展项目实践文档自评、互评的通知.docx" docs/f74_04_tongzhi_wendang_ziping_huping.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_04_tongzhi_wendang_ziping_huping.txt', '关于开展项目实践文档自评、互评的通知', [[3,1],[4,2],[10,2],[17,1],[23,1]])"

# f74_05: undergraduate thesis (本科毕业设计, Word, distance-education programme) on a micro-service retail platform,
# decimal numbering 2.1、/3.1.1、 (with a full-width 3．1、 and 4．1、 as typed). The file opens with two cover pages, so
# the thesis title is put as line 1 (docx_with_title.sh). Gold from the Word heading styles 1/2/3 = depths 1/2/3 of the
# body; chapters 1–6 and sections 1.1/1.2 are Word auto-numbered, so their numbers are not in the text (marker '').
# 中文摘要 and ABSTRACT (plain-styled stand-alone titles of the front matter) are depth 1 too. Not headings: the cover
# fields, the table of contents (目    录 and its TOC lines with page numbers glued on), code listings, table cells,
# figure/table captions, the reference list.
tools/docx_with_title.sh "src/hero456258_dissertation_1829010120029+王刚+基于微服务下的新零售电商平台管理系统设计.docx" docs/f74_05_lunwen_weifuwu_dianshang.txt "基于微服务下的新零售电商平台管理系统设计"
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_05_lunwen_weifuwu_dianshang.txt', '基于微服务下的新零售电商平台管理系统设计', [[25, 1, '中文摘要', ''], [28, 1, 'ABSTRACT', ''], [100, 1, '引  言', ''], [102, 1, '微服务下新零售电商平台概述', ''], [103, 2, '新零售电商平台概念及特点', ''], [105, 2, '新零售电商平台作用及其内容', ''], [108, 1, '系统需求分析', ''], [109, 2, '可行性分析', '2.1、'], [110, 3, '操作可行性', '2.1.1、'], [112, 3, '经济可行性', '2.1.2、'], [114, 3, '技术可行性', '2.1.3、'], [116, 2, '方案的设计与对比', '2.2、'], [117, 3, 'C/S设计架构和B/S设计结构比较', '2.2.1、'], [119, 3, '系统模式的设计', '2.2.2、'], [121, 3, '系统设计采用技术选型', '2.2.3、'], [124, 1, '技术介绍', ''], [125, 2, 'Java', '3．1、'], [126, 3, '发展史', '3.1.1、'], [128, 3, '语言特性', '3.1.2、'], [130, 3, '加载和执行', '3.1.3、'], [133, 3, '编程环境', '3.1.4、'], [136, 3, '技术应用领域', '3.1.5、'], [138, 2, 'Spring', '3.2、'], [139, 3, '概述', '3.2.1、'], [143, 3, '体系结构', '3.2.2、'], [145, 3, 'IoC', '3.2.3、'], [151, 3, 'AOP', '3.2.4、'], [155, 3, '总结', '3.2.5、'], [157, 2, 'Spring MVC', '3.3、'], [158, 3, '简介', '3.3.1、'], [160, 3, '执行流程', '3.3.2、'], [163, 2, 'MyBatis', '3.4、'], [164, 3, '概述', '3.4.1、'], [166, 3, '简介', '3.4.2、'], [169, 3, 'MyBatis与Hibernate', '3.4.3、'], [177, 3, '体系结构', '3.4.4、'], [179, 3, '工作原理', '3.4.5、'], [181, 2, 'Spring Boot', '3.5、'], [182, 3, '简介', '3.5.1、'], [184, 3, '特性', '3.5.2、'], [186, 3, '核心', '3.5.3、'], [188, 2, 'Spring Cloud', '3.6、'], [189, 3, '概述', '3.6.1、'], [193, 3, '微服务与微服务架构', '3.6.2、'], [196, 3, 'Spring Cloud和Spring Boot关系', '3.6.3、'], [198, 3, '优缺点', '3.6.4、'], [201, 1, '系统的设计', ''], [202, 2, '系统结构图', '4．1、'], [232, 2, '数据库表', '4．2、'], [271, 2, '数据库表总体预览', '4．3、'], [277, 2, '总结', '4．4、'], [279, 1, '系统的实现', ''], [280, 2, '后台登录', '5.1、'], [293, 2, '首页', '5.2、'], [295, 2, '酒店管理', '5.3、'], [363, 2, '部门管理', '5.4、'], [403, 2, '房间管理', '5.5、'], [447, 2, '订单列表', '5.6、'], [482, 1, '系统测试', ''], [483, 2, '测试概述', '6.1、'], [485, 2, '测试目的', '6.2、'], [487, 2, '测试原则', '6.3、'], [489, 2, '测试方法分类', '6.4、'], [491, 3, '白盒测试', '6.4.1、'], [494, 3, '黑盒测试', '6.4.2、'], [497, 2, '测试用例', '6.5、'], [597, 2, '测试总结', '6.6、'], [599, 1, '结  论', ''], [604, 1, '致  谢', ''], [609, 1, '参考文献', '']])"

# f74_06: company rules (TCL实业全球官网运营管理规范, Word) on running the group's global web sites. Gold from its own
# numbering: 一、…七、 depth 1; 2.1, 2.2, 3.1, 3.2., 3.3., 4.1–4.6, 5.1–5.4, 6.1 (stand-alone section titles) depth 2;
# the appendix label 附件1 depth 1 (marker 附件1, empty title, as in the corpus). Not headings: the 站点新增标准：
# label and its 1./2. criteria (sentences), figure captions (图1. …) and notes, the two （一）（二） clauses of 七、附则
# (sentences), the application-form cells of the appendix (官网需求申请表 is the form's caption inside the appendix).
python3 $T/docx_paras.py "src/XMshushu_TCL_TCL实业全球官网运营管理规范-v2-2023.02.06.docx" docs/f74_06_qiye_guanwang_yunying_guifan.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_06_qiye_guanwang_yunying_guifan.txt', 'TCL实业全球官网运营管理规范', [[3,1],[5,1],[6,2],[10,2],[14,1],[15,2],[24,2],[26,2],[28,1],[29,2],[32,2],[34,2],[37,2],[39,2],[41,2],[43,1],[44,2],[47,2],[50,2],[54,2],[57,1],[58,2],[62,1],[65,1]])"

# f74_07: user manual (用户操作手册, Word) of a student club-management web system. No heading styles: every body
# paragraph is a Word list item, so the outline is read from the document's own table of contents (lines 5–27) and
# numbering: the chapter titles 引言 / 二 .软件概述 / 运行环境 / 使用说明 / 运行说明 / 非常规过程 / 操作命令一览表 /
# 程序文件和数据文件一览表 / 用户操作举例 (Word's auto-numbers 1–9 are not in the text, except the typed "二 .")
# depth 1; 1.1–5.2 depth 2. Not headings: line 2 用户操作手册 (the title's second line), [version 1.0], the 目录
# lines, the command list, the install steps and the example-step titles under 用户操作举例 (screenshot captions).
python3 $T/docx_paras.py src/UNION-CMS_CMS-Documents_用户手册.docx docs/f74_07_jishu_yonghu_shouce.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_07_jishu_yonghu_shouce.txt', '社团管理系统', [[28,1],[29,2],[32,2],[34,2],[42,1,'软件概述','二 .'],[43,2],[45,2],[50,2],[54,1],[55,2],[57,2],[61,1],[62,2],[75,2],[80,2],[81,2],[83,1],[84,2],[87,2],[94,1],[96,1],[103,1],[104,1]])"

# f74_08: team charter (团队章程, Word) of a student software-engineering team (shopping web site project). Short
# (1.6 KB) but a real charter with its own numbering: 一、团队开发 / 二、团队管理 / 三、团队建设 depth 1. Not headings:
# the 1、2、3、4、 rules under each (whole sentences, rules not titled sections). Line 1 keeps its leading space.
python3 $T/docx_paras.py src/97-Brown_SoftwareEngineering_ShoppingWebsite_团队章程.docx docs/f74_08_zhangcheng_tuandui.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_08_zhangcheng_tuandui.txt', '购物网站开发团队章程', [[2,1],[7,1],[12,1]])"

# f74_09: meeting record (会议记录, Word) of a student team building a disaster-relief management system: one entry per
# weekly meeting, each opened by a stand-alone line "date: topic" (4.14: 分配个人大致任务； … 6.9 总结). Gold: those nine
# date lines, depth 1, marker '' (the 4.14 / 5.5 are dates, not section numbers) and the whole line as the title (the
# trailing ； dropped); the cancelled meetings (因故取消) are entries too. Not headings: the per-person task lines.
python3 $T/docx_paras.py src/AllSysAmalthea_AllSys_会议记录.docx docs/f74_09_huiyi_jilu_zhenzai_xitong.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_09_huiyi_jilu_zhenzai_xitong.txt', '会议记录', [[2,1,'4.14: 分配个人大致任务',''],[7,1,'4.21:  分配页面设计任务与设计文档',''],[11,1,'4.28: 各自完成任务并分配新任务',''],[15,1,'5.5: 评审测试',''],[21,1,'5.12: 因故取消',''],[22,1,'5.19:完成情况',''],[28,1,'5.26:因故取消',''],[29,1,'6.2：完成情况',''],[35,1,'6.9 总结','']])"

# f74_10: internship report (实习报告, Word) of a software student at a Guangzhou software company. No title paragraph,
# so the file name is line 1 (docx_with_title.sh). Gold from the Word heading styles 3/4/5 = depths 1/2/3 (实习目的,
# 单位介绍, 实习内容 > 熟悉工作环境, 实习期间相关知识及应用 > SharePoint的使用 …, 实习总结); their numbers are Word
# auto-numbers, not in the text (marker ''). Not headings: the list items under 实习目的, the run-in 第一要真诚：…
# paragraphs of the summary (whole paragraphs opening with a phrase).
tools/docx_with_title.sh src/taoyige_Internship_Report_实习报告.docx docs/f74_10_baogao_shixi.txt 实习报告
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_10_baogao_shixi.txt', '实习报告', [[3, 1], [7, 1], [13, 1], [14, 2], [18, 2], [19, 3], [21, 3], [23, 3], [25, 3], [27, 1]])"

# f74_11: PDF extract (pdftotext -layout) of a university's official 2022 undergraduate training programmes
# (南京中医药大学 2022 级本科各专业人才培养方案, pp. 355–384: 计算机类 and 医学信息工程). Line 1 is the book's running title.
# Gold from the document's own numbering: the two programme titles (计算机类专业人才培养方案, 医学信息工程专业人才培养方案)
# depth 1; 一、…九、 depth 2; （一）（二）… depth 3; 1．/1. section titles (思想政治教育, 知识结构要求, 主要课程模块, each
# experiment 1. 程序设计基础实验 …, 课程实验 …) depth 4, or depth 3 where they sit directly under a 一、-level part
# (四、学制与学位授予 > 1. 学制 / 2. 学位). Not headings: （1）（2）… requirement sentences, colon lead-ins (计算机类专业主要
# 专业实验：, 软件工程专业主要实验还有：, … 应具备以下知识要求：), table cells and the table notes (备注：1. / 2.体测成绩…),
# the page headers/footers (— 365 —), the 专业负责人 and （四年制） lines.
python3 $T/pdf_layout.py src/wuzeto_NJUCM-launch_培养方案.pdf docs/f74_11_gaoxiao_rencai_peiyang_fangan.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f74_11_gaoxiao_rencai_peiyang_fangan.txt', '南京中医药大学 2022 级本科各专业人才培养方案', [[6, 1], [12, 2], [18, 2], [19, 3], [25, 3], [38, 2], [39, 3], [40, 4], [57, 4], [65, 4], [76, 4], [82, 3], [87, 3], [105, 4], [127, 4], [167, 4], [174, 2], [175, 3], [177, 3], [179, 2], [181, 2], [194, 2], [195, 3], [196, 4], [290, 4], [313, 3], [317, 4], [324, 4], [338, 4], [350, 4], [359, 4], [367, 4], [377, 4], [386, 4], [397, 4], [409, 4], [426, 4], [436, 4], [446, 4], [454, 4], [467, 4], [476, 4], [496, 4], [504, 4], [517, 4], [532, 4], [547, 4], [562, 3], [564, 4], [568, 4], [572, 4], [576, 3], [584, 2], [623, 2], [870, 1], [876, 2], [881, 2], [882, 3], [888, 3], [894, 2], [895, 3], [896, 4], [908, 4], [921, 4], [932, 4], [938, 3], [943, 3], [946, 4], [962, 4], [976, 4], [982, 2], [983, 3], [985, 3], [987, 2], [989, 2], [993, 2], [994, 3], [995, 4], [1074, 4], [1102, 3], [1105, 4], [1112, 4], [1118, 4], [1127, 4], [1135, 4], [1145, 4], [1150, 4], [1163, 4], [1178, 4], [1190, 4], [1204, 4], [1214, 4], [1225, 4], [1232, 4], [1242, 3], [1243, 4], [1252, 4], [1256, 4], [1260, 3], [1266, 2], [1305, 2]])"
