#!/bin/bash
# Rebuild every document and gold of dev set 66 from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/dev66
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 company sports-meet 竞赛规程 (13752628550/Running rule02.aspx, WeChat page; h4 一./二. sections; the styled bold div on line 3
#    is the page's own title; numbered 1./2.1 items are sentences; h4 '附表1：竞赛项目' (over an image) kept at depth 1;
#    markers 一./二. (numeral + ASCII full stop) set by hand here and in 02, gold.py does not read them)
python3 $T/html_blocks.py src/13752628550_Running_rule02.aspx.html docs/d66_01_guiding_yundonghui_jingsai_guicheng.txt "CQE 第三届运动会竞赛规程" >/dev/null
G d66_01_guiding_yundonghui_jingsai_guicheng.txt "CQE 第三届运动会竞赛规程" '[[4,1,"目的","一."],[6,1,"竞赛时间、地点","二."],[10,1,"参加单位","三."],[29,1,"竞赛项目","四."],[31,1,"报名办法","五."],[34,1,"竞赛办法","六."],[42,1,"录取名次及奖励办法","七."],[56,1,"附表1：竞赛项目",""]]'
# 02 运动员手册 of the same sports meet (rule23.aspx; h4 一.–六.; the label line '3. 打卡签到时间：' under 二 and, under 六, the stand-alone
#    lines '2. 颁奖时间' / '3. 换货' head their own lines, depth 2; '1. 23个比赛项目…' and the other 1.–10. items are sentences; h4 附表1–附表8 (images) depth 1)
python3 $T/html_blocks.py src/13752628550_Running_rule23.aspx.html docs/d66_02_guiding_yundongyuan_shouce.txt "运动员手册" >/dev/null
G d66_02_guiding_yundongyuan_shouce.txt "运动员手册" '[[4,1,"目的","一."],[6,1,"时间","二."],[9,2],[12,1,"报名","三."],[22,1,"赛前训练","四."],[26,1,"比赛秩序","五."],[37,1,"奖品","六."],[42,2],[44,2],[51,1,"附表1",""],[52,1,"附表2",""],[53,1,"附表3",""],[54,1,"附表4",""],[55,1,"附表5",""],[56,1,"附表6",""],[57,1,"附表7",""],[58,1,"附表8",""]]'
# 03 a university sports festival's 田径运动会 竞赛规程 (福建师范大学 第十六届体育节, 2018), kept as the 赛事概况 page of a student-built
#    athlete-registration web app (sunfengyi/SportsManagement index_sport.jsp, root path at 0969e43; HTML table rows, one <p> each).
#    Line 2 is the <title> again, line 3 the app's h1 '运动员管理系统' (site banner, not a heading), line 4 the nav row.
#    Gold: the run-in 一、…七、 lines (each ends with '：') depth 1; the 1、2、3、 items are sentences
python3 $T/html_blocks.py src/sunfengyi_SportsManagement_index_sport.jsp.html docs/d66_03_guiding_tiyujie_yundonghui_guicheng.txt "赛事概况" >/dev/null
G d66_03_guiding_tiyujie_yundonghui_guicheng.txt "赛事概况" '[[5,1],[7,1],[9,1],[12,1],[16,1],[20,1],[22,1]]'
# 04 《大赛规则》 of the 2016 上海市高校“气象+大数据”应用创新大赛 (meteorological/BigData htdocs/application/views/html/rule.html, the static
#    page; lines 2–6 the nav bar, line 7 the h1 '大赛规则' = the page's own title, line 8 its tagline, last lines the footer).
#    Gold: the four h2 '关于…' sections depth 1; their 1.–4. items are sentences
python3 $T/html_blocks.py src/meteorological_BigData_html_rule.html docs/d66_04_guiding_qixiang_dashuju_dasai_guize.txt "上海市高校“气象+大数据”应用创新大赛" >/dev/null
G d66_04_guiding_qixiang_dashuju_dasai_guize.txt "上海市高校“气象+大数据”应用创新大赛" '[[9,1],[14,1],[25,1],[29,1]]'
# 05 the same contest's home page (views/html/index.html): h2 大赛背景 / 大赛日程 / 奖项设置 depth 1, the six h3 stages under 大赛日程
#    depth 2 (each followed by its date line); line 2 repeats the title, lines 3–7 the nav bar, line 8 the 主办单位 line
python3 $T/html_blocks.py src/meteorological_BigData_html_index.html docs/d66_05_tongzhi_qixiang_dashuju_dasai.txt "上海市高校“气象+大数据”应用创新大赛" >/dev/null
G d66_05_tongzhi_qixiang_dashuju_dasai.txt "上海市高校“气象+大数据”应用创新大赛" '[[9,1],[13,1],[14,2],[17,2],[20,2],[23,2],[26,2],[29,2],[32,1]]'
# 06 活动方案 of the 2019 辽宁易班 “庆祝新中国成立七十周年” 网络知识竞赛 (organised at 沈阳航空航天大学), the 大赛介绍 page of its
#    quiz site (newtdong/yiban resources/views/index.blade.php, a Laravel view). Section titles are styled div.type spans.
#    Line 2 the <title> again, 3–5 the nav bar, 23 the organising committee's signature, 24 an empty-news placeholder.
#    Gold: 一、–五、 depth 1; under 四、 the lines '1．…，时间：….' / '2．…' / '3．获奖名单产生方式', each followed by its paragraph, depth 2
python3 $T/html_blocks.py src/newtdong_yiban_index.blade.php.html docs/d66_06_fangan_yiban_zhishi_jingsai.txt "不忘改革初心 坚定砥砺前行" >/dev/null
G d66_06_fangan_yiban_zhishi_jingsai.txt "不忘改革初心 坚定砥砺前行" '[[6,1],[8,1],[10,1],[13,1],[14,2],[16,2],[18,2],[20,1]]'
# 07 《万载县“劳动创造美”摄影大赛征稿启示》 (2020), the 活动说明 page of a local services WeChat mini-program
#    (18276869403/ganhuolao1.0 xcx_workman/pages/welfareExplain/welfareExplain.js: the HTML is the page's `remark` string, pulled
#    out by js_html_string.py; the page title 活动说明 is the navigationBarTitleText of welfareExplain.json).
#    Line 2 is the h3 document title (not a heading). Gold: h4 一、–七、 depth 1; under 二、 the label line '6、作品征集范围：' heads its own
#    paragraph and ① list, depth 2; the other 1、2、… items are list items
python3 $T/js_html_string.py src/18276869403_ganhuolao1.0_welfareExplain.js remark /tmp/d66_07.html >/dev/null
python3 $T/html_blocks.py /tmp/d66_07.html docs/d66_07_tongzhi_laodong_chuangzaomei_sheying.txt "活动说明" >/dev/null
G d66_07_tongzhi_laodong_chuangzaomei_sheying.txt "活动说明" '[[4,1],[6,1],[12,2],[19,1],[23,1],[30,1],[32,1],[37,1]]'
# 08 《竞赛规程》 of the 2018 汇添富南京山地马拉松赛 (tony0918/nanjing codeigniter/application/views/pages/rule.php, a CodeIgniter view:
#    no <title> of its own, so line 1 is its h3 title 竞赛规程 passed by hand; line 2 is residue of an <img src="<?php …?>"> the
#    converter cannot parse, line 3 the h3 itself). Gold: the fifteen h4 一、–十五、 depth 1 (十三、–十五、 are one-sentence h4s, title up
#    to the 。); the （一）（二） items are list items or sentences
python3 $T/html_blocks.py src/tony0918_nanjing_rule.php.html docs/d66_08_guiding_nanjing_shandi_malasong_guicheng.txt "竞赛规程" >/dev/null
G d66_08_guiding_nanjing_shandi_malasong_guicheng.txt "竞赛规程" '[[4,1],[6,1],[8,1],[10,1],[13,1],[17,1],[19,1],[25,1],[46,1],[49,1],[57,1],[59,1],[66,1],[67,1],[68,1]]'
# 09 《报名须知》 of the same race (views/pages/guidelines.php; same chrome as 08). Gold: h4 一、–九、 depth 1 (八、 and 九、 are
#    one-sentence h4s); '2、比赛项目' under 一、 and '2、参赛者年龄限定：' under 二、 head their own （1）（2） lists, depth 2; the other
#    1、2、 lines are key–value lines or sentences, the 备注： notes are list items
python3 $T/html_blocks.py src/tony0918_nanjing_guidelines.php.html docs/d66_09_guiding_nanjing_shandi_malasong_baoming.txt "报名须知" >/dev/null
G d66_09_guiding_nanjing_shandi_malasong_baoming.txt "报名须知" '[[4,1],[6,2],[10,1],[12,2],[17,1],[19,1],[21,1],[33,1],[35,1],[42,1],[43,1]]'
# 10 《竞赛规则》 of the 2019 河南省高校国家安全教育互联网知识竞赛 (xlgo/exam2018 src/main/webapp/WEB-INF/view/mobile/rule.jsp, the mobile
#    quiz site's rules page; lines 2–3 are residue of JSP <c:url> tags inside attributes, line 4 the header-bar title 竞赛规则).
#    Gold: the five h4 sections depth 1, marker '' — the source repeats '竞赛题型' as the fourth h4 (kept, it is a heading there);
#    the 1.–3. lines under 表彰奖励 are list items
python3 $T/html_blocks.py src/xlgo_exam2018_mobile_rule.jsp.html docs/d66_10_guiding_guojia_anquan_zhishi_jingsai_guize.txt "河南省高校国家安全教育互联网知识竞赛" >/dev/null
G d66_10_guiding_guojia_anquan_zhishi_jingsai_guize.txt "河南省高校国家安全教育互联网知识竞赛" '[[5,1],[7,1],[9,1],[11,1],[13,1]]'
