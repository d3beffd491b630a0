#!/bin/bash
# Rebuild docs/ and gold/ of fresh set 73 from src/ (run from anywhere).
set -e
cd /work/fresh73
T=tools

# f73_01 — thesis proposal 开题报告 (semi-supervised lung-nodule segmentation), Markdown with no title of its own:
# the file name is the title (md_with_title.sh). Gold: the '## 1.'–'## 4.' sections depth 1; the （一）(二）（三） parts of
# 文献综述, the bold （1）–（3） problem titles of 3., the （1）–（3） content titles, '2实验方案：' and the damaged
# '3. 进度安排***\*…' line of 4. depth 2; the (1)–(5) step titles of 实验方案 depth 3. Not headings: the three
# （1）–（3） full sentences closing 文献综述, reference entries, schedule lines. See spec_f73_01.py.
bash $T/md_with_title.sh src/fakerlove1_ssl_开题报告.md 开题报告 f73_01_lunwen_kaiti_feijiejie --levels 2
python3 $T/spec_f73_01.py >/dev/null

# f73_02 — software requirements specification 需求规格说明书 of a student book-sharing website (2016), Markdown whose
# body is wrapped in <p>…</br> mark-up. Gold = the page's own # levels: '## 1 引言'…'## 5 环境' depth 1, '### 1.1'…
# '### 5.2' depth 2 (--depth number; the numbering agrees with the # levels). Not headings: the module/use-case label
# lines inside 3.1 (图书推荐模块, 上传图书图片用例： …), which the author left as plain lines of a <p> run, images.
python3 $T/make_md_doc.py src/Lyndon1994_web_需求规格说明书.md f73_02_jishu_xuqiu_tushupiaoliu heldout --fresh --levels 2,3 --depth number

# f73_03 — user agreement 用户协议 of an Android utility app (QQ 版本列表实用工具, 2024), Markdown. Gold = its '##'
# headings, all one level: 导言 (unnumbered) and 一、…十、 depth 1. Not headings: the revision note, the 1.–6. list of
# forbidden acts under 七、 (sentence items), the signature/date lines.
python3 $T/make_md_doc.py src/klxiaoniu_QQVersionList_用户协议.md f73_03_xieyi_qq_banben_liebiao heldout --fresh --levels 2

# f73_04 — PDF (pdftotext -layout) of an experience-sharing speech on government information work by the office of
# the Shanxi provincial tax bureau (2018), from a training-materials site. Line 1 is the byline heading the PDF (it
# has no other title). Gold: 一、二、三、 part titles depth 1 (first line of each wrapped title). Not headings: the
# run-in 一是…/二是…/三是… points inside the parts, salutation, page numbers. See spec_f73_04.py.
python3 $T/pdf_layout.py src/hhhggg321_peixunziliao_山西省税务局.pdf docs/f73_04_jianghua_shuiwu_xinxi.txt >/dev/null
python3 $T/spec_f73_04.py >/dev/null

# f73_05 — the PRC Law on Guarding State Secrets (保守国家秘密法, 2010 revision) as kept in a personal notes repository,
# Markdown with no title line (file name as title, md_with_title.sh). Gold = its own heading mark-up: the six
# '# 第X章' chapter lines depth 1. Not headings here: the articles, which this source writes as Markdown list items
# ('- 第一条 …', the bullet kept in the text, so no line starts with 第X条), the （一）… enumerations inside articles,
# the promulgation note and the president's signature line.
bash $T/md_with_title.sh src/matengda_notes_中华人民共和国保守国家秘密法.md 中华人民共和国保守国家秘密法 f73_05_falv_baoshou_guojia_mimi --levels 1

# f73_06 — DOCX notice 关于开展2020年中南大学暑期“三下乡”社会实践活动的通知 (CSU Youth League committee), one Word
# paragraph a line (docx_paras.py). Gold: 一、…六、 depth 1; the run-in principles 1、–3、 of 三、 and the team-type
# titles 1、–9、 of 四、 depth 2; the （1）–（5） programmes under 9、专项计划 depth 3. Not headings: the steps of 五、,
# the requirement list of 六、 (mixed sentences), contacts, attachments, signature. See spec_f73_06.py.
python3 $T/docx_paras.py 'src/ChenYizhenCN_social-practice_1关于开展2020年中南大学大学生志愿者暑期社会实践活动的通知.docx' docs/f73_06_tongzhi_zhongnan_sanxiaxiang.txt >/dev/null
python3 $T/spec_f73_06.py >/dev/null

