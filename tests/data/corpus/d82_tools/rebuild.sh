#!/bin/bash
# rebuild docs/ and gold/ from src/ for dev set 82
set -e
cd "$(dirname "$0")/.."

# d82_01: Biojn发酵技术云服务系统 操作手册 (company software manual, 无锡捌叁壹智能工控有限公司 / 江南大学 lab), DOCX.
# Gold from the Word heading styles: style 1 -> depth 1 ('1介绍', '2 安装与连接' ...), 2 -> depth 2 (1.1), 3 -> depth 3 (1.1.1).
# The table of contents (TOC1-3 lines 13-69) and figure labels (图1 ...), (1)-(4) button items in 7.2.1 are not headings.
# '6 系统配置' has no body; still a chapter title. Bare chapter numbers ('1介绍') get '1' as marker (docx_gold.py).
python3 tools/docx_paras.py src/Capta1nJ_manual_操作手册.docx docs/d82_01_shouce_biojn_caozuo.txt
python3 tools/docx_gold.py src/Capta1nJ_manual_操作手册.docx d82_01_shouce_biojn_caozuo.txt "Biojn发酵技术云服务系统" 1=1,2=2,3=3 > /dev/null

# d82_02: Dove框架使用指南 (company framework guide, jm-team / jumore), Markdown.
# Gold from the Markdown levels: '## N. ...' depth 1, '### N.N ...' depth 2 (the first '##' line is the title).
# Numbering errors of the source ('3.' twice, '21' twice) are kept as written.
python3 tools/make_md_doc.py src/jm-team_dove-doc_Dove框架使用指南.md d82_02_jiaocheng_dove_kuangjia dev --levels 2,3 --depth level

# d82_03: 中国矿业大学 master's thesis proposal (选题报告 / 开题报告) on oil-type gas hazard detection, DOCX.
# Line 1 is the cover's first paragraph ('中 国 矿 业 大 学'), kept as the converted text gives it.
# Gold: Word style 1 -> depth 1 (chapter titles whose numbers are Word auto-numbering, so the text shows none),
# style 2 -> depth 2 (typed '2.1' etc., and the unnumbered '下一步研究计划'); the short '（1）现场工程布置'-type title lines under
# 4.1 and under 下一步研究计划 -> depth 3 (the long （1）-（3） sentences under 3.1 are list items, not headings);
# the bold centred stand-alone titles '校对报告' (citation-manager report block) and '参考文献' -> depth 1.
# The out-of-date table of contents (lines 15-23), figure/table captions and table cells are not headings.
python3 tools/docx_paras.py src/KryptonToT_oil-gas-folder_开题报告.docx docs/d82_03_kaiti_youxingqi_dianfa.txt
python3 tools/docx_gold.py src/KryptonToT_oil-gas-folder_开题报告.docx d82_03_kaiti_youxingqi_dianfa.txt "中 国 矿 业 大 学" 1=1,2=2 > /dev/null
python3 tools/add_heads.py gold/d82_03_kaiti_youxingqi_dianfa.json 54:3 100:3 162:3 164:3 210:1 215:1

# d82_04: CC Debugger S2530 使用说明 Ver1.0 (vendor's user manual of a TI CC-series debugger/emulator), PDF from Word.
# Line 1 is the running page header, kept as pdftotext gives it. Gold: the 一、-五、 chapter titles (depth 1) and the
# unnumbered section titles under them (CC Debugger S2530, 主要特点, 支持内核, 仿真器引脚说明, SoC 连接方式, Transceiver (CC2520),
# CC1110 & CC2510, CC2430&CC2431: depth 2), plus the stand-alone '参考文献' (depth 1). The table of contents (lines 33-47),
# page headers/footers, the pin table, '注：', '说明：', '警告：' labels and the 1、-3、 tool list are not headings.
python3 tools/pdf_layout.py src/cuiqingwei_CC-Debugger_使用手册.pdf docs/d82_04_shouce_ccdebugger_fangzhenqi.txt
python3 tools/spec_gold.py d82_04_shouce_ccdebugger_fangzhenqi.txt 57:1 59:2 77:2 93:2 112:2 145:1 203:1 205:2 224:2 234:1 236:2 241:2 277:1 288:1 > /dev/null

# d82_05: 家族百科项目创业约定 (founders' agreement of a 2017 family-tree startup team: shares, voting, vesting, exit), DOCX.
# Gold from the Word heading styles: style 2 -> depth 1 (the typed-number sections '1. 合作背景' ... '13. 本约定的生效、修改'),
# style 4 -> depth 2 ('一般事项', '重大事项' under 9. 决策和表决). The date line, the division-of-work lines and the
# numbered clauses under 11 and 12 ('1. 创始人有义务……') are body text, not headings.
python3 tools/docx_paras.py src/alpena1986_bloodnetdoc_家族百科项目约定.docx docs/d82_05_zhangcheng_jiazubaike_chuangye.txt
python3 tools/docx_gold.py src/alpena1986_bloodnetdoc_家族百科项目约定.docx d82_05_zhangcheng_jiazubaike_chuangye.txt "家族百科项目创业约定" 2=1,4=2 > /dev/null

