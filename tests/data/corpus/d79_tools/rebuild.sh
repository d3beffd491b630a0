#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 79
set -e
cd "$(dirname "$0")/.."

# d79_01: student team's 可行性研究报告 (GB8567-88 outline) for a web shopping system, Markdown. Gold from the # / ## / ###
# levels (1 引言 > 1.1 > 4.4.1). '## 顾客用户：' / '## 商铺用户：' under 3.1 are ## in the source but only label the two flow-chart
# images that follow (dropped in conversion): captions, not sections -> skipped. Top-level '1引言' marker split off ('1').
python3 tools/make_md_doc.py src/touchfishing_documents_可行性研究报告.md d79_01_kexingxing_gouwu_xitong dev --levels 1,2,3 --title 可行性研究报告 --skip '用户：$'
python3 tools/split_marker.py gold/d79_01_kexingxing_gouwu_xitong.json '\d+(?=[^\d.])'

# d79_02: 用户手册 of a student's course-project Unix shell (command reference, connectors, job control), Markdown.
# Gold from ## (parts) and ### (one command / connector / topic each); all unnumbered. The numbered lists under test/umask
# and 重定向符号 are option lists, not headings.
python3 tools/make_md_doc.py src/HansLjy_my-shell_用户手册.md d79_02_shouce_shell_yonghu dev --levels 2,3

# d79_03: student team's 用户手册 (draft 0.1.0) of a campus second-hand trading app, Word file. Text one paragraph a line
# (cover table, version table and the 目录 with page numbers kept as extracted). Gold from the document's own heading
# styles: 'heading 1' (style id 2; auto-numbered 一、… in Word, so the text shows no marker) depth 1, 'heading 2' (3) depth 2,
# 'heading 3' (4) depth 3. Not headings: the cover's bold '版本历史' / '目录', the toc 1/toc 2 lines (page furniture), the
# Normal-style label lines under 2.1 功能 and 使用过程 (feature / screen names the authors did not style as headings),
# table cells. '3.4.1 User表'… sit under 3.3 (the authors' numbering slip) and stay at depth 3 with their marker as written.
python3 tools/docx_paras.py "src/JiangLR_SE-2018-Spring_SE2018春-G15-用户手册.docx" docs/d79_03_shouce_xiaodingdang_app.txt
python3 -c "import sys,json,subprocess; sys.path.insert(0,'tools'); import gold; gold.write('d79_03_shouce_xiaodingdang_app.txt','校叮当校园app项目用户手册',json.loads(subprocess.check_output(['python3','tools/docx_spec.py','src/JiangLR_SE-2018-Spring_SE2018春-G15-用户手册.docx','2=1,3=2,4=3'])))"

# d79_04: 逻辑思辨力 — a blogger's study notes from an online critical-thinking course (propositions, arguments, fallacies,
# cognitive biases), Jekyll Markdown post. Gold from ## (1.… depth 1) and ### (4.1… depth 2); the decimal numbering agrees
# with the levels. Bold run-in labels ('**命题：**…', '**积极角度为何定义——…**') are definitions/emphasis inside a section, not headings.
python3 tools/make_md_doc.py src/ChristinaHyh_ICE-9_2019-11-17-logicalthinking.md d79_04_jiangyi_luoji_sibian dev --levels 2,3

# d79_05: 项目说明文档 — a student's operating-systems course-design report (电梯调度, Qt multi-thread elevator simulation),
# Word file. Text one paragraph a line (cover, 目录 with page numbers kept). Gold from the Word heading styles heading 1/2/3
# -> depth 1/2/3 (docx_gold.py: the bare chapter number of '1分析' / '2 设计' is the marker). ' 问题重述' (heading 2) is
# Word auto-numbered 1.1, so its line carries no marker. Not headings: toc lines, Normal label lines '上下键：' / '数字键：'…
# (items of 2.2/2.3), List Paragraph class names, 'caption' lines under figures ('电梯外部调度逻辑', 'Picking分支').
python3 tools/docx_paras.py src/LiuDongyang6_lift_设计报告.docx docs/d79_05_sheji_dianti_diaodu.txt
python3 tools/docx_gold.py src/LiuDongyang6_lift_设计报告.docx d79_05_sheji_dianti_diaodu.txt 项目说明文档 1=1,2=2,3=3

