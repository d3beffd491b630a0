#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 80
set -e
cd "$(dirname "$0")/.."

# d80_01: minutes (会议纪要) of the RISC-V community's East-Asia biweekly sync meeting no. 002 (2020-12-24), Markdown. Gold from
# the source's ## / ### levels: the page opens with three ### sections (如何参会 / 如何报告 / 暂时确定的议程) that have no ## parent;
# they are the meeting notice's top-level parts, siblings of '## 会议纪要', so they are moved up to depth 1; the ### sections after
# '## 会议纪要' (two Follow-up Actions, 在本次开会前的RISC-V社区信息) are its parts at depth 2. Agenda bullets and minute bullets
# are list items, not headings. Trailing '：' of the agenda heading dropped from its title.
python3 tools/make_md_doc.py src/cnrv_RISCV-East-Asia-Biweekly-Sync_2020-12-24.md d80_01_jiyao_riscv_shuangzhouhui dev --levels 2,3
python3 tools/shift_depth.py gold/d80_01_jiyao_riscv_shuangzhouhui.json 3 15 -1
python3 tools/set_head.py gold/d80_01_jiyao_riscv_shuangzhouhui.json 15 'title=暂时确定的议程（持续添加）'

# d80_02: 《RISC-V操作系统进展》 no. 001 (2022-11-01), the monthly work report of ISCAS's Tarsier team (per distribution, per
# member), Markdown. Gold from the source's ## > ### > #### > ##### levels (distribution > member/team > topic > sub-topic),
# 76 headings. '#### 10.12' etc. under RT-Thread members are dates heading each day's log: the date is the title, no marker.
# Trailing ':'/'：' dropped from three titles. Numbered and bulleted lines (PR lists, test items) are list items, not headings.
python3 tools/make_md_doc.py src/isrc-cas_tarsier-monthly_001-20221101.md d80_02_yuebao_tarsier_caozuoxitong dev --levels 2,3,4,5
for l in 381 385 387 392 398 402 406; do python3 tools/set_head.py gold/d80_02_yuebao_tarsier_caozuoxitong.json $l marker= title=$(sed -n ${l}p docs/d80_02_yuebao_tarsier_caozuoxitong.txt | tr -d ' '); done
python3 tools/set_head.py gold/d80_02_yuebao_tarsier_caozuoxitong.json 30 title=pr
python3 tools/set_head.py gold/d80_02_yuebao_tarsier_caozuoxitong.json 464 title=版本验收报告
python3 tools/set_head.py gold/d80_02_yuebao_tarsier_caozuoxitong.json 469 title=汇总了两个版本的issue并在gitee上进行了issue的新建

# d80_03: CCTV 《新闻联播》 of 2024-06-15 as a scraper keeps it (Markdown with the cctv.com paragraphs as inline HTML). Gold from
# ## (新闻摘要, 详细新闻) depth 1 and ### (one news item each) depth 2. The numbered list under 新闻摘要 is the running order, not
# headings; the bold sub-items inside 国内/国际联播快讯 are run into one line by the conversion (inline <p> tags removed), not headings.
python3 tools/make_md_doc.py src/DuckBurnIncense_xin-wen-lian-bo_20240615.md d80_03_xinwen_xinwenlianbo_20240615 dev --levels 2,3

# d80_04: the NSFC's official 报告正文 outline for a 国家重大科研仪器研制项目 application (2026 template), Word file, one paragraph
# a line. Gold from the template's own outline: （一）…（四） depth 1; under them the numbered parts 1．… depth 2 and, under （一）,
# the bold unnumbered part title. The numbered parts are run-in: the title is the bold run (given explicitly), the guidance text
# after it is body. Under （四） items 2–4 and 6 are not bold but are the template's fill-in parts like 1 (each a 情况 to report),
# so they are headings titled up to their bracket. Line 22 is part 5: Word auto-numbered (numPr), so its '5.' is not in the text;
# taken with marker ''. Line 2 (the bold instruction) is not a heading.
python3 tools/docx_paras.py "src/YimianDai_iNSFC_国家重大科研仪器研制项目-正文.docx" docs/d80_04_tigang_nsfc_yiqi_yanzhi.txt
python3 -c "
import sys; sys.path.insert(0,'tools'); import gold
gold.write('d80_04_tigang_nsfc_yiqi_yanzhi.txt','报告正文',[[3,1],[4,2,'科研仪器或核心部件研制的重要性和必要性'],[5,1],[6,2,'研制内容与方案'],[7,2,'拟解决的关键科学问题，拟取得的具有自主知识产权的关键技术'],[8,2,'研制方案可行性分析'],[9,2,'预期成果'],[10,2,'验收指标的可考核性'],[11,2,'年度研制计划'],[12,1],[13,2,'研制基础'],[14,2,'工作条件'],[15,2,'项目实施管理和保障措施'],[16,2,'申请人和主要参与者仪器设备研制工作经验'],[17,1],[18,2,'正在承担科研项目情况'],[19,2,'申请人同年申请不同类型的国家自然科学基金项目情况'],[20,2,'具有高级专业技术职务（职称）的申请人或者主要参与者存在同年申请或者参与申请国家自然科学基金项目的单位不一致的情况'],[21,2,'具有高级专业技术职务（职称）的申请人或者主要参与者存在与正在承担的国家自然科学基金项目的单位不一致的情况'],[22,2,'同年以不同专业技术职务（职称）申请或参与申请科学基金项目的情况',''],[23,2,'其他']])
" > /dev/null

