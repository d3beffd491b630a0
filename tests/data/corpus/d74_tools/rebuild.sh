#!/bin/bash
# Rebuild docs/ and gold/ of dev set 74 from src/. Run from anywhere.
set -e
cd /work/dev74
T=tools
gold() { python3 -c "import sys; sys.path.insert(0,'tools'); from gold import write; write(sys.argv[1], sys.argv[2], eval(sys.argv[3]))" "$@" > /dev/null; }

# d74_01 — WZYYYYY/WordOfSEEC 会议记录.docx: a student software team's meeting records (19 meetings, 2019.3–6).
# Gold: each meeting's opening line "DATE 第X次会议" (depth 1). The leading date is not numbering, so marker ''
# and the whole line is the title. Not headings: 会议地点/出席人员/会议内容 field lines; the closing notes
# 版本控制工具/部分截图/开发方式/群公告截图 (labels of screenshots and one-line facts, no section under them).
python3 $T/docx_paras.py src/WZYYYYY_WordOfSEEC_会议记录.docx docs/d74_01_huiyijilu_ruanjian_xiaozu.txt > /dev/null
gold d74_01_huiyijilu_ruanjian_xiaozu.txt 会议记录 "[(l, 1, open('docs/d74_01_huiyijilu_ruanjian_xiaozu.txt').read().split('\n')[l-1].strip(), '') for l in range(2, 75, 4)]"

# d74_02 — slxxiyG06/G06 会议记录.docx: a student team's 17 weekly meeting records (莱茨狗 app project, 2018).
# Gold: 一、…十七、 lines (depth 1; title = the rest of the line, 时间…地点…). Not headings: 会议主题/会议内容
# field lines and the numbered 1./2./①② items inside 会议内容 (sentences, decisions).
python3 $T/docx_paras.py src/slxxiyG06_G06_会议记录.docx docs/d74_02_huiyijilu_laicigou.txt > /dev/null
gold d74_02_huiyijilu_laicigou.txt 会议记录 "[(l, 1) for l in (2, 9, 16, 23, 28, 34, 40, 45, 52, 58, 63, 68, 72, 76, 80, 84, 87)]"

# d74_03 — lengjie994/A06-WeChat-mini-program-for-elderly-patients-with-dementia 会议记录.md: a student team's
# meeting minutes (7 meetings). Gold from the Markdown: '#' is the title, each '## 第X次会议' is depth 1
# (marker '': 第X次 is an ordinal in the title, not a section numbering). Bullets (日期, 议题, 分工 …) are not headings.
python3 $T/make_md_doc.py src/lengjie994_A06-WeChat-mini-program-for-elderly-patients-with-dementia_会议记录.md d74_03_huiyijilu_shouwang_xiaochengxu dev --levels 2

# d74_04 — cty8888/APRP 实施方案.pdf (commit e827485): a student team's implementation plan for a thesis-review
# platform (exported from a notes app; headings unnumbered). pdf_layout.py. Gold by the PDF's font sizes:
# 46.8-pt titles 功能说明/功能细分/产品意义/开发路线 depth 1; 39-pt titles under them depth 2. 阶段一/二/三 are set
# at 46.8 pt like 开发路线, but 开发路线 has no text of its own and the phases are evidently its parts, so depth 2.
# Not headings: 'AI' (a small image label), '✨ 总结：' and '意义：' (body-size run-in labels), the page footer '实施方案 N'.
python3 $T/pdf_layout.py src/cty8888_APRP_实施方案.pdf docs/d74_04_shishifangan_lunwen_pingshen.txt > /dev/null
gold d74_04_shishifangan_lunwen_pingshen.txt 实施方案 "[(2,1),(10,1),(11,2),(15,2),(19,2),(26,2),(32,2),(43,1),(44,2),(50,2),(57,2),(72,1),(73,2),(81,2),(94,2)]"

