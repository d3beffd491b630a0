#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 72 from src/. Run from anywhere.
set -e
cd /work/fresh72
T=tools

# f72_01: business meeting minutes (马蜂窝 hotel/transaction team), athena0304/notebook 会议纪要.md (deleted later
# in the repo; taken at 185ed8cb). Markdown with no title of its own: title "会议纪要" (the file's name) put before it
# so the first ## stays in the text. Gold from its own mark-up: ## (topics of the meeting) depth 1, #### (a speaker's
# contribution, or a sub-topic such as 补贴策略) depth 2. Bullets and quoted notes (>) are not headings.
$T/md_with_title.sh src/athena0304_notebook_会议纪要.md 会议纪要 f72_01_huiyijiyao_jiudian_yewu --levels 2,4

# f72_02: district data bureau's activity plan (江宁区数据局 AI 大赛活动方案), hackinglove/policy-agent 通知.md (plain
# text saved as .md, no Markdown mark-up; deleted later in the repo, taken at d82cf1b). plain_txt.py. Gold: 一、 depth 1,
# （一） depth 2. Not headings: the 1./2. run-in items (团体赛：…/个人赛：…), ①–⑦ lists, Q1–Q6, the contact line.
python3 $T/plain_txt.py src/hackinglove_policy-agent_通知.md docs/f72_02_fangan_ai_dasai.txt
python3 $T/spec_f72_02.py

# f72_03: a student team's software requirements specification (追番提醒小助手, 武汉大学 software-engineering course),
# WHUSE2017/hyw-team 需求规格说明书.md at 1adeefe. No title of its own (it opens with [toc]): the file name is put
# before it as its title. Gold from its own mark-up: # 一、… depth 1, ## 1.1 … depth 2. The [toc] line, the table rows
# of the user profile and acceptance table, and the + bullets are not headings.
$T/md_with_title.sh src/WHUSE2017_hyw-team_需求规格说明书.md 需求规格说明书 f72_03_jishu_xuqiu_guige --levels 1,2

# f72_04: an open-source project's community-governance charter (夜莺监控开源社区治理架构, CCF ODC), ccfos/nightingale
# doc/community-governance.md at 579fd37. It has no title of its own (it opens with an introduction): the phrase by
# which the text names itself, 夜莺监控开源社区治理架构, is put before it as its title. Gold from its mark-up: the one #
# (夜莺监控开源社区架构) depth 1; the four ### roles (User, Contributor, Committer, PMC) come straight under it with no
# ## between, so depth 2; the five ## sections after them (沟通机制 … 关于提问的原则) depth 2 as well (## sits under #).
# Numbered lists (1. 提交代码补丁；…) and > quotes are body text.
$T/md_with_title.sh src/ccfos_nightingale_community-governance.md 夜莺监控开源社区治理架构 f72_04_zhangcheng_kaiyuan_zhili --levels 1,2,3
python3 $T/fix_depth.py gold/f72_04_zhangcheng_kaiyuan_zhili.json 3=2

# f72_05: a master's thesis proposal (开题报告, rust dead-code detection and OS porting; 北京理工大学 计算机学院),
# oscourse-tsinghua/openingreport-fze2023 开题报告.pdf at bf91d79, a PDF made by LaTeX. pdf_layout.py (pdftotext
# -layout): characters at many right margins are lost in extraction (damage kept). Gold (tools/spec_f72_05.py): its own
# decimal numbering 1. / 1.1. / 1.2.1. / 1.2.8.1. (depth = number of parts) and the unnumbered 参考文献 (depth 1). The
# numbered list items inside 1.2.4 and 3.2.1 (1. 高层级中间表示（HIR）：…) are run-in list items, not headings.
python3 $T/pdf_layout.py src/oscourse-tsinghua_openingreport-fze2023_开题报告.pdf docs/f72_05_lunwen_kaiti_baogao.txt
python3 $T/spec_f72_05.py

