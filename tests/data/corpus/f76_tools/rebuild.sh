#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 76
set -e
cd "$(dirname "$0")/.."
T=tools

# f76_01 Dream-JG/Dissertation 论文.pdf — an undergraduate thesis (本科毕业论文, 基于人证核验的共享酒店住宿信息管理系统
# ——用户端APP), PDF printed from Word; text by pdftotext -layout. Its first extracted line is a cover stamp ('中工
# 2018-JX16-'), so the cover's title is put before the text as line 1 (pdf_with_title.sh). Gold (f76_01_gold.py) from the
# thesis's own numbering: 摘要 and Abstracts depth 1; chapters '1 引言' … '7 总结与展望' depth 1 (bare number = marker);
# 1.1 depth 2; 3.1.1 depth 3; 参考文献 and 致谢 depth 1. The author's duplicate number '6.2.1 预订酒店' (after 6.2.4) is kept
# as written, depth 3. Not headings: the cover fields, the 目录 heading and its dotted-leader lines (a table of contents,
# not a part of the text), page numbers (I, II, 1 …), figure/table captions, the body line '40 天就能获得…'.
tools/pdf_with_title.sh src/Dream-JG_Dissertation_论文.pdf docs/f76_01_lunwen_biye_jiudian.txt "基于人证核验的共享酒店住宿信息管理系统——用户端APP"
python3 $T/f76_01_gold.py >/dev/null

# f76_02 wu-yu-pei/graduation-design-file 开题报告.docx — an undergraduate's thesis proposal (河南财政金融学院 本科毕业设计
# 开题报告, 基于地图JavaScript API GL的物流追踪系统设计与实现), Word. Its first paragraphs are the school name and the form's
# field cells (课题名称 … 专业/班级), so the file's name 开题报告 is put before it as line 1 (docx_with_title.sh). Gold
# (f76_02_gold.py) from the proposal's own numbering: 一、…五、 depth 1; '1．背景', '2．目的和意义', '1、研究的主要内容',
# '2、拟采用的技术路线' depth 2; under 二、国内外研究文献综述 the six stand-alone titles of the reviewed works (基于RFID的物流
# 追踪系统设计 … 物流追踪注重多技术集成), each heading the paragraph that reviews it, depth 2. Not headings: the form's field
# cells, figure captions (图1 系统硬件组成, 图2 B/S三层结构), the dated schedule lines under 四、, the [1]–[10] references,
# the 指导教师意见/签字 form lines.
tools/docx_with_title.sh src/wu-yu-pei_graduation-design-file_开题报告.docx docs/f76_02_kaiti_baogao_wuliu_zhuizong.txt 开题报告
python3 $T/f76_02_gold.py >/dev/null

# f76_03 Dream-JG/Dissertation 实习报告.docx — a student's graduation-internship report (Java Web 开发实习报告, 博文智生科技),
# Word, one paragraph a line (docx_paras.py); line 1 is its own title. Gold: the seven unnumbered section titles, which all
# carry the same paragraph style (a5) in the Word file and stand alone before their text (实习目的和意义, 实习时间, 实习地点,
# 实习单位, 实习单位和岗位简介, 实习内容和过程, 实习体会和收获), depth 1 — the one-line parts (时间, 地点, 单位) included, as the
# author styled and placed them like the others. Not headings: the body paragraphs and the one-line answers under them.
python3 $T/docx_paras.py src/Dream-JG_Dissertation_实习报告.docx docs/f76_03_baogao_shixi_javaweb.txt >/dev/null
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_03_baogao_shixi_javaweb.txt', 'Java Web 开发实习报告', [[2, 1], [5, 1], [7, 1], [9, 1], [11, 1], [15, 1], [19, 1]])" >/dev/null

