#!/bin/bash
# rebuild docs/ and gold/ from src/ for fresh set 84
set -e
# f84_05 (a company specification marked 商业秘密 / internal use only) was left out of the corpus; its lines below stay for the record.
cd "$(dirname "$0")/.."

# f84_01: 机器人机构学实验指导书 — a teacher's lab guide for a robotics course (Word). Text: docx_paras.py.
# Gold by hand (tools/f84_gold.py 01): 实验课前准备工作 and 实验一..实验四 depth 1 (marker 实验X, title after '：');
# 一、..五、 depth 2; under 四、实验原理 the typed '1. 2. 3.' sections and the Word-auto-numbered siblings 电气部分 and
# 运动学及控制部分 (their numbers are list numbering, not in the text: marker '') depth 3; 运动学原理 / 控制部分原理
# (next auto-numbered level) depth 4. Not headings: ①②③ sentences, （1）（2） goal/step items, figure captions (图3.1 …),
# the screenshot captions 网站页面 / 网站内课程视频内容 under 实验课前准备工作.
python3 tools/docx_paras.py "src/QuetzalSidera_KinematicExptReport_实验指导书.docx" docs/f84_01_jiaoxue_jiqiren_jigouxue_shiyan_zhidaoshu.txt && python3 tools/f84_gold.py 01

# f84_02: 操作手册 — a company's user manual for its JupyterLab pipeline-editor plug-in (Word, Heading 3..6 styles).
# Text: docx_paras.py. Gold (tools/f84_gold.py 02) follows the Word heading styles: 简述 and 1..5 (Heading 4) depth 1,
# 1.1 (Heading 5) depth 2, 1.2.1 (Heading 6) depth 3; marker is the typed number ('1', '1.1'). The title 操作手册 is
# Heading 3. Not headings: the two List Paragraph node-type lines under 2.1.
python3 tools/docx_paras.py "src/zhangzhipeng-git_redevelop-elyra_操作手册.docx" docs/f84_02_jishu_gongzuoliu_caozuo_shouce.txt && python3 tools/f84_gold.py 02

# f84_03: 海康机器人第三届“启智杯”机器智能大赛参赛手册 — a company-run contest handbook (PDF). Text: pdf_layout.py.
# Gold by hand from the body headings (tools/f84_gold.py 03), not the 目录: 一、..七、 depth 1; 1.1 / 2.5 (printed twice,
# kept as printed) / 4.1 / 7.2 and, under 三、赛题简介, the four unnumbered 赛道 titles, and under 五、奖项设置 the prize
# titles （1）（3）..（7） (the source skips （2）) depth 2; 1.3.1 / 2.3.1 / 7.2.x FAQ questions and 通道一..四 depth 3;
# （1）.. under 2.3.x and 2.4.2 depth 4. Not headings: the 目录, page headers/footers, table cells (赛道 names in the
# software and prize tables), 主办方/承办方/协办方 labels, numbered schedule lines 1、..6、.
python3 tools/pdf_layout.py src/Zhengtxl_Detect_参赛手册.pdf docs/f84_03_qiye_jiqi_zhineng_dasai_cansai_shouce.txt && python3 tools/f84_gold.py 03

# f84_04: 华人学生生活手册（2012 版） — the new-student handbook of the Chinese Students and Scholars Association at
# SUNY Albany (PDF, 145 KB of text: larger than the preferred size, kept whole). Text: pdf_layout.py.
# Gold by hand from the body headings (tools/f84_gold.py 04), not the 目录: 前言, 第一章..第三章 and 后记 致谢辞 depth 1;
# §1.1..§3.8 and the five dated 后记 of each edition depth 2; （1）/(1) subsections (both bracket forms as printed,
# marker kept as printed) and the Q&A titles 1. 能住多久？ / 2. 会住在哪里？ under §1.4 depth 3; under §3.6 the
# 信用卡 topics 1、..5、 and the 税 sections 一、..四、, and the IELP FAQ questions 1.–13. depth 4. Not headings: the
# subtitle ——给新生的欢迎信, page headers/footers, 1、..10、 advice sentences and （1）（2）（3） tax-rule sentences, the
# quoted FAQ question list, the label 住宿细节问题：/申请信用卡时应该注意的几个问题：, the author lists in the 后记.
python3 tools/pdf_layout.py src/ualbanycssa_ualbanycssa.github.io_新生手册.pdf docs/f84_04_xiehui_huaren_xuesheng_shenghuo_shouce.txt && python3 tools/f84_gold.py 04

