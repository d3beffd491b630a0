#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 78
set -e
cd "$(dirname "$0")/.."
T=tools

# f78_01 buby-g02/buby 维护及评价/SE2019春-G02-软件项目程序维护手册.docx — a student team's program maintenance manual
# for an Android notes app (霸笔笔记app), Word; docx_with_title.sh (its first paragraphs are the cover's '组号：G02'
# lines, so the file's own name is put as line 1). Gold = the numbered sections of the body: '1．引言' … '4．维护过程'
# depth 1 (full-width '．' as written), '1.1编写目的' … '4.6' depth 2, '3.3.1总体特征' / '3.3.2结构及详细说明' depth 3.
# Not headings: the 目录 lines (with page numbers), the '3.3.2.1说明该数据库的结构…' … '3.3.2.4' items (template
# instructions written as sentences), the unnumbered module labels under 2.3/2.4 ('注册模块', '登录模块' — a list of
# the app's modules, some with one-line descriptions) and the naming-rule labels under 4.1 ('命名规范', 'colors的命名'),
# the control-abbreviation table cells, the '（1）…' steps under 4.4.
bash $T/docx_with_title.sh "src/buby-g02_buby_SE2019春-G02-软件项目程序维护手册.docx" docs/f78_01_jishu_chengxu_weihu_shouce.txt "SE2019春-G02-软件项目程序维护手册"
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_01_jishu_chengxu_weihu_shouce.txt', 'SE2019春-G02-软件项目程序维护手册', [[33,1],[34,2],[36,2],[38,2],[40,2],[44,1],[45,2],[47,2],[49,2],[72,2],[93,1],[94,2],[96,2],[98,2],[100,3],[108,3],[113,1],[114,2],[228,2],[230,2],[232,2],[245,2],[247,2]])"

# f78_02 daobaoguai/GNS3 实习报告.docx — a student's production-internship course report (中小型校园网的安全设计与部署,
# GNS3 campus network: VLAN, trunk, NAT), Word; docx_paras.py (line 1 is the cover's '课程报告'). Gold = the body's
# decimal numbering: '1 设计原则' … '5 致谢' depth 1 (marker the bare number '1', written with a space), '1.1功能性设计'
# … '2.5局域网通信' depth 2, '2.2.1概述' … '2.5.2 NAT地址翻转' depth 3. Not headings: the 目录 lines (page numbers),
# the paper-style title/author/摘要/Abstract block, the '（1）…' requirement items, the command labels ('查看VLAN',
# '创建VLAN', '主机配置：', '方法一：'), and inside 2.5.2 the run-in list '引入NAT原因：' / '2、NAT分类：' / '3、NAT原理：' /
# '4、动态NAT部署' (a list within the subsection whose first item lost its Word auto-number; kept as list items of
# 2.5.2, not a further outline level) with its '①编写ACL…' steps.
python3 $T/docx_paras.py src/daobaoguai_GNS3_实习报告.docx docs/f78_02_baogao_shixi_xiaoyuanwang.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_02_baogao_shixi_xiaoyuanwang.txt', '课程报告', [[38,1,'设计原则','1'],[39,2],[43,2],[47,1,'系统设计','2'],[48,2],[50,2],[51,3],[60,3],[77,2],[78,3],[80,3],[88,2],[89,3],[92,3],[109,2],[110,3],[113,3],[145,1,'项目成果','3'],[147,1,'心得体会','4'],[149,1,'致谢','5']])"