# d74_05 — ITKIMDevelopmentStudio/Document 策划书.pdf: a student start-up plan (driving-school sign-up platform).
# The PDF is taken, not the repo's 策划书.docx of the same text: its Word auto-numbering (一、 1、 ①) is only in the PDF.
# The cover title is set vertically, so line 1 is '策' (then 划, 书) — kept as extracted; the gold title is '策'.
# Gold: 第一部分/第二部分 depth 1; 一、…八、 depth 2; under 三、营销模式 the 1、2、3、 parts depth 3; under 六、发展计划 the
# four '⚫ 第X阶段（…）' stage titles depth 3 (bullet glyph is not numbering: marker ''); under 八、利润分配 '① 股权配比：'
# and '② 任务分配：' (labelled parts with content under them) depth 3. Not headings: the ①②③ items of 五、风险分析 (problem
# sentences; '③ 其它风险' is their sibling, so left out too), the ①…⑥ cost items of 七、成本预算, the numbered steps under
# the stages, and the unfinished '二、' (no title) at the end.
python3 $T/pdf_layout.py src/ITKIMDevelopmentStudio_Document_策划书.pdf docs/d74_05_cehuashu_jiaxiao_baoming.txt > /dev/null
gold d74_05_cehuashu_jiaxiao_baoming.txt 策 "[(5,1,'项目介绍','第一部分'),(6,2),(10,2),(19,2),(20,3),(26,3),(35,3),(37,2),(47,2),(67,2),(69,3,'第一阶段（软件研发阶段）'),(74,3,'第二阶段（软件研发上线准备完成、已与西安市内驾校签订协议）'),(80,3,'第三阶段（试运营达到预期效果）'),(89,3,'第四阶段（第三阶段实施良好）'),(99,2),(116,2),(117,3),(122,3),(127,1,'具体实施','第二部分'),(128,2)]"

# d74_06 — iOSlong/fmydot 倡议书.docx: a village committee's call for donations of relics to its culture hall (2021).
# Gold: 一、…四、 depth 1. Not headings: (一)(二)(三) under 三、捐赠形式 (run-in list sentences), salutation, signature, date.
python3 $T/docx_paras.py src/iOSlong_fmydot_倡议书.docx docs/d74_06_changyishu_wenwu_juanzeng.txt > /dev/null
gold d74_06_changyishu_wenwu_juanzeng.txt 倡议书 "[(10,1),(12,1),(14,1),(18,1)]"

# d74_07 — 1172208932/myDoc 年度总结.docx: a front-end developer's 2018 annual work summary.
# Gold: 一、二、三、 depth 1; 1.1/1.2/2.1/2.2 depth 2; the month labels '8月：'…'12月：' under 1.1工作概览 depth 3 (stand-alone
# label lines, each heading one month's paragraph; a date, so marker ''). Not headings: the 1.–5. goals under 三、工作目标
# (sentences), the stray page number '2' at the end.
python3 $T/docx_paras.py src/1172208932_myDoc_年度总结.docx docs/d74_07_niandu_zongjie_qianduan.txt > /dev/null
gold d74_07_niandu_zongjie_qianduan.txt 《2018年度总结》 "[(3,1),(4,2),(5,3),(7,3),(9,3),(11,3),(13,3),(15,2),(17,1),(18,2),(20,2),(22,1)]"

# d74_08 — HaiMo918/pickup 年度总结.docx: a big-data engineer's 2017 annual summary (the repo's 毛烨辉2017年度工作总结报告.docx
# holds the same text in a form table: not taken). The six title paragraphs carry Word list numbering (lost in the
# text: unnumbered, marker ''). All six sit in one flat list, but 客户画像 and 新浪理财师 are evidently the projects of
# 个人业绩及工作亮点 (which has no text of its own), so depth 2; the rest depth 1.
python3 $T/docx_paras.py src/HaiMo918_pickup_年度总结.docx docs/d74_08_niandu_zongjie_dashuju.txt > /dev/null
gold d74_08_niandu_zongjie_dashuju.txt 年度总结 "[(4,1),(5,2),(8,2),(11,1),(13,1),(15,1)]"

# d74_09 — lznnnn3/IBM_Homewore 策划书.docx: a student team's design report for a web library lending system.
# Gold follows the document's own table of contents (lines 9–28, not headings): 一、…七、 depth 1; 1、2、3、 depth 2;
# (1)(2)(3) depth 3; 1.借书 2.还书 3.管理员系统 depth 4; the unnumbered 用例图/类图/JavaScript 外观模式 under 二、三、四、 depth 2.
# Not headings: the TOC, team list, 1）2）3） and 1.–5. and ①… items (sentences), 系统的业务流程分析： (figure label),
# 图书馆登陆界面/图书馆主界面 in 七、测试过程 (screenshot labels, not in the TOC).
python3 $T/docx_paras.py src/lznnnn3_IBM_Homewore_策划书.docx docs/d74_09_sheji_baogao_jiehuanshu_xitong.txt > /dev/null
gold d74_09_sheji_baogao_jiehuanshu_xitong.txt 基于PHP、MySQL的web端借还书系统 "[(29,1),(30,2),(32,2),(37,2),(38,3),(44,3),(52,3),(53,4),(58,4),(62,4),(67,1),(68,2),(69,1),(70,2),(71,1),(72,2),(76,1),(77,1),(78,1)]"

python3 $T/check_gold.py
