#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 84
# Note: tools/make_md_doc.py was changed once for this set: a code fence is closed only by a bare ``` line
# (CommonMark), so a "```shell" line inside an open fence stays code (needed by d84_01, whose templates nest fences).
set -e
cd "$(dirname "$0")/.."
S() { python3 tools/spec_gold.py "$@" >/dev/null; }

# d84_01: company rules — 千家网络Gitlab操作规范 (zanpen2000/QJDocuments Gitlab操作规范.md, versions 1.0–2.0.2, 2018–2020),
# the development department's rules for branches, issues, commits, milestones, roles and whiteboard use.
# Gold from the Markdown levels: '##' sections = depth 1, '###' = depth 2. Not headings: the '## 目录' link list, and the
# '## 描述 / ## 测试步骤 / ### 建议说明 / ## 修改类型 / ## 上线检查项' lines, which are the text of issue/merge-request
# templates inside code fences (they stay as code lines '## …' in the text). Trailing '：' dropped from titles.
python3 tools/make_md_doc.py src/zanpen2000_QJDocuments_Gitlab操作规范.md d84_01_zhidu_gitlab_caozuo_guifan dev --levels 2,3 --skip '^目录$'
S d84_01_zhidu_gitlab_caozuo_guifan.txt 39:1 64:1 66:2 73:2 85:2 97:2 113:2 119:2 122:2 190:2 206:2 214:1 253:1 260:2 266:2 272:2 278:2 286:2 290:2 298:2 302:2 311:2 320:1 327:1 356:1

# d84_02: company rules — 项目管理规范 1.2 (same company, History_DOC/项目管理规范 1.2.md): project naming, structure,
# version numbers, branches, GitLab deployment procedure, milestones. Gold: the six bold '##' sections = depth 1
# ('## 目录' skipped). Not headings: bold run-in sentences under them ('**项目命名由质控组专人负责…**', '**版本号管理策略**'),
# the numbered rule items, and the unmarked note '版本号命名规则：' after the deployment section (a label of a pasted note).
python3 tools/make_md_doc.py "src/zanpen2000_QJDocuments_项目管理规范 1.2.md" d84_02_zhidu_xiangmu_guanli_guifan dev --levels 2 --skip '^目录$'
S d84_02_zhidu_xiangmu_guanli_guifan.txt 14:1 36:1 68:1 77:1 84:1 122:1

# d84_03: course material — POS算法实验指导书 (supredu/pos-simulate-experiment, Word file), a lab guide for a PoS consensus
# experiment in Go. docx_paras.py; gold from the bold stand-alone paragraphs: 一、…四、 and the unnumbered '实验过程',
# '实验执行过程' = depth 1 (the author's top sections, bold like 一、–四、); '实验流程：' and '执行的主程序：' = depth 2 (bold
# labels that open the step list and the main program); the bold steps ①–⑦ = depth 3 under 实验流程. Not headings: the
# un-bold '1、…4、' sentences of the algorithm description, 'PoS共识算法实现：' (plain text style), the bold screenshot
# captions after the main program ('输入初始矿工数' …), code lines.
python3 tools/docx_paras.py src/supredu_pos-simulate-experiment_POS实验指导书.docx docs/d84_03_jiaocheng_pos_gongshi_shiyan_zhidaoshu.txt >/dev/null
S d84_03_jiaocheng_pos_gongshi_shiyan_zhidaoshu.txt 2:1 4:1 7:1 12:1 28:1 29:2 30:3 86:3 96:3 160:3 165:3 172:3 190:3 192:1 193:2

# d84_04: design report — 智能 BLDC 控制系统设计报告 (BAO-Rongxin/Intelligent-BLDC-driver 设计报告.pdf), a team's report for
# the 4th national IC innovation contest (arm cup). pdf_layout.py (line 1 is the cover's first line '第四届', kept as
# extracted). Gold follows the report's own table of contents: chapters '1 研究价值' … '10 参考文献' = depth 1 (marker the
# bare number), '1.1'–'1.3', '7.1'–'7.6' = depth 2. Not headings: the TOC lines themselves (lines 24–51), figure captions,
# a wrapped line that starts with '10 位，…' (line 397), '555 时基电路原理图：' captions.
python3 tools/pdf_layout.py src/BAO-Rongxin_Intelligent-BLDC-driver_设计报告.pdf docs/d84_04_sheji_zhineng_bldc_kongzhi_xitong.txt >/dev/null
S d84_04_sheji_zhineng_bldc_kongzhi_xitong.txt 53:1:1 55:2 77:2 94:2 106:1:2 145:1:3 147:1:4 245:1:5 368:1:6 520:1:7 522:2 545:2 554:2 601:2 631:2 656:2 695:1:8 727:1:9 793:1:10