# f78_03 rodyyyy/StudyAbroad 结题报告.docx — a USTC software-school team's engineering-practice closing report (留学生
# 信息管理与分析系统), Word; docx_with_title.sh (the first paragraph is the school name on the cover, so the file's
# own name '结题报告' is line 1). Gold follows its own 目录: '摘要', 'Abstract' and '一、项目工程结果' … '三、不足和展望'
# depth 1; '1,具体产品' … '4,主要问题及解决办法' depth 2 (marker '1,' with the ASCII comma as written); under them the
# titled sub-parts '（1）技术架构', '（2）基本流程' (each over a figure) and '(1)分页选择问题' … '(3)个人评估功能实现—…'
# depth 3; under (3) '1.聚类特征的选取' … '3.用户数据缺失问题的处理' depth 4. Not headings: the cover fields, the 目录
# lines, the '(2) 基本完成了…' summary items in 摘要/Abstract (sentences), '数据流图：'/'用例图：' figure labels, the
# schedule table.
bash $T/docx_with_title.sh src/rodyyyy_StudyAbroad_结题报告.docx docs/f78_03_baogao_jieti_liuxue_xitong.txt 结题报告
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_03_baogao_jieti_liuxue_xitong.txt', '结题报告', [[25,1],[34,1],[42,1],[43,2,'具体产品','1,'],[47,2,'系统功能','2,'],[48,3],[49,3],[66,1],[67,2,'开发效率','1,'],[69,2,'产品质量','2,'],[71,2,'技术方法','3,'],[74,2,'主要问题及解决办法','4,'],[75,3],[77,3],[79,3],[80,4],[82,4],[84,4],[86,1],[87,2,'不足','1,'],[90,2,'展望','2,']])"

# f78_04 nihaohello/DaChuang 申报书.docx — a student team's application form for a 大创 (undergraduate innovation)
# project, a distributed website-scanning platform, Word; docx_paras.py (line 1 '申报书' is its title). Gold = the form's
# five parts '一、项目简介：…' … '五、预期成果：' depth 1 (二、 to 五、 indented by a no-break space U+00A0, as written; their marker and title are given explicitly); the unnumbered part
# labels '立项依据：' and '前期准备：' under 二、 and the three stage labels '第一阶段(2019.5--2019.8)：' … under 三、
# depth 2; under 立项依据 the titled points '（1）分布式扫描：' … '（4）层级处理' (each over its own paragraph) and under
# 前期准备 '1.扫描器的框架设计与编写' / '2. 理清接下来要解决的技术问题与实现难题' depth 3. Not headings: the '（1）运用
# BootStrap…' items under 2. and the '（1）编写前端界面框架；' task items under each stage (sentences ending in ；/。).
python3 $T/docx_paras.py src/nihaohello_DaChuang_申报书.docx docs/f78_04_xuexiao_dachuang_shenbaoshu.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_04_xuexiao_dachuang_shenbaoshu.txt', '申报书', [[2,1],[4,1,'申请理由：（立项依据、自身及团队具备的知识、特长、前期准备等）','二、'],[5,2],[9,3],[12,3],[14,3],[16,3],[18,2],[19,3],[21,3],[27,1,'项目方案与进度安排','三、'],[29,2],[34,2],[39,2],[44,1,'项目特色与创新','四、'],[46,1,'预期成果','五、']])"

# f78_05 zxforchid/zxforchid.github.io VPteam学习手册.pdf — a university vision lab team's training plan for new members
# (培养方案: abilities, study guide, principles), PDF with a 'VPteam' watermark whose letters are scattered through the
# extract ('am', 'te', ' VP'); pdf_layout.py (line 1 '培养方案' keeps the zero-width space U+200B the PDF has after it;
# most lines end with one). Gold = the four parts '一、培养能力：' … '四、知识框架图' depth 1 and the numbered topics under
# 一、 and 二、 ('1.Python代码能力：' … '4.阅读论文的一些误区和方法：', '1.Python课程：' … '6.实验室服务使用：') depth 2; titles
# given without the trailing '：' and U+200B. Not headings: the '（1）能够理解…' ability items, 'Step1:…' steps, the
# '(1).…'/'(2).专业词汇读不懂：'/'(3).…' tips under 4. (a list of points whose first is a sentence), 'a.…' items, the
# 🎈 TASK lines, the '1.建议保持…' … '6.…' principles under 三、 (sentences), the watermark fragments and the byline.
python3 $T/pdf_layout.py src/zxforchid_zxforchid.github.io_VPteam学习手册.pdf docs/f78_05_xuexiao_shiyanshi_peiyang_fangan.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_05_xuexiao_shiyanshi_peiyang_fangan.txt', '培养方案\u200b', [[2,1,'培养能力'],[3,2,'Python代码能力'],[28,2,'深度学习基础理论'],[35,2,'Pytorch编码能力'],[54,2,'阅读论文的一些误区和方法'],[73,1,'攻略'],[74,2,'Python课程'],[88,2,'Pycharm环境配置'],[93,2,'Pytorch环境配置以及Pytorch学习：（小土堆）9h'],[106,2,'深度学习理论基础'],[129,2,'深度学习理论基础与Pytorch学习： （刘二大人）11H'],[135,2,'实验室服务使用'],[155,1,'学习原则'],[184,1,'知识框架图']])"