# f76_04 kgmacau/Personal-Files 邯郸.docx — a talk script for a class of children about the speaker's home city (邯郸 – 我们
# 家乡: 开场白 … 热爱邯郸, '小朋友们…', '谢谢大家。'), Word, one paragraph a line (docx_paras.py; line breaks inside a paragraph
# become lines). Taken from the commit that holds it (the file was later deleted from the repository). Gold from the Word
# file's own mark-up: the part titles in style Heading 4 (开场白, 名字来源, 历史文化, 旅游美景, 经济发展, 特产美食, 诗与邯郸)
# and the bold closing part title 热爱邯郸 (same role, last part) depth 1; the four bold poem titles quoted under 诗与邯郸
# (邯郸冬至夜思家, 邯郸客舍歌, 登古邺城, 侠客行) depth 2. Not headings: the poets' lines (白居易（唐）…), the verse lines, the
# audience questions, the plain trailing '参考文献：' label with its one URL (unstyled, not set out as a part), the stray '。'.
python3 $T/docx_paras.py src/kgmacau_Personal-Files_邯郸.docx docs/f76_04_jianggao_handan_jiaxiang.txt >/dev/null
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_04_jianggao_handan_jiaxiang.txt', '邯郸 – 我们家乡', [[2, 1], [9, 1], [11, 1], [17, 1], [26, 1], [28, 1], [30, 1], [32, 2], [36, 2], [43, 2], [49, 2], [63, 1]])" >/dev/null

# f76_05 SXSCar/Preliminary 竞赛规则.pdf — the rules of a course's wheeled-robot race (《嵌入式系统概论》课程轮式机器人竞速赛
# 规则), a 6-page PDF; text by pdftotext -layout (pdf_layout.py). Line 1 is the first line of its two-line title; line 2
# '规     则' is the title's second line, not a heading. Gold from the rules' own numbering: 一、…六、 depth 1; the numbered
# sections '1. 预选规则' … '5. 违例情形（乙类）' under 四、 and '1. 报名' … '4. 奖励与惩罚' under 五、 depth 2 (each a titled
# section of several paragraphs). Not headings: the paragraphs, the g++ command line, page breaks.
python3 $T/pdf_layout.py src/SXSCar_Preliminary_竞赛规则.pdf docs/f76_05_guize_jingsai_jiqiren.txt >/dev/null
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_05_guize_jingsai_jiqiren.txt', '《嵌入式系统概论》课程轮式机器人竞速赛', [[3, 1], [10, 1], [21, 1], [28, 1], [30, 2], [42, 2], [68, 2], [79, 2], [96, 2], [113, 1], [115, 2], [128, 2], [137, 2], [145, 2], [163, 1]])" >/dev/null

# f76_06 zhbr-481/Analysis-of-College-Entrance-Examination-Data 工作计划.docx — a student team's summer work plan for a
# 高考 data-analysis web project, Word, one paragraph a line (docx_paras.py); line 1 its own title. Gold from the document's
# own structure: the bold phase titles 一、…五、 depth 1, including '技术研究与准备阶段（7月4日-7月15日）' (the second phase:
# its '二、' was Word auto-numbering, lost in the text — same bold phase title between 一、 and 三、, so depth 1, marker '')
# and the empty '三、开发实施阶段' directly followed by 四、; the bold stand-alone labels under a phase (项目启动：, 需求分析
# 与规划：, 技术调研：, 环境搭建：, 设计讨论：, 项目总结会议：, 项目归档：), each alone on its line over its own text, and the
# '1.数据获取' … '5.部署服务器' item titles under 四、 (each a line over its own text) depth 2. Not headings: the plan
# sentences, the run-in '编程语言：…', '框架：…', 'API设计：…' lines (labels run into sentences).
python3 $T/docx_paras.py src/zhbr-481_Analysis-of-College-Entrance-Examination-Data_工作计划.docx docs/f76_06_jihua_gongzuo_gaokao.txt >/dev/null
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_06_jihua_gongzuo_gaokao.txt', '工作计划', [[2, 1], [3, 2], [5, 2], [8, 1], [9, 2], [12, 2], [14, 2], [17, 1], [18, 1], [19, 2], [22, 2], [24, 2], [28, 2], [30, 2], [32, 1], [33, 2], [36, 2]])" >/dev/null

