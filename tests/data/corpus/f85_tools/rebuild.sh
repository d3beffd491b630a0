#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 85
set -e
cd "$(dirname "$0")/.."

# f85_01: j-w-huang/oop 课程标准.docx, a teacher's course standard (《面向对象程序设计》课程标准, 内蒙古工业大学 计算机系, 2017).
# Gold: 一、…七、 depth 1; the numbered sub-parts with titles under 二、 (1.–3.) and 四、 (1．–7．, the course units) depth 2;
# under 7．实践教学内容 the two projects （1）（2） depth 3. Not headings: the 1）…5） steps (sentences), 六's （1）–（3）
# (run-in statements "考核方式：考试；"), the table cells of 一、 (课程名称, 48, …), the 知识目标/能力目标 paragraphs.
python3 tools/docx_paras.py src/j-w-huang_oop_课程标准.docx docs/f85_01_kechengbiaozhun_mianxiangduixiang.txt
python3 tools/g85.py f85_01_kechengbiaozhun_mianxiangduixiang.txt '[[2,1],[30,1],[31,2],[33,2],[35,2],[37,1],[42,1],[43,2],[45,2,"Java语法基础（6学时）","2 ．"],[47,2],[49,2],[51,2],[53,2],[55,2],[56,3],[62,3],[68,1],[70,1],[74,1]]'

# f85_02: nasasky/baomingziliao 10.26/中山华工小程序接口说明(3).docx, a small company's API description for a client's WeChat
# mini-program (activity sign-up), Word file. Gold: the six stand-alone method titles ("登录方法：", "获取…方法：", the last
# one repeated by its author for the activity_bao call) depth 1. Not headings: "请求url/请求方法/表单数据编码格式" lines,
# the "请求参数（格式为json）：/返回参数（格式为json）：" labels in front of each parameter table (table captions), table cells.
python3 tools/docx_paras.py "src/nasasky_baomingziliao_中山华工小程序接口说明(3).docx" docs/f85_02_jishuwendang_xiaochengxujiekou.txt
python3 tools/g85.py f85_02_jishuwendang_xiaochengxujiekou.txt '[[2,1],[41,1],[102,1],[157,1],[208,1],[270,1]]'

# f85_03: 416391746/update-files 操作手册.docx (version uploaded in commit 15db394f), a procurement clerk's own user manual for
# his 《文档查重》 tool (compares bid documents). Gold: 一、–五、 depth 1; under 三、使用 the numbered controls 1、3、4、6、7、8、
# depth 2, plus "添加docx文件" and "状态信息", which in Word carry automatic list numbering (2、 and 5、, w:numPr) that the
# text does not keep: they are the missing items 2 and 5 of that list, so depth 2 with marker ''. Not headings: the
# setting names run into their sentences (海明阈值：…, 容差：…), the file/folder explanations under 四、.
python3 tools/docx_paras.py src/416391746_update-files_操作手册.docx docs/f85_03_caozuoshouce_wendangchachong.txt
python3 tools/g85.py f85_03_caozuoshouce_wendangchachong.txt '[[6,1],[10,1],[15,1],[16,2],[18,2],[20,2],[22,2],[31,2],[33,2],[35,2],[37,2],[39,1],[50,1]]'

# f85_04: fumudada1/heart about.aspx, the "緣起" (about) page of 雲施團, a small Kaohsiung charity group (traditional
# Chinese, ASP.NET content page). html_blocks.py with the page's h1 "緣起" as title; the file's BOM survives as an
# invisible line 2 (source opens with U+FEFF before the ASP directive) and the h1 repeats on line 3 (not a heading:
# it is the title). Gold: the six h2 sections (創團緣起, three 【本團活動】 items, 捐款方式, 誌謝) depth 1. Not headings:
# the 對象：/方式： table labels and the a.–d. rows.
python3 tools/html_blocks.py src/fumudada1_heart_about.aspx docs/f85_04_tuantijieshao_yunshituan.txt "緣起" --drop-first-if-title
python3 tools/g85.py f85_04_tuantijieshao_yunshituan.txt '[[4,1],[7,1],[14,1],[21,1],[27,1],[30,1]]'

# f85_05: jiyanjiang/My_Physics_Book Mechanics/Special_relativity.md, a physics teacher's essay 《为什么会有狭义相对论》
# (history of the ether problem). make_md_doc.py, levels 2–4 (the page uses ## and ###): ## sections depth 1, ### depth 2.
# "Ref:" is a ## section of the source (the reference list) and kept. Not headings: the @Github byline, quotations,
# display formulas, the image tags (dropped).
python3 tools/make_md_doc.py src/jiyanjiang_My_Physics_Book_Special_relativity.md f85_05_kepuwenzhang_xiangduilun heldout --fresh