# f78_06 sz2247796775/SoftwareProject 社区用户有偿互助平台编码标准.docx — a student team's coding standard for their
# community mutual-aid platform (naming, comments, formatting rules), Word; docx_paras.py (the cover's blank lines, made
# of tabs/breaks, stay as empty lines). Gold = the body's decimal sections: '1. 概述', '2. 代码规范', '3. 格式规范'
# depth 1, '2.1 有关命名', '2.2 有关注释', '3.1 缩进' … '3.3 对齐' depth 2, '2.1.1 包命名' … '2.2.3 关键点注释' depth 3.
# The source misnumbers three subsections of 2.1 as '3.1.5 常量命名', '3.1.6 资源文件命名', '3.1.7 其他命名' (its 目录 has
# 2.1.5–2.1.7); they sit between 2.1.4 and 2.2, so they are depth 3 under 2.1 with the markers as written. Not
# headings: the 目录 lines ('1. 概述... 5'), the revision table, the rule lines, the '* 文件描述 …' items, code samples.
python3 $T/docx_paras.py src/sz2247796775_SoftwareProject_社区用户有偿互助平台编码标准.docx docs/f78_06_guizhang_bianma_biaozhun.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_06_guizhang_bianma_biaozhun.txt', '社区用户有偿互助平台编码标准', [[77,1],[83,1],[84,2],[86,3],[89,3],[93,3],[98,3],[103,3],[105,3],[115,3],[118,2],[120,3],[133,3],[152,3],[159,1],[160,2],[162,2],[169,2]])"

# f78_07 AllenWong94/AccountsKeeper 用户手册.pdf — a university team's user manual for an Android bookkeeping app
# (记账大师《用户手册》), PDF; pdf_layout.py (line 1 is the cover's school name, the first line as extracted; the
# part titles are centred, hence indented). Gold follows its 目录 and numbering: '编辑历史' (an entry of the 目录, the
# unnumbered title over the revision table) and '1 引言' … '4 使用说明' depth 1 (marker the bare number), '1.1 目的' …
# '4.3 出错和恢复' depth 2, the function sections '2.3.1 欢迎界面' … '2.3.7 退出当前账号' depth 3 under '2.2 功能' (the
# source numbers them 2.3.x though they sit under 2.2, as its 目录 shows) and '2.3.1 数据精确度' / '2.3.2 时间特性' depth 3
# under '2.3 性能'. Not headings: the cover, the 目录 lines with dot leaders, the '文件名称：'/'文件说明：' labels, the five
# module names under 2.2 ('食物', '水果' … a list), the wrapped URL lines.
python3 $T/pdf_layout.py src/AllenWong94_AccountsKeeper_用户手册.pdf docs/f78_07_jishu_yonghu_shouce_jizhang.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_07_jishu_yonghu_shouce_jizhang.txt', '中山大学数据科学与计算机学院', [[76,1],[96,1,'引言','1'],[97,2],[104,2],[107,2],[110,2],[122,1,'软件概述','2'],[123,2],[126,2],[157,3],[161,3],[171,3],[177,3],[185,3],[189,3],[195,3],[199,2],[202,3],[208,3],[214,1,'运行环境','3'],[215,2],[218,2],[223,2],[231,1,'使用说明','4'],[232,2],[235,2],[240,2]])"

# f78_08 OkenBarrel/TestbookGenius doc/04_项目开发记录.docx — a student team's project development record (北工大教材
# 资源整合平台TextbookGenius), whose part 2 is the minutes of four team meetings, Word; docx_paras.py. Gold = the template's
# numbered parts '1．引言' … '5．经验与教训' depth 1 (full-width '．'), '1.1编写目的' … '4.2技术方案评价' depth 2, and
# under '2．开发记录' the four meeting titles '第一次会议' … '第四次会议' depth 2 (unnumbered stand-alone titles, each over
# its minutes table). Not headings: the 目录 lines, the bracketed template instructions '【…】', the minutes-table
# labels ('会议日期：…', '记录人', '出席人员', '会议主题', '讨论纪要', '计划与行动分工', '结论', '问题') and their
# '（1）…' items, the 'a.程序'/'b.文档' and 'a.关键问题'/'b.风险因素' list labels, the module list under 3.3.
python3 $T/docx_paras.py src/OkenBarrel_TestbookGenius_04_项目开发记录.docx docs/f78_08_jilu_xiangmu_kaifa_jilu.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_08_jilu_xiangmu_kaifa_jilu.txt', '北工大教材资源整合平台TextbookGenius', [[23,1],[24,2],[31,2],[37,2],[43,2],[49,1],[51,2],[72,2],[92,2],[116,2],[135,1],[136,2],[151,2],[152,2],[158,2],[167,1],[168,2],[170,2],[179,1]])"