# f73_07 — DOCX project initiation plan “SWOP”项目立项说明书 (campus second-hand market app, hackathon team, 2019), one
# Word paragraph a line (docx_paras.py; Word auto-numbers such as 1、2、 are lost, as a reader of the text gets it).
# Gold = the entries of the document's own table of contents, located in the body: 项目参与者：, 概述, 项目背景描述,
# 3、成员描述, 4、业务需求描述, 5、开发员任务目标, 项目风险预估和管理 depth 1; 项目故事:, 技术可行性分析, 背景调查, 终端设备,
# 服务器, 4.1、, 4.2、 depth 2. Not headings: TOC lines, table cells, list items, labels the TOC omits (安全性, 人事风险 …).
python3 $T/docx_paras.py src/Hackathon2019EastChina_SEUGrocery-two-seu-one-zju_项目计划书.docx docs/f73_07_jihua_swop_lixiang.txt >/dev/null
python3 $T/spec_f73_07.py >/dev/null

# f73_08 — DOCX software requirements specification 关于建立“高校在线答疑系统”需求规格说明书 (Xidian University software
# school course team, 2018), one Word paragraph a line (title split over two paragraphs; Word auto-numbers 二、–八、 lost).
# Gold (after the TOC block): the eight TOC parts depth 1 (一、引言, 概述, 现有系统概述 … by their body lines), 1.1–8.2
# depth 2 (6.2/6.3 run-in, title before '：'), 4.x.1./4.x.2. use-case subsections depth 3. Not headings: TOC lines,
# table cells, 1.用例角色 fields, (1) flow steps, (E1) exceptions, the 1.–9. hardware list. See spec_f73_08.py.
python3 $T/docx_paras.py src/1513012WebEngineering_2018XiDianWebProject_需求规格说明书.docx docs/f73_08_jishu_xuqiu_zaixian_dayi.txt >/dev/null
python3 $T/spec_f73_08.py >/dev/null

# f73_09 — PDF (pdftotext -layout) of a work report (交流汇报) on government-affairs openness by the Shanxi Department of
# Natural Resources (2018), same training compilation as f73_04 but another author; the PDF has no title line, so the
# file name 省自然资源厅 is put before the text (pdf_layout.py, then txt_with_title.py). Gold: 一、二、三、 depth 1, the
# (一)… part titles under 一、 and 三、 depth 2 (brackets as written). Not headings: run-in 一是/二是 points, page numbers.
TMP=$(mktemp); python3 $T/pdf_layout.py src/hhhggg321_peixunziliao_省自然资源厅.pdf $TMP >/dev/null
python3 $T/txt_with_title.py $TMP docs/f73_09_baogao_ziranziyuan_zhengwu_gongkai.txt 省自然资源厅; rm -f $TMP
python3 $T/spec_f73_09.py >/dev/null

# f73_10 — a student software-engineering team's charter 团队章程 (NJU SE II course team, 2019), Markdown. Gold = its own
# heading levels: '###' 团队概览/团队管理制度 depth 1, '####' depth 2, '#####' 奖励措施/惩罚措施 depth 3 (all unnumbered).
# Not headings: the bold-italic ***声明：*** sign-off label and its 1./2. items, list items, member signature lines.
python3 $T/make_md_doc.py src/Ian-Sy-Zhang_SEII-LOLOK_团队章程.md f73_10_zhangcheng_tuandui_haha heldout --fresh --levels 3,4,5

# f73_11 — saved HTML page (CSU 升华网, 团内通知) 关于公布2020年中南大学大学生志愿者暑期“三下乡”社会实践活动立项结果的
# 通知, html_blocks.py with the page's <title> as line 1 (its duplicate first block dropped); navigation, breadcrumb,
# footer kept as the page gives them. Gold: 一、…四、 depth 1. Not headings: navigation, the repeated article title and
# its hit-count line, run-in 一是/二是 points, the 1、–3、 payment sentences under 四、, signature, attachments, footer.
python3 $T/html_blocks.py 'src/ChenYizhenCN_social-practice_关于公布2020年中南大学大学生志愿者暑期“三下乡”社会实践活动立项结果的通知.html' docs/f73_11_tongzhi_zhongnan_lixiang_jieguo.txt '关于公布2020年中南大学大学生志愿者暑期“三下乡”社会实践活动立项结果的通知' --drop-first-if-title >/dev/null
python3 $T/spec_f73_11.py >/dev/null
