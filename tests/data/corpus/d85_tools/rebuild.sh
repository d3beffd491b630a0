#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 85
set -e
cd "$(dirname "$0")/.."

# d85_01: operating manual a student team (Chengdu Univ. of Information Technology, 大创 project) wrote for its MEIC->WRF-Chem
# emission-inventory gridding tool (jinfan0931/meic2wrf, PDF, 7 pages, screenshots). pdf_layout.py, then the file name
# prepended as line 1 (the PDF has no title page; its line 1 would be the running header with page number '1').
# Gold: the stand-alone section titles 工具简介/运行环境/界面介绍/WRF-Chem 网格多层嵌套/终端脚本运行——…/其它说明 = depth 1;
# '1. 整合…' and '2. 向…' = depth 2 under 界面介绍 (its text says the interface "consists of parts 1. and 2."). Running
# headers, page numbers and the wrapped 【按钮】 fragments are not headings.
python3 tools/pdf_layout.py "src/jinfan0931_meic2wrf_MEIC 污染源清单向WRF-Chem 模式网格插值分配工具操作手册.pdf" docs/d85_01_caozuoshouce_meic2wrf.txt
python3 tools/txt_prepend_title.py docs/d85_01_caozuoshouce_meic2wrf.txt "MEIC 污染源清单向WRF-Chem 模式网格插值分配工具操作手册"
python3 tools/spec_gold.py d85_01_caozuoshouce_meic2wrf.txt 7:1 16:1 21:1 30:2 55:2 98:1 105:1 113:1

# d85_02: a Qingdao middle-school Chinese teacher's project-based reading design for 《红星照耀中国》 (worksheet with
# examples; GHL0612/Teaching, a teacher's working repository, DOCX). docx_paras.py (Word's auto number of the first task,
# '一、', is not in the text - a list number, lost as the reader's text loses it). Gold from the bold section lines:
# the 【阅读目标】/【阅读重点】/【阅读方法】/【阅读探究任务】 labels standing alone = depth 1 (【书目名称】 and 【学科融合】 carry their
# content on the same line: field entries, not headings); the seven tasks (《…》作者探究, 二《…》 - marker '二' with no 、 -,
# 三、 … 七、) = depth 2 under 【阅读探究任务】; the bold sub-task titles 主要人物形象及相关情节, 关于长征, “西安事变”, 鲜活真实的内容,
# 高超的表现技巧 = depth 3. Fill-in prompts (作者基本介绍：, 彭德怀：, “西安事变”发生的背景：), 【示例】 lines, the aspect lists and
# the (1)/① sentences are not headings; the dashed answer lines stay as text.
python3 tools/docx_paras.py "src/GHL0612_Teaching_《红星照耀中国》名著阅读项目式教学探究---王笑(2).docx" docs/d85_02_jiaoxuesheji_hongxingzhaoyao.txt
python3 tools/spec_gold.py d85_02_jiaoxuesheji_hongxingzhaoyao.txt 4:1 8:1 10:1 13:1 14:2 30:2:二 45:3 64:2 65:3 77:3 91:2 98:2 100:3 104:3 108:2 110:2

# d85_03: a middle-school geography teaching group's guided-learning plan (学案, collective lesson preparation) for the
# lesson on Hong Kong (same teacher's repository GHL0612/Teaching, DOCX). docx_paras.py; line 1 is the source's own first
# line (grade/chapter/section), line 2 the lesson name (part of the title block, not a heading). Gold from the bold
# stand-alone lines: 【学习目标】【学习重难点】 and the worksheet parts 预习学案/预习诊断/拓展训练/限时作业/答案 = depth 1;
# 学习任务一、…四、 (marker '学习任务一、' as written), （一）、选择题 /（二）．综合题, 考点一、…四、 with the following 二、综合题
# (its sibling: the 考点 groups are the choice part), 一、选择题, and the three 答案 sub-labels = depth 2. Exam questions
# (1. 2. 10、), options, (1)/（2） sub-questions and fill-in sentences are not headings.
python3 tools/docx_paras.py "src/GHL0612_Teaching_01八下第七章第一节香港特别行政区的国际枢纽功能.docx" docs/d85_03_xuean_xianggang.txt
python3 tools/spec_gold.py d85_03_xuean_xianggang.txt 3:1 8:1 11:1 12:2:学习任务一、 19:2:学习任务二、 24:2:学习任务三、 30:2:学习任务四、 35:1 36:2:（一）、 48:2:（二）． 53:1 54:2:考点一、 65:2:考点二、 75:2:考点三、 79:2:考点四、 88:2 105:1 106:2 138:1 139:2 143:2 148:2

