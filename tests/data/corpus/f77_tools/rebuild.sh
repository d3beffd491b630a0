#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 77
set -e
cd "$(dirname "$0")/.."
T=tools

# f77_01 sundyunyun/material 本科毕业设计归档注意事项.pdf — a college's one-page instruction sheet on how to file the
# graduation-design papers (资料袋, binding order, forms), a PDF with annotated form pictures; pdf_layout.py.
# Gold = its four numbered parts '一．论文资料袋' … '四.其他' (full-width '．' and ASCII '.' as written), depth 1.
# Not headings: the call-out notes beside the pictured forms ('请把论文成绩抄在上面…'), the '装订顺序：…' lines, the
# '成绩评定表：' label over the 1./2./3. notes (a caption of the pictured form, within part 三), the grade table rows.
python3 $T/pdf_layout.py src/sundyunyun_material_本科毕业设计归档注意事项.pdf docs/f77_01_xuexiao_biye_sheji_guidang.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_01_xuexiao_biye_sheji_guidang.txt', '本科毕业设计归档注意事项', [[2,1,'论文资料袋','一．'],[29,1,'毕业设计（论文）','二．'],[53,1,'开题报告、中期检查表、成绩评定表','三．'],[94,1,'其他','四.']])"

# f77_02 sundyunyun/material 开题报告孙芸芸.docx — a student's graduation-design proposal (鲜蔬配送管理系统), Word;
# docx_paras.py (one paragraph a line). Gold = the proposal's own numbering: '1、背景介绍' … '8、参考文献' depth 1 and
# the decimal sub-parts '3.1 …', '4.1', '5.1'–'5.3', '6.1'–'6.4' depth 2. Not headings: inside 3.1 the bulleted
# function list of the system ('●后台管理模块', the modules '供应商管理', '2、采购管理' … '7、综合管理', their
# '（1）进货管理' / '司机信息管理' sub-items and '●前台模块 1、客户在线下单') — a list of the system's functions, each item
# a label with a one-line description, not a section of the proposal (its auto-numbered first item lost its '1、');
# the '独立运行的Spring项目' … feature labels under 5.2, the cover fields, the schedule table cells, '[1]' … references.
python3 $T/docx_paras.py "src/sundyunyun_material_开题报告孙芸芸.docx" docs/f77_02_lunwen_kaiti_xianshu_peisong.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_02_lunwen_kaiti_xianshu_peisong.txt', '毕业设计（论文）开题报告', [[9,1],[13,1],[16,1],[17,2],[58,1],[59,2],[62,2],[68,1],[69,2],[72,2],[88,2],[90,1],[91,2],[93,2],[95,2],[97,2],[98,1],[135,1]])"

# f77_03 legen618/Documents 需求规格说明文档.md — a student team's software requirements specification (iCountry 农村
# 金融平台), Markdown. Gold = every ## … ##### heading with depth from its decimal number (--depth number): '1. 引言'
# depth 1, '1.1' depth 2, '2.1.1' depth 3, '3.2.1.1 特征描述' depth 4; the unnumbered ## headings at the top
# ('iCountry平台', '更新历史') and '0. 目录' are ## parts of the page too, depth 1. Not headings: the picture captions
# left under 3.1.1 ('0-0 APP入口', '1-1 首页' … the screenshots are dropped), table rows, the numbered stimulus/response
# steps and 'R1 …' requirement lines.
python3 $T/make_md_doc.py "src/legen618_Documents_需求规格说明文档.md" f77_03_jishu_xuqiu_guige_icountry heldout --fresh --levels 2,3,4,5 --depth number