# f78_09 osslab-pku/OSSDevelopment 课程大纲.md (commit 0be8a13…, the file was later renamed Syllabus.md) — a university
# course's syllabus for autumn 2022 (开源软件开发: lessons, labs, grading), Markdown; make_md_doc.py (its '#' title is
# line 1). Gold = every '###' heading: the fifteen lessons '第1次课：开源软件及其开发概述。（课堂lecture）  09/07' …
# '第15次课：…' and '评分：', depth 1; ordinal_lesson_marker.py then makes '第N次课' the marker and the text after '：'
# (dates and all, as written) the title. Not headings: the '* 101开源软件概述：…' topic items, the '> Lab 1：…' quotes and
# their scoring lines, the bold '主要内容：…' line.
python3 $T/make_md_doc.py src/osslab-pku_OSSDevelopment_课程大纲.md f78_09_xuexiao_kecheng_dagang_kaiyuan heldout --fresh --levels 3
python3 $T/ordinal_lesson_marker.py gold/f78_09_xuexiao_kecheng_dagang_kaiyuan.json

# f78_10 woshimajintao/Course-Design-of-Digital-Image-Processing 教学大纲.docx — a university's course syllabus for
# 《数字图像处理》 (basic data, objectives, content table, assessment, textbooks), Word; docx_paras.py (tables come out one
# cell a line). Gold = its eight parts '一、课程基本信息' … '八、建议教材及教学参考书', depth 1. Not headings: the
# '1．课程编号：80L318Q' … '6．适用专业：物联网' field lines (label-value pairs), the '1、掌握…' objectives (sentences),
# everything inside the tables — the graduation-requirement rows ('1、自然科学基础…', '1.3具有…') and the content table's
# '第一章：绪论' … chapter cells (a table column, not sections of this document) — and the '[1] …' references.
python3 $T/docx_paras.py src/woshimajintao_Course-Design-of-Digital-Image-Processing_教学大纲.docx docs/f78_10_xuexiao_jiaoxue_dagang_tuxiang.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_10_xuexiao_jiaoxue_dagang_tuxiang.txt', '《数字图像处理》课程教学大纲', [[3,1],[11,1],[19,1],[39,1],[147,1],[155,1],[177,1],[180,1]])"

# f78_11 ayawakkk/woodoc 项目总结.docx — a project summary handout for job interviews on a training-course project
# (天机学堂: project description for a résumé, reusable technical solutions, likely interview questions with answers),
# Word; docx_paras.py. Gold = its three numbered parts '1.天机学堂项目说明', '2.可迁移的技术方案', '3.可能碰到的面试题：'
# depth 1, and under 3. the seven question titles '问题1：分布式锁' … '问题7：通用问题' depth 2 (marker '问题N', the
# numbering as written, title after the colon). Not headings: the résumé field labels ('项目名：…', '项目说明：', '技术栈：',
# '工作职责：'), the list of solutions under 2., the '面试官：…' / '面试官追问：…' / '答：' dialogue lines.
python3 $T/docx_paras.py src/ayawakkk_woodoc_项目总结.docx docs/f78_11_zongjie_xiangmu_mianshi.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f78_11_zongjie_xiangmu_mianshi.txt', '项目总结', [[2,1],[15,1],[37,1],[38,2,'分布式锁','问题1'],[54,2,'视频点播','问题2'],[60,2,'视频进度统计','问题3'],[72,2,'点赞系统','问题4'],[77,2,'积分排行榜','问题5'],[86,2,'优惠券系统','问题6'],[96,2,'通用问题','问题7']])"