# d85_04: user manual an SJTU researcher wrote (software-copyright registration format) for his surrogate-model genetic-
# algorithm optimisation toolbox (smallball-ljj/saopy, Word->PDF, 9 pages). pdf_layout.py; line 1 = the cover's first
# line '软件全称： …' (the title block: full name, short name, version, 用户手册, university). Gold from the body's own
# numbering: 一 概况 / 二 系统简介 / 三 系统安装说明 / 四 系统功能及操作步骤 (bare 一 … 四 + space, marker without 、) = depth 1,
# （一）…（十二） = depth 2. The TOC (dotted lines), the running header '基于代理模型的遗传算法优化工具箱/V1.0  N', the figure
# caption and the module paragraphs of 主要功能简介 (run-in English module names) are not headings.
python3 tools/pdf_layout.py src/smallball-ljj_saopy_用户手册.pdf docs/d85_04_yonghushouce_saopy.txt
python3 tools/spec_gold.py d85_04_yonghushouce_saopy.txt 47:1:一 49:2 55:2 60:2 64:2 68:2 72:2 80:2 84:2 88:2 95:2 99:2 105:2 111:1:二 113:2 119:2 123:2 128:2 133:2 236:1:三 243:1:四 245:2 252:2 297:2

# d85_05: a Beijing office worker's travel essay on a group tour of Yunnan (fwh666/bak_fwh666.git.io, Hexo Markdown post,
# backup of his personal blog). make_md_doc.py: the page's own '# 云南旅行随笔' is line 1; gold = the five '##' 小标题
# (出行前奏/出行记录/图文记录/全程事项/个人感受, trailing '：' kept as the tool writes titles). The day entries (五月一号：…)
# and their 行程/注意事项/感受 labels are nested '-' list items in the source, not headings; the music-player HTML is dropped.
python3 tools/make_md_doc.py src/fwh666_bak_fwh666.git.io_2021-05-15-life-trave_yunnan.md d85_05_suibi_yunnanlvxing dev --levels 2

# d85_06: a working man's personal reading notes (www002/TXT, his notes folder 'Read Note', DOCX): quotations and notes
# on six books. docx_paras.py, then the file name '读书笔记' prepended as line 1 (the document opens with its first
# book heading). Gold from the Word heading styles and the author's own numbering: the Heading-1 book titles 《…》 = depth 1;
# under 《在你身边为你设计》 the Heading-2 parts 一．…六． = depth 2 (marker '一．' as written), and below them the
# sub-topics = depth 3: under 一． the six short title paragraphs Word numbers 1.–6. (auto list numbers, not in the text,
# so marker ''), under 二． the typed '1. 有缘设计' … '6. 一站式创新设计'. Under 《工程师职业素养》 the bold '1.'–'6.' lines
# = depth 2; under 《这才是最牛的团队》 the two rule lines '黄金法则四 …' / '黄金法则五 …' (run-in: title = the rule up to
# its first 。) = depth 2. Quotations, the subtitle '——腾讯的用户体验设计之道', list items (1）-style, 第一步…第五步) and
# inline labels (容器特点：, 源自何处？, 创新方法：) are not headings.
python3 tools/docx_paras.py "src/www002_TXT_读书笔记.docx" docs/d85_06_dushubiji_wenjian.txt
python3 tools/txt_prepend_title.py docs/d85_06_dushubiji_wenjian.txt "读书笔记"
python3 tools/spec_gold.py d85_06_dushubiji_wenjian.txt 2:1 11:1 17:1 19:1 21:2:一． 24:3 29:3 33:3 40:3 46:3 50:3 52:2:二． 53:3 64:3 71:3 78:3 81:3 86:3 91:2:三． 92:2:四． 93:2:五． 94:2:六． 95:1 101:2:黄金法则四 110:2:黄金法则五 118:1 119:2 121:2 124:2 129:2 133:2 136:2
python3 tools/set_head.py gold/d85_06_dushubiji_wenjian.json 101 title=高目标是团队前进的动力
python3 tools/set_head.py gold/d85_06_dushubiji_wenjian.json 110 title=领导决策力决定团队执行力

