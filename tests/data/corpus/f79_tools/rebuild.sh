#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 79
set -e
cd "$(dirname "$0")/.."

# f79_01: sheropen/Out-Of-The-Woods 实习报告.md (course project report of a pygame game, Markdown, no title of its own:
# the file name is line 1). Gold from the ## / ### / #### levels. '### 五、小组分工合作' is written one # level too deep
# but numbered 五、 after '## 四、', so the author meant a top-level section: depth 1, and '### 讨论截图' after it
# (screenshots of the group's discussion) is its sub-part, depth 2. The '### 第一关…第四关' under 摘要 are headings
# (one per level of the game, each with a screenshot). Numbered lists (1. 变量的声明 …) are list items, not headings.
bash tools/md_with_title.sh src/sheropen_Out-Of-The-Woods_实习报告.md 实习报告 f79_01_shixibaogao_chuanyueconglin --levels 2,3,4 >/dev/null
python3 tools/set_depth.py gold/f79_01_shixibaogao_chuanyueconglin.json 404=1 412=2

# f79_02: Wang-GY/Data-Collection-Annotation-Android-App 开题报告.md (a student team's project proposal for an Android
# data-annotation app, 2018, Markdown). Title from its '# <center>开题报告</center>'. Gold from the ## / ### / #### /
# ##### levels (## sections, '### 1. 项目用例' …, '#### 用户/任务/标注', '##### 发布任务/完成任务'). '## 目录' is
# skipped: it only holds the literal '[TOC]' placeholder, nothing a reader navigates to. Bullet and numbered list
# items are not headings. The empty '### 2. 软件框架设计' / '### 3. 数据库设计' (their images dropped) stay headings.
python3 tools/make_md_doc.py src/Wang-GY_Data-Collection-Annotation-Android-App_开题报告.md f79_02_kaitibaogao_shujubiaozhu heldout --fresh --levels 2,3,4,5 --skip '^目录$' >/dev/null

# f79_03: yydwjj/request 配置管理规范（GBT 8567—2006）.docx (a student team's configuration-management rules for a
# campus Q&A robot project, Word). Converted with docx_paras.py (one paragraph a line; line 1 its title). Lines 2-30
# are the Word table of contents (目录, titles with page numbers): not headings. Gold: 一、…十一、 depth 1 and the
# 1./2./… sub-parts under 五、七、九、 depth 2 (the indented '  2.维护', '    3.备份频率' included). '引用文件' (line 33)
# is section 二 (its number was Word auto-numbering, lost in the text; the TOC shows '二、 引用文件'): depth 1,
# marker ''. '七.、' is written with a stray dot: marker kept as written. Lines listing items (项目计划文档 …) are not headings.
python3 tools/docx_paras.py "src/yydwjj_request_配置管理规范（GBT 8567—2006）.docx" docs/f79_03_guifan_peizhiguanli.txt >/dev/null
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f79_03_guifan_peizhiguanli.txt', '校务问答机器人项目配置管理规范', [[31,1],[33,1],[35,1],[47,1],[53,1],[54,2],[56,2],[59,2],[61,2],[63,1],[68,1,'记录的收集、维护和保存','七.、'],[70,2],[74,2],[78,2],[82,1],[88,1],[90,2],[93,2],[97,2],[101,2],[104,2],[107,2],[110,2],[114,1],[116,1]])" >/dev/null

# f79_04: jungledg/NUAA-bidinfo 用户手册.docx (a 2015 course-design user manual for a tool that scrapes Chongqing
# government-procurement award notices, Word). Its first paragraphs are the cover page (course name, '--用户手册',
# students, teacher), so docx_with_title.sh puts the file's own name '用户手册' as line 1. The 目录 lines (12-21, with
# page numbers) are not headings. Gold: '1．' / '2．' depth 1, 2.1-2.8 depth 2 (indented ones included). Screenshot
# captions left as text lines (登录界面, 主页面1, 折线图显示 …) are not headings.
bash tools/docx_with_title.sh src/jungledg_NUAA-bidinfo_用户手册.docx docs/f79_04_yonghushouce_zhongbiaocaiji.txt 用户手册
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f79_04_yonghushouce_zhongbiaocaiji.txt', '用户手册', [[22,1],[25,1],[26,2],[29,2],[33,2],[40,2],[49,2],[53,2],[58,2],[68,2]])" >/dev/null

