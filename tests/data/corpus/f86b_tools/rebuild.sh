#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 86b (session 73, helper B); run from the set's folder (tools/, src/,
# docs/, gold/, tmp/). Every src/ file is the blob at the commit named in PROVENANCE.md (git show COMMIT:PATH).
set -e
cd "$(dirname "$0")/.."
mkdir -p docs gold tmp

# 01 RTCSDteam1/coffee-machine 概要设计说明书.md: a student team's design description of an automatic coffee machine
# (2017). Title from its centred first line. Gold: the '#'/'###'/'####' headings by their decimal number (1 > 1.1 >
# 2.3.1; '### 6 系统出错处理设计' is numbered 6, so depth 1); '2总体设计' has its number run into the title (marker 2).
# Not headings: the '#####' field lines under each module (功能描述：/输入：/参数：/处理过程：/输出：…, values run in).
python3 tools/make_md_doc.py "src/RTCSDteam1_coffee-machine_概要设计说明书.md" f86b_01_sheji_gaiyao_kafeiji heldout --levels 1,3,4 --depth number --fresh --title 自动咖啡机概要设计说明书
python3 tools/fix.py f86b_01_sheji_gaiyao_kafeiji '{"set": {"27": {"marker": "2", "title": "总体设计"}}}'

# 02 EngulfMiss/Requirements-specification 需求规格说明书.md: a cnblogs homework, 《Go-Storage系统》 requirements
# specification (2020). Line 1 is the page's own '#' title; the second '#' line (the spec's name under the homework
# table) is the title shown again, not a heading. Gold by decimal number (1. > 1.1 > 3.1.2; '## 3.2' and '### 3.1' are
# both depth 2); the unnumbered '###' page descriptions under 3.1 (注册界面 … 管理反馈页) depth 3 beside 3.1.2/3.1.3;
# '3.1.1 用例描述', set in a <font> line, added (depth 3); '### 4.4.1/4.4.3' under '## 4.' depth 2 (there is no 4.4).
python3 tools/make_md_doc.py "src/EngulfMiss_Requirements-specification_需求规格说明书.md" f86b_02_sheji_xuqiu_gostorage heldout --levels 2,3 --depth number --fresh
python3 tools/fix.py f86b_02_sheji_xuqiu_gostorage '{"set": {"77":{"depth":3},"84":{"depth":3},"87":{"depth":3},"93":{"depth":3},"96":{"depth":3},"99":{"depth":3},"102":{"depth":3},"105":{"depth":3},"108":{"depth":3},"111":{"depth":3},"114":{"depth":3},"117":{"depth":3},"120":{"depth":3},"123":{"depth":3},"166":{"depth":2},"182":{"depth":2}}, "add": [[69, 3, "3.1.1", "用例描述"]]}'

# 03 NAStool/nas-tools-wiki 常见问题.md: a media-server tool's FAQ page (Wiki.js, 2023); front-matter title line 1.
# Gold: the nine '##' problem titles (colour <font> tags dropped) depth 1; the bulleted answers are not headings.
python3 tools/make_md_doc.py src/NAStool_nas-tools-wiki_常见问题.md f86b_03_shouce_changjianwenti_nastool heldout --levels 2 --fresh

# 04 aaronlinv/juice-timetable 需求规格说明书.md: a student team's requirements specification of a timetable app
# (2020); no title line of its own, so its file name is put first (md_prepend_title.py). Gold: '# 第一章/第二章' depth
# 1, '## 1.1 …' depth 2; the （1）–（5） reader list and the [1]–[5] references are not headings.
python3 tools/md_prepend_title.py src/aaronlinv_juice-timetable_需求规格说明书.md tmp/juice.md 需求规格说明书
python3 tools/make_md_doc.py tmp/juice.md f86b_04_sheji_xuqiu_juzhikebiao heldout --levels 1,2 --fresh

# 05 awecg/life 政策解读.md: a commentary on 高质量发展 kept in a personal notes repository (CRLF). Its one '##' line is
# its title; the 第一，…第四， points run into their paragraphs: no headings.
python3 tools/make_md_doc.py src/awecg_life_政策解读.md f86b_05_jiedu_gaozhiliang_fazhan heldout --levels 2,3 --fresh

# 06 hushenghao/AndroidEasterEggs 隐私政策.md: an Android app's privacy policy (2020), title in a <center> line.
# Gold: the five numbered sections '1. 适用范围' … '5. 本隐私政策的更改' (plain list-item lines) depth 1; the indented
# (a)/(b)/(c) clauses are not headings.
python3 tools/make_md_doc.py src/hushenghao_AndroidEasterEggs_隐私政策.md f86b_06_xieyi_yinsi_caidan heldout --levels 2 --fresh --title 隐私政策
python3 tools/g86.py f86b_06_xieyi_yinsi_caidan.txt '[[7,1],[11,1],[17,1],[21,1],[29,1]]'

