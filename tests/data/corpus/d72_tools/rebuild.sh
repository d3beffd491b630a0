#!/bin/bash
# Rebuild docs/ and gold/ of dev set 72 from src/. Run from /work/dev72.
set -e
cd /work/dev72
T=tools

# d72_01: personal year-end work/life summary (blog, Markdown). Front-matter title is line 1. Gold = its six
# '#' sections, numbered in hex '0X00'..'0X06' by the author (marker = that number). The numbered list
# '1. 阅读两个…' under 0X01 is a list of plan items (sentences), not headings.
python3 $T/make_md_doc.py src/shawn-bluce_blog-hugo_index.md d72_01_zongjie_2021_nianzhong dev --levels 1
python3 $T/split_marker.py gold/d72_01_zongjie_2021_nianzhong.json '0X0\d'

# d72_02: personal year-end summary (blog, Markdown). Gold = '# Part 1. 回顾' / '# Part 2. 展望' at depth 1 (marker
# 'Part 1.'), the '##' sections under Part 1 (生活实录, 心情实录, 看过的书, 写过的字, 走过的路) at depth 2. Month lines
# '1 月，…' in 走过的路 are a timeline of sentences, not headings; bold run-ins are emphasis, not headings.
python3 $T/make_md_doc.py src/wmyskxz_wmyskxz.github.io_2020-nian-zhong-zong-jie.md d72_02_zongjie_2020_nianzhong dev --levels 1,2
python3 $T/split_marker.py gold/d72_02_zongjie_2020_nianzhong.json 'Part \d+\.'

# d72_03: meetup talk script (讲稿, Markdown) "星辰征途：面向多云多模态 AIGC 业务的统一存储实践". Line 1 = its '#' title.
# Gold from its '##'/'###' headings with depth by the author's numbering: '② 统一存储需求…' parts (marker ①–⑥)
# and the unnumbered '## 配图清单…' and '## 附：Q&A 弹药' at depth 1; '### 3.1 …' at depth 2; '### 5.1.1 离线性能实测'
# at depth 3 (its number makes it a sub-part of 5.1 although the author wrote it with '###'). Bold labels
# '【口播要点】', '讲稿：', '【配图N】' are stage directions inside each part, and '第一，…' run-ins are points, not headings.
python3 $T/make_md_doc.py src/SerendipityOneInc_juicefs-meetup-talk_演讲稿.md d72_03_jianggao_juicefs_tongyi_cunchu dev --levels 2,3 --depth number
python3 $T/split_marker.py gold/d72_03_jianggao_juicefs_tongyi_cunchu.json '[①-⑳]'

# d72_04: a student reading club's plan for its first open-topic reading session (计划/方案, Markdown). Line 1 = its
# '#' title. Gold = every '##'-'#####' heading, depth by Markdown level (## 1, ### 2, #### 3, ##### 4): the three
# parts (读书会具体流程, 相关物料宣传, 人员任务分配), their steps and the duty titles (主席工作 … 日常任务/周期任务).
# Under '## 人员任务分配' the author skips '###' and writes the duties with '####'/'#####': the skipped level is no
# level of the outline, so those headings (lines 74-end) are one level up (depth 2 and 3).
# The numbered '1. 参加名额设定为…' rules and duty lists are sentences, not headings.
# (WorkFiles/读书会具体流程.md of the same repository repeats part of this text and is not taken.)
python3 $T/make_md_doc.py src/LiangSiyv_XidianReadingGroup_开放主题读书会计划.md d72_04_jihua_dushuhui_kaifang_zhuti dev --levels 2,3,4,5
python3 $T/shift_depth.py gold/d72_04_jihua_dushuhui_kaifang_zhuti.json 74 100000 -1

# d72_05: founding plan (策划案) of a university student open-source club, NUAA Open Source (Markdown, short). Line 1 =
# its '#' title. Gold = the four '##' sections (总则, 组织架构, 活动形式, 基础平台建设) at depth 1; the '- 本组织…' and
# '1. 组织设有官方站点…' items are sentences of the plan, not headings.
python3 $T/make_md_doc.py src/NUAA-Open-Source_A2OS_策划书.md d72_05_fangan_a2os_cehua dev --levels 2