# f79_05: lioliu/Project-manangement-homework 招标书.docx (a project-management course's tender package for a
# Qingpu education-bureau data platform: 招标公告 + 询价文件 with 附件1-3, Word). Converted with docx_paras.py.
# Gold: the notice's five parts are depth 1: '供应商的资格要求：' (line 3) is part 一 whose number was Word
# auto-numbering (lost in the text; the next part is '二、'), so marker ''; '二、交货期：合同签订后6个月' is a run-in
# heading titled '交货期'; '五、请投标单位下载项目询价文档，并于…' is the notice's last numbered part (submission),
# titled by its first clause. The cover line '询 价 文 件' (line 29) starts the inquiry document: depth 1, and its
# attachments '附件1 投标书', '附件2 报价一览表', '附件3' depth 2 (a label-only line, its title on the next line: title '' as in the corpus's 附件 golds); inside 附件3 '一、 技术要求'
# / '二、售后服务' depth 3, '1、…4.' depth 4, '3.1…4.5' depth 5. Not headings: the list '1.投标书；…4.资质文件：'
# under 四, the （1）… requirements, the quote-table cells, and '2、提供技术培训。…' (a sentence item under 二、售后服务).
python3 tools/docx_paras.py src/lioliu_Project-manangement-homework_招标书.docx docs/f79_05_zhaobiaoshu_qingpujiaoyu.txt >/dev/null
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f79_05_zhaobiaoshu_qingpujiaoyu.txt', '招标公告 ——上海市青浦教育局数据分析平台', [[3,1,'供应商的资格要求'],[12,1,'交货期'],[13,1],[16,1],[23,1,'请投标单位下载项目询价文档'],[29,1],[33,2],[49,2],[77,2,''],[79,3],[80,4],[82,4],[84,4],[86,5],[89,5],[95,5],[103,5],[109,4],[111,5],[113,5],[115,5],[117,5],[119,5],[121,3]])" >/dev/null

# f79_06: taochun/project_ustc 技术论文.docx (a student engineering-practice paper on sentiment analysis of Douban
# film reviews, Word). Converted with docx_paras.py; line 1 is its title. Gold: 一、摘要 … 七、致谢 depth 1, the
# four stages '1.数据获取阶段' … '4.可视化阶段' under 四、设计 depth 2. Not headings: the '目录' block (lines 8-16,
# entries with page numbers, placed after the abstract), the numbered reference entries under 六、参考文献.
python3 tools/docx_paras.py src/taochun_project_ustc_技术论文.docx docs/f79_06_lunwen_doubanqinggan.txt >/dev/null
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f79_06_lunwen_doubanqinggan.txt', '基于情感词典的豆瓣电影评论数据分析', [[2,1],[17,1],[21,1],[24,1],[25,2],[27,2],[29,2],[31,2],[34,1],[38,1],[46,1]])" >/dev/null