# f84_05: 深度学习性能测试指标规范 — a company's (Hikvision) internal technical specification, handed to contestants
# with the contest files (PDF, only its first pages, up to 2.1.4). The PDF's first line is the template placeholder
# 标题, so pdf_with_title.sh puts the document's own name before it. Gold (tools/f84_gold.py 05): the body's decimal
# headings 1. / 2. depth 1, 1.1 depth 2, 1.5.1 / 2.1.1 depth 3. Not headings: the 目录, cover lines (密级级别, 生效时间),
# page furniture (仅供内部使用, 海康威视版权所有 n), table rows, figure captions, formulas.
tools/pdf_with_title.sh src/Zhengtxl_Detect_深度学习性能测试指标规范.pdf docs/f84_05_jishu_shendu_xuexi_xingneng_ceshi_zhibiao_guifan.txt 深度学习性能测试指标规范 && python3 tools/f84_gold.py 05

# f84_06: 实验三 RSA、AES数据传输加解密实验 — a teacher's lab instruction (Word). Text: docx_paras.py.
# Gold (tools/f84_gold.py 06): the eight bold section titles depth 1 — Word numbers them 1..8 by list numbering
# (not in the text, marker ''), except '2 实验要求' and '3 实验内容' whose numbers are typed (marker '2', '3');
# 8.1 / 8.2 (sender/receiver sample output) depth 2. Not headings: （1）.. goals and environment items, 步骤1..5
# (bold run-in step sentences), function prototypes and the terminal-output dumps.
python3 tools/docx_paras.py "src/buaaCyberSecurity_fileEncryptionAndDecryption_实验指导书.docx" docs/f84_06_jiaoxue_rsa_aes_jiami_shiyan_zhidaoshu.txt && python3 tools/f84_gold.py 06

# f84_07: 2026 年全国大学生电子设计竞赛 H 题 车载平衡滚球运动控制系统 — the contest committee's problem paper (PDF).
# Text: pdf_layout.py. Gold (tools/f84_gold.py 07): 参赛注意事项 and the problem title 车载平衡滚球运动控制系统（H 题）
# depth 1; 一、任务 .. 四、评分标准 depth 2. Not headings: the two header lines (title, line 1–2), the （1）..（6）
# rules, numbered requirements 1.–8. and notes 1.–7. (sentences), figure captions, the scoring table, page numbers.
python3 tools/pdf_layout.py "src/cheese-shredded-ice_diansai-ziliao_H题_车载平衡滚球运动控制系统.pdf" docs/f84_07_jingsai_diansai_h_ti_saiti.txt && python3 tools/f84_gold.py 07

# f84_08: Python数据分析实验（大作业）指导书 — a teacher's course-assignment brief with grading rules (Word). Its first
# paragraph is 课程编号, so docx_with_title.sh puts the title (its own second paragraph) before it.
# Gold (tools/f84_gold.py 08): 一、..六、 depth 1; 实验1.–实验4. (marker '实验N.') and the two score parts
# '1 、实验验收成绩' / '2、实验报告成绩' depth 2; under the first, 基本内容 / 分析 (Word-numbered 1.1/1.2, numbers not in
# the text) and the typed '1.3、 创新' depth 3. Not headings: the x.y task lines under each 实验N (a numbered task
# list; 1.1 has a one-line explanation but is the first task of the same list), the label 实验成果物及报告提交方法：,
# the A./B./C. scoring items, the table cells of 六、.
tools/docx_with_title.sh "src/Rex-WangYingtain_python_job_analysis_cn_实验指导书.docx" docs/f84_08_jiaoxue_python_shuju_fenxi_dazuoye_zhidaoshu.txt "Python数据分析实验（大作业）指导书" && python3 tools/f84_gold.py 08

# f84_09: 湖南福运临汽车服务有限公司 招聘简章 — a small car-repair company's job advertisement (Word, ~1 KB of text:
# below the preferred size, kept as an everyday company text). Text: docx_paras.py; line 1 is the company name, line 2
# 招聘简章 the rest of the two-line title (not a heading). Gold (tools/f84_gold.py 09): 公司简介 and 招聘 depth 1; the
# two posts (前台接待 1人 …, 维修学员 3人 …) depth 2; 工作职责 / 任职资格 / 其它 under the first post depth 3.
# Not headings: the duty and requirement items, the hotline line.
python3 tools/docx_paras.py "src/chunjiu_BBS_招聘简章.docx" docs/f84_09_qiye_qiche_fuwu_zhaopin_jianzhang.txt && python3 tools/f84_gold.py 09
