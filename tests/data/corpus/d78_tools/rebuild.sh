#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 78
set -e
cd "$(dirname "$0")/.."

# d78_01: 2022 open-source OS training camp stage-2 summary report by 唐洪雨 (rcore-os/blog Hexo post, personal work summary).
# Gold from the Markdown's own heading levels: ## = depth 1, ### = depth 2, #### = depth 3. The body '# 2022 开源操作系统训练营第二阶段总结'
# restates the page title (front-matter title is line 1), so it stays as a text line, not a heading. Numbered list items
# (1.–4. learning items, 0.–3. tips) and bullet lists are sentences, not headings. Two '系统框图' headings are both kept.
python3 tools/make_md_doc.py "src/rcore-os_blog_2022开源操作系统训练营第二阶段总结-唐洪雨.md" d78_01_zongjie_xunlianying_tanghongyu dev --levels 1,2,3,4 --skip '^2022 开源操作系统训练营第二阶段总结$'

# d78_02: 2021 OS summer camp closing report (结营报告) by 陈志扬 and 彭淳毅 (rcore-os/blog Hexo post).
# Gold from the Markdown's own levels: # = depth 1, ## = depth 2, ### = depth 3, as the authors marked them up (the project
# sections 最终成果总览 … 用户态监控程序 are ## under '# 学习rust语言' in the source; kept as written). The body
# '# 2021年操作系统夏令营结营总结' restates the page title (front-matter title is line 1) and is not a heading. Lines inside
# code fences ('#[derive…', '// …') are code, not headings; Hexo '{% asset_img %}' tags stay as text.
python3 tools/make_md_doc.py "src/rcore-os_blog_2021操作系统夏令营结营报告-陈志扬-彭淳毅.md" d78_02_zongjie_xialingying_chenzhiyang dev --levels 1,2,3 --skip '^2021年操作系统夏令营结营总结$'

# d78_03: PLCT Lab open-source progress report no. 2 (PLCT开源进展·第02期, 2020-06-01), an organisation's periodic work report.
# Line 1 is the source's own '# ' title. Gold from its Markdown levels: ## = depth 1, ### = depth 2. Added: the stand-alone
# bold line '持续输出原创性V8技术分析报告' (line 75), a title over the list of reports inside the V8 section (depth 2).
# Not headings: lead-in labels ending in '：' (初步完成：, 主要如下：), numbered list items (1、Clang的RISCV支持1 …, 1. 指令选择…,
# the 11 repository links), the [1]–[9] reference lines.
python3 tools/make_md_doc.py src/plctlab_PLCT-Weekly_2020-06-01.md d78_03_gongzuobaogao_plct_kaiyuanjinzhan dev --levels 2,3
python3 tools/add_heads.py gold/d78_03_gongzuobaogao_plct_kaiyuanjinzhan.json 75:2

# d78_04: PLCT OpenDay 2019 event notice with its agenda and talk abstracts (活动通知/议程, PLCT Lab, ISCAS, Dec 2019).
# Line 1 is the source's own '# ' title. Gold from its Markdown levels: '## 议程（草案V1版）' = depth 1, the ### talk sections
# (nested under the agenda in the source) = depth 2; '题目：' stays part of two talk titles as written. Not headings: the
# time-slot lines of the agenda (09:00 - 09:25 签到 …), the 时间/地点/报名 lines, the 报告人/简介 lines.
python3 tools/make_md_doc.py src/plctlab_PLCT-Weekly_PLCT-OpenDay-2019.md d78_04_tongzhi_plct_kaifangri_yicheng dev --levels 2,3

# d78_05: PLCT Lab's 2020 plan for RISC-V development tools (规划/路线图, V1-20200106), an institution's work plan.
# Line 1 is the source's own '# ' title. Gold from its Markdown levels: ## = depth 1 (the planned work items, other wishes,
# recruiting), ### = depth 2 (the three wishes under '其他被提到但是没有被同等对待的愿望'). '当前版本：…' and the 'Hi all，'
# salutation are not headings.
python3 tools/make_md_doc.py src/plctlab_PLCT-Weekly_RISCV-Roadmap-2020.md d78_05_guihua_plct_riscv_2020 dev --levels 2,3

# d78_06: HelloGCC community notice of its Hangzhou meetup on 2023-08-19 with the agenda (活动通知/议程更新, Hugo site page).
# Line 1 is the source's own '# ' title (the file has no front matter and no final newline). Gold from its Markdown
# level ## = depth 1 (ten sections; '时间和地点' occurs twice in the source, both kept as written), plus the stand-alone
# bold community names HelloGCC / HelloLLVM / CNRV (lines 66, 72, 77), titles over their link lists, at depth 2.
# Not headings: the agenda items (14:00 - 14:50 范文捷 - …), the Zoom lines, the bold sponsor name inside a sentence.
python3 tools/make_md_doc.py src/hellogcc_hellogcc.github.io_2023-08-19-hangzhou-meetup-agenda.md d78_06_tongzhi_hellogcc_hangzhou_juhui dev --levels 2
python3 tools/add_heads.py gold/d78_06_tongzhi_hellogcc_hangzhou_juhui.json 66:2 72:2 77:2

