#!/bin/bash
# Rebuild every document and gold of fresh set 26a from src/ (run from anywhere). Converters only; no reader code.
set -e
cd /work/fresh26a
T=tools
G() { (cd $T && python3 -c "import gold,sys,json; gold.write(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]))" "$@" >/dev/null); }
# 01 四川省民族地区教育 page (JSP, Bootstrap panels 一、二、三、; h1 repeats the title; no <title>, so line 1 is the h1 text)
python3 $T/html_blocks.py src/swifthua_EIMS_views_main.jsp docs/f26a_01_jiaoyu_minzu_diqu_sichuan.txt "四川省民族地区教育事业的发展状况" --drop-first-if-title >/dev/null
G f26a_01_jiaoyu_minzu_diqu_sichuan.txt "四川省民族地区教育事业的发展状况" '[[5,1],[7,1],[9,1]]'
# 02 三江学院 campus-life survey page (generated Markdown, branch 'generated' at 2e90d0c; ## Q: … questions as headings, ## 自由补充部分)
python3 $T/make_md_doc.py src/CollegesChat_university-information_san-jiang-xue-yuan.md f26a_02_wenjuan_daxue_shenghuo_sanjiang heldout --levels 2 --fresh >/dev/null
# 03 DragonOS 社区成员资格 (an open-source association's membership rules; Markdown ## role / ### 要求, 责任和权限)
python3 $T/make_md_doc.py src/DragonOS-Community_Community_community-membership.md f26a_03_shequ_chengyuan_zige_dragonos heldout --levels 2,3 --fresh >/dev/null
# 04 电子科技大学成都学院 专升本 (student wiki page; ## headings, plus the school's 专升本 notice transcribed with bold 一、 and stand-alone （一） lines)
python3 $T/make_md_doc.py src/kchub-dev_cduestc-wiki_study_upgrade.md f26a_04_zhuanshengben_cdxy heldout --levels 2 --fresh >/dev/null
G f26a_04_zhuanshengben_cdxy.txt "专升本" '[[5,1],[17,1],[23,1],[28,1],[36,2],[37,3],[54,3],[63,3],[71,2],[73,3],[77,3],[112,1],[118,1],[125,1]]'
# 05 电子科技大学成都学院 入学准备与办理 (student wiki 报到须知; ## to ##### headings; bold stand-alone 其他费用明细 and 训练内容：/行为规范要求：/内务要求： labels added at depth 4)
python3 $T/make_md_doc.py src/kchub-dev_cduestc-wiki_campus_entrance.md f26a_05_ruxue_baodao_cdxy heldout --levels 2,3,4,5 --fresh >/dev/null
G f26a_05_ruxue_baodao_cdxy.txt "入学准备与办理" '[[3, 1], [11, 1], [17, 2], [19, 2], [28, 2], [39, 2], [50, 1], [56, 2], [64, 2], [68, 2], [76, 1], [78, 2], [80, 3], [91, 3], [103, 2], [105, 3], [108, 3], [111, 2], [115, 3], [120, 3], [129, 2], [135, 3], [137, 4], [143, 3], [145, 4], [152, 3], [162, 3], [168, 3], [172, 3], [178, 3], [191, 4], [196, 2], [198, 3], [205, 3], [213, 3], [219, 3], [223, 3], [227, 3], [231, 2], [236, 2], [240, 3], [248, 3], [272, 3], [280, 3], [282, 4, "训练内容"], [287, 4, "行为规范要求"], [295, 4, "内务要求"], [301, 3], [307, 2], [315, 2], [326, 2], [328, 3], [336, 3], [342, 3], [347, 3]]'
# 06 广东医学院党校 党校简介 (PHP view saved in GB2312; decoded to UTF-8 in build/ first, then html_blocks; 一、…五、 section lines, page chrome kept)
mkdir -p build
iconv -f gb18030 -t utf-8 src/ZuoYouLai_tkglxtphp_views_dxjj.php > build/dxjj.utf8.html
python3 $T/html_blocks.py build/dxjj.utf8.html docs/f26a_06_dangxiao_jianjie_gdyxy.txt "广东医学院党校培训" --drop-first-if-title >/dev/null
G f26a_06_dangxiao_jianjie_gdyxy.txt "广东医学院党校培训" '[[10,1],[13,1],[15,1],[17,1],[19,1]]'
# 07 居然设计家 室内装饰设计合同 (FreeMarker HTML contract template of a company platform; ${…} placeholders kept as scraped; 第一条 设计项目概括 … 第七条 其他事项)
python3 $T/html_blocks.py src/jiangchunyugit_tonghuasupplier_interiorDecoration.ftl docs/f26a_07_hetong_shinei_sheji_juran.txt "居然设计家室内装饰设计合同（业务向）" --drop-first-if-title >/dev/null
G f26a_07_hetong_shinei_sheji_juran.txt "居然设计家室内装饰设计合同（业务向）" '[[8,1],[23,1],[33,1],[68,1],[76,1],[82,1],[88,1]]'
# 08 居然设计家 平台经销商合作协议 (same repository, FreeMarker HTML; 一、…六、 clauses, then the annex header line)
python3 $T/html_blocks.py src/jiangchunyugit_tonghuasupplier_distributor.ftl docs/f26a_08_xieyi_jingxiaoshang_juran.txt "设计家经销商协议20181122" --drop-first-if-title >/dev/null
G f26a_08_xieyi_jingxiaoshang_juran.txt "设计家经销商协议20181122" '[[11,1],[36,1],[41,1],[48,1],[60,1],[67,1],[75,1]]'
# 09 澎湖故事島 plan page (Taiwan, 國立澎湖科技大學 community project site, JSP/Bootstrap; h4 sections, h5 and bold stand-alone sub-areas, h4 media-heading report entries; h3 person names are cards, not headings)
python3 $T/html_blocks.py src/NancyLuu_Penghu-Story_pages_plan_1.jsp docs/f26a_09_jihua_penghu_huijingyu.txt "澎湖故事島" --drop-first-if-title >/dev/null
G f26a_09_jihua_penghu_huijingyu.txt "澎湖故事島" '[[31,1],[35,1],[36,2],[38,2],[40,2],[42,1],[43,2],[48,2],[55,2],[57,1],[58,2],[65,1],[66,2],[68,2]]'
# 10 山阴县 地名志 entry 广武明长城 (static JSP at commit cc5896b, before it became a Thymeleaf template; no <title>, so line 1 is the h1; h2 地名的来历 … 资料来源)
python3 $T/html_blocks.py src/liuleicode_locationpro_jsp_localtion.jsp docs/f26a_10_diming_guangwu_changcheng.txt "广武明长城" --drop-first-if-title >/dev/null
G f26a_10_diming_guangwu_changcheng.txt "广武明长城" '[[2,1],[4,1],[6,1],[8,1],[13,1]]'
# 11 DragonOS SIG-Network 架构章程 (association charter; Markdown ## / ### / ####; reference-style links left as [text] by the converter)
python3 $T/make_md_doc.py src/DragonOS-Community_Community_sig-network_charter.md f26a_11_zhangcheng_sig_network_dragonos heldout --levels 2,3,4 --fresh >/dev/null
# 12 DragonOS 导师指南 (mentor guide; ## / ###; bold emphasised sentences are not headings)
python3 $T/make_md_doc.py src/DragonOS-Community_Community_mentor-guide.md f26a_12_daoshi_zhinan_dragonos heldout --levels 2,3 --fresh >/dev/null
# 13 母佑舊同學會中華區聖母書院支會 校友行動 about page (Hong Kong past pupils' association, PHP; includes not rendered; bold stand-alone section titles AinA標誌設計意念 / 校友行動幹事會; the page title is an image)
python3 $T/html_blocks.py src/phoebs85_maryhelp_alumni_about.php docs/f26a_13_xiaoyou_xingdong_shengmu_shuyuan.txt "母佑舊同學會中華區聖母書院支會" --drop-first-if-title >/dev/null
G f26a_13_xiaoyou_xingdong_shengmu_shuyuan.txt "母佑舊同學會中華區聖母書院支會" '[[8,1],[10,1]]'