# f85_06: j-w-huang/oop ch1/ppt/第一章环境搭建.md (commit a157d4d), the course teacher's own handout for the first lesson
# (installing JDK/Eclipse). make_md_doc.py, levels 2–4: "## 1. …" depth 1, "### (1). …" depth 2 (the unnumbered
# "### 不同系统包管理器" too). The author numbers two sections "3." (manual / package-manager install): kept as written.
# ascii_paren_marker.py moves "(1)." into the marker. Not headings: the gray 作者/日期 byline, the command blocks.
python3 tools/make_md_doc.py src/j-w-huang_oop_第一章环境搭建.md f85_06_jiangyi_jdkhuanjing heldout --fresh
python3 tools/ascii_paren_marker.py gold/f85_06_jiangyi_jdkhuanjing.json

# f85_07: imenghu/wendang 其他文件/水发-山航传媒 会议纪要.docx, a beer company's (水发, brand 劳特巴赫) minutes of a
# 2019 meeting with an airline media company about advertising cooperation (Word file). Gold: its two numbered parts
# 一、具体内容： and 二、关键字概括： depth 1 (the second is the last paragraph; its keywords were not typed into the text).
# Not headings: the 主要内容/时间 and 参会人员 lines under the title, the unnumbered discussion points.
python3 tools/docx_paras.py "src/imenghu_wendang_水发-山航传媒 会议纪要.docx" docs/f85_07_huiyijiyao_shuifashanhang.txt
python3 tools/g85.py f85_07_huiyijiyao_shuifashanhang.txt '[[4,1],[20,1]]'

# f85_08: jiyanjiang/My_Physics_Book Electromagnetism/Why_conductor.md, the same teacher's essay 《导体为什么能导电》.
# make_md_doc.py, levels 2–4: the page uses ## and #### (no ###), so ## sections depth 1 and the #### items under
# "“导”和“电”" depth 2, titles as the author marked them (one ends in "，", one is a question). Not headings: bold
# "更多电现象的例子：", quotations, formulas, the footnote definition.
python3 tools/make_md_doc.py src/jiyanjiang_My_Physics_Book_Why_conductor.md f85_08_kepuwenzhang_daotidaodian heldout --fresh

# f85_09: Rushhahaha/Danganronpa 会议记录.docx, a student team's running meeting record for their Danganronpa fan-game
# (RPG Maker) project (Word file; an earlier copy 会议记录1.docx shares its text and is not taken). Gold: the three
# meetings 第1次/第2次/第3次会议记录 depth 1. Not headings: 日期/时间/参加者/主题 lines, the 主要内容：/拟办事项 labels and the
# task-table cells, "Summary:"/"Details:", and the 1.–8. work items of the third meeting (a task list with
# （0）–（6） sub-items, some of them plain sentences such as "2.角色的性格和对话的统一（重要）").
python3 tools/docx_paras.py src/Rushhahaha_Danganronpa_会议记录.docx docs/f85_09_huiyijilu_tongrenyouxi.txt
python3 tools/g85.py f85_09_huiyijilu_tongrenyouxi.txt '[[2,1],[32,1],[53,1]]'

# f85_10: hhhdxd/qwe 最后的巴格达.docx (upload commit 00328cc), a student group's design document for a branching text
# game 《最后的巴格达》 (game-design course project; Word file). Gold: the stand-alone section titles 背景与势力介绍,
# 人物设定介绍, 参数运用, 结局/成就设定, 开局设定 and the three story parts 攻城战剧情/巷战剧情/内城战剧情 depth 1; under
# 背景与势力介绍 the labels 玩法实现：/势力设定：, under 人物设定介绍 the faction groups 约旦曼方：/伊拉苏克：/法尔斯：, and
# under each story part its story nodes depth 2. The nodes (1., 1A., 3., 3D 3BC 3AD., 3B., 3A., 3BA 3C, 3末, 4．, 4A,
# 4B, 5, 6., 101., 201.) are where the text sends the player ("跳4", "跳3末"): their label is the marker and they have
# no title; 3A. and 6. run straight into their narrative. Not headings: "跳…" jump lines, choice lines (A … B …),
# the 一．–五． starting values of 开局设定, the 成就 lines, the character and faction description lines.
python3 tools/docx_paras.py src/hhhdxd_qwe_最后的巴格达.docx docs/f85_10_youxisheji_zuihoudebageda.txt
python3 tools/g85.py f85_10_youxisheji_zuihoudebageda.txt '[[2,1],[4,2],[6,2],[10,1],[11,2],[17,2],[20,2],[22,1],[27,1],[35,1],[41,1],[42,2,"","1."],[49,2,"","1A."],[55,2,"","3."],[59,2,"","3D 3BC 3AD."],[64,2,"","3B."],[71,2,"","3A."],[77,2,"","3BA 3C"],[80,2,"","3末"],[83,2,"","4．"],[86,2,"","4A"],[89,2,"","4B"],[91,2,"","5"],[92,2,"","6."],[93,1],[94,2,"","101."],[96,1],[97,2,"","201."]]'