# d84_05: company rules — 项目开发流程 (kequandian/dev_docs outsourcing/项目开发流程.md), a software company's development
# process with each stage's duties. The file has no title line: md_prepend_title.py adds its file name. Gold from the '#'
# levels: '#' stages = depth 1, '##' steps = depth 2 (marker '第一步' … as written; the author restarts the count in each
# stage and numbers the last stage '第五步'), '###' = depth 3. Not headings: the '######' line 38 (a note sentence
# ending in a comma, '参考《电力系统》原型设计方案，…'), the bold list items of 开发阶段, and the run-in labels
# '用户用例' / '业务模块设计' (a bold word glued to its paragraph, a plain line over a list).
python3 tools/md_prepend_title.py src/kequandian_dev_docs_项目开发流程.md /tmp/d84_05.md "项目开发流程"
python3 tools/make_md_doc.py /tmp/d84_05.md d84_05_zhidu_xiangmu_kaifa_liucheng dev --levels 1,2,3
S d84_05_zhidu_xiangmu_kaifa_liucheng.txt 3:1 4:2:第一步 10:2:第二步 14:1 16:2:第一步 30:2:第二步 33:3 37:3 42:1 79:2:第一步 81:3 84:3 87:2:第二步 89:3 96:3 99:3 102:2:第三步 104:3 107:3 110:2:第四步 112:3 115:3 119:1:第五步 121:2:第一步 125:2:第二步

# d84_06: tutorial — 基于Frp的内网穿透搭建 (kequandian/dev_docs ops/基于Frp的内网穿透搭建.md), a company's ops guide to
# setting up frp. Gold from the Markdown headings, depth by the decimal number: '## 1. 下载' … '## 6. 使用场景' and the
# unnumbered '## web服务配置例子' = depth 1, '### 6.1'–'### 6.4' = depth 2 (the author numbers two sections 6.4).
# Not headings: '# …' comment lines inside the config code blocks, the bold labels over code samples ('X86架构',
# 'ARM架构', 'MIPS架构', '服务端：' …).
python3 tools/make_md_doc.py src/kequandian_dev_docs_基于Frp的内网穿透搭建.md d84_06_jiaocheng_frp_neiwang_chuantou dev --levels 2,3 --depth number

# d84_07: essay — 实习&工作篇 (XDUgaile/XDUer-Study-and-Life-Guide), a Xidian student's advice piece on LeetCode practice and
# job hunting. The '##' line is the title; '###' = depth 1, '####' = depth 2. Not headings: the '- 数据结构' / '- 算法'
# list labels and the numbered list items (one-sentence entries).
python3 tools/make_md_doc.py "src/XDUgaile_XDUer-Study-and-Life-Guide_实习&工作篇.md" d84_07_suibi_shixi_gongzuo_pian dev --levels 3,4

# d84_08: course notes — 复习提纲 (KarlRaphel/ustc-dia-2022-autumn), a USTC student's review outline for the course
# 数字图像分析 (chapters 2–14). No title line: md_prepend_title.py adds the file name. Gold from the '#' levels:
# '# 第X章' = depth 1, '## 1.' … = depth 2 (marker '1' for the '1    基本概念' style of chapter 14). List items and
# formulas are not headings.
python3 tools/md_prepend_title.py src/KarlRaphel_ustc-dia-2022-autumn_复习提纲.md /tmp/d84_08.md "复习提纲"
python3 tools/make_md_doc.py /tmp/d84_08.md d84_08_jiangyi_shuzi_tuxiang_fenxi_fuxi_tigang dev --levels 1,2

# d84_09: proposal — 本科生毕业论文（设计）开题报告（含文献综述）: 慢性病风险因素分析与预测模型研究 (ajackchan/
# chronic-disease-risk-modeling 开题报告.docx). docx_paras.py (line 1 is the form's first line). Gold from its numbering:
# 一、…五、, 七、, 八、 = depth 1, with the unnumbered '参考文献' at depth 1 where the form's 六 stands; 3.1/3.2/4.1/4.2 =
# depth 2, 3.2.1–3.2.5 = depth 3; the stand-alone stage titles '第一阶段：…' – '第五阶段：…' under 五、研究进度安排 = depth 2
# (each heads a paragraph; marker '第一阶段：'). Not headings: the cover fields, '核心功能：', the figure caption
# '图 1 技术流程图', the numbered references, signature and date lines.
python3 tools/docx_paras.py src/ajackchan_chronic-disease-risk-modeling_开题报告.docx docs/d84_09_kaiti_manxingbing_fengxian_yuce.txt >/dev/null
S d84_09_kaiti_manxingbing_fengxian_yuce.txt 11:1 14:1 19:1 20:2 26:2 29:3 33:3 37:3 41:3 43:3 50:1 51:2 55:2 59:1 60:2:第一阶段： 62:2:第二阶段： 64:2:第三阶段： 66:2:第四阶段： 68:2:第五阶段： 70:1 86:1 90:1

# d84_10: essay — 出境深造 (XDUgaile/XDUer-Study-and-Life-Guide 升学/出境深造.md), Xidian students' signed advice on
# studying abroad (transfer, summer research, USA, Japan, France, Hong Kong, Singapore). The '##' line is the title;
# the '#####' sections = depth 1 (the only heading level under it). Not headings: 'Tips1:'–'Tips3:' run-in paragraphs,
# table rows, the contributor links '[@16-…]'.
python3 tools/make_md_doc.py src/XDUgaile_XDUer-Study-and-Life-Guide_出境深造.md d84_10_suibi_chujing_shenzao dev --levels 5

python3 tools/check_gold.py