# 07 Ruixues/RuixueLicense 隐私政策.md: an app team's privacy policy (2020), one paragraph a line, no blank lines.
# Gold: '引言' (standing where 一、 would) and 二、…十一、 depth 1 (the author skips 七、); the 1、2、 items, the （1）（2）
# list and the scenario lines ('账号注册时' over sentences written '…时。例如…') are not headings.
python3 tools/make_md_doc.py src/Ruixues_RuixueLicense_隐私政策.md f86b_07_xieyi_yinsi_lifer heldout --levels 2 --fresh
python3 tools/g86.py f86b_07_xieyi_yinsi_lifer.txt '[[5,1],[13,1],[15,1],[28,1],[40,1],[45,1],[48,1],[53,1],[56,1],[58,1]]'

# 08 kaku2015/BlackHoleDocs 隐私政策.md: an app's privacy policy (2018). Gold: '## 一、…五、' depth 1.
python3 tools/make_md_doc.py src/kaku2015_BlackHoleDocs_隐私政策.md f86b_08_xieyi_yinsi_heidong heldout --levels 2 --fresh

# 09 penguinsinnovate/notes 招聘.md: a Beijing robotics start-up's job posting (2017). Gold: the three '##' job names
# depth 1; the '职位描述：/任职要求：/优先考虑：' bullet labels are not headings.
python3 tools/make_md_doc.py src/penguinsinnovate_notes_招聘.md f86b_09_job_zhaopin_qie heldout --levels 2 --fresh

# 10 cpeterz/notes 比赛规则.md: a RoboMaster team member's notes of the contest's rules manual (2023, 44 KB). Gold:
# the '##'/'###'/'####' headings by their number (1. > 1.1 > 1.1.1; '####1.1.1能源' written without a space); the
# numbered rules 1.–13. inside each section are items, not headings.
python3 tools/make_md_doc.py src/cpeterz_notes_比赛规则.md f86b_10_guize_robomaster_bisai heldout --levels 2,3,4 --depth number --fresh

# 11 CHENJUNREN/app-privacy-policy 隐私政策.md: an iOS app's privacy policy (2022). Gold: six unnumbered '##' depth 1.
python3 tools/make_md_doc.py src/CHENJUNREN_app-privacy-policy_隐私政策.md f86b_11_xieyi_yinsi_app heldout --levels 2 --fresh

# 12 DevRickLin/Learning-How-To-C 常見問題.md: a C course helper's FAQ for beginners on an online judge (2020, CRLF, C
# code). Its sub-headings sit in numbered list items ('1. #### switch'): md_list_heading.py writes them '#### 1. switch'
# so they convert as headings. Gold: '###' groups depth 1, the numbered '####' questions depth 2 (marker '1.'); no
# title keeps its trailing colon.
python3 tools/md_list_heading.py src/DevRickLin_Learning-How-To-C_常見問題.md tmp/devrick.md
python3 tools/make_md_doc.py tmp/devrick.md f86b_12_shouce_changjianwenti_cyuyan heldout --levels 3,4 --fresh
python3 tools/fix.py f86b_12_shouce_changjianwenti_cyuyan '{"set": {"3": {"title": "关于在CSUOJ上运行的问题"}, "293": {"title": "直接和我聯繫"}, "300": {"title": "使用Github的Fork功能"}}}'

# 13 KTFrog0605/KTFrog0605 隱私權政策.md: a Taiwanese lottery app's privacy policy (2022, Traditional), plain lines, no
# title line (file name put first). Gold: 一、…八、 depth 1.
python3 tools/md_prepend_title.py src/KTFrog0605_KTFrog0605_隱私權政策.md tmp/ktfrog.md 隱私權政策
python3 tools/make_md_doc.py tmp/ktfrog.md f86b_13_xieyi_yinsi_letou heldout --levels 2 --fresh
python3 tools/g86.py f86b_13_xieyi_yinsi_letou.txt '[[5,1],[8,1],[14,1],[17,1],[20,1],[32,1],[35,1],[38,1]]'

# 14 liu673cn/tingshu 用户协议.html: an audiobook app's user agreement page (2022). html_blocks.py (h1 = title, dropped
# from the body). Gold from its h-tags: h2 depth 1, the two h3 (修改, 终止) under 修改和终止 depth 2; the numbered
# restrictions are list items.
python3 tools/html_blocks.py src/liu673cn_tingshu_用户协议.html docs/f86b_14_xieyi_yonghu_tingshu.txt 用户协议 --drop-first-if-title
python3 tools/gold_from_htags.py src/liu673cn_tingshu_用户协议.html docs/f86b_14_xieyi_yonghu_tingshu.txt 用户协议
python3 tools/fix.py f86b_14_xieyi_yonghu_tingshu '{"set": {"44": {"depth": 2}, "49": {"depth": 2}}}'

# 15 soooophie/jfjiancezhongxin 公司简介.html: the about page of a Qingdao textile testing centre's site (2016), kept with
# its chrome (menu, contacts, footer). Its <title> is a template's 'Index', so the file name is line 1. No headings.
python3 tools/html_blocks.py src/soooophie_jfjiancezhongxin_公司简介.html docs/f86b_15_jieshao_gongsi_jiance.txt 公司简介
python3 tools/g86.py f86b_15_jieshao_gongsi_jiance.txt '[]'

# the draw after the one measurement: five of the fifteen to dev (draw.py, random.Random(73)); the other ten stay fresh
python3 tools/draw.py --apply
python3 tools/check_gold.py
