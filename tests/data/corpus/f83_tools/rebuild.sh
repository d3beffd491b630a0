#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 83
set -e
cd "$(dirname "$0")/.."
# f83_01: h5开发规范文档_V1（试行） (Aluka-w/DevelopmentRules 开发规范.md), a front-end team's H5 development standard
# (company rules / technical documentation). Its # title is line 1. Gold from its own table of contents: the page's
# # levels are uneven (## 项目文件命名 but ### HTML规范/CSS规范/JS规范/SVN规范, and ##### I.–IV. under JS规范), while its
# 目录 lists 命名规则, HTML规范, CSS规范, JS规范, SVN规范 as siblings with 文件命名 and 变量申明…注释规范 under them; so
# the ## / ### section titles are depth 1 (文件命名 depth 2, the one ### that the contents nest) and I.–IV. depth 2.
# The "## 目录" heading is kept (depth 1, it is marked as a heading); the empty "##" lines used as separators carry no
# text and are not headings; bullet rules and code examples are not headings. Roman numerals moved into the marker.
python3 tools/make_md_doc.py src/Aluka-w_DevelopmentRules_开发规范.md f83_01_qiye_guifan_h5_kaifa heldout --fresh --levels 2,3,5
python3 tools/set_depth.py gold/f83_01_qiye_guifan_h5_kaifa.json 47=1 57=1 157=1 246=1 159=2 198=2 212=2 229=2
python3 tools/roman_marker.py gold/f83_01_qiye_guifan_h5_kaifa.json
# f83_02: Rules page of 南康中文学校 (sctcs/v2016 public/htmlFiles/Rules.html), a saved web page of a Chinese weekend
# school in Connecticut: the school–parent safety agreement, the students' rules and the teachers' rules. Converted with
# html_blocks.py; the page's own <title> "Rules" is line 1 (its repeat as the first block dropped). Gold: the three <h3>
# section titles depth 1; under 南康中文学校教师规章 the three "lead" sub-titles (教师规章, 教师的解聘和辞退, 教师的报酬：)
# depth 2. The <li> rules are sentences, not headings; the bold lead-in sentence under 教师的解聘和辞退 is body text;
# the closing "Go to Student-Teacher Corner" link is page furniture.
python3 tools/html_blocks.py src/sctcs_v2016_Rules.html docs/f83_02_xuexiao_guizhang_nankang.txt "Rules" --drop-first-if-title
python3 -c "import sys; sys.path.insert(0,'tools'); import gold; gold.write('f83_02_xuexiao_guizhang_nankang.txt', 'Rules', [[2,1],[7,1],[15,1],[16,2],[25,2],[30,2]])"
# f83_03: 机票及入境 (timeswind/cssa_xxsc lai-mei-zhi-qian/ji-piao-ji-ru-jing.md), a chapter of the Penn State CSSA
# (Chinese students' association) new-student handbook, a GitBook in Markdown. Gold from its # levels: ## numbered
# sections (１.–6., full-width and half-width digits as written) depth 1, ### sub-sections (１）星空联盟 …, １）GotoBus …)
# depth 2; their "１）" numbers moved into the marker by paren_marker.py. The body's own "１）…" list items are
# sentences (not headings), and the bold 【温馨提示】 lines are not marked as headings, so they are not in the gold.
python3 tools/make_md_doc.py src/timeswind_cssa_xxsc_ji-piao-ji-ru-jing.md f83_03_xinsheng_shouce_jipiao_rujing heldout --fresh --levels 2,3
python3 tools/paren_marker.py gold/f83_03_xinsheng_shouce_jipiao_rujing.json
# f83_04: 西安电子科技大学优才海外访学项目实施细则 (hacksun/havard-study-program 附件4.docx), a university's implementing
# rules, attached (附件4) to a 2018 call for applications; a Word file. Its first paragraph is the attachment label
# "附件4", so the document's own title line (优才海外访学项目实施细则) is put before the text as line 1 with
# docx_with_title.sh (the label, the university name and the title lines stay in the text). Gold: the seven articles
# 第一条 … 第七条 (each with a short title, e.g. "第一条  工作机构"), depth 1, found by law_spec.py; the title is the
# article label, as in the corpus's law golds. The （一）（二）… items under 第五条–第七条 are sentences (conditions and
# steps), not headings; note 第六条 numbers two items （三）, as written.
tools/docx_with_title.sh src/hacksun_havard-study-program_附件4.docx docs/f83_04_xiaonei_xize_youcai_fangxue.txt "优才海外访学项目实施细则"
python3 -c "import sys, json, subprocess; sys.path.insert(0, 'tools'); import gold; spec = json.loads(subprocess.run(['python3', 'tools/law_spec.py', 'docs/f83_04_xiaonei_xize_youcai_fangxue.txt', '1', '1'], capture_output=True, text=True).stdout); gold.write('f83_04_xiaonei_xize_youcai_fangxue.txt', '优才海外访学项目实施细则', spec)"
# f83_05: 自动化测试软件设计方案 (apeqo/ate-doc 方案.docx), a design scheme for an automated-test software platform
# written by a university test-equipment lab (北航 ATE 实验室, 2023, draft status), a Word file with cover, sign-off and
# change tables, a 目录, body tables (term list, deliverables, schedule) kept as docx_paras.py gives them. (The repo's
# 文档攻略 docx is another version of the same text and is not taken.) Gold by tools/f83_05_gold.py: the Word heading
# styles (Heading 1/2/3 = depth 1/2/3; "概述" is auto-numbered, so its number is not in the text) minus one body
# sentence wrongly styled Heading 3, plus 2.5.4 (listed in the 目录 but unstyled), plus the titled sub-items that head
# their own paragraphs ((1)–(9) under 3.2 depth 3; those under 2.5.3, 3.1.1, 3.3.1–3.3.3 and 3.3.5 depth 4; (1)–(3)
# under 4 depth 2). Not headings: the 目录 and its lines, the requirement lists (（1）…; a）…) whose items are
# sentences, figure captions, the (a)/(b) sub-figure labels, table cells.
python3 tools/docx_paras.py src/apeqo_ate-doc_方案.docx docs/f83_05_jishu_fangan_zidong_ceshi.txt
python3 tools/f83_05_gold.py
# f83_06: 莱比锡留学生生活办事手册 2026 版 (HughYau/leipzig-guideline 手册.pdf), a living-and-paperwork handbook for
# Chinese students compiled by the Leipzig Chinese students' union (莱比锡学联), a LaTeX-made PDF extracted with
# pdf_layout.py (目录 with dot leaders, running page headers, page numbers and hard wraps kept). Gold by
# tools/f83_06_gold.py from the PDF's own 目录: 第X章 depth 1, X.Y sections depth 2, the unnumbered sub-sections the 目录
# lists (universities, dishes, cafés, restaurants, hospitals…) depth 3, each matched to its stand-alone body line. Not
# headings: the 目录 lines, the running headers ("莱比锡生活与办事手册 第二章 学习"), page numbers, and the run-in
# school names inside 2.1's paragraphs (HMT, HfTL, HHL), which the 目录 does not list.
python3 tools/pdf_layout.py src/HughYau_leipzig-guideline_手册.pdf docs/f83_06_liuxue_shouce_laibixi.txt
python3 tools/f83_06_gold.py
# f83_07: 計畫書 (peterwu-1031/ACCESS-IC-LAB 計畫書.pdf), an undergraduate research plan in Traditional Chinese (CIM
# hardware-aware dynamic-depth neural networks, written for a lab/advisor; a Word-made PDF). The text opens with its
# first section, so the file's own name 計畫書 is put before it as line 1 (pdf_with_title.sh). Gold: the half-width
# "(一)"–"(七)" sections depth 1; the "(1)"–"(3)" sub-sections under (三) and "(1)"/"(2)" under (四), each a titled line
# followed by text or figures, depth 2. Not headings: the (1)–(5) items under (七) (a list of topics), wrapped body
# lines that begin with "(" (e.g. "(compute-in-memory) [1] …"), figure captions 圖(一)…, page numbers, references.
tools/pdf_with_title.sh src/peterwu-1031_ACCESS-IC-LAB_計畫書.pdf docs/f83_07_yanjiu_jihua_cim_moxing.txt "計畫書"
python3 -c "import sys; sys.path.insert(0, 'tools'); import gold; gold.write('f83_07_yanjiu_jihua_cim_moxing.txt', '計畫書', [[3,1],[19,1],[49,1],[51,2],[71,2],[96,2],[132,1],[160,2],[176,2],[191,1],[199,1],[220,1]])"
# f83_08: 2023第二屆臺灣中學生語言科學科展簡章 (Taiwan-Olympiad-in-Linguistics/scifair-2023 簡章.pdf), a two-page
# call for entries of a secondary-school linguistics science fair run by a Taiwanese association (Google-Docs PDF),
# extracted with pdf_layout.py; its title line is line 1. Gold: the eight numbered sections "1. 競賽主題" … "8. 獎勵方式",
# depth 1. Not headings: the （1）（2） payment items, the "o" timetable bullets and the a.–g. format and judging
# criteria (sentences), the form links.
python3 tools/pdf_layout.py src/Taiwan-Olympiad-in-Linguistics_scifair-2023_簡章.pdf docs/f83_08_jingsai_jianzhang_yuyan_kezhan.txt
python3 -c "import sys; sys.path.insert(0, 'tools'); import gold; gold.write('f83_08_jingsai_jianzhang_yuyan_kezhan.txt', '2023第二屆臺灣中學生語言科學科展簡章', [[3,1],[6,1],[24,1],[32,1],[48,1],[53,1],[63,1],[67,1]])"
# f83_09: TVS网关协议 (TencentDingdang/TVS-Gateway-Api 接入指南.md, version of 2020-03-06), a company's developer
# documentation of its gateway protocol (Tencent 云小微), Markdown with decimal-numbered sections. Gold from its #
# levels: ## 1.–5. and the unnumbered ## Q&A depth 1, ### 3.1… depth 2, #### 3.1.1… depth 3; the author's slip
# "#### 3.3.1 HTTP BODY header.code 通用返回码" under 3.4 is kept as written (marker 3.3.1, depth 3 by its level). Not
# headings: the bold labels (**HTTP METHOD**, **鉴权方式**, **签名规则**, **注:**, **Q&A** in 4.2.1), the "a./b." signing
# steps, tables, and the "# ***** Task …" comment lines inside the fenced Python sample.
python3 tools/make_md_doc.py src/TencentDingdang_TVS-Gateway-Api_接入指南.md f83_09_jishu_wendang_tvs_wangguan heldout --fresh --levels 2,3,4
# f83_10: the attachments (附件 1–6) of a 2026 notice of 福建省教育厅 on AI-enabled teaching reform projects
# (buddhassonhonor/ainetwork 附件.pdf, a Word-made PDF of 54 pages): five 建设指南 each followed by its 申报书 form, and a
# 申报汇总表. Extracted with pdf_layout.py; the PDF opens with the label "附件 1", so the file's own name 附件 is put
# first as line 1 (pdf_with_title.sh). (The repo's attachment.txt is a text copy of the same PDF and is not taken.)
# Gold by tools/f83_10_gold.py: depth 1 the documents' titles (guides, 申报书 cover titles — the first line where the
# title wraps — and the 汇总表), depth 2 the 填报/填写/填表说明 page and the 一、…十二、 sections of each form, depth 3 the
# titled run-in items （一）主要创新内容。… of the case form; see the script's docstring for what is not a heading.
tools/pdf_with_title.sh src/buddhassonhonor_ainetwork_附件.pdf docs/f83_10_gongwen_fujian_rengongzhineng_kecheng.txt "附件"
python3 tools/f83_10_gold.py