# f77_04 SDPCoder/SuperDiaryDocuments 软件设计文档.pdf — a student team's software design document for an Android
# diary app (超级日记), PDF; pdf_layout.py (line 1 is the cover's product name 'SuperDiary', the title as extracted).
# Gold = the five unnumbered part titles of its 目录 (技术选型理由, 模块划分, 设计技术, 设计模式, 技术方法和工具) depth 1,
# and the numbered items under them ('1. 结构化编程', '2. 面向对象编程', '1. 数据访问对象模式', '2. 单例模式',
# '1. 界面设计：…' (run-in title 界面设计) … '8. 密码保护功能实现') depth 2. Not headings: the 目录 lines, the decimal
# rules '1.1 所有 Activity …' / '1.2 …' (sentences), the colon labels over code pictures ('记录每天起床时间：',
# 'MyDBHelper类', '拍照：'), picture captions, and the closing '使用到的技术点总结如下：' list 1.–13. (a list of terms).
python3 $T/pdf_layout.py src/SDPCoder_SuperDiaryDocuments_软件设计文档.pdf docs/f77_04_jishu_sheji_wendang_chaojiriji.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_04_jishu_sheji_wendang_chaojiriji.txt', 'SuperDiary', [[29,1],[40,1],[55,1],[57,2],[91,2],[103,1],[105,2],[113,2],[128,1],[130,2,'界面设计'],[161,2],[237,2],[262,2],[273,2],[306,2],[321,2],[369,2]])"

# f77_05 DLW3D/SurveyRecord 实习报告.docx — a surveying student's report on a six-week digital topographic survey
# practicum (数字地形测量实习), Word; docx_paras.py. Gold = its own numbering: '一、实习概述' … '五、总结' depth 1 and the
# '1、水准仪检验', '2、踏勘选点' … parts under them depth 2 (the author numbers the fifth part under 二 '3、平面控制测量'
# again after '4、全站仪的检验'; kept as written, depth 2). Not headings: the day-by-day schedule lines, the label
# '部分地物绘制方式：' and its item lines, the '1.水准仪超限，更换仪器。' … '18.' list of problems met under 五/2 (sentences).
python3 $T/docx_paras.py src/DLW3D_SurveyRecord_实习报告.docx docs/f77_05_baogao_shixi_dixing_celiang.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_05_baogao_shixi_dixing_celiang.txt', '实习报告', [[2,1],[17,1],[18,2],[23,2],[30,2],[40,2],[43,2],[50,1],[54,1],[56,2],[70,2],[90,2],[92,2],[99,1],[100,2],[110,2],[129,2],[138,2]])"

# f77_06 97-tianyan/testgit '01包 技术规范书.docx' — a company's procurement technical specification (AI 模型训练数据
# 标注技术支撑服务, 包1), Word; docx_paras.py. Its headings carried Word auto-numbering, which the text no longer has
# ('总则', '概述' …); the numbers survive only in its 目录 (1 总则 / 1.1 概述 / 1.3.1 附件一：应答方案 …), so the gold takes
# the body's heading lines with the depth the 目录 gives them and marker '' (as the text shows them): 总则, 项目概况,
# 技术要求, 考核标准, ★知识产权与保密要求, 附表 depth 1; 概述 … ★标注交付及验收要求, 附表1–3 depth 2; 附件一：应答方案 …
# 附件十：报价要求 and 项目时间及实施地点 depth 3 (the 目录 puts them under 1.3). Not headings: the 目录 lines themselves,
# the '1.2.1 应答人应…' clauses, '1) …' / '（1）…' items, the '一、内容智能生产' … scenario list under 业务场景说明 (not in
# the 目录, one-line items), table cells of the service table and the three 附表 forms, '注：' lines.
python3 $T/docx_paras.py "src/97-tianyan_testgit_01包 技术规范书.docx" docs/f77_06_gongsi_jishu_guifanshu_biaozhu.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; A=lambda l,t: [l,3,t,'']; gold.write('f77_06_gongsi_jishu_guifanshu_biaozhu.txt', '技术规范书 – 包1', [[40,1],[41,2],[51,2],[56,2],A(57,'附件一：应答方案'),A(68,'附件二：标注工具方案'),A(70,'附件三：技术支撑服务方案'),A(75,'附件四：培训方案'),A(77,'附件五：项目经验'),A(79,'附件六：数据标注解决方案'),A(81,'附件七：人员组成方案'),A(84,'★附件八：应答人承诺'),A(98,'附件十：报价要求'),[101,3],[103,1],[104,2],[106,2],[108,2],[110,2],[113,1],[114,2],[126,2],[128,2],[135,2],[140,2],[148,2],[158,2],[167,2],[176,1],[177,2],[194,2],[203,1],[208,1],[209,2,'附表1：团队人员名单',''],[268,2,'附表2：项目经验填报表',''],[294,2,'附表3：已有标注数据集清单','']])"