# f79_07: QuinnXu/Database_courseproject_2015 课程设计报告.pdf (a 2015 Tongji database course-design report on a
# warehouse management system, PDF). Converted with pdf_layout.py: the extract keeps its damage (Kangxi-radical
# look-alikes and doubled characters such as '⼀一、问题定义', '⼆二.可⾏行行性分析', page marks '!1', layout
# of the flow charts). Line 1 is the report form's header; the project title '仓库管理系统的设计与开发' (line 17) is
# the report's own title on its cover block, not a section: not a heading. Gold: 一、/二./三./四、 depth 1 (markers as
# written, the damaged ones set by hand); the unnumbered stand-alone '编程环境要求' under 二 depth 2; under 三:
# '1. 系统需求分析', '2. 系统设计', '3. 系统模块实现' depth 2, '1.1.' depth 3, '1.1.1.' depth 4; under 四: '1.程序调试',
# '2.系统配置' depth 2, '2.1 jdk配置', '2.2 Tomcat配置' depth 3. Not headings: the indented numbered steps
# ('  1.   描述系统。…'), the （１） principles, bullet lines, flow-chart boxes and captions, wrapped text lines.
python3 tools/pdf_layout.py src/QuinnXu_Database_courseproject_2015_课程设计报告.pdf docs/f79_07_kechengsheji_cangkuguanli.txt >/dev/null
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
L = open('docs/f79_07_kechengsheji_cangkuguanli.txt', encoding='utf-8').read().split('\n')
cut = lambda n, k: [n, 1, L[n-1].strip()[k:], L[n-1].strip()[:k]]  # damaged markers: split the line by hand
gold.write('f79_07_kechengsheji_cangkuguanli.txt', L[0], [cut(22,3),cut(37,3),[50,2],cut(55,2),
 [57,2],[59,3],[60,4],[72,4],[76,3],[90,3],[137,3],[157,3],[161,2],[163,3],[188,3],[326,3],[367,3],[368,4],[377,4],
 [531,2],[551,3],[552,4],[566,3],[567,4],[581,4],[592,3],[593,4],[614,3],[615,4],[624,4],[639,4],[648,3],[649,4],
 [663,1],[665,2],[671,2],[672,3],[693,3]])" >/dev/null

# f79_08: sebuaa2019/Team05 Team105-总结报告.docx (a 2019 software-engineering course team's final summary report on
# a home alarm system, Word). Converted with docx_paras.py; line 1 is its title ('Heading 1'). No heading carries
# a number in the text (a few had Word auto-numbering, lost), so the gold comes from the file's own heading styles
# (docx_style_gold.py): Heading 2 depth 1 (项目名称, 项目概述, 需求分析阶段总结 …), Heading 3 depth 2, Heading 4
# depth 3, Heading 5 depth 4; the member names with student numbers (刘瀚骋-16231275 …) are Heading 3 parts of
# 团队协同总结 / 感受与建议. '追踪具体代码' (line 119) is styled Heading 4 but is the fourth of the parallel
# Heading 5 answers under '问题解决方案' (确定边界 / 保持文档一致性 / 追踪项目需求 / 追踪具体代码, mirroring the two
# lists above it): a style slip, so depth 4 like its siblings. Body lines in 正文列表 / List Paragraph style (feature lists, task tables) are not headings.
python3 tools/docx_paras.py src/sebuaa2019_Team05_Team105-总结报告.docx docs/f79_08_zongjiebaogao_jiatingbaojing.txt >/dev/null
python3 tools/docx_style_gold.py src/sebuaa2019_Team05_Team105-总结报告.docx f79_08_zongjiebaogao_jiatingbaojing.txt 1 >/dev/null
python3 tools/set_depth.py gold/f79_08_zongjiebaogao_jiatingbaojing.json 119=4

# f79_09: Almarduke/Openpose 会议记录.md (a university research group's meeting notes on an OpenPose project, four
# meetings, Markdown with no title of its own: the file name is line 1 via md_with_title.sh). Gold: the four
# '## 10-25' / '## 11-12' / '## 12-8' / '## 12-12' meeting dates, depth 1, marker '' (dates, not numbering). The
# '[TOC]' placeholder stays as text; the numbered and bulleted discussion points are list items, not headings.
bash tools/md_with_title.sh src/Almarduke_Openpose_会议记录.md 会议记录 f79_09_huiyijilu_openpose --levels 2 >/dev/null