# f76_07 qq97241481/graduation 入党申请书.docx — a probationary Party member's application letter (titled 入党申请书; in
# content a 转正 application reviewing his probation year), Word, one paragraph a line (docx_paras.py); line 1 its title.
# Gold: the three indented numbered part titles '一、在思想方面', '二、学习工作方面', '三、生活方面' depth 1. Not headings:
# the salutation 敬爱的党支部：, the closing paragraphs after 三、 (they conclude the letter as a whole but carry no title),
# 此致 / 敬礼! / the signature and date.
python3 $T/docx_paras.py src/qq97241481_graduation_入党申请书.docx docs/f76_07_shenqingshu_zhuanzheng.txt >/dev/null
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_07_shenqingshu_zhuanzheng.txt', '入党申请书', [[4, 1], [6, 1], [8, 1]])" >/dev/null

# f76_08 M-JLau/IonChromatograph 需求规格说明书.docx — a student team's requirements specification for an ion-chromatograph
# data system (离子色谱仪需求规格说明书: ARM board server + Qt client), written on the GB 8567 template, Word, one paragraph a
# line (docx_paras.py); line 1 its own title. It opens with its Word table of contents (lines 2–27, each with a page
# number). Gold (f76_08_gold.py) from the body's own numbering: '1．引言' … '6．其它需求' depth 1, '1.1编写目的' … '6.4可移植
# 性' depth 2 (number run into the title = marker). Not headings: the 目录 lines, the numbered list items under 2.4目标 and
# 3.1功能划分 ('1.本地数据采集…', '1.数据采集'), the ion lists (阴离子：…), the body sentences.
python3 $T/docx_paras.py src/M-JLau_IonChromatograph_需求规格说明书.docx docs/f76_08_jishu_xuqiu_lizisepu.txt >/dev/null
python3 $T/f76_08_gold.py >/dev/null

# f76_09 Anxy02/Refuse-Classification-Machine 比赛规则.pdf — an extract (printed pp. 9–15) of a national engineering-training
# competition's rules (生活垃圾智能分类赛项, then the start of （三）智能配送无人机赛项), PDF; text by pdftotext -layout. The
# extract opens mid-sentence ('入竞赛社区，否则取消比赛资格。'), so the file's name 比赛规则 is put before it as line 1
# (pdf_with_title.sh). Gold from the rules' own numbering: the two event titles '二、生活垃圾智能分类赛项' and '（三）智能配送
# 无人机赛项' (same level in the source despite the different number styles) depth 1; '1.对参赛作品/内容的要求' … '4.赛项具体
# 要求' depth 2; 1.1 / 2.1 / 4.1 depth 3; 4.1.1 / 4.2.1 / 4.2.2 depth 4 (the source's duplicate 4.2.2 kept as written). The
# orphaned '3.2.3 现场决赛' at the top (its parents lie on pages outside the extract) is the first heading, so depth 1. Not
# headings: the clauses '1.4.1 生活垃圾智能分类装置外形尺寸…' / '1.4.2 …' (numbered sentences, not titles), the wrapped fragments
# '1 所示。' and '17V+0.3V，…', ● bullet lines, page numbers.
tools/pdf_with_title.sh src/Anxy02_Refuse-Classification-Machine_比赛规则.pdf docs/f76_09_guize_gongxun_lajifenlei.txt 比赛规则
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_09_guize_gongxun_lajifenlei.txt', '比赛规则', [[5, 1], [16, 1], [18, 2], [24, 3], [31, 3], [46, 3], [51, 3], [69, 2], [71, 3], [75, 3], [93, 2], [119, 2], [121, 3], [122, 4], [167, 3], [168, 4], [179, 4], [202, 4], [212, 1], [214, 2], [220, 3], [225, 3], [232, 3], [236, 3]])" >/dev/null

