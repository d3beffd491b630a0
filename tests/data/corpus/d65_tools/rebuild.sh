#!/bin/bash
# Rebuild every document and gold of dev set 65 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev65
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 ArkUI-X社区代码仓管理制度 (arkui-x/community repository_management_regulations.md; '## 1 目的' … '## 6 变更记录', decimal markers)
python3 $T/make_md_doc.py src/arkui-x_community_repository_management_regulations.md d65_01_zhidu_arkuix_daimacang_guanli dev --levels 2
# 02 ArKUI-X社区治理制度 (same repository, governance.md; ## / ### / #### unnumbered; the two '### 晋升…的流程及要求：' titles lose the '：')
python3 $T/make_md_doc.py src/arkui-x_community_governance.md d65_02_zhidu_arkuix_shequ_zhili dev --levels 2,3,4
G d65_02_zhidu_arkuix_shequ_zhili.txt "ArKUI-X社区治理制度" \
 '[[5,1],[9,1],[13,2],[33,3],[41,2],[67,2],[79,1],[83,2],[89,2],[95,1],[105,1],[109,2],[114,1]]'
# 03 OpenHarmony《Compliance-SIG 治理公约》 (openharmony/docs zh-cn/contribute/合规SIG运作治理章程.md; ## / ### unnumbered; the source
#    was saved from the stored file at the commit in PROVENANCE_ROWS.md: the snapshot is over the fetch limit)
python3 $T/make_md_doc.py src/openharmony_docs_heguisig_zhili_zhangcheng.md d65_03_zhangcheng_openharmony_heguisig dev --levels 2,3
# 04 OpenHarmony 开源合规类问题管理 (same repository, zh-cn/contribute/开源合规类问题管理.md; the opening '## 社区合规issue管理' is the
#    title; '### … ###' / '#### … ####' headings written with closing hashes)
python3 $T/make_md_doc.py src/openharmony_docs_kaiyuan_heguilei_wenti_guanli.md d65_04_guiding_openharmony_hegui_wenti_guanli dev --levels 3,4
# 05 openGemini社区组织架构和社区制度 (openGemini/community, file at the commit that added it; removed later). '## openGemini 社区管理'
#    depth 1, '### 一、' depth 2, '#### (一)' depth 3; under 三、 the short '1、  理事会委员任命'-type lines title their parts (depth 4);
#    the '1、…' lines under 二、 are sentences introducing lists, and '(1)' items are list items: not headings
python3 $T/make_md_doc.py src/openGemini_community_zuzhi_jiagou_zhidu.md d65_05_zhidu_opengemini_zuzhi_jiagou dev --levels 2,3,4 >/dev/null
G d65_05_zhidu_opengemini_zuzhi_jiagou.txt "openGemini社区组织架构和社区制度" \
 '[[3,1],[5,2],[11,2],[13,3],[31,3],[41,3],[77,3],[105,2],[107,3],[109,4],[119,4],[124,4],[144,3],[146,4],[150,4],[158,3],[160,4],[168,4],[172,4],[177,4],[187,3],[189,4],[193,4],[197,4],[201,4]]'
# 06 PingCAP《4.0 捉“虫”竞赛》 活动方案 (pingcap/community bug-hunting-programs/bug-hunting-program-cn.md at its last version before the
#    file was archived away). '##' sections depth 1; the bold stand-alone lines (**更改报名信息**, **第一步：…**–**第四步：…**) depth 2;
#    '## Q1：…' is marked as a section (depth 1) while the next question '**Q2：…**' is only bold (depth 2), as the mark-up has them;
#    bold '其中：' and the bold note line, the plain 'Bug 等级表'/'加分项' labels and table cells are not headings
python3 $T/make_md_doc.py src/pingcap_community_bug_hunting_program_cn.md d65_06_fangan_tidb_zhuochong_jingsai dev --levels 2 >/dev/null
G d65_06_fangan_tidb_zhuochong_jingsai.txt "4.0 捉“虫”竞赛" \
 '[[3,1],[24,1],[28,1],[39,2],[46,1],[50,2],[54,2],[94,2],[99,2],[131,1],[137,1],[152,1],[154,1],[162,2]]'