# d79_06: book review / reading note on Carol Dweck's 《终身成长》 (Mindset) from a personal Hexo blog (hexo branch). Gold: the five
# '#' 小标题 (unnumbered) at depth 1; under '你是哪种思维？' the author marks seven aspect titles ('在关于学习的态度上', '面对失败', …
# '在夸奖孩子的方式上') as one-line blockquotes, each followed by its own paragraphs: stand-alone sub-titles -> depth 2 (add_heads.py).
# The other blockquotes (lines 28/32/43 of the source) are quoted sentences, not headings.
python3 tools/make_md_doc.py src/hormoyo_hormoyo.github.io_23mindset.md d79_06_dushu_zhongshen_chengzhang dev --levels 1
python3 tools/add_heads.py gold/d79_06_dushu_zhongshen_chengzhang.json 50:2 56:2 60:2 64:2 70:2 76:2 82:2

# d79_07: student team's 可行性研究报告 (2015) for '华师吃啥', a WeChat meal-ordering service, Word file (GB8567 outline).
# Gold from the Word heading 1/2/3 styles -> depth 1/2/3; bare chapter numbers ('1引言') split off as marker (docx_gold.py).
# The numbering skips 4.2.2 in the source ('4.2.3不可定量的收益' follows 4.2.1): kept as written. List items
# ('功能；…', '能及时收集到…') are requirements, not headings.
python3 tools/docx_paras.py src/ForeverSc_CCNUChiSha_可行性研究报告.docx docs/d79_07_kexingxing_huashi_chisha.txt
python3 tools/docx_gold.py src/ForeverSc_CCNUChiSha_可行性研究报告.docx d79_07_kexingxing_huashi_chisha.txt 可行性研究报告 1=1,2=2,3=3

# d79_08: tutorial 'Obsidian+Zotero助力科研' (how to build a research knowledge base and link Obsidian with Zotero) from the
# same personal blog as d79_04 (a different post and genre). Gold from ## / ### / #### -> depth 1/2/3; the #### steps carry
# their own numbering '0.' '1.' '2.' (kept as markers); link text of '### [flomo](…)——…' kept as shown. The bullet lists
# (tool lists, settings steps) and the '【2024-01-18更新】' note are not headings.
python3 tools/make_md_doc.py src/ChristinaHyh_ICE-9_2023-04-23-ob-for-research.md d79_08_jiaocheng_obsidian_zotero dev --levels 2,3,4

# d79_09: essay 我们学习，都在学什么 (2017) from a programmer's personal blog: three stories about Chinese education, college
# life, the future. Gold from the source's ## (depth 1) and #### (depth 2) — the author skips ###, so #### is the second
# level of this outline (make_md_doc --depth level ranks the levels present). The quoted joke lines, the dated epigraph
# and the quoted WeChat post (short broken lines under 关于未来) are not headings.
python3 tools/make_md_doc.py src/BOT-Man-JL_BOT-Man-JL.github.io_Thinking-College.md d79_09_suibi_xuexi_xue_shenme dev --levels 2,3,4

# d79_10: 用户使用手册 of 'SPORTS运动社交', a course web app (Nanjing Univ. software engineering, 2016), Word file (GB8567
# user-manual outline). Gold from the Word heading 1–4 styles (docx_gold.py; 'a.'/'b.' letter items as markers, leading
# no-break spaces skipped). The author's styles contradict the numbering in 3. 运行环境: 'b.'/'d.' under 3.1 are styled
# heading 2 while 'a.'/'c.' are heading 3, and '3.2支持软件' is styled heading 1. The numbering shows the evident intent
# (3.2 is a sibling of 3.1; a.–d. are its items), so those four lines get depth 3/3/3/2 (--depth). Cover lines and the
# toc lines with page numbers are not headings; the 1.3 definitions table cells are not headings.
python3 tools/docx_paras.py src/CXWorks_SPORTS_用户手册.docx docs/d79_10_shouce_sports_yundong.txt
python3 tools/docx_gold.py src/CXWorks_SPORTS_用户手册.docx d79_10_shouce_sports_yundong.txt 用户使用手册 1=1,2=2,3=3,4=4 --depth 94:3,96:3,98:3,100:2

# d79_11: popular-science essay 实验室中酵母菌的衣食住行 (2019) from a biophysics student's Jekyll blog (branch 'source').
# Line 1 is the post's front-matter title as the blog shows it ('.tex | …', the blog's series prefix kept). Gold from ##
# (the four 小标题 “衣” “食” “住” “行”, depth 1) and ### (the two media under “食”, depth 2). The struck-through joke line
# and the running paragraphs are not headings.
python3 tools/make_md_doc.py src/MountAye_blog-tufte_2019-12-29-yeast-cloth-food-house-travel.md d79_11_suibi_jiaomu_yishizhuxing dev --levels 2,3
