#!/bin/bash
# Rebuild every document and gold of dev set 39 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev39
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 company 网站管理办法 as an ASP page (GB2312, article text in <pre>, 第X条 with the numbering's own gaps 七→十四→十六, 附件1 table)
python3 $T/html_blocks.py src/chrgu000_HelloWorld_OA_website.asp docs/d39_01_wangzhan_guanli_banfa.txt "网站管理办法" --drop-first-if-title >/dev/null
G d39_01_wangzhan_guanli_banfa.txt "网站管理办法" '[[3,1],[5,1],[6,1],[10,1],[12,1],[14,1],[23,1],[33,1],[36,1],[39,1],[40,1],[41,1,"附件1",""]]'
# 02 乾坤岛 用户协议 + 隐私政策 as a Vue single-file component (template text; header bar "用户协议" and its icon glyph kept)
python3 $T/html_blocks.py src/lisiting0_qkdVue_agreement.vue docs/d39_02_yonghu_xieyi_qiankundao.txt "用户协议" >/dev/null
G d39_02_yonghu_xieyi_qiankundao.txt "用户协议" '[[7,1],[10,1],[18,1],[19,2]]'
# 03 浙江省教育厅 news page (saved copy: 信息公开 metadata table, share row; no section headings, gold is empty)
python3 $T/html_blocks.py src/mhxqwer_mltjyt.zj.gov.cn_index.html docs/d39_03_xinwen_zhejiang_jiaoyuting_shide.txt "全省教育系统师德师风建设专题培训班举办" --drop-first-if-title >/dev/null
G d39_03_xinwen_zhejiang_jiaoyuting_shide.txt "全省教育系统师德师风建设专题培训班举办" '[]'
# 04 三界生活 用户服务协议 as a Yii PHP view (PHP echoes in <link> removed; 第N条 headings in <h2>, source numbers 第2条 twice)
python3 $T/html_blocks.py src/hu326744008_calm2018YII2-API_fuwu.php docs/d39_04_fuwu_xieyi_sanjie_shenghuo.txt "用户服务协议" --drop-first-if-title >/dev/null
G d39_04_fuwu_xieyi_sanjie_shenghuo.txt "用户服务协议" '[[4,1],[13,1],[19,1]]'
# 05 Vela 用户服务协议 as a Vue single-file component (h2 "1." / h3 "1.1", one unnumbered h3 "您的责任" inside 2.2; the h1 = line 1)
python3 $T/html_blocks.py src/web677_vela_TermsOfService.vue docs/d39_05_fuwu_xieyi_vela.txt "用户服务协议" --drop-first-if-title >/dev/null
G d39_05_fuwu_xieyi_vela.txt "用户服务协议" '[[5,1],[6,2],[8,2],[17,2],[19,1],[20,2],[24,2],[25,3],[30,2],[36,1],[37,2],[42,2],[48,1],[49,2],[57,2],[63,1],[64,2],[71,2],[76,1],[83,1],[84,2],[90,2],[92,2],[98,1],[99,2],[104,2],[107,2],[109,1],[110,2],[112,2],[117,1],[118,2],[120,2],[122,2],[124,1]]'
# 06 广东二师助手 隐私政策 as a JSP page (old version, commit a0ac3ca; contents list 一、–八、 not headings; bold 一、 parts, decimal 1.2 / 1.2.2 / 1.2.2.1 titled subsections; lead-in clauses with list children and untitled numbered clauses are not headings)
python3 $T/html_blocks.py src/GdeiAssistant_privacyPolicy.jsp docs/d39_06_yinsi_zhengce_gdei_zhushou.txt "隐私政策" --drop-first-if-title >/dev/null
G d39_06_yinsi_zhengce_gdei_zhushou.txt "隐私政策" '[[5, 1], [19, 1], [21, 2], [22, 3, "您须授权我们收集和使用您个人信息的情形"], [23, 3], [24, 4], [26, 4], [29, 4], [32, 3], [34, 3], [36, 2], [54, 2], [56, 2], [61, 1], [62, 2], [65, 1], [66, 2], [80, 2], [85, 2], [89, 1], [90, 2], [97, 2], [102, 1], [114, 2], [117, 2], [119, 1], [128, 1], [132, 1]]'
# 07 广东二师助手 社区准则 as a Vue single-file component (HEAD; i18n {{ t(...) }} chrome kept as in the source; h3 第X条 titled articles, their 1.1 clauses are not headings)
python3 $T/html_blocks.py src/GdeiAssistant_SocialPolicy.vue docs/d39_07_shequ_zhunze_gdei_zhushou.txt "《广东二师助手社区准则》" >/dev/null
G d39_07_shequ_zhunze_gdei_zhushou.txt "《广东二师助手社区准则》" '[[11, 1], [14, 1], [18, 1], [26, 1], [29, 1], [34, 1], [37, 1], [45, 1], [49, 1]]'
# 08 广东二师助手 注销协议 as a JSP page (commit e26b469; bold run-in 一、二、三、 parts, 一、 cut at its colon by hand; numbered conditions and • items are list items)
python3 $T/html_blocks.py src/GdeiAssistant_deletionPolicy.jsp docs/d39_08_zhuxiao_xieyi_gdei_zhushou.txt "注销协议" --drop-first-if-title >/dev/null
G d39_08_zhuxiao_xieyi_gdei_zhushou.txt "注销协议" '[[7,1,"您知悉并同意"],[18,1],[34,1]]'
# 09 唤醒师平台 用户服务协议 as a Vue single-file component (header bar h1 kept below the title line, h2 《…》 = the document title again; h3 "1." sections, "2.1" clauses are not headings)
python3 $T/html_blocks.py src/RosyDawns_hxs-demo1_UserAgreementPage.vue docs/d39_09_yonghu_fuwu_xieyi_huanxingshi.txt "用户服务协议" >/dev/null
G d39_09_yonghu_fuwu_xieyi_huanxingshi.txt "用户服务协议" '[[5,1],[7,1],[11,1],[15,1],[22,1],[25,1],[28,1],[32,1],[35,1]]'
# 10 内蒙古大学教学网 news page as a JSP page (table layout, <title> 新闻通知 ≠ headline, 上一篇/下一篇 row; no section headings, gold is empty)
python3 $T/html_blocks.py src/fanyingming_IMUCourseNet_news.jsp docs/d39_10_xinwen_neimenggu_daxue_jiaoxuewang.txt "新闻通知" --drop-first-if-title >/dev/null
G d39_10_xinwen_neimenggu_daxue_jiaoxuewang.txt "新闻通知" '[]'
# 11 三界生活 分享邀请 (推荐规则) as a Yii PHP view (h2 一、/二、 question headings; 1、 items are list items)
python3 $T/html_blocks.py src/hu326744008_calm2018YII2-API_share.php docs/d39_11_tuijian_guize_sanjie_shenghuo.txt "分享邀请" --drop-first-if-title >/dev/null
G d39_11_tuijian_guize_sanjie_shenghuo.txt "分享邀请" '[[4,1],[10,1]]'
# 12 Vela 售后服务说明 as a Vue single-file component (unnumbered h2/h3 headings, h3 步骤一：… step labels, FAQ "Q: …？" questions as headings at depth 2, tables one cell a line)
python3 $T/html_blocks.py src/web677_vela_AfterSales.vue docs/d39_12_shouhou_fuwu_shuoming_vela.txt "售后服务说明" --drop-first-if-title >/dev/null
G d39_12_shouhou_fuwu_shuoming_vela.txt "售后服务说明" '[[3,1],[4,2],[10,1],[11,2],[16,2],[22,1],[23,2],[29,2],[34,2],[43,2],[48,1],[49,2],[59,2],[61,2],[67,1],[68,2],[70,2],[72,2],[74,2],[76,2],[78,2],[80,1],[81,2],[86,2],[91,1]]'
python3 $T/check_gold.py