# f77_07 hongyuanluo/xj032_10year 活动筹备策划书.docx — a class's plan for its ten-year alumni reunion (信计032班校友
# 十年聚会筹备及活动策划书), Word. Its title stands on two paragraphs ('信计032班校友' / '十年聚会筹备及活动策划书'), so
# the file's own name is put before the text as line 1 (docx_with_title.sh); both title paragraphs stay as text.
# The headings lost their Word auto-numbers in the text; the 目录 gives the structure (1. 我们的信计032 … 5. 预算,
# 3.1–3.3, and the three day headings under 4): gold = the body's heading lines with those depths, marker '' as shown:
# 我们的信计032, 主题, 筹备工作, 聚会活动计划, 预算 depth 1; 筹备人员列表, 时间计划, 补充说明 and the day headings
# '2017年10月1日（周日）' … depth 2 (titled days of the programme, listed in the 目录, not bylines). Not headings: the
# '版本控制' label over the revision table and '目录' (front matter, not in the 目录), 目录 lines, table cells,
# schedule lines ('7:00 起床…').
bash $T/docx_with_title.sh src/hongyuanluo_xj032_10year_活动筹备策划书.docx docs/f77_07_cehua_xiaoyou_juhui.txt 活动筹备策划书
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_07_cehua_xiaoyou_juhui.txt', '活动筹备策划书', [[30,1],[33,1],[35,1],[36,2],[75,2],[87,2],[89,1],[99,2],[105,2],[113,2],[116,1]])"

# f77_08 SolidFighter/LH_EDU 员工归档/工作输出/杨晨/领航教育学校教学规章制度.docx — a private tutoring school's
# (领航教育) compiled teaching rules, Word; docx_paras.py (line 1 is the centred title, leading spaces kept).
# Gold = the stand-alone titles of the rules it collects (教师集体备课制度, 教师听课评课制度, 教育教学工作过程性督查制度,
# 教学工作的办公会例会制度, 教职工教学例会制度) depth 1, and their titled parts depth 2: '一、听课数量' … '三、评课要求',
# '一、建立教学质量监控与评价制度', '二、建立教学质量检测评估制度', the unnumbered '会议主要内容', '一、 会议主题',
# '二、会议时间、地点', '三、参加人员'. Not headings: the opening untitled rule's 1.–7. clauses, all '1、…' clauses, and the
# numbered sentences that end a rule ('三、教学例会议题由教学部收集并报主持人审定。' … '五、…', '四、会议由校长主持、
# 教导部作具体总结部署。') — whole provisions written as sentences, not titled parts (doubtful: they continue the
# 一、二、三 series of titled parts in the same rule).
# The two 督查制度 parts are indented with no-break spaces (U+00A0) in the Word text; their marker and title are given
# without them ('一、', '建立教学质量监控与评价制度'), as the corpus's d42_02 / f50_02 golds do (check_gold.py strips U+00A0 too).
python3 $T/docx_paras.py src/SolidFighter_LH_EDU_领航教育学校教学规章制度.docx docs/f77_08_gongsi_jiaoxue_guizhang_linghang.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_08_gongsi_jiaoxue_guizhang_linghang.txt', '领航教育学校教学规章制度', [[11,1],[24,1],[26,2],[29,2],[37,2],[45,1],[46,2,'建立教学质量监控与评价制度','一、'],[51,2,'建立教学质量检测评估制度','二、'],[59,1],[63,2],[75,1],[77,2],[83,2],[85,2]])"