# d78_07: CNRV (RISC-V China community) special report on day 2 of the 2018 RISC-V Workshop in Barcelona (特别报道, a
# news feature with one section per talk). The file opens with '## 2018 RISC-V巴塞罗那 Workshop特别报道 (2)', taken as the
# title (line 1). Gold: every '###' talk title (talk, speaker, affiliation, as written in English) at depth 1. Not
# headings: the bullet notes, the image lines (dropped by the converter), '编辑：CNRV编辑部', the licence line and the stray
# 'ogle' at the end of the file (kept as text, damage and all).
python3 tools/make_md_doc.py src/cnrv_home_riscv-workshop-barcelona-special-rpt-day2.md d78_07_tegao_riscv_barcelona_workshop dev --levels 3

# d78_08: a summer research intern's meeting records (会议记录, 2022-07/08), one '# ' section per meeting date.
# The file has no title of its own: md_prepend_title.py gives it the file name '会议记录' as line 1 (build/ copy; src/
# unchanged). Gold from its Markdown levels: # meeting dates = depth 1, and inside the 7.11 meeting ## = 2, ### = 3,
# #### = 4. The date headings ('7.11', '8.26') are dates, not decimal section numbers: marker '' and the date as title
# (set_head.py). Not headings: bullet items, '后续补充：' and 'annotate流程：' lead-ins, image lines.
mkdir -p build
python3 tools/md_prepend_title.py "src/azusa-li_Summer-Intern_会议记录.md" build/d78_08.md 会议记录
python3 tools/make_md_doc.py build/d78_08.md d78_08_huiyijilu_shixi_xiangmu dev --levels 1,2,3,4
for ln in 3 56 68 72 78 86 92 98 102 112 116; do python3 tools/set_head.py gold/d78_08_huiyijilu_shixi_xiangmu.json $ln marker= "title=$(sed -n "${ln}p" docs/d78_08_huiyijilu_shixi_xiangmu.txt)"; done

# d78_09: CNRV notice/guide for attendees of the first RISC-V China Summit (RVWC 2021, 参会逛展指南, 2021-06-20).
# Line 1 is the source's own '# ' title. Gold: the five '###' section titles at depth 1 (the page has no '##' level).
# Not headings: the live-stream list, the '1）'/'2）' checks and the numbered highlights 1.–7., which are sentences.
python3 tools/make_md_doc.py src/cnrv_home_20210620-RVWC2021-Notice.md d78_09_tongzhi_riscv_fenghui_canhui_zhinan dev --levels 3

# d78_10: CNRV news feature previewing RISC-V Day 2018 Shanghai (会议内容预告, by 郭雄飞), an article with 小标题.
# Line 1 is the source's own '# ' title. Gold: its six '##' section titles at depth 1; the '（一）'/'（二）' at the end of
# '商业和开源的CPU实现（一）/（二）' are part-numbers inside the title, not leading markers (marker ''). Not headings: the
# talk titles in 《》 inside paragraphs, the 时间/地点 lines, '作者：郭雄飞'.
python3 tools/make_md_doc.py src/cnrv_home_risc-v-day-2018-shanghai-brief.md d78_10_xinwen_riscv_day_shanghai_yugao dev --levels 2

# d78_11: CNRV 'RISC-V 双周简报 (2017-09-28)', the community's bi-weekly newsletter (news digest with 小标题 at three
# levels). Front matter has no title; the source's '# ' line is line 1. Gold from its Markdown levels: ## sections = depth 1,
# ### items = depth 2, #### = depth 3 (two link-titled sub-items under 'Rocket-Chip 的 Diplomacy 调整', link text kept as
# the converter writes it). The empty sections 'CNRV社区活动' and the month headings 十月/十一月 are kept as written. One
# title's final '。' is dropped (set_head.py), as gold titles keep no closing stop. Bullets and quotes are not headings.
python3 tools/make_md_doc.py src/cnrv_home_bi-week-rpts_2017-09-28.md d78_11_jianbao_riscv_shuangzhou_20170928 dev --levels 2,3,4
python3 tools/set_head.py gold/d78_11_jianbao_riscv_shuangzhou_20170928.json 5 "title=Simens(包含Mentor Graphics), Aselsan, Ashling 加入基金会"

python3 tools/check_gold.py