# f72_06: a university course syllabus (深度学习 course of the edu2act course site), edu2act/course-deep-learning
# 教学大纲.md at a5fad53 (deleted in the next commit). No title of its own: "深度学习课程教学大纲" (the course the repo is
# and the file's name) is put before it. Gold from its mark-up: # 第X章 … depth 1, ### 重点 / 难点 / 教学目标 depth 2 (the
# page has no ##). The numbered 1. 2. lines are the syllabus items, not headings; the last, empty ### is dropped.
$T/md_with_title.sh src/edu2act_course-deep-learning_教学大纲.md 深度学习课程教学大纲 f72_06_jiaoxue_dagang_shendu --levels 1,3

# f72_07: a university student app's privacy policy (掌上重邮 隐私政策, 红岩网校), RedrockMobile/CyxbsMobile_Win
# 隐私政策.md at 9fecc09. make_md_doc.py; its own # 隐私政策 is the title. Gold: the seven ## sections 1.–7. (depth 1).
# "##1. 适用范围" lacks the space after ## (GitHub would show it literally) but the author evidently meant it as the
# first of the seven numbered ## sections, so it is a heading. The ##### line (在如下情况下，…：) and the closing #### line
# (请您妥善保护…) are whole sentences given heading mark-up for emphasis — a lead-in and a closing reminder, not section
# titles — so they are not headings (--levels 2). Bullets are body text.
python3 $T/make_md_doc.py src/RedrockMobile_CyxbsMobile_Win_隐私政策.md f72_07_guize_yinsi_zhengce heldout --levels 2 --fresh

# f72_08: a news report with a Q&A part (贵州《四渡》电影票根免景区门票, 2026), scr498/changzheng-news, a file named by its
# headline with no extension and no title line, at 8265c49. tools/txt_with_title.py: the text as plain_txt.py keeps it,
# with the headline (the file name) put before it as line 1. Gold (tools/spec_f72_08.py): the four stand-alone question
# lines of the Q&A (depth 1). The run-in 关于水帘洞预约问题：…/至于另一个网友的问题：… paragraphs, the 答： lines and the
# [图片:…] placeholders are not headings.
python3 $T/txt_with_title.py "src/scr498_changzheng-news_如何凭《四渡》票根在贵州免景区门票？网友关心，权威回答来了" docs/f72_08_xinwen_sidu_piaogen.txt "如何凭《四渡》票根在贵州免景区门票？网友关心，权威回答来了"
python3 $T/spec_f72_08.py

# f72_09: a student team's user manual (Hands On Money task platform, 2019 system-analysis course),
# 2019-system-analysis-team/Hands-On-Money 用户手册.md at 587d452. make_md_doc.py; its own # 用户手册 is the title.
# Gold from its mark-up: ## depth 1 (使用说明, DEMO 展示), ### depth 2 (首页, 用户管理 … 评价系统), #### depth 3 (注册, 界面 …).
# Numbered feature lists, the bullet list of parts and the <img> lines (dropped by the converter) are not headings.
python3 $T/make_md_doc.py src/2019-system-analysis-team_Hands-On-Money_用户手册.md f72_09_jishu_yonghu_shouce heldout --levels 2,3,4 --fresh

# f72_10: the Constitution of the PRC as amended in 2004 (中华人民共和国宪法), lzpfmh/Xian-Fa 宪法.md at 4f57835 (the
# repo later replaced it by the 2018 proposal). The file is plain text in a .md (full-width indents, one ---------- rule,
# no # mark-up) with no title line ("目前版本：…" first): tools/txt_with_title.py keeps it as plain_txt.py does and puts
# 中华人民共和国宪法 before it. Gold (tools/spec_f72_10.py): 序言 and 第X章 depth 1, 第X节 (in 第三章) depth 2, 第X条 depth 2
# outside a 节 and 3 inside one; all 138 articles, in sequence.
python3 $T/txt_with_title.py src/lzpfmh_Xian-Fa_宪法.md docs/f72_10_falv_xianfa_2004.txt 中华人民共和国宪法
python3 $T/spec_f72_10.py > /dev/null