# d72_06: a team lead's work plan ("4-1工作计划", Markdown): project list, problems, strategy, people/project factors.
# Line 1 = its '#' title. Gold = the eight '##' sections at depth 1. The table rows, the numbered '1. 【流程】…' points
# and the bold '【突破瓶颈】…' paragraphs are content, not headings.
python3 $T/make_md_doc.py src/wangzongjun_life_工作计划.md d72_06_jihua_gongzuo_4yue dev --levels 2

# d72_07: a developer's personal annual work summary (年度总结, Markdown) whose author misuses heading mark-up: the
# five numbered '## 1.工作总结 … 5.解决学习中的问题' are the sections (depth 1, markers '1.'-'5.');
# every '###'/'####' line (also inside '+ ### …' list items) is a paragraph or list item of running text (whole
# sentences), and the final
# '## 希望以后可以…' is the closing paragraph, not a section title - none of these is a heading a reader navigates by.
python3 $T/make_md_doc.py src/a404762001_happybirthday_年度总结.md d72_07_zongjie_niandu_gongzuo dev --levels 2 --skip '^希望以后'

# d72_08: minutes of a student software team's six meetings (会议纪要, Markdown). Line 1 = its '#' title. Gold =
# each meeting '## 第一次（2025.4.18）' … at depth 1 (unnumbered titles: '第一次' is an ordinal in the title, not a
# 第X章/节 marker) and its '### 概要 / 小结 / 分工' parts at depth 2. The author numbers two meetings '第四次'
# (5.9 and 5.16); both are kept as written. Bullet items and table rows are content, not headings.
python3 $T/make_md_doc.py src/BUCTCS2205_PocketMuseum_会议纪要.md d72_08_jiyao_xiaozu_huiyi dev --levels 2,3

# d72_09: a student software-engineering team's minutes for a whole semester (会议纪要, Markdown, 2019). Line 1 =
# its '#' title. Gold = each dated meeting '## 20190304会议纪要' … at depth 1 (the date is part of the title, not a
# numbering marker) and its '###' items (到会情况, 确定备选题目, 问题讨论 …) at depth 2. The '|时间|地点|主题|' and
# attendance tables are content. Damage kept as in the source: a git merge-conflict residue '<<<<<<< HEAD' followed
# by '=======' (lines 465-466 of the source) - a setext-looking pair, but no heading.
python3 $T/make_md_doc.py src/buaa0110_ApacheAssistant_会议纪要.md d72_09_jiyao_ruanjian_gongcheng_shiyan dev --levels 2,3

# d72_10: a student robotics team's meeting record (会议记录/README.md, Markdown, no title line of its own): the
# folder name '会议记录' is prepended as line 1 (md_prepend_title.py; src/ stays unchanged). Gold = the seven
# '#### 会议1' … '#### 会议7' meetings at depth 1. The opening '3/8 王兆桓同学编写SDP…' log lines, the '时间：/会议目的：/
# 会议内容：' labels inside each meeting and the shell commands are content, not headings.
python3 $T/md_prepend_title.py src/sebuaa2020_Team106_README.md .d72_10_titled.md 会议记录
python3 $T/make_md_doc.py .d72_10_titled.md d72_10_jilu_xiaozu_huiyi dev --levels 4 && rm -f .d72_10_titled.md

# d72_11: a student's classroom presentation script (讲稿) for a computer-graphics course project, one part per slide.
# Line 1 = its '#' title. Gold = the twelve '## 第 1 页 · 封面（10 秒）' … slide parts and the closing '## 演示时刻表' at
# depth 1; '第 N 页' is the slide label inside an unnumbered title (marker ''), like the corpus's other ordinal
# titles. Bold stage directions '【打开 exe…】', the numbered pipeline steps ('1. Pass 1：…') and the timetable rows
# are content, not headings.
python3 $T/make_md_doc.py src/Ding4076_CG-FINAL_讲稿.md d72_11_jianggao_kecheng_zhanshi dev --levels 2