# 07 专访《大学教师发"炫父帖"感动网友 被赞“拼爹”的正能量》, a news interview in the articles table of a school CMS's MySQL dump
#    (chareice/ganli san.sql, record 10; sql_article.py takes its HTML field out, html_blocks.py converts it; line 1 = the record's
#    title). The bold two-line 小标题 pairs ('大学教师儿子' / '“我从不觉得…”', '修车老爸' / '“我愧对儿子…”') are each two bold lines: both
#    lines depth 1; the '■《我修自行车的老爸》摘录' sidebar label depth 1; the bold '面对“炫富族” / 我修车的父亲更伟大' at the top is the
#    printed headline under its 引题, not a heading
python3 $T/sql_article.py src/chareice_ganli_san.sql articles 10 /tmp/d65_07.html >/dev/null
python3 $T/html_blocks.py /tmp/d65_07.html docs/d65_07_zhuanfang_daxue_jiaoshi_xuanfu.txt '大学教师发"炫父帖"感动网友 被赞“拼爹”的正能量' >/dev/null
G d65_07_zhuanfang_daxue_jiaoshi_xuanfu.txt '大学教师发"炫父帖"感动网友 被赞“拼爹”的正能量' \
 '[[7,1],[8,1],[22,1],[23,1],[32,1,"《我修自行车的老爸》摘录",""]]'
# 08 专著《无算之策》引言 第三节 计算社会科学的四大支柱 (Larrtroffen/CNCSS_Toolbox, Calculess_Methodos/yin-yan/di-san-jie-….md); '## **任务一：…**'
#    depth 1, '### **任务内涵与目标**' depth 2 (bold inside the heading mark-up dropped); the bold summary sentences and the
#    bullets with bold lead terms are not headings
python3 $T/make_md_doc.py src/Larrtroffen_CNCSS_Toolbox_sida_zhizhu.md d65_08_lunwen_jisuan_shehui_kexue_sida_zhizhu dev --levels 2,3
# 09 专著《无算之策》第一章 第一节 问题思维 (same repository, Calculess_Methodos/di-yi-bu-fen/…/di-yi-jie-wen-ti-si-wei-….md). The
#    section's own headings start at '###' (depth 1) with '####' under them (depth 2); the closing '## 参考文献' is marked one
#    level higher than the sections and is depth 1 too; the bold '表 1：…' table captions are not headings
python3 $T/make_md_doc.py src/Larrtroffen_CNCSS_Toolbox_wenti_siwei.md d65_09_lunwen_jisuan_shehui_kexue_wenti_siwei dev --levels 2,3,4 >/dev/null
G d65_09_lunwen_jisuan_shehui_kexue_wenti_siwei.txt "第一节——问题思维: 计算社会科学探究的源起与罗盘" \
 '[[9,1],[37,1],[80,1],[103,1],[125,2],[141,2],[167,1]]'
# 10 《国务院办公厅关于2013年部分节假日安排的通知》 as posted in the same school CMS dump (chareice/ganli san.sql, articles record 7;
#    same two converters). The bold run-in '一、元旦：' … '七、国庆节：' items are its headings (titles set by hand to the bold
#    label); the bold title shown again on lines 2–3, the 文号, the addressee line and the signature/date are not
python3 $T/sql_article.py src/chareice_ganli_san.sql articles 7 /tmp/d65_10.html >/dev/null
python3 $T/html_blocks.py /tmp/d65_10.html docs/d65_10_tongzhi_guowuyuan_2013_jiajiri.txt '国务院办公厅关于2013年 部分节假日安排的通知' >/dev/null
G d65_10_tongzhi_guowuyuan_2013_jiajiri.txt '国务院办公厅关于2013年 部分节假日安排的通知' \
 '[[7,1,"元旦"],[8,1,"春节"],[9,1,"清明节"],[10,1,"劳动节"],[11,1,"端午节"],[12,1,"中秋节"],[13,1,"国庆节"]]'