# d80_05: the Taipei City Government's written reply (Word file) to READr's question list on Mayor Ko's record (the questions
# are A-01.md of the same folder, not taken: its text is quoted here). One paragraph a line; the file has no title paragraph,
# so its name 'A-02' is prepended as line 1 (by d80_05_spec.py). Gold from the file's own structure: '主題一：'/'主題二：' topics
# depth 1; 'Q1：'… questions (bold; the answer follows each) depth 2, marker 'QN：', title the question up to its first ？/。;
# inside the answers the bold unnumbered subtitles depth 3, and in answer Q4 of topic 1 the office's 一、 > （一） > 1. nesting
# (depth 3 > 4 > 5). Not headings: the 'A1：' labels, '前提：' context lines, quoted 節錄 lines, ● bullets. The source itself skips
# a 主題三 and Q3 before the TOD questions (line 71 'Q4：' follows 主題二's Q2): kept as written under 主題二.
python3 tools/docx_paras.py src/readr-media_readr-data_A-02.docx docs/d80_05_huifu_taibei_shizhengfu.txt
python3 tools/d80_05_spec.py > /dev/null

# d80_06: READr (Taiwanese news outlet) food-delivery story: the journalists' interview records with ten couriers, Markdown.
# Gold: the '#' line per interviewee (C01 …) at depth 1; the marker is the interview code as written ('C01', 'C02.'; C07 occurs
# twice in the source, kept). Q./A. lines are the transcript, not headings. The opening '# C. 外送員採訪' is the title.
python3 tools/make_md_doc.py src/readr-media_readr-data_C_interview.md d80_06_caifang_waisongyuan dev --levels 1
python3 tools/split_marker.py gold/d80_06_caifang_waisongyuan.json 'C\d+\.?'

# d80_07: READr's question list to the Taichung City Government (對臺中市政府提問清單), Markdown. The title is the file's
# first (plain) line. Gold: the five '#社宅政策'-style topic lines (written without a space after '#', evidently meant as
# headings, as in the folder's other lists) at depth 1; the numbered questions are sentences and the '>' lines quotes: not headings.
python3 tools/make_md_doc.py src/readr-media_readr-data_E-01.md d80_07_tiwen_taizhong_shizhengfu dev --levels 1 --title 'E-01.對臺中市政府提問清單'

# d80_08: PDIS (Taiwan's Public Digital Innovation Space, the digital minister's office) staff writer's report on the 41st
# 協作會議 (collaboration meeting) on collecting the vehicle fuel fee by mileage, Jekyll Markdown post (front-matter title is
# line 1). Gold: the post's six '####' 小標題 at depth 1 (the only heading level it uses); image captions, links and bullets not
# headings. The zh-TW copy under _i18n/ (same text) and the machine-translated English copy are not taken.
python3 tools/make_md_doc.py "src/PDIS_web-jekyll_2018-12-01-汽燃費協作會議有共識，隨里程徵收更公平.md" d80_08_tegao_pdis_qiranfei dev --levels 4

# d80_09: PDIS post 唐鳳做了什麼？雨蒼採訪後記 — a staff writer's feature on the digital minister's first year (contact-person
# system, vTaiwan, Asia Silicon Valley, …), Jekyll Markdown. Gold: the seven '####' section titles at depth 1.
python3 tools/make_md_doc.py "src/PDIS_web-jekyll_2017-09-18-唐鳳做了什麼？雨蒼採訪後記.md" d80_09_caifang_pdis_tangfeng dev --levels 4

# d80_10: PDIS post 一場協作會議是怎麼開的？ — the office explaining how its collaboration meetings are prepared and run,
# Jekyll Markdown. Gold: the five '####' question-style section titles at depth 1; the indented lines are image captions.
python3 tools/make_md_doc.py "src/PDIS_web-jekyll_2017-11-14-一場協作會議是怎麼開的？.md" d80_10_shuoming_pdis_xiezuo_huiyi dev --levels 4

# d80_11: PDIS post 我們如何為登山申請打造一站式服務系統 — a civil servant's project retrospective (work report) on building
# the one-stop mountain-entry application service (origin, user research, cross-ministry integration, strategy, MVP, milestones,
# outlook), Jekyll Markdown. Gold from the post's ## (depth 1) and ### (depth 2) levels. Not headings: the bold-italic lines
# under 以使用者為本 (quoted principle of the government's digital-service guideline), '*何謂微服務思維?*' (a call-out question
# introducing a quoted explanation; the converter leaves its single '*'), '採用持續精進作業程序' (the quoted guideline item's
# label), figure captions ('圖 5，…') and the dated 大事記 lines.
python3 tools/make_md_doc.py "src/PDIS_web-jekyll_2020-02-18-我們如何為登山申請打造一站式服務系統.md" d80_11_zongjie_dengshan_shenqing dev --levels 2,3