# d82_06: 谈谈技术领导者的基本素养 (2016 blog essay on what a tech lead needs, by a Beijing software engineer), Markdown (Hexo post).
# Gold from the Markdown: the four '##' 小标题 (技术能力, 业务能力, 项目管理能力, 团队管理能力) at depth 1; the front-matter
# title is line 1; the '---' rule lines under each heading and the bold phrases inside paragraphs are not headings.
python3 tools/make_md_doc.py src/AlexiaChen_MyBlogSrc_tech-leader.md d82_06_suibi_jishu_lingdao dev --levels 2 --depth level

# d82_07: S-->开发-->架构-->专家-->X (2018 personal essay on a programmer's career path), Markdown.
# Gold from the Markdown: the first '#' line is the title; the five further '#' 小标题 (S阶段…, 开发阶段…, 架构阶段…,
# 专家阶段…要具备什么素质？ and X阶段) are depth 1. The '*' list items under them are lists, not headings.
python3 tools/make_md_doc.py src/sdyunkai_awakening_职业规划.md d82_07_suibi_zhiye_guihua dev --levels 1 --depth level

# d82_08: 可行性报告 (2017 research-grant feasibility report / application of a 南昌大学 faculty team, NSFC-style outline:
# 立项依据与研究内容, 研究基础与工作条件, 申请人基本情况), PDF (macOS Preview export).
# Gold from the document's own numbering: 一、-四、 depth 1; 1、-5、 depth 2; 2.1/3.1/5.1、 depth 3; the short （1）-（3）
# research-topic titles under 2.2 and 3.1 and the （1）/（2） year blocks under 5.1 depth 4. Not headings: the long （1）-（4）
# sentences under 1、, 2.3, 3.2 and 4、 (list items), equation numbers (（3）,（5）), the CV entries and form labels under
# 三、申请人基本情况 (期刊：, 教育经历…, a member's name line), and the 1）-4） attachment list.
python3 tools/pdf_layout.py src/CELTIANqzq_studio_material_可行性研究报告.pdf docs/d82_08_shenbao_shendu_xuexi_cunchu.txt
python3 tools/spec_gold.py d82_08_shenbao_shendu_xuexi_cunchu.txt 2:1 4:2 121:2 123:3 133:3 137:4 146:4 155:4 162:3 175:2 177:3 192:4 249:4 329:4 360:3 398:2 415:2 417:3:5.1、 422:4 434:4 444:3:5.2、 465:1 467:2 511:2 521:2 527:2 531:1 694:1 > /dev/null

# d82_09: 项目合作协议 (2018 incubation/cooperation agreement between two Anhui software companies for the 灵鹿财税 product), DOCX.
# Gold: the bold article lines 第一条、第二条、第五条-第八条 and the two bold lines '甲方的义务责任' / '乙方的义务责任', which are
# articles 3 and 4 whose '第三条/第四条' come from Word auto-numbering and so are absent from the text (marker ''); all at
# depth 1. An article's title is its label ('第一条'), as in the corpus's other 第X条 golds. The party block (甲方/乙方/法人/
# 身份证号/电话), the numbered duties under articles 3-4, the 1、2、 clauses of article 8 and the signature lines are not headings.
python3 tools/docx_paras.py src/loslian_dexdeer-doc_合作协议.docx docs/d82_09_xieyi_lingu_caishui_hezuo.txt
python3 tools/spec_gold.py d82_09_xieyi_lingu_caishui_hezuo.txt 11:1 14:1 16:1 20:1 24:1 27:1 29:1 31:1 > /dev/null

# d82_10: 灵鹿财税 商业融资计划书（文字版）V2.7 (2018 financing plan of the same startup as d82_09, a proposal to investors), DOCX.
# Gold: the Word heading-2 paragraphs (公司概要篇, 行业情况篇, 产品研发篇, 产品运营篇, 市场方案篇, 风险篇, 融资计划篇) at depth 1,
# and the bold stand-alone sub-titles under them (B线——…, C线——…, 方式1-3：…, B线长短期销售目标, 市场竞争, 股东权力和义务)
# at depth 2. Bold lead-in sentences ('大量中等规模企业普遍遇到的痛点是：', '问题根源是：', '所以拟向投资人…'), the bold
# numbered list items, the cover lines ((文字版), V2.7, 灵鹿财税) and the risk-table header cells are not headings.
# Same repository as d82_09 (a different document: no shared text); the PDF copy of this plan in BP/ was not taken.
python3 tools/docx_paras.py "src/loslian_dexdeer-doc_灵鹿财税 - 商业融资计划书.docx" docs/d82_10_jihuashu_lingu_caishui_rongzi.txt
python3 tools/spec_gold.py d82_10_jihuashu_lingu_caishui_rongzi.txt 5:1 15:1 44:1 55:1 57:2 63:2 67:1 69:2 71:2 75:2 80:2 89:2 94:1 115:1 120:2 > /dev/null