# d85_07: the same man's essay on his personal dreams and how he means to pursue them (www002/TXT, 'Read Note', DOCX).
# docx_paras.py; line 1 is the Heading-1 title ' 关于梦想' (leading space kept as extracted), line 2 its subtitle '——用心'.
# Gold from the Word heading styles: every Heading-2 paragraph (唱歌, 健身, 羽毛球 … 买房子, 总结：) = depth 1, 17 short
# unnumbered topic titles. Body sentences (goals and plans) are not headings.
python3 tools/docx_paras.py "src/www002_TXT_关于梦想.docx" docs/d85_07_suibi_guanyumengxiang.txt
python3 tools/docx_gold.py "src/www002_TXT_关于梦想.docx" d85_07_suibi_guanyumengxiang.txt "关于梦想" 2=1

# d85_08: design report a student team submitted to an embedded-systems design contest (Rockchip track) for their
# RK3588-based water-surface garbage-cleaning robot (voidme-hub/Surface-garbage-cleaning-robot, WPS PDF, 41 pages).
# pdf_layout.py; line 1 = the report's title line. Gold from the report's own numbering: '第 N 章' (marker '第 N 章' as
# written, with spaces) = depth 1, N.N = depth 2, N.N.N = depth 3 (trailing '：' of some titles dropped); the stand-alone
# numbered sub-titles below them ('1.数据格式与类型', '2.标注数据', '1.RRT 算法原理', '（1）获取垃圾信息' … '（3）') = depth 4, the
# stand-alone '技术迭代方向' under 5.4 = depth 3, and the unnumbered '参考文献' = depth 1. Page numbers, image-source URLs,
# figure/table captions (全栈软件架构, 核心创新总结, 数据规模), the （1）-（4） algorithm steps under '1.RRT 算法原理' and the
# run-in labels inside paragraphs are not headings.
python3 tools/pdf_layout.py src/voidme-hub_Surface-garbage-cleaning-robot_设计报告.pdf docs/d85_08_shejibaogao_shuimianlaji.txt
python3 tools/spec_gold.py d85_08_shejibaogao_shuimianlaji.txt '5:1:第 1 章' 8:2 35:2 37:3 46:3 57:3 77:2 83:2 85:3 97:3 164:2 197:2 215:2 '232:1:第 2 章' 235:2 237:3 256:3 279:2 281:3 283:4 290:4 299:3 '326:1:第 3 章' 329:2 366:2 373:2 375:3 408:2 410:3 428:3 440:3 454:3 463:3 474:3 486:3 503:3 518:2 520:3 562:4 621:3 623:4 650:4 745:4 752:3 767:3 '792:1:第 4 章' 795:2 '825:1:第 5 章' 832:2 839:2 856:2 861:2 863:3 879:1

# d85_09: lecture notes a teacher (方洲) wrote for his CAS graduate course 《系统优化与鲁棒性》 (ZhouFang92/Systems-
# Optimization-and-Robustness, LaTeX PDF, 25 pages; the notes begin at chapter 2). pdf_layout.py; line 1 = the title
# '系统优化与鲁棒性——讲义'. Gold from the LaTeX numbering: chapters '2' and '3' (bare numbers, centred; marker '2'/'3')
# = depth 1, N.N = depth 2, N.N.N = depth 3. The table of contents, page numbers, equation fragments, figure/table
# captions, theorem/proof labels and the numbered algorithm steps ('3. 计算经验目标函数的梯度') are not headings.
python3 tools/pdf_layout.py src/ZhouFang92_Systems-Optimization-and-Robustness_讲义.pdf docs/d85_09_jiangyi_xitongyouhua.txt
python3 tools/spec_gold.py d85_09_jiangyi_xitongyouhua.txt 26:1:2 29:2 49:3 81:3 93:3 131:3 191:2 207:3 242:3 279:3 399:1:3 402:2 522:3 810:2 909:2 1117:2

# d85_10: feasibility study a student team wrote (2018) for a campus meal-delivery WeChat mini-program (sennying/work,
# DOCX). docx_paras.py. Gold: the eight section titles 项目背景 … 风险可行性 (Word list paragraphs auto-numbered '1.'–'8.';
# the numbers are not in the text, so marker '') and the typed '9. 结论' = depth 1; under 客户需求 the two stand-alone
# sub-titles '（1）大学生的需求' / '（2）周边居民的需求（男生送餐）' = depth 2. The run-in items '（1）宣传：…', '（1）技术上 ：…' and
# the list of techniques under 技术可行性 are sentences, not headings.
python3 tools/docx_paras.py "src/sennying_work_可行性研究报告.docx" docs/d85_10_kexingxingbaogao_songcan.txt
python3 tools/spec_gold.py d85_10_kexingxingbaogao_songcan.txt 2:1 4:1 5:2 7:2 9:1 12:1 14:1 19:1 21:1 23:1 27:1