# f77_09 SolidFighter/LH_EDU 员工归档/工作输出/杨晨/薪酬绩效/领航教育教师薪酬方案.docx — the same tutoring school's pay
# scheme for its teachers (教师薪酬设计方案), Word; docx_paras.py. Gold = the five numbered pay components '1.基本工资' …
# '5.绩效奖金' depth 1; under 5 the four bonus titles that its lead sentence lists (巩固率奖：, 教学优质课奖：, 新生源拓展
# 奖励：, 优质服务奖：, stand-alone lines ending in '：') depth 2; under them 'A：免费体验课', 'B：新生招生' (marker 'A'/'B')
# and '（1）电话教学' … '（5）问卷反馈' plus the two closing unnumbered parts '优质服务奖考核细则', '优质服务奖设立' depth 3.
# Not headings: the grade lines '见习授课教师：20元/课时', the table cells and the captions of score tables that were not
# carried into the text ('电话教学考核标准与分值', '学期展示课考核标准与分值', '学生评价的主要内容：'), the prize lines.
python3 $T/docx_paras.py src/SolidFighter_LH_EDU_领航教育教师薪酬方案.docx docs/f77_09_gongsi_jiaoshi_xinchou_fangan.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_09_gongsi_jiaoshi_xinchou_fangan.txt', '教师薪酬设计方案', [[3,1],[5,1],[7,1],[16,1],[18,1],[20,2],[37,2],[42,2],[43,3,'免费体验课','A'],[45,3,'新生招生','B'],[47,2],[49,3],[56,3],[61,3],[64,3],[68,3],[71,3],[73,3]])"

# f77_10 BigfaceAlex/KCYB-INTERNSHIP 实习报告.docx — a student's project practicum report (位置相关服务：附近的出租车,
# a grid-index taxi-search app), Word; docx_paras.py (line 1 is the report's title paragraph). Gold = the body's part
# headings as its 目录 lists them: '项目概述' (the 目录's '一、项目概述'; its number is not in the body text, marker ''),
# '二、系统设计' … '六、心得体会' depth 1, '2.1. 设计思路' … '4.2. 程序流程图' depth 2. Not headings: the 目录 lines,
# the name/date lines, the numbered design steps ('1.基于网格的索引。…', '2、需要哈希表…', '4、最近邻查询'), the
# flow-chart box texts ('开始', '点在网格右边？', '是'/'否', duplicated by the drawing's fallback) and the
# 'Hashtable' / 'Bitmap:' / 'Index:' labels over code pictures.
python3 $T/docx_paras.py src/BigfaceAlex_KCYB-INTERNSHIP_实习报告.docx docs/f77_10_baogao_xiangmu_shixi_chuzuche.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_10_baogao_xiangmu_shixi_chuzuche.txt', '位置相关服务：附近的出租车', [[17,1],[19,1],[20,2],[45,2],[46,2],[59,1],[61,1],[62,2],[66,2],[101,1],[102,1]])"

# f77_11 wuxinyusjtu/CUMCM2016 '上海赛区补充规定2016（特别注意红字部分）.docx' — the Shanghai organising committee's
# supplementary rules for the 2016 national undergraduate mathematical modelling contest (2016高教社杯全国大学生数学
# 建模竞赛 上海赛区补充规定), a contest notice kept in a team's repository, Word; docx_paras.py (line 1 is the first line
# of its three-line title block, as extracted; the uploader's '（特别注意红字部分）' is only in the file name).
# Gold = its seven Word-numbered section titles (the auto-numbers are not in the text, marker ''): 全国大学生数学建模竞赛
# 章程, …最新规定, 参赛队信息表, 论文的版本, 论文的交付时间和地点, 面试答辩, “优秀组织奖”和“优秀教练员”的评选 depth 1;
# '1. 纸质版本', '2. 电子版本' under 论文的版本 depth 2. Not headings: the '(1) …' requirement sentences, the title
# block's second and third lines, the signature and date lines.
python3 $T/docx_paras.py "src/wuxinyusjtu_CUMCM2016_上海赛区补充规定2016（特别注意红字部分）.docx" docs/f77_11_tongzhi_jianmo_jingsai_buchong.txt
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f77_11_tongzhi_jianmo_jingsai_buchong.txt', '2016高教社杯全国大学生数学建模竞赛', [[4,1],[6,1],[8,1],[10,1],[12,2],[17,2],[21,1],[24,1],[27,1]])"