# f76_10 tinyshay/hacked 番禺区市桥城区教育指导中心2014年度部门决算.pdf — a district education office's published 2014
# final accounts (部门决算: 概况, nine accounts tables, 情况说明, 事业成效, 名词解释), a government disclosure PDF; text by
# pdftotext -layout (pdf_layout.py). Line 1 is the first line of its two-line title (line 2 '2014 年度部门决算').
# Gold (f76_10_gold.py) from its own structure: 第一部分…第五部分 depth 1; 一、二、三、 of 第一部分 and 一、…九、 of 第三部分
# depth 2; （一）（二） under 四、 and 六、 depth 3 ('（二) …' with its mixed brackets kept as written); in 第二部分 the nine
# table titles '表一 收入支出决算总表' … '表九 …' depth 2 (the document's 目录 lists them as the parts of 第二部分; marker
# '表一' …). Not headings: the 目录 block (lines 4–23), the table rows ('一、财政拨款收入 1 42,584.14 …', '一、政府性基金收入'
# inside 表七), the amount sentences '（一）因公出国（境）费决算 3.36 万元。…' under 九、 and the '1、教育（类）…支出…万元' items
# (run-in sentences), the numbered achievements 1.–18. of 第四部分, the glossary entries '一、财政拨款收入：指…' of 第五部分
# (definitions run into their terms), page numbers '- 1 -'.
python3 $T/pdf_layout.py src/tinyshay_hacked_番禺区市桥城区教育指导中心2014年度部门决算.pdf docs/f76_10_juesuan_bumen_panyu.txt >/dev/null
python3 $T/f76_10_gold.py >/dev/null

# f76_11 tinyshay/hacked 计算机与通信工程学院（电子信息工程学院）本科生校外毕业设计（论文）申请流程及管理办法-2018-3.5.docx —
# a college's rules for students doing their graduation design off campus (郑州轻工业学院), with its three attached forms,
# Word, one paragraph a line (docx_paras.py). Line 1 is the first line of its two-line title. Gold from the Word file's
# structure: the five part titles, each an auto-numbered paragraph alone on its line (申请条件, 申请程序, 校外毕业设计申请
# 格式及内容要求, 校外毕业设计管理和质量要求, 校外毕业设计具体事项咨询 — their 一、…五、 were Word numbering, lost in the
# text, so marker '') depth 1; the three appended forms, each opening with its label (附表1, 附表2, 附表3：) depth 1.
# Not headings: '六、本办法由…负责解释' (a numbered closing sentence with no title), the 1．2． conditions, the auto-numbered
# lists of required papers, the '附表：1．…' list of attachments, the forms' field cells and 备注 notes.
python3 $T/docx_paras.py "src/tinyshay_hacked_计算机与通信工程学院（电子信息工程学院）本科生校外毕业设计（论文）申请流程及管理办法-2018-3.5.docx" docs/f76_11_banfa_xiaowai_biye_sheji.txt >/dev/null
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_11_banfa_xiaowai_biye_sheji.txt', '计算机与通信工程学院（电子信息工程学院）', [[4, 1], [8, 1], [17, 1], [23, 1], [30, 1], [39, 1, '附表1'], [76, 1, '附表2'], [102, 1, '附表3']])" >/dev/null

# f76_12 tinyshay/hacked 荔湾区新入职教师培训方案 .docx (the file name has a space before .docx) — a district education
# research centre's training plan for new primary-school teachers (广州市荔湾区新入职小学教师培训方案, 2017), Word, one
# paragraph a line (docx_paras.py); line 1 its own title. Gold from its own numbering: 一、…八、 depth 1; 一、 and 二、 have
# their title run into the text ('一、背景分析： 近三年…'), so the title is the label before '：' (背景分析, 指导思想). Not
# headings: the goal sentences '1.树立职业理想，热爱教育事业。…' under 四、, the requirement/assessment sentences 1.–3. under
# 六、/七、 and '4.结业' with them (the fourth of 七、's assessment items, kept with its siblings rather than promoted), the
# signature line and date.
python3 $T/docx_paras.py "src/tinyshay_hacked_荔湾区新入职教师培训方案 .docx" docs/f76_12_fangan_peixun_liwan.txt >/dev/null
python3 -c "import sys; sys.path.insert(0,'$T'); import gold; gold.write('f76_12_fangan_peixun_liwan.txt', '广州市荔湾区新入职小学教师培训方案', [[2, 1, '背景分析'], [3, 1, '指导思想'], [4, 1], [6, 1], [13, 1], [17, 1], [21, 1], [27, 1]])" >/dev/null
