#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 83
set -e
cd "$(dirname "$0")/.."

# d83_01: reading notes on Cialdini's《影响力》(Marina207/marina207 读书笔记.md, a personal blog-style repo). Markdown:
# '#' is the title (line 1); '###' = depth 1 (the book's principles: 互惠, 言行一致, 社会认同 ...), '####' = depth 2
# (the author's 小标题 under each). '* '/'- ' bullet items and the closing '***' / '（完）' are not headings.
python3 tools/make_md_doc.py src/Marina207_marina207_读书笔记.md d83_01_dushubiji_yingxiangli dev --levels 3,4

# d83_02: a Nokia-SBell engineer's user manual for his base-station config reader (jageli/SRAN_Reading_Tool_v190925,
# DOCX). docx_paras.py; gold by tools/g02.py: Heading-1 paragraphs 一、/二、/三./四. and the Subtitle '工具说明' at depth 1,
# the eight tab-group list items under 三. (MRBTS ... TNL) at depth 2; table-name items with their one-line
# descriptions and the numbered sentences under 一、/二、 are list items, not headings (Word's list numbers are not in the text).
python3 tools/docx_paras.py src/jageli_SRAN_Reading_Tool_v190925_lijie-基站配置读取工具使用手册.docx docs/d83_02_shiyongshouce_jizhanpeizhi.txt
python3 tools/g02.py

# d83_03: an Android team's screen-adaptation guideline (hugoYe/Documents, DOCX, 38 pages with a Word TOC).
# docx_paras.py; gold by tools/g03.py from the Word heading styles: Heading 2 第X章 = 1, Heading 3 X.Y、 = 2,
# Heading 4 X.Y.Z、 = 3. The Heading 1 after the TOC repeats the title (line 1) - not an entry; TOC lines not headings.
python3 tools/docx_paras.py src/hugoYe_Documents_Android屏幕适配建议文档.docx docs/d83_03_jishuwendang_pingmushipei.txt
python3 tools/g03.py

# d83_05: essay of advice to younger students (Robin Wen's blog, a copy kept in tzou24/Abina.github.io, at the older
# commit af73174 that still holds the posts). Markdown (front-matter title = line 1); gold = every '##' heading:
# the 「关于…」 小标题 and 目录 (a real h2 of the page, over a kramdown {:toc}); no deeper levels in the source.
python3 tools/make_md_doc.py src/tzou24_Abina.github.io_2014-08-01-the-chapter-ten-of-my-university-periodic-history.md d83_05_suibi_zhonggao dev --levels 2

# d83_06: a university teacher's lecture notes for his game-theory course (binwangwork/gameTheory, Word->PDF), via
# pdf_layout.py; line 1 is the running page header '2020，博弈论基础，王彬', kept as pdftotext gives it (as in dev82's
# d82_04). Gold by tools/g06.py: '1. 案例分析' depth 1, its sections 1.1.-1.8. depth 2. The cover title (第一课.2 …) is the
# document's own title, not an entry; '案例 N' run-in paragraphs, '作业 1.x' exercises, captions, payoff tables are not headings.
python3 tools/pdf_layout.py "src/binwangwork_gameTheory_一.2 纳什均衡案例分析.pdf" docs/d83_06_jiangyi_nashijunheng.txt >/dev/null
python3 tools/g06.py >/dev/null

# d83_07: a published invention-patent application (CN 117851558 A, a Chengdu company's, drafted by a patent agency),
# kept as a reference PDF in hengyue-dunhuang/OpenPatent; pdf_layout.py (line 1 = '(19)国家知识产权局' as extracted).
# Gold by tools/g07.py: the 说明书's five section titles (技术领域 … 具体实施方式) at depth 1; cover INID fields, numbered
# claims, the page headers naming 权利要求书/说明书/附图, the repeated invention name and [00nn] numbers are not headings.
python3 tools/pdf_layout.py "src/hengyue-dunhuang_OpenPatent_一种基于大语言模型的医学问答系统.pdf" docs/d83_07_shenqing_zhuanli_yixuewenda.txt >/dev/null
python3 tools/g07.py >/dev/null

# d83_08: a teacher's blog essay on a study-trip summer camp with his pupils in rural Hunan (lmm214/immmmm, Hugo
# Markdown; shortcodes left as the converter leaves them, '{{}}'). Gold = the source's '###' headings at depth 1: the day
# labels D1&2, D3 … D6&D7 and the closing 逸事, 思考 (no other levels); the bullet list under 逸事 is not headings.
python3 tools/make_md_doc.py src/lmm214_immmmm_yanxue-hunan-2021.md d83_08_suibi_dashanbianxingji dev --levels 3

# d83_09: a mobile team's Code Review guideline/rules (hugoYe/Documents 'Code Review/README.MD', 2017; the team lead's
# compilation, sources cited in its 7. 参考附录). The file has no title line: md_prepend_title.py adds its folder name
# 'Code Review'. Gold by tools/g09.py: the setext chapter lines 1.-5., 7. = depth 1 (as numbered; no 6.), the '###'
# sections 2.1 … 4.4 = depth 2; the numbered list items under 1. and 5. (sentences, questions) are not headings.
python3 tools/md_prepend_title.py "src/hugoYe_Documents_Code Review_README.MD" /tmp/d83_09.md "Code Review"
python3 tools/make_md_doc.py /tmp/d83_09.md d83_09_guifan_codereview dev --levels 3
python3 tools/g09.py >/dev/null

# d83_10: a student team's design report for the 2025 national undergraduate electronics design contest (E题 简易自行
# 瞄准装置), WPS->PDF in Dingzhenderui/25-E-, via pdf_layout.py (line 1 = the contest name on the cover, as extracted).
# Gold by tools/g10.py: 一、…六、 = 1, 1.1… = 2, 3.2.1/3.2.2 = 3, the lone appendix label '附' = 1; the report title line,
# run-in 摘要, 方案一/二 paragraphs, captions and test-table cells are not headings.
python3 tools/pdf_layout.py src/Dingzhenderui_25-E-_设计报告.pdf docs/d83_10_shejibaogao_zimiaozhunzhuangzhi.txt >/dev/null
python3 tools/g10.py >/dev/null

# d83_04: RoboGame 2022 竞技组比赛规则手册 - the contest rules (venue, scoring, robot building rules, purchase and
# reimbursement rules, season schedule) issued by a university 机器人俱乐部 for its own contest; WPS->PDF kept in
# an-stu/1206-Robogame. pdf_layout.py; the cover page is an image (no text), so txt_prepend_title.py puts the file
# name on line 1. Gold by tools/g04.py: left-margin decimal titles 1.-6. / 1.1 / 3.1.1 / 4.2.1.1, depth = parts;
# the TOC (dot leaders), page headers/footers, the indented numbered rule items and table cells are not headings.
python3 tools/pdf_layout.py "src/an-stu_1206-Robogame_Robogame 2022 竞技组比赛规则手册-20220430.pdf" docs/d83_04_guize_robogame.txt >/dev/null
python3 tools/txt_prepend_title.py docs/d83_04_guize_robogame.txt "Robogame 2022 竞技组比赛规则手册-20220430"
python3 tools/g04.py >/dev/null