# f79_10: zhzhang1212/TICKET 比赛规则.md (a student web-development contest's problem statement for its technical
# track, pasted into Markdown from a PDF: 'o' / '•' bullets, hard wraps, a scrambled scoring table). The page opens
# with a '---------' rule above its '# 第一届百块奖金 Web 大赛'; md_drop_lead_rule.sh drops that rule so the '#'
# title is line 1. Gold (from the source's numbering, the only '##' is '技术赛道赛题'): '技术赛道赛题' depth 1;
# 一、…七、 depth 2; under 二 '模块 A：…' / '模块 C：…' depth 3 with their titled parts '1. 学术空间…', '2. 体育设施',
# '1. 订单生命周期 (FSM)：', '2. 动态预约规则引擎：' depth 4; under 三 the titled parts '1. 响应式与交互设计：' …
# '4. 基础 Web 安全：' depth 3, and likewise '1. 全量容器化…' / '2. 自动化流水线…' (parts of 四) depth 3. '模块 B'
# and '四、 现代化工程与 DevOps 要求' were run into the end of a body line by the paste (lines 28, 64): a heading
# that does not start its line cannot be a gold line, so they are left out (doubtful, see report). Not headings:
# '题目名称' (a form label), the items of 五 ('1. 作品演示链接：可公网访问的部署地址。' …, requirement sentences),
# 'o' sub-points, bullets, and the table fragments under 六.
bash tools/md_drop_lead_rule.sh src/zhzhang1212_TICKET_比赛规则.md f79_10_saiti_webdasai --levels 2 >/dev/null
python3 -c "
import sys; sys.path.insert(0, 'tools'); import gold
gold.write('f79_10_saiti_webdasai.txt', '第一届百块奖金 Web 大赛', [[3,1],[6,2],[15,2],[17,3],[20,4],[25,4],[36,3],[37,4],[43,4],[48,2],[50,3],[53,3],[57,3],[61,3],[66,3],[70,3],[73,2],[81,2],[100,2]])" >/dev/null

# f79_11: GDUTLibrary/library_pc 用户手册.pdf (the user manual of a student innovation-project library management
# app, Guangdong University of Technology, PDF). The PDF opens with its 目录, so pdf_with_title.sh puts the file's own
# name '用户手册' as line 1. The 目录 lines (dotted leaders, page numbers) are not headings. Gold: '1 引言', '2 功能介绍',
# '3 运行环境' depth 1 (marker '1' etc.), 1.1-1.3 / 2.1-2.3 depth 2, and under '2.2 功能及使用步骤' the six
# numbered functions '1） 用户注册' … '6） 创始人/管理员操作主界面' depth 3: each is one function of the app followed by
# its instructions and screenshots (5） and 6） carry their own ➢ sub-items), so they are the sub-sections a reader
# jumps to; their title is the function name (up to the first '，' where an instruction follows, as in '2） 用户登录，…').
# Not headings: the ➢ bullets, 'A. B. C.' items, the user-type table.
bash tools/pdf_with_title.sh src/GDUTLibrary_library_pc_用户手册.pdf docs/f79_11_yonghushouce_tushuguanli.txt 用户手册
python3 -c "
import sys, re; sys.path.insert(0, 'tools'); import gold
L = open('docs/f79_11_yonghushouce_tushuguanli.txt', encoding='utf-8').read().split('\n')
def h(n, d):
    m = re.match(r'(\d+）|\d+(?:\.\d+)?)\s*([^，]*)', L[n-1].strip())
    return [n, d, m.group(2), m.group(1)]
gold.write('f79_11_yonghushouce_tushuguanli.txt', '用户手册', [h(22,1),h(24,2),h(29,2),h(35,2),h(40,1),h(42,2),h(50,2),
 h(52,3),h(55,3),h(56,3),h(61,3),h(63,3),h(97,3),h(141,2),h(152,1)])" >/dev/null
